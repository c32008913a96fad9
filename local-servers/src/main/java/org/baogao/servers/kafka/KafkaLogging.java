package org.baogao.servers.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Logging configuration for the broker child JVM, for both backends it may find on the inherited classpath:
 * Log4j 2 (the CLI's target/lib) or Logback (Spring Boot test classpaths). Both write to stdout, which the
 * launcher sends to the broker's log file. Without these Logback would log at DEBUG.
 */
final class KafkaLogging {

    private KafkaLogging() {
    }

    /** Writes both configuration files into {@code dir} and returns the JVM options that select them. */
    static List<String> writeConfig(Path dir) throws IOException {
        Path log4j2 = dir.resolve("log4j2.properties");
        Files.writeString(log4j2, """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = info
                rootLogger.appenderRef.console.ref = console
                logger.state.name = state.change.logger
                logger.state.level = warn
                logger.clients.name = org.apache.kafka.clients
                logger.clients.level = warn
                """);
        Path logback = dir.resolve("logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>[%d] %level %msg \\(%logger\\)%n</pattern></encoder>
                  </appender>
                  <logger name="state.change.logger" level="WARN"/>
                  <logger name="org.apache.kafka.clients" level="WARN"/>
                  <root level="INFO"><appender-ref ref="console"/></root>
                </configuration>
                """);
        return List.of(
                "-Dlog4j2.configurationFile=" + log4j2.toAbsolutePath(),
                "-Dlogback.configurationFile=" + logback.toAbsolutePath());
    }
}
