package org.baogao.contracts;

import java.util.List;

/**
 * The topic names one running pipeline uses: the {@link Topics} names, optionally behind a prefix, so
 * that tests sharing one broker (and operators running two pipelines on one cluster) never read each
 * other's records. Services build it from {@code baogao.topics.prefix} (empty by default) and never
 * spell a topic name themselves.
 */
public record TopicNames(String prefix, String raw, String enriched, String rawDeadLetter, String enrichedDeadLetter,
                         String status, String alerts) {
    /** Spring property every service reads its prefix from. */
    public static final String PREFIX_PROPERTY = "baogao.topics.prefix";

    public static final TopicNames DEFAULT = withPrefix("");

    public static TopicNames withPrefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        return new TopicNames(p, p + Topics.RAW, p + Topics.ENRICHED, p + Topics.RAW_DEAD_LETTER,
                p + Topics.ENRICHED_DEAD_LETTER, p + Topics.STATUS, p + Topics.ALERTS);
    }

    /** Dead-letter topic of the stage that consumes {@code topic}. */
    public String deadLetterOf(String topic) {
        return Topics.deadLetterOf(topic);
    }

    /** Topic-level configuration for {@code topic} of this pipeline (see {@link Topics#configOf}). */
    public java.util.Map<String, String> configOf(String topic) {
        return Topics.configOf(topic.substring(prefix.length()));
    }

    public List<String> all() {
        return List.of(raw, enriched, rawDeadLetter, enrichedDeadLetter, status, alerts);
    }
}
