package org.baogao.servers.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baogao.servers.process.ChildProcess;
import org.baogao.servers.process.FileTrees;
import org.baogao.servers.process.Readiness;

import static org.baogao.servers.process.Progress.log;
import static org.baogao.servers.process.Progress.secondsSince;

/**
 * A real Elasticsearch node from the unpacked distribution, run by its own bin/elasticsearch script with a JDK
 * 21+ and, when we are root, as an unprivileged user. Its writable state lives in {@code workDir}: config/
 * (a copy of the distribution's plus our elasticsearch.yml), data/, logs/, tmp/ and elasticsearch.log (console).
 */
public final class ElasticsearchNode {

    /** What to start. {@code heap} is a JVM size such as "1g"; {@code detached} lets it outlive this JVM. */
    public record Settings(Path workDir, Path installDir, int httpPort, int transportPort, String heap,
                           String clusterName, boolean detached, Duration timeout) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String url;
    private final ChildProcess process;

    private ElasticsearchNode(String url, ChildProcess process) {
        this.url = url;
        this.process = process;
    }

    public static ElasticsearchNode start(Settings settings) {
        long started = System.nanoTime();
        ElasticsearchUser user = ElasticsearchUser.forCurrentProcess();
        requireReachable(user, settings.workDir());
        requireReachable(user, settings.installDir());
        JavaRuntimes.Jdk jdk = JavaRuntimes.findForElasticsearch();
        ElasticsearchDistribution distribution = ElasticsearchDistribution.locate();
        Path home = distribution.install(settings.installDir());
        ElasticsearchSettings config = new ElasticsearchSettings(settings.clusterName(), settings.httpPort(),
                settings.transportPort(), settings.workDir().resolve("data"), settings.workDir().resolve("logs"),
                Files.isDirectory(home.resolve("modules/x-pack-security")));
        log("starting Elasticsearch " + distribution.version() + " as user " + user.name() + " on " + config.url()
                + " (transport :" + settings.transportPort() + ", Java " + jdk.major() + ", heap " + settings.heap()
                + ", state in " + settings.workDir() + ")");
        ChildProcess process = launch(settings, user, jdk, home, config);
        try {
            Readiness.await(process, settings.timeout(), () -> requireYellow(config.url()));
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        log("Elasticsearch ready on " + config.url() + " in " + secondsSince(started) + " s (pid " + process.pid()
                + ", log " + process.logFile() + ")");
        return new ElasticsearchNode(config.url(), process);
    }

    public String url() {
        return url;
    }

    public ChildProcess process() {
        return process;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void requireReachable(ElasticsearchUser user, Path path) {
        if (!user.canReach(path)) {
            throw new IllegalStateException(path + " is not reachable by user " + user.name()
                    + " (a parent directory lacks o+x); choose a directory under /tmp or /var/tmp");
        }
    }

    private static ChildProcess launch(Settings settings, ElasticsearchUser user, JavaRuntimes.Jdk jdk, Path home,
                                       ElasticsearchSettings config) {
        try {
            Path workDir = Files.createDirectories(settings.workDir());
            Path configDir = workDir.resolve("config");
            Path tmpDir = workDir.resolve("tmp");
            Files.createDirectories(config.dataDir());
            Files.createDirectories(config.logsDir());
            Files.createDirectories(tmpDir);
            // Fresh copy of the distribution's config each start (jvm.options, log4j2); the keystore that
            // Elasticsearch creates on first start survives because copying does not delete.
            FileTrees.copy(home.resolve("config"), configDir);
            Files.writeString(configDir.resolve("elasticsearch.yml"), config.render());
            user.own(workDir);

            List<String> command = new ArrayList<>(user.commandPrefix());
            command.add(home.resolve("bin/elasticsearch").toString());
            Map<String, String> environment = new HashMap<>();
            environment.put("ES_JAVA_HOME", jdk.home().toString());
            environment.put("ES_PATH_CONF", configDir.toString());
            environment.put("ES_TMPDIR", tmpDir.toString());
            environment.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
            environment.put("HOME", workDir.toString());
            environment.put("JAVA_HOME", null);
            environment.put("JAVA_TOOL_OPTIONS", null);
            environment.put("_JAVA_OPTIONS", null);
            return ChildProcess.start(new ChildProcess.Spec("Elasticsearch", command, environment,
                    config.logsDir(), workDir.resolve("elasticsearch.log"), settings.detached()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Elasticsearch state in " + settings.workDir(), e);
        }
    }

    /** Throws until the cluster is at least yellow: the probe for {@link Readiness}. */
    public static void requireYellow(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"status\":\"red\"")) {
            throw new IllegalStateException("cluster health " + response.statusCode() + ": " + response.body());
        }
    }
}
