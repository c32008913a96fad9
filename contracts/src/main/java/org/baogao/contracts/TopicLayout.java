package org.baogao.contracts;

import org.apache.kafka.clients.admin.NewTopic;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * How a service declares the topics it touches when they are missing: the same partitions and replication
 * for every service, set once by {@code baogao.topics.partitions} and {@code baogao.topics.replication}
 * beside {@link TopicNames#PREFIX_PROPERTY}, with each topic's configuration from the contract
 * ({@link Topics#configOf}). Existing topics are left as they are.
 *
 * @param partitions  partitions of a topic created by a service
 * @param replication its replication factor (1 for a single local broker, 3 on a production cluster)
 */
public record TopicLayout(int partitions, short replication) {
    public static final String PARTITIONS_PROPERTY = "baogao.topics.partitions";
    public static final String REPLICATION_PROPERTY = "baogao.topics.replication";
    public static final TopicLayout DEFAULT = new TopicLayout(Topics.DEFAULT_PARTITIONS, (short) 1);

    public TopicLayout {
        if (partitions < 1) {
            throw new IllegalArgumentException(PARTITIONS_PROPERTY + " must be at least 1, not " + partitions);
        }
        if (replication < 1) {
            throw new IllegalArgumentException(REPLICATION_PROPERTY + " must be at least 1, not " + replication);
        }
    }

    /** The layout configured in {@code properties} (a Spring {@code Environment::getProperty}), defaults otherwise. */
    public static TopicLayout from(UnaryOperator<String> properties) {
        String partitions = properties.apply(PARTITIONS_PROPERTY);
        String replication = properties.apply(REPLICATION_PROPERTY);
        return new TopicLayout(partitions == null ? DEFAULT.partitions : Integer.parseInt(partitions.trim()),
                replication == null ? DEFAULT.replication : Short.parseShort(replication.trim()));
    }

    /** Declarations of {@code topics} of the pipeline named by {@code names}, configured as the contract says. */
    public NewTopic[] declare(TopicNames names, String... topics) {
        return Arrays.stream(topics)
                .map(topic -> new NewTopic(topic, partitions, replication).configs(names.configOf(topic)))
                .toArray(NewTopic[]::new);
    }
}
