package org.baogao.servers.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    @Test
    void describesOneLoopbackNodeWithItsPortsAndPaths() {
        ElasticsearchSettings settings = new ElasticsearchSettings("baogao-local", 9200, 9300,
                Path.of("/srv/state/data"), Path.of("/srv/state/logs"), false);

        assertThat(settings.settings())
                .containsEntry("discovery.type", "single-node")
                .containsEntry("network.host", "127.0.0.1")
                .containsEntry("http.port", "9200")
                .containsEntry("transport.port", "9300")
                .containsEntry("path.data", "/srv/state/data")
                .containsEntry("path.logs", "/srv/state/logs")
                .containsEntry("action.destructive_requires_name", "false")
                .doesNotContainKey("xpack.security.enabled");
        assertThat(settings.url()).isEqualTo("http://127.0.0.1:9200");
    }

    @Test
    void switchesSecurityOffOnlyWhereTheModuleExists() {
        ElasticsearchSettings withSecurity = new ElasticsearchSettings("c", 1, 2, Path.of("/d"), Path.of("/l"), true);
        assertThat(withSecurity.settings()).containsEntry("xpack.security.enabled", "false");
    }

    @Test
    void rendersQuotedYaml() {
        String yaml = new ElasticsearchSettings("baogao-local", 9201, 9301,
                Path.of("/tmp/with \"quote\""), Path.of("/tmp/logs"), false).render();

        assertThat(yaml).contains("\nhttp.port: \"9201\"\n")
                .contains("cluster.name: \"baogao-local\"")
                .contains("path.data: \"/tmp/with \\\"quote\\\"\"");
    }
}
