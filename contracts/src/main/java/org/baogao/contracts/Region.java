package org.baogao.contracts;

/**
 * A GB/T 2260 administrative division.
 *
 * @param name   full name, e.g. {@code 钟楼区}
 * @param level  {@code national}, {@code province}, {@code city}, {@code county} or {@code district}
 * @param parent name of the enclosing division, e.g. {@code 常州市} (null for national/province)
 * @param code   six-digit GB/T 2260 code, e.g. {@code 320404}
 */
public record Region(String name, String level, String parent, String code) {
    public static final String NATIONAL = "national";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String DISTRICT = "district";
}
