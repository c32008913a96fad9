package org.baogao.servers.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** build.properties, filtered by Maven: versions and where the build put the Elasticsearch distribution. */
public final class BuildInfo {

    private BuildInfo() {
    }

    public static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/baogao/servers/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/baogao/servers/build.properties missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String elasticsearchVersion() {
        return properties().getProperty("elasticsearch.version");
    }
}
