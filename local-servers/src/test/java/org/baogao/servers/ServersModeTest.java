package org.baogao.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServersModeTest {

    @Test
    void parsesTheOverrideCaseInsensitively() {
        assertThat(ServersMode.parse("embedded")).isEqualTo(ServersMode.EMBEDDED);
        assertThat(ServersMode.parse(" Docker ")).isEqualTo(ServersMode.DOCKER);
        assertThat(ServersMode.parse("EXTERNAL")).isEqualTo(ServersMode.EXTERNAL);
        assertThat(ServersMode.parse(null)).isEqualTo(ServersMode.AUTO);
        assertThat(ServersMode.parse("")).isEqualTo(ServersMode.AUTO);
    }

    @Test
    void rejectsUnknownModesNamingTheChoices() {
        assertThatThrownBy(() -> ServersMode.parse("kubernetes"))
                .hasMessageContaining("embedded, docker, external");
    }

    @Test
    void concreteModesResolveToThemselves() {
        assertThat(ServersMode.EMBEDDED.resolve()).isEqualTo(ServersMode.EMBEDDED);
        assertThat(ServersMode.EXTERNAL.resolve()).isEqualTo(ServersMode.EXTERNAL);
    }
}
