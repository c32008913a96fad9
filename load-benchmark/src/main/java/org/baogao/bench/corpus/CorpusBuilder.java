package org.baogao.bench.corpus;

import com.hankcs.hanlp.HanLP;
import org.baogao.analysis.region.Division;
import org.baogao.analysis.region.Divisions;
import org.baogao.contracts.Region;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of N distinct reports made from real ones: each is a full report or a short news item about one, moved
 * to a region drawn from the GB/T 2260 divisions and to a year between 2005 and 2026, its years shifted with it
 * and its percentages nudged, so ids, regions, years and targets vary as they would across many governments.
 * Deterministic for a seed: the same seed gives byte-identical files.
 *
 * <p>The mix: {@link #FULL_SHARE} full reports (tens of KB each) and short news items (a headline, a lead and
 * sentences of the report, mostly the ones with targets, about 1–3 KB); some in traditional characters and some
 * encoded as GB18030, as operators send them.
 */
public final class CorpusBuilder {
    static final double FULL_SHARE = 0.3;
    static final double TRADITIONAL_SHARE = 0.05;
    static final double GB18030_SHARE = 0.1;
    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2026;

    private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20[0-4]\\d)(?=年)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)(?=[%％])");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？\\n]{8,220}[。！？]");

    private final List<BaseReport> bases;
    private final List<Division> provinces = new ArrayList<>();
    private final List<Division> cities = new ArrayList<>();
    private final List<Division> counties = new ArrayList<>();
    private final long seed;

    public CorpusBuilder(List<BaseReport> bases, long seed) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no reports to build the corpus from");
        }
        this.bases = List.copyOf(bases);
        this.seed = seed;
        for (Division d : Divisions.snapshot().all()) {
            switch (d.level()) {
                case Region.PROVINCE -> provinces.add(d);
                case Region.CITY -> cities.add(d);
                case Region.COUNTY, Region.DISTRICT -> counties.add(d);
                default -> {
                }
            }
        }
    }

    /** One generated file: its name and bytes, and what it was made as (for the run's description). */
    public record Generated(String name, byte[] bytes, boolean full, String region, int year) {
    }

    /** The i-th report of the corpus. */
    public Generated report(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        Division region = region(random);
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        BaseReport base = bases.get(random.nextInt(bases.size()));
        boolean full = random.nextDouble() < FULL_SHARE;
        String moved = moved(base, region, year, random);
        String text = full ? fullReport(moved, region, year, i) : newsItem(moved, region, year, random);
        if (random.nextDouble() < TRADITIONAL_SHARE) {
            text = HanLP.convertToTraditionalChinese(text);
        }
        Charset charset = random.nextDouble() < GB18030_SHARE ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String name = String.format(Locale.ROOT, "bench-s%d-%06d-%s.txt", seed, i, full ? "report" : "news");
        return new Generated(name, text.getBytes(charset), full, region.name(), year);
    }

    /** Writes reports {@code from} (inclusive) to {@code to} (exclusive) into the folder, skipping files already there. */
    public List<Path> write(Path folder, int from, int to) throws IOException {
        Files.createDirectories(folder);
        List<Path> paths = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Generated g = report(i);
            Path path = folder.resolve(g.name());
            if (!Files.exists(path) || Files.size(path) != g.bytes().length) {
                Files.write(path, g.bytes());
            }
            paths.add(path);
        }
        return paths;
    }

    private Division region(Random random) {
        double r = random.nextDouble();
        List<Division> level = r < 0.05 ? provinces : r < 0.35 ? cities : counties;
        return level.get(random.nextInt(level.size()));
    }

    /** The base text spoken by another government in another year: names, years and percentages moved. */
    static String moved(BaseReport base, Division region, int year, Random random) {
        String text = base.text();
        String levelWord = levelWord(region);
        if (base.national()) {
            text = text.replace("国务院", region.name() + "人民政府").replace("全国", "全" + levelWord).replace("我国", "我" + levelWord);
        } else {
            String baseShort = shortName(base.region());
            text = text.replace(base.region(), region.name());
            String targetShort = Divisions.shortName(region);
            if (baseShort != null) {
                text = text.replace(baseShort, targetShort != null ? targetShort : region.name());
            }
            text = text.replace("全省", "全" + levelWord);
        }
        int shift = year - base.year();
        text = replaceAll(YEAR, text, m -> {
            int y = Integer.parseInt(m.group(1)) + shift;
            return y >= 1949 && y <= 2099 ? Integer.toString(y) : m.group(1);
        });
        double delta = (random.nextInt(5) - 2) * 0.5;
        return replaceAll(PERCENT, text, m -> {
            double v = Math.max(0, Double.parseDouble(m.group(1)) + delta);
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        });
    }

    private static String shortName(String regionName) {
        for (Division d : Divisions.snapshot().named(regionName)) {
            String s = Divisions.shortName(d);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String levelWord(Division region) {
        return switch (region.level()) {
            case Region.PROVINCE -> region.name().endsWith("市") ? "市" : region.name().endsWith("区") ? "区" : "省";
            case Region.CITY -> region.name().endsWith("州") ? "州" : region.name().endsWith("盟") ? "盟" : "市";
            default -> region.name().endsWith("区") ? "区" : region.name().endsWith("旗") ? "旗"
                    : region.name().endsWith("市") ? "市" : "县";
        };
    }

    private static String fullReport(String text, Division region, int year, int i) {
        return year + "年" + region.name() + "人民政府工作报告\n"
                + region.name() + "人民政府办公室文件 政发〔" + year + "〕" + (i + 1) + "号\n"
                + text;
    }

    /** A headline, a lead and sentences of the report, half of them ones that state a percentage. */
    private static String newsItem(String text, Division region, int year, Random random) {
        List<String> sentences = new ArrayList<>();
        List<String> withTargets = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            (s.contains("%") || s.contains("％") ? withTargets : sentences).add(s);
        }
        int count = 3 + random.nextInt(10);
        StringBuilder body = new StringBuilder();
        String first = null;
        for (int k = 0; k < count; k++) {
            List<String> pool = (k % 2 == 0 && !withTargets.isEmpty()) || sentences.isEmpty() ? withTargets : sentences;
            if (pool.isEmpty()) {
                break;
            }
            String s = pool.get(random.nextInt(pool.size()));
            first = first == null ? s : first;
            body.append(s);
            if (random.nextInt(3) == 0) {
                body.append('\n');
            }
        }
        String headline = first == null ? region.name() + "召开人民代表大会"
                : region.name() + "：" + first.substring(0, Math.min(30, first.length() - 1));
        int month = 1 + random.nextInt(2);
        int day = 1 + random.nextInt(28);
        return headline + "\n"
                + year + "年" + month + "月" + day + "日，" + region.name() + "人民代表大会会议开幕，" + region.name()
                + "人民政府负责人作政府工作报告。报告提出：\n" + body + "\n（本报记者）\n";
    }

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replaceAll(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.of(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
