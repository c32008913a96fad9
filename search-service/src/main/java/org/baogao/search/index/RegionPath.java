package org.baogao.search.index;

import org.baogao.contracts.Region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A region and every division that encloses it, as names and as GB/T 2260 codes: the code's prefixes name the
 * enclosing divisions (320404 钟楼区 → 320400 常州市 → 320000 江苏省). Indexed with the report, it lets a filter on
 * a region match the region's children without any lookup at query time.
 *
 * @param names the region, its parent, its province (when known), most specific first
 * @param codes the region's code and the codes of its city and province
 */
public record RegionPath(List<String> names, List<String> codes) {
    public static final RegionPath NONE = new RegionPath(List.of(), List.of());

    public static RegionPath of(Region region) {
        if (region == null) {
            return NONE;
        }
        Set<String> names = new LinkedHashSet<>();
        addIfPresent(names, region.name());
        addIfPresent(names, region.parent());
        Set<String> codes = new LinkedHashSet<>();
        String code = region.code();
        if (code != null && code.matches("\\d{6}")) {
            codes.add(code);
            codes.add(code.substring(0, 4) + "00");
            codes.add(code.substring(0, 2) + "0000");
            ProvinceNames.of(code).ifPresent(names::add);
        }
        return new RegionPath(new ArrayList<>(names), new ArrayList<>(codes));
    }

    private static void addIfPresent(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }
}
