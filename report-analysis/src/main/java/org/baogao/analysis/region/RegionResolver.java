package org.baogao.analysis.region;

import org.baogao.analysis.terms.PhraseTally;
import org.baogao.contracts.Region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which division a report is about, from the whole text rather than the first place name.
 *
 * <ol>
 *   <li>Every plausible division mention counts ({@link DivisionEvidence}); mentions in the title or
 *       publisher count more, and a name followed by 委/政府 (武进区委, 常州市人民政府) marks the speaker and
 *       counts more still.</li>
 *   <li>Speaker cues (区委, 全区, 本区, 区长 / 县委, 全县 / 市委, 全市 / 省委, 全省) say at which level the author
 *       stands; a division's mentions are multiplied by one plus its level's share of those cues.</li>
 *   <li>Support adds half the parent's mentions (a 钟楼区 report that names 常州 is more surely about that
 *       钟楼区) and a third of the children's (a city report names its districts).</li>
 * </ol>
 * The most specific division the document is about wins: a 钟楼区 report names 常州市 often but names
 * 钟楼 more and speaks as 区. A 县级市 (常熟市) speaks as 市 (市委, 全市) like a prefecture city.
 * National reports (the State Council's: 我代表国务院, or no local speaker at all and 全国/我国 throughout)
 * resolve to {@link #NATIONAL}: {@code {name: 中国, level: national, parent: null, code: null}}, since
 * GB/T 2260 has no code for the country as a whole.
 */
public final class RegionResolver {
    public static final Region NATIONAL = new Region("中国", Region.NATIONAL, null, null);

    private static final double TITLE_WEIGHT = 5;
    private static final double SPEAKER_WEIGHT = 3;
    private static final double HINT_WEIGHT = 20;
    private static final double PARENT_SHARE = 0.5;
    private static final double CHILD_SHARE = 0.3;
    private static final List<String> SPEAKER_AFTER = List.of("委", "党委", "人民政府", "政府", "人大", "政协");

    /** The levels in the order of the first four groups of {@link #CUES}. */
    private static final List<String> LEVELS = List.of(Region.DISTRICT, Region.COUNTY, Region.CITY, Region.PROVINCE);
    private static final int NATIONAL_SPEAKER = 4;
    private static final int NATIONAL_CUE = 5;
    /** Level cues, then the country speaking (代表国务院…), then the country named (全国, 我国, 中央): one pass. */
    private static final PhraseTally CUES = new PhraseTally(List.of(cues("区"), cues("县"), cues("市"), cues("省"),
            List.of("代表国务院", "国务院总理", "国务院政府工作报告"), List.of("全国", "我国", "中央"), prefectureCues()));
    private static final int PREFECTURE_CUE = 6;
    /** The level a 地区, 自治州 or 盟 speaks at: not a city's 市. */
    private static final String PREFECTURE = "prefecture";

    private final Divisions divisions;
    private final DivisionEvidence evidence;

    /**
     * How a prefecture that is not a city speaks of itself: a 地区 through its 地委 and 行署 (行政公署, 专员, 全地区),
     * an autonomous prefecture as 州 (州委, 全州, 州长), a league as 盟. A county-level city in it speaks as 市.
     */
    private static List<String> prefectureCues() {
        return List.of("地委", "行署", "行政公署", "全地区", "专员", "州委", "州长", "全州", "州人民政府", "盟委", "全盟", "盟长");
    }

    /** How a 区 (县, 市, 省) speaks of itself: 区委, 区政府, 全区, 我区, 本区, 区长… */
    private static List<String> cues(String level) {
        List<String> out = new java.util.ArrayList<>();
        java.util.stream.Stream.of("委", "党委", "政府", "人民政府", "长", "人大", "政协", "主席").forEach(s -> out.add(level + s));
        out.addAll(List.of("全" + level, "我" + level, "本" + level));
        return out;
    }

    public RegionResolver() {
        this(Divisions.snapshot());
    }

    public RegionResolver(Divisions divisions) {
        this.divisions = divisions;
        this.evidence = new DivisionEvidence(divisions);
    }

    /**
     * @param text       the report text
     * @param title      title and publisher as stated by the source (may be empty)
     * @param regionHint operator-supplied region name, or null
     */
    public Region resolve(String text, String title, String regionHint) {
        return resolve(text, evidence.resolve(divisions.find(text)), title, regionHint);
    }

    /** As {@link #resolve(String, String, String)}, with the division mentions of {@code text} already resolved. */
    public Region resolve(String text, List<DivisionEvidence.Resolved> mentions, String title, String regionHint) {
        Map<Division, Double> own = new HashMap<>();
        add(own, mentions, text, 1.0);
        boolean titleNamesADivision = false;
        if (title != null && !title.isBlank()) {
            List<DivisionEvidence.Resolved> inTitle = evidence.resolve(divisions.find(title));
            titleNamesADivision = inTitle.stream().anyMatch(r -> r.division() != null && r.weight() >= 1.0);
            add(own, inTitle, title, TITLE_WEIGHT);
        }
        if (regionHint != null && !regionHint.isBlank()) {
            add(own, evidence.resolve(divisions.find(regionHint.strip())), regionHint, HINT_WEIGHT);
        }
        int[] inText = CUES.count(text);
        int[] inTitle = CUES.count(title == null ? "" : title);
        Map<String, Integer> cues = levelCues(inText, inTitle);
        if (isNational(title, inText, inTitle, cues, own) && !(titleNamesADivision && inTitle[NATIONAL_SPEAKER] == 0)) {
            // a title that names a division (2026年新疆维吾尔自治区政府工作报告) outweighs 党中央 and 全国 in the text
            return NATIONAL;
        }
        sharedShortNames(own, cues);
        Map<Division, Double> children = new HashMap<>();
        own.forEach((d, v) -> {
            Division parent = divisions.parent(d);
            if (parent != null) {
                children.merge(parent, v, Double::sum);
            }
        });
        int totalCues = cues.values().stream().mapToInt(Integer::intValue).sum();
        Division best = null;
        double bestScore = 0;
        for (Map.Entry<Division, Double> e : own.entrySet()) {
            Division d = e.getKey();
            if (e.getValue() < 1.0) {
                continue;
            }
            double cueShare = totalCues == 0 ? 0 : (double) cues.get(speakingLevel(d)) / totalCues;
            Division parent = divisions.parent(d);
            double score = e.getValue() * (1 + cueShare)
                    + PARENT_SHARE * (parent == null ? 0 : own.getOrDefault(parent, 0.0))
                    + CHILD_SHARE * children.getOrDefault(d, 0.0);
            if (score > bestScore || score == bestScore && best != null && depth(d) > depth(best)) {
                best = d;
                bestScore = score;
            }
        }
        return best == null ? null : toRegion(best);
    }

    /**
     * 阿克苏 names both 阿克苏地区 and the city 阿克苏市 in it: when a division shares its short name with its parent,
     * the bare name's mentions go to the level the text speaks at (全地区, 地委 → the 地区; 全市, 市委 → the city).
     */
    private void sharedShortNames(Map<Division, Double> own, Map<String, Integer> cues) {
        for (Division d : List.copyOf(own.keySet())) {
            Division parent = divisions.parent(d);
            String name = Divisions.shortName(d);
            if (parent == null || name == null || !name.equals(Divisions.shortName(parent))) {
                continue;
            }
            if (cues.getOrDefault(speakingLevel(parent), 0) > cues.getOrDefault(speakingLevel(d), 0)) {
                own.merge(parent, own.remove(d), Double::sum);
            }
        }
    }

    private static void add(Map<Division, Double> own, List<DivisionEvidence.Resolved> mentions, String text,
                            double weight) {
        for (DivisionEvidence.Resolved r : mentions) {
            if (r.division() != null && r.weight() > 0) {
                if (!isVenue(text, r.mention())) {
                    own.merge(r.division(), r.weight() * weight * speaker(text, r.mention()), Double::sum);
                }
            }
        }
    }

    /** 在西宁隆重开幕, 在太原召开: where a session meets, which says nothing of whose session it is. */
    private static final java.util.regex.Pattern MEETS = java.util.regex.Pattern.compile(
            "^[^,，。；;]{0,12}?(?:召开|开幕|闭幕|举行|举办|开幕式)");

    private static boolean isVenue(String text, Divisions.Mention m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '在'
                && MEETS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt();
    }

    private static double speaker(String text, Divisions.Mention m) {
        for (String s : SPEAKER_AFTER) {
            if (text.startsWith(s, m.end())) {
                return SPEAKER_WEIGHT;
            }
        }
        return 1.0;
    }

    /** The level whose cue words a division's own reports use: a 县级市 or a municipality says 市. */
    private static String speakingLevel(Division d) {
        return switch (d.level()) {
            case Region.DISTRICT -> Region.DISTRICT;
            case Region.COUNTY -> d.name().endsWith("市") ? Region.CITY : Region.COUNTY;
            case Region.CITY -> d.name().endsWith("地区") || d.name().endsWith("州") || d.name().endsWith("盟")
                    ? PREFECTURE : Region.CITY;
            // A municipality speaks as 市 (全市, 市委); an autonomous region as 区 (全区, 自治区党委).
            default -> d.name().endsWith("市") ? Region.CITY
                    : d.name().endsWith("自治区") ? Region.DISTRICT : Region.PROVINCE;
        };
    }

    private int depth(Division d) {
        int n = 0;
        for (Division p = divisions.parent(d); p != null; p = divisions.parent(p)) {
            n++;
        }
        return n;
    }

    /** Level cues of the text and the title together (no cue spans the line between them). */
    private static Map<String, Integer> levelCues(int[] inText, int[] inTitle) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            counts.put(LEVELS.get(i), inText[i] + inTitle[i]);
        }
        counts.put(PREFECTURE, inText[PREFECTURE_CUE] + inTitle[PREFECTURE_CUE]);
        return counts;
    }

    private static boolean isNational(String title, int[] inText, int[] inTitle, Map<String, Integer> cues,
                                      Map<Division, Double> own) {
        String t = title == null ? "" : title;
        if (inTitle[NATIONAL_SPEAKER] > 0 || t.contains("国务院") && !hasLocal(own, 3)) {
            return true;
        }
        if (inText[NATIONAL_SPEAKER] > 0 && !hasLocal(own, 10)) {
            return true;
        }
        // The country speaking: 全国/我国/中央 throughout and hardly a 全省/全市/全区 of its own.
        int local = cues.values().stream().mapToInt(Integer::intValue).sum();
        int national = inText[NATIONAL_CUE];
        return national >= 5 && local * 3 < national || local < 2 && national >= 3 && !hasLocal(own, 3);
    }

    private static boolean hasLocal(Map<Division, Double> own, double atLeast) {
        return own.values().stream().anyMatch(v -> v >= atLeast);
    }

    private Region toRegion(Division d) {
        Division parent = divisions.parent(d);
        return new Region(d.name(), d.level(), parent == null ? null : parent.name(), d.code());
    }
}
