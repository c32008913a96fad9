package org.baogao.extract;

import org.baogao.extract.offline.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * extract-service: consumes raw reports, publishes enriched ones. Started with {@code extract FILE...}
 * it is the offline extractor instead, the same pipeline without Kafka or Elasticsearch.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ExtractCommand.NAME.equals(args[0])) {
            System.exit(ExtractCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ExtractApplication.class, args);
    }
}
