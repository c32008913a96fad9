package org.baogao.analysis.region;

/**
 * One GB/T 2260 division of the bundled snapshot.
 *
 * @param code       six-digit code
 * @param name       full name, e.g. {@code 钟楼区}
 * @param level      {@code province}, {@code city}, {@code county} or {@code district}
 * @param parentCode code of the enclosing division, or null for a province
 */
public record Division(String code, String name, String level, String parentCode) {
}
