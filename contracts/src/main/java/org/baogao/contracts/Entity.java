package org.baogao.contracts;

/**
 * A named entity.
 *
 * @param name     normalized surface form
 * @param mentions how often it occurs in the text
 * @param start    offset of its first mention in {@link EnrichedReport#text()}
 */
public record Entity(String name, int mentions, int start) {
}
