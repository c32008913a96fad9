package org.baogao.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServersStateTest {

    @TempDir
    Path stateDir;

    @Test
    void roundTripsThroughThePidFile() {
        Instant started = Instant.parse("2026-11-22T02:58:25.680Z");
        ServersState state = new ServersState(
                new ServersState.Entry("Kafka", 4242, started, "127.0.0.1:9092", stateDir.resolve("kafka/kafka.log")),
                new ServersState.Entry("Elasticsearch", 4343, null, "http://127.0.0.1:9200",
                        stateDir.resolve("elasticsearch/elasticsearch.log")));

        state.write(stateDir);
        ServersState read = ServersState.read(stateDir).orElseThrow();

        assertThat(read.kafka()).isEqualTo(state.kafka());
        assertThat(read.elasticsearch()).isEqualTo(state.elasticsearch());
        ServersState.delete(stateDir);
        assertThat(ServersState.read(stateDir)).isEmpty();
    }

    @Test
    void aRecordedProcessThatIsGoneIsNotAttached() {
        ServersState.Entry entry = new ServersState.Entry("Kafka", ProcessHandle.current().pid(),
                Instant.parse("2000-01-01T00:00:00Z"), "127.0.0.1:9092", stateDir.resolve("k.log"));
        // Same pid, different start time: the pid was reused, so it is not our server.
        assertThat(entry.process()).isEmpty();
    }
}
