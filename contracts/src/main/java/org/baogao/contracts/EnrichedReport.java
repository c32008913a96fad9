package org.baogao.contracts;

import java.util.List;

/**
 * The public contract of an enriched report (see {@code ../shared/spec/README.md}): value of
 * {@link Topics#ENRICHED}, one line of {@code bin/baogao extract}'s output, the source of every
 * search document. Extend it, bump {@link #SCHEMA_VERSION} on incompatible change, never change
 * the meaning of a field.
 *
 * @param reportId         sha256 of the raw bytes
 * @param schemaVersion    {@link #SCHEMA_VERSION} of the producer
 * @param source           what the operator sent, plus the detected charset
 * @param title            first headline, 信息名称, or a generated one
 * @param script           {@code hans}, {@code hant} or {@code mixed}: what the source was written in
 * @param text             cleaned text in simplified characters, widths folded; all offsets point into it
 * @param region           the region the report is about (null if unknown)
 * @param year             the year the report plans for (null if unknown)
 * @param docType          {@code government_work_report}, {@code plenary_session}, {@code key_tasks}, {@code news},
 *                         {@code resolution} (a congress approving a report), {@code other}
 * @param publisher        publishing body when stated
 * @param publishedAt      ISO date when stated
 * @param documentNumber   索引号/文号 when stated
 * @param sections         outline
 * @param targets          quantitative statements
 * @param entities         places, organizations, people, programs, projects
 * @param topics           taxonomy tags
 * @param keywords         ranked key phrases
 * @param quality          what cleaning did and could not fix
 * @param extractorVersion version of the extraction logic
 */
public record EnrichedReport(
        String reportId,
        int schemaVersion,
        SourceInfo source,
        String title,
        String script,
        String text,
        Region region,
        Integer year,
        String docType,
        String publisher,
        String publishedAt,
        String documentNumber,
        List<Section> sections,
        List<Target> targets,
        Entities entities,
        List<Topic> topics,
        List<Keyword> keywords,
        Quality quality,
        String extractorVersion) {

    /**
     * 2: targets gained {@code direction} and {@code basis}. A consumer that ignores unknown fields reads version 2
     * as before; the version-1 JSON Schema forbade unknown properties, so a consumer validating against it must
     * take the new schema, which is why the number moved.
     */
    public static final int SCHEMA_VERSION = 2;

    public EnrichedReport {
        sections = sections == null ? List.of() : List.copyOf(sections);
        targets = targets == null ? List.of() : List.copyOf(targets);
        entities = entities == null ? Entities.NONE : entities;
        topics = topics == null ? List.of() : List.copyOf(topics);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        quality = quality == null ? Quality.CLEAN : quality;
    }

    /** Script values. */
    public static final String SCRIPT_SIMPLIFIED = "hans";
    public static final String SCRIPT_TRADITIONAL = "hant";
    public static final String SCRIPT_MIXED = "mixed";
}
