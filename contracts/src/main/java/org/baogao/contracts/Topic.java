package org.baogao.contracts;

/**
 * A tag from the project's taxonomy.
 *
 * @param name     tag, e.g. {@code 新能源}
 * @param category taxonomy branch: {@code policy_area} or {@code industry}
 * @param score    evidence strength (matched cue mentions)
 */
public record Topic(String name, String category, double score) {
}
