package org.baogao.search.indexing;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivedReportDeserializerTest {
    private final ReceivedReportDeserializer deserializer = new ReceivedReportDeserializer();

    @Test
    void keepsTheOriginalBytesBesideTheParsedReport() {
        byte[] json = "{\"reportId\":\"abc\",\"schemaVersion\":1,\"title\":\"常州\",\"futureField\":{\"x\":1}}"
                .getBytes(StandardCharsets.UTF_8);
        ReceivedReport received = deserializer.deserialize("t", json);
        assertThat(received.report().reportId()).isEqualTo("abc");
        assertThat(received.report().title()).isEqualTo("常州");
        assertThat(received.originalJson()).isSameAs(json);
    }

    @Test
    void refusesBrokenJsonNullAndReportsWithoutId() {
        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"reportId\": \"broken".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> deserializer.deserialize("t", "null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> deserializer.deserialize("t", null)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"schemaVersion\":1,\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no reportId");
        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"reportId\":\"x\",\"year\":\"二〇二一\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }
}
