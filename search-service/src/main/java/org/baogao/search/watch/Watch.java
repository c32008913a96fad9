package org.baogao.search.watch;

import org.baogao.search.query.QueryText;
import org.baogao.search.query.ReportFilter;
import org.baogao.search.targets.TargetFilter;
import org.baogao.search.web.BadRequestException;

import java.time.Instant;

/**
 * What an analyst wants to hear about: reports matching a search (words, region, level, type, topic) and,
 * optionally, holding a target that meets a condition ("GDP target ≥ 6 in any province": level {@code province},
 * target {@code gdp}, kind {@code target}, min 6). Every condition given must hold; the same conditions mean the
 * same as in {@code /api/search} and {@code /api/targets}. A watch fires only for reports indexed after it was
 * saved.
 *
 * @param id        assigned when saved
 * @param name      what the analyst calls it; defaults to a description of the conditions
 * @param q         words that must occur, as in {@code /api/search?q=}
 * @param region    region name or code, the regions inside it included
 * @param level     {@code province}, {@code city}, {@code county}, {@code district}, {@code national}
 * @param docType   document type
 * @param topic     taxonomy tag
 * @param target    a condition on one target of the report, or null
 * @param createdAt when it was saved
 */
public record Watch(String id, String name, String q, String region, String level, String docType, String topic,
                    TargetCondition target, Instant createdAt) {
    static final int MAX_NAME = 100;

    /**
     * @param code indicator code, e.g. {@code gdp}
     * @param kind {@code target}, {@code achievement} or {@code plan}; null for any
     * @param min  smallest value
     * @param max  largest value
     */
    public record TargetCondition(String code, String kind, Double min, Double max) {
    }

    /** The watch as saved: conditions checked and normalized like the search API's, an id and a time given. */
    static Watch create(Watch asked, String id, Instant now, int maxQueryLength) {
        QueryText.parse(asked.q(), maxQueryLength);
        ReportFilter filter = ReportFilter.of(asked.region(), asked.level(), null, null, asked.docType(), asked.topic(), null);
        TargetCondition target = null;
        if (asked.target() != null) {
            TargetCondition t = asked.target();
            TargetFilter checked = TargetFilter.of(t.code(), null, null, null, t.kind(), t.min(), t.max());
            if (checked.code() == null && checked.min() == null && checked.max() == null) {
                throw new BadRequestException("target", "a target condition names an indicator code or a value bound");
            }
            target = new TargetCondition(checked.code(), checked.kinds().isEmpty() ? null : String.join(",", checked.kinds()),
                    checked.min(), checked.max());
        }
        String q = asked.q() == null || asked.q().isBlank() ? null : asked.q().strip();
        if (q == null && filter.region() == null && filter.level() == null && filter.docType() == null && filter.topic() == null
                && target == null) {
            throw new BadRequestException("q", "a watch needs at least one condition (q, region, level, docType, topic or target)");
        }
        String name = asked.name() == null || asked.name().isBlank() ? null : asked.name().strip();
        if (name != null && name.length() > MAX_NAME) {
            throw new BadRequestException("name", "name longer than " + MAX_NAME + " characters");
        }
        Watch watch = new Watch(id, name, q, filter.region(), filter.level(), filter.docType(), filter.topic(), target, now);
        return name != null ? watch : new Watch(id, watch.describe(), q, filter.region(), filter.level(), filter.docType(),
                filter.topic(), target, now);
    }

    /** The conditions in words, e.g. {@code 地区=江苏省 · 级别=province · 指标 gdp target ≥ 6}. */
    String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "检索", q);
        append(s, "地区", region);
        append(s, "级别", level);
        append(s, "类型", docType);
        append(s, "主题", topic);
        if (target != null) {
            String bounds = (target.min() == null ? "" : " ≥ " + number(target.min())) + (target.max() == null ? "" : " ≤ " + number(target.max()));
            append(s, "指标", (target.code() == null ? "任意" : target.code()) + (target.kind() == null ? "" : " " + target.kind()) + bounds);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append(s.isEmpty() ? "" : " · ").append(label).append('=').append(value);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
