package org.baogao.e2e.search;

import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Entities;
import org.baogao.contracts.Quality;
import org.baogao.contracts.Region;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.Section;
import org.baogao.contracts.SourceInfo;
import org.baogao.contracts.Target;
import org.baogao.contracts.Topic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enriched reports as extraction publishes them, written for these tests (not the seeds): regions of Jiangsu
 * with real GB/T 2260 codes, sentences in the style of a work report, targets and results.
 */
final class TestReports {
    static final Region JIANGSU = new Region("江苏省", Region.PROVINCE, null, "320000");
    static final Region CHANGZHOU = new Region("常州市", Region.CITY, "江苏省", "320400");
    static final Region ZHONGLOU = new Region("钟楼区", Region.DISTRICT, "常州市", "320404");
    static final Region WUJIN = new Region("武进区", Region.DISTRICT, "常州市", "320412");
    static final Region SUZHOU = new Region("苏州市", Region.CITY, "江苏省", "320500");
    static final Region HANGZHOU = new Region("杭州市", Region.CITY, "浙江省", "330100");
    static final Region NINGBO = new Region("宁波市", Region.CITY, "浙江省", "330200");
    static final Region HEFEI = new Region("合肥市", Region.CITY, "安徽省", "340100");

    private final String name;
    private String title;
    private String text;
    private Region region;
    private Integer year;
    private String docType = "government_work_report";
    private String publishedAt;
    private final List<Target> targets = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();

    private TestReports(String name) {
        this.name = name;
    }

    static TestReports report(String fileName) {
        return new TestReports(fileName);
    }

    TestReports title(String value) {
        title = value;
        return this;
    }

    TestReports text(String value) {
        text = value;
        return this;
    }

    TestReports region(Region value) {
        region = value;
        return this;
    }

    TestReports year(int value) {
        year = value;
        return this;
    }

    TestReports docType(String value) {
        docType = value;
        return this;
    }

    TestReports publishedAt(String value) {
        publishedAt = value;
        return this;
    }

    TestReports topic(String value) {
        topics.add(new Topic(value, "policy_area", 2));
        return this;
    }

    /** A statement found in the text: {@code clause} must occur in it. */
    TestReports target(String code, String indicator, String kind, Double value, Double min, Double max, String unit,
                       String comparator, int appliesTo, String clause) {
        int start = text.indexOf(clause);
        if (start < 0) {
            throw new IllegalArgumentException("clause not in text: " + clause);
        }
        targets.add(new Target(indicator, code, kind, value, min, max, unit, comparator, null, appliesTo, null, clause,
                start, start + clause.length(), null));
        return this;
    }

    EnrichedReport build() {
        byte[] raw = (name + "\n" + text).getBytes(StandardCharsets.UTF_8);
        String id = ReportIds.of(raw);
        SourceInfo source = SourceInfo.received(name, "text/plain", id, raw.length, Instant.parse("2026-11-20T08:00:00Z"),
                Map.of()).withCharset("UTF-8", 99);
        int half = text.length() / 2;
        List<Section> sections = List.of(new Section("过去一年工作回顾", 1, 0, half), new Section("今年工作安排", 1, half, text.length()));
        return new EnrichedReport(id, EnrichedReport.SCHEMA_VERSION, source, title, EnrichedReport.SCRIPT_SIMPLIFIED, text,
                region, year, docType, null, publishedAt, null, sections, targets, Entities.NONE, topics, List.of(),
                Quality.CLEAN, "e2e");
    }
}
