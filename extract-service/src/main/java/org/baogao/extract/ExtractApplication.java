package org.baogao.extract;

import org.baogao.extract.eval.EvalCommand;
import org.baogao.extract.offline.ExtractCommand;
import org.baogao.service.ServiceOperability;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import java.util.Arrays;

/**
 * extract-service: consumes raw reports, publishes enriched ones. Started with {@code extract FILE...}
 * it is the offline extractor instead, the same pipeline without Kafka or Elasticsearch; with {@code eval GOLD [DIR]}
 * it scores that extractor against a target gold file.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(ServiceOperability.class)
public class ExtractApplication {
    /** Its configuration file is {@code extract-service.yml}, so the three services can share one classpath (tests). */
    public static final String CONFIG_NAME = "extract-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ExtractApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    /** Logging of the offline commands, whose stdout is their output. */
    static final String OFFLINE_LOGGING = "logback-offline.xml";

    public static void main(String[] args) {
        boolean offline = args.length > 0 && (ExtractCommand.NAME.equals(args[0]) || EvalCommand.NAME.equals(args[0]));
        if (offline && System.getProperty("logback.configurationFile") == null) {
            // before the first logger exists: logback reads this once
            System.setProperty("logback.configurationFile", OFFLINE_LOGGING);
        }
        if (args.length > 0 && ExtractCommand.NAME.equals(args[0])) {
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && EvalCommand.NAME.equals(args[0])) {
            System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        builder().run(args);
    }
}
