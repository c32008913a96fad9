package org.baogao.servers.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import org.baogao.servers.process.FileTrees;

/**
 * The user Elasticsearch runs as. Elasticsearch refuses to start as root, so when we are root it runs as
 * {@code nobody} through util-linux {@code setpriv}; the directories it writes are handed to that user and every
 * directory it reads must be traversable by others.
 */
public final class ElasticsearchUser {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final boolean switchUser;

    private ElasticsearchUser(boolean switchUser) {
        this.switchUser = switchUser;
    }

    public static ElasticsearchUser forCurrentProcess() {
        return new ElasticsearchUser(currentUid() == 0);
    }

    static long currentUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }

    public boolean switchesUser() {
        return switchUser;
    }

    public String name() {
        return switchUser ? UNPRIVILEGED_USER : System.getProperty("user.name");
    }

    /** The command prefix that drops root, empty when we are not root. */
    public List<String> commandPrefix() {
        if (!switchUser) {
            return List.of();
        }
        if (!Files.isExecutable(SETPRIV)) {
            throw new IllegalStateException("running as root, and Elasticsearch refuses root: " + SETPRIV
                    + " (util-linux) is needed to run it as " + UNPRIVILEGED_USER);
        }
        return List.of(SETPRIV.toString(), "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP,
                "--clear-groups");
    }

    /** Hands {@code dir} and everything under it to the Elasticsearch user. */
    public void own(Path dir) throws IOException {
        if (!switchUser) {
            return;
        }
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
        FileTrees.walk(dir, path -> {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            view.setOwner(user);
            view.setGroup(group);
        });
    }

    /**
     * Whether the Elasticsearch user can reach {@code path}: when we switch user, every existing ancestor must be
     * traversable by others (for example /root, mode 700, is not).
     */
    public boolean canReach(Path path) {
        if (!switchUser) {
            return true;
        }
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (!Files.exists(dir)) {
                continue;
            }
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
                if (Files.isDirectory(dir) && !permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
