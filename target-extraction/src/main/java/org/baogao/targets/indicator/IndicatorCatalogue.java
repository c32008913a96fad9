package org.baogao.targets.indicator;

import org.baogao.text.TsvResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator the extractor can name, from the project's lexicon {@code indicators.tsv} (beside this class):
 * code, Chinese name, usual unit, the direction a government aims for, whether the spec names it as a core code,
 * and the written forms reports use (a form may hold choices in braces, see {@link #expand}). {@link IndicatorDictionary} reads phrases against these forms; search-service
 * lists them for analysts.
 */
public final class IndicatorCatalogue {

    static final String RESOURCE = "indicators.tsv";

    /**
     * One indicator.
     *
     * @param code      canonical code ({@code gdp})
     * @param name      Chinese name to show ({@code 地区生产总值})
     * @param unit      the unit its targets are usually stated in ({@code %}, {@code 人}, {@code 亩})
     * @param direction {@code increase} or {@code decrease}: the way a government wants it to move; null for a level
     *                  to hold ({@code cpi}, {@code deficit_ratio})
     * @param core      one of the spec's core codes (a statement about it must carry the code)
     * @param forms     the written forms, the name first
     */
    public record Indicator(String code, String name, String unit, String direction, boolean core, List<String> forms) {
    }

    private static final IndicatorCatalogue LEXICON = load();

    private final Map<String, Indicator> byCode;

    private IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The catalogue the project ships. */
    public static IndicatorCatalogue lexicon() {
        return LEXICON;
    }

    /** Every indicator, in the lexicon's order (core codes first). */
    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * A form with choices in braces stands for every combination: {研发经费,研发投入}{占,相当于}{GDP,生产总值}比重 is
     * 研发经费占GDP比重, 研发经费占生产总值比重, … (a phrase built of parts, each written several ways).
     */
    static List<String> expand(String form) {
        int open = form.indexOf('{');
        if (open < 0) {
            return List.of(form);
        }
        int close = form.indexOf('}', open);
        if (close < 0) {
            throw new IllegalStateException(RESOURCE + ": unclosed { in " + form);
        }
        List<String> out = new ArrayList<>();
        for (String choice : form.substring(open + 1, close).split(",", -1)) {
            out.addAll(expand(form.substring(0, open) + choice + form.substring(close + 1)));
        }
        return out;
    }

    private static IndicatorCatalogue load() {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (String[] f : TsvResource.rows(IndicatorCatalogue.class, RESOURCE)) {
            if (f.length != 6) {
                throw new IllegalStateException(RESOURCE + ": expected 6 tab-separated fields, got " + f.length
                        + " in the row of " + f[0]);
            }
            LinkedHashSet<String> forms = new LinkedHashSet<>();
            forms.add(f[1]);
            for (String form : f[5].split("\\|")) {
                forms.addAll(expand(form));
            }
            forms.removeIf(String::isBlank);
            Indicator indicator = new Indicator(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3], f[4].equals("core"),
                    List.copyOf(new ArrayList<>(forms)));
            if (byCode.put(indicator.code(), indicator) != null) {
                throw new IllegalStateException(RESOURCE + ": code " + indicator.code() + " listed twice");
            }
        }
        return new IndicatorCatalogue(byCode);
    }
}
