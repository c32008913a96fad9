package org.baogao.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's bookkeeping without starting servers (RealServersTest starts real ones). */
class ServersCliTest {

    @TempDir
    Path stateDir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ServersCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void statusWithoutStateSaysStoppedAndExitsThree() {
        assertThat(run("status", "--state-dir", stateDir.toString())).isEqualTo(ServersCli.NOT_RUNNING);
        assertThat(out.toString()).contains("Kafka: stopped").contains("Elasticsearch: stopped");
    }

    @Test
    void statusNoticesRecordedServersThatAreGone() {
        recordServersThatNoLongerRun();

        assertThat(run("status", "--state-dir", stateDir.toString())).isEqualTo(ServersCli.NOT_RUNNING);
        assertThat(out.toString()).contains("Kafka: stopped (was pid").contains("Elasticsearch: stopped (was pid");
    }

    @Test
    void downForgetsServersThatAreGoneAndIsHarmlessWhenNothingRuns() {
        recordServersThatNoLongerRun();

        assertThat(run("down", "--state-dir", stateDir.toString())).isZero();
        assertThat(out.toString()).contains("Kafka was not running");
        assertThat(ServersState.read(stateDir)).isEmpty();
        assertThat(run("down", "--state-dir", stateDir.toString())).isZero();
        assertThat(out.toString()).contains("not running (no servers.properties");
    }

    private void recordServersThatNoLongerRun() {
        // Our own pid with a start time long past: to the CLI this is a reused pid, not its server.
        long pid = ProcessHandle.current().pid();
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        new ServersState(
                new ServersState.Entry("Kafka", pid, longAgo, "127.0.0.1:1", stateDir.resolve("kafka.log")),
                new ServersState.Entry("Elasticsearch", pid, longAgo, "http://127.0.0.1:2", stateDir.resolve("es.log")))
                .write(stateDir);
    }
}
