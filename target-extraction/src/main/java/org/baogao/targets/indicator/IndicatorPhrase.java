package org.baogao.targets.indicator;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun phrase a number is about, cut out of the words before it ("lead"): in
 * {@code 力争全年地区生产总值增长6%左右} the lead is {@code 力争全年地区生产总值增长}; time words,
 * modal and action verbs in front ({@code 力争}, {@code 全年}, {@code 新增}) and predicate words behind
 * ({@code 增长}, {@code 达到}, {@code 控制在}) are peeled off, leaving {@code 地区生产总值}.
 * An empty result means the number has no subject of its own (比上年增长5%), so the caller
 * inherits one or drops the number.
 */
public final class IndicatorPhrase {

    private static final Pattern BRACKETS = Pattern.compile("\\([^()]{0,30}\\)|\\[[^\\[\\]]{0,30}]|【[^【】]{0,30}】");
    /** Quotes, brackets, spaces and list glyphs (●■◆★•, other symbols) that dress a name without being part of it. */
    private static final Pattern DECORATION = Pattern.compile("[“”‘’\"'《》「」〈〉()（）\\[\\]【】\\s\\p{So}•·‧∙]");
    /** The characters of {@link #DECORATION} other than spaces and symbols (So). */
    private static final String DECORATION_CHARS = "“”‘’\"'《》「」〈〉()（）[]【】•·‧∙";

    /** Time expressions at the front: 2021年, 到2025年底, 今年, “十四五”期间, 过去五年 ... */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:(?:到|至|截至|截止|在)?(?:\\d{4}|[一二〇○零九八七六五四三]{4})年(?:底|末|前|内|上半年|全年|以来)?"
                    + "|(?:到|至)?十[一二三四五六七八九]?五(?:期间|时期|末|规划期|期末)?"
                    + "|(?:今年|明年|去年|上年|当年)(?:末|底|初)?|全年|年内|过去一年|过去五年|过去的一年|五年来|一年来|今后五年|未来五年|今后一个时期"
                    + "|上半年|下半年|前三季度|第?[一二三四1-4]季度|年底|年末|同期"
                    + "|(?:[一二三四五六七八九十两]|\\d{1,2})年(?:来|间|内|以来)?(?![\\d])"
                    + "|[\\p{IsHan}]{1,6}(?:年景|标准|口径|情况|条件|价格)下"
                    + ")");

    /** Enumerators at the front: 一是, 首先, 1., 三、, ①. */
    private static final Pattern LEADING_ENUM = Pattern.compile(
            "^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|[①-⑳⑴-⒇]|[—－\\-]{1,3})");

    /** Words at the front that are not part of the indicator: modal, adverb, action verb, list glue. */
    private static final String[] LEADING = byLength(new String[]{
            "其中", "同时", "并且", "以及", "但是", "而且", "由于", "还有", "要求", "我们", "咱们", "并", "和", "及", "与", "、", "而", "但", "也", "还", "又", "亦",
            "力争", "确保", "争取", "努力", "力求", "预计", "计划", "拟", "要", "将", "全力", "进一步", "继续", "持续",
            "推动", "推进", "带动", "帮助", "扶持", "支持", "落实", "促进", "引导", "把", "对", "在", "从", "由",
            "共", "总计", "合计", "共计", "尽管", "虽然", "包括", "先", "再", "另", "另外", "此外", "同期",
            "落实好", "抓好", "做好", "办好", "用好", "守住", "严守", "坚守", "坚决", "严格", "一律", "一次性", "可望", "可以",
            "按可比口径", "按可比价格计算", "按可比价计算", "高质量",
            "首次", "已", "已经", "全面", "大力", "加快", "着力", "提出", "了", "宣布", "表示", "指出", "透露", "强调", "称", "报告将", "报告把", "报告设定", "政府工作报告将", "政府工作报告",
            "报告", "设定", "订出", "订定", "定出", "在实际工作中", "力争更好结果", "努力争取更好结果",
            "全区", "全市", "全县", "全省", "全镇", "全国", "我区", "我市", "我县", "我省", "全州", "我国",
            "提高到", "提高至", "增加到", "增加至", "调整到", "调整为", "下降到", "降到", "降至", "上升到", "上升至", "提升到",
            "提升至", "减少到", "扩大到", "缩小到", "增至", "的",
    });

    /**
     * Action verbs in front of an object (新增高新技术企业 → 高新技术企业). Not peeled from a rate, where they
     * belong to the noun: 新建项目开工率, 基本养老保险参保率.
     */
    private static final String[] ACTIONS = byLength(new String[]{
            "改建", "新认定", "新培育", "新引进", "新实施", "新开工", "新落户", "新登记", "新改建", "改扩建", "新建", "新增",
            "净增", "认定", "培育", "引进", "招引", "引育", "建成", "完成", "实现", "达到", "累计", "实施", "开工", "打造",
            "创建", "组织", "开展", "提供", "筹集", "投入", "吸引", "惠及", "安排", "培训", "签约", "落户", "转化", "解决",
            "资助", "救助", "改造", "发放", "申报", "争创", "保持", "稳定", "确定", "启动", "发行", "新发行", "基本", "主要", "又", "再",
    });

    /** Endings that make the whole phrase one noun (a rate or share), so action words in front stay. */
    private static final Pattern RATE = Pattern.compile("(?:率|比例|比重|占比|强度|指数)$");

    /** Predicate words at the back: what the subject does to reach the number. */
    private static final String[] TRAILING = byLength(new String[]{
            "年均增长", "年均提高", "年均下降", "平均增长", "实际增长", "名义增长", "可比增长", "增长", "成长", "下降", "降低", "回落",
            "稳中有升", "稳中有进", "稳中向好", "削减",
            "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "增加到", "增加至", "下降到", "下降至", "降低到", "降低至",
            "降到", "降至", "增至", "升至", "提高", "提升", "上升", "上涨", "减少", "增加", "扩大", "缩小", "跃上", "迈上", "跨上",
            "达到", "达", "超过", "超", "突破", "不低于", "不少于", "不小于", "至少", "不超过", "不高于", "低于", "高于", "少于",
            "大于", "小于", "不到", "控制在", "稳定在", "保持在", "维持在", "保持", "稳定", "分别为", "分别是", "分别达到",
            "分别达", "分别", "均为", "均达到", "均达", "均", "都", "各", "为", "是", "在", "约", "大约", "近", "接近", "将近", "共",
            "合计", "总计", "累计", "年均", "平均", "同比", "比上年", "较上年", "比去年", "较去年", "比上年末", "比年初",
            "拟按", "按", "预计", "力争", "确保", "要", "将", "可", "有望", "首次", "已", "已经", "达成", "完成", "实现",
            "每年", "的", "以", "再", "占", "共计", "总共", "全年", "今年", "年内", "当年", "定为", "确定为", "设定为", "回落到",
            "回落至", "新安排", "人均", "每人", "每人每年", "人均每年", "每人每月", "平均每斤", "每斤", "每月", "和", "及", "与", "、",
            "新增", "拟新增", "预期", "定在", "同口径", "可比口径", "按可比口径", "自然口径", "扩大到", "扩大至", "压缩至", "压缩到", "缩短至", "缩短到", "压缩", "缩短", "平均为", "平均达到", "平均达", "再降", "压降", "从", "由", "了", "增产", "减产", "共有", "已有", "递增", "递减", "仍", "仍然",
            "调整到", "调整为", "订在", "订为", "设定在", "设在", "每年平均", "平均每年", "拟安排", "安排", "拟", "首次", "进一步", "继续", "持续", "基本", "力争达到",
    });

    /** Longest first, so 平均为 is peeled as a whole and not as 为 leaving 平均. */
    private static String[] byLength(String[] words) {
        String[] copy = java.util.Arrays.stream(words).distinct().toArray(String[]::new);
        java.util.Arrays.sort(copy, java.util.Comparator.comparingInt(String::length).reversed());
        return copy;
    }

    private static final EdgeWords LEADING_WORDS = new EdgeWords(LEADING);
    private static final EdgeWords ACTION_WORDS = new EdgeWords(ACTIONS);
    private static final EdgeWords TRAILING_WORDS = new EdgeWords(TRAILING);
    /** Last characters a match of {@link #TRAILING_TIME} (年, 年来, 年间, 年内) can end with. */
    private static final String TRAILING_TIME_ENDS = "年来间内";
    /** Last characters a match of {@link #TRAILING_COMPARE} (比上年, 较年初, 比上年末, 比上年同期多…) can end with. */
    private static final String TRAILING_COMPARE_ENDS = "年末初期多少高低";
    /** Last characters a match of {@link #RATE} (率, 比例, 比重, 占比, 强度, 指数) can end with. */
    private static final String RATE_ENDS = "率例重比度数";

    private static final Pattern TRAILING_TIME = Pattern.compile("(?:[一二三四五六七八九十两]|\\d{1,2})年(?:来|间|内)?$");
    private static final Pattern TRAILING_COMPARE = Pattern.compile(
            "(?:比|较)(?:\\d{4}年|[一二〇○零九八七六五四三]{4}年|上年|去年|上一年|上年末|年初|上年同期)(?:多|少|高|低)?$");

    /** Verbs inside a long lead after which the indicator starts (推动规上工业增加值增长). */
    private static final String[] INNER_VERBS = {"推动", "促进", "确保", "力争", "争取", "实现", "完成", "达到", "推进", "带动",
            "引导", "提出", "明确"};

    /** Where the last inner verb of {@code s} ends, or -1 when it holds none. */
    private static int afterLastInnerVerb(String s) {
        int start = -1;
        int end = -1;
        for (String verb : INNER_VERBS) {
            int at = s.lastIndexOf(verb);
            if (at > start) {
                start = at;
                end = at + verb.length();
            }
        }
        return end;
    }

    /**
     * The indicator for a lead, normalized (no spaces, no brackets or quotes), or "" if none.
     */
    public static String of(String lead) {
        return ofUndecorated(undecorated(lead), lead);
    }

    /**
     * The indicator for a lead if it is one the lexicon knows (it has a code), else "". Most clauses of a report
     * name no indicator, and a clause holding no written form is answered without reading it.
     */
    public static String knownOf(String lead) {
        String s = undecorated(lead);
        if (!IndicatorDictionary.holdsForm(s)) {
            return "";
        }
        String phrase = ofUndecorated(s, lead);
        return IndicatorDictionary.code(phrase) != null ? phrase : "";
    }

    /** The lead without asides in brackets and without {@link #DECORATION}; as it is when it holds neither. */
    private static String undecorated(String lead) {
        String s = lead;
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0 || s.indexOf('【') >= 0) {
            s = BRACKETS.matcher(s).replaceAll("");
        }
        for (int i = 0; i < s.length(); i++) {
            if (isDecoration(s.charAt(i))) {
                return DECORATION.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** One character of {@link #DECORATION}, tested without the regex (most leads hold none). */
    private static boolean isDecoration(char c) {
        return DECORATION_CHARS.indexOf(c) >= 0 || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                || c == '\r' || Character.getType(c) == Character.OTHER_SYMBOL || Character.isSurrogate(c);
    }

    private static String ofUndecorated(String undecorated, String lead) {
        String s = lastSubject(afterLastNumber(undecorated));
        for (int round = 0; round < 8; round++) {
            String before = s;
            s = stripTrailing(s);
            s = stripLeading(s);
            if (s.equals(before)) {
                break;
            }
        }
        if (s.length() > 12) {
            int end = afterLastInnerVerb(s);
            if (end > 0 && end < s.length() - 1) {
                s = stripTrailing(stripLeading(s.substring(end)));
            }
        }
        s = withoutSpeakingSubject(s);
        if (s.equals("经济") && lead.contains("增长")) {
            s = "经济增长"; // 经济年均增长6.5%: the growth of the economy is gdp
        }
        return isIndicator(s) ? s : "";
    }

    /** A short subject and its modal before the indicator: 海口要实际使用外资, 万州今年还将新增高新技术企业. */
    private static final Pattern SPEAKING_SUBJECT = Pattern.compile(
            "^([\\p{IsHan}]{2,4}?)(?:今年|明年|全年)?(?:还将|也将|将|还要|要|力争|确保|争取)");

    /**
     * The phrase without a subject that speaks before the indicator (a place or body and its 要/将), when what
     * follows is an indicator the lexicon knows and the whole is not; the subject and the modal must not be one
     * word (主要, 重要: HanLP's core dictionary).
     */
    private static String withoutSpeakingSubject(String s) {
        Matcher m = SPEAKING_SUBJECT.matcher(s);
        if (!m.lookingAt() || m.end() + 2 > s.length() || IndicatorDictionary.lookup(s) != null
                || CoreDictionary.contains(s.substring(m.end(1) - 1, m.end(1) + 1))) {
            return s;
        }
        String rest = stripTrailing(stripLeading(s.substring(m.end())));
        return IndicatorDictionary.lookup(rest) != null ? rest : s;
    }

    /** 平板玻璃7600多万重量箱、电解铝: a number in an unknown unit ends the previous item; keep what follows. */
    private static String afterLastNumber(String s) {
        int digit = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                digit = i;
                break;
            }
        }
        if (digit < 0) {
            return s;
        }
        int pause = s.indexOf('、', digit);
        if (pause >= 0) {
            return s.substring(pause + 1);
        }
        // 江苏GDP突破10兆今年经济成长目标: an amount written without its unit ends what came before it
        int after = digit + 1;
        if (after < s.length() && "万亿兆千".indexOf(s.charAt(after)) >= 0 && after + 1 < s.length()) {
            return s.substring(after + 1);
        }
        return s;
    }

    /**
     * Of the comma-separated pieces of a lead, the last one that still names something. Within it, a 、 after a
     * predicate (出口占全国份额稳中有升、进出口增长) ends a clause of its own, so only what follows is the subject.
     */
    private static String lastSubject(String s) {
        return afterLastPredicate(lastNamingPiece(s));
    }

    private static String afterLastPredicate(String piece) {
        int pause = piece.lastIndexOf('、');
        while (pause > 0) {
            String before = piece.substring(0, pause);
            if (!stripTrailing(before).equals(before) && pause + 1 < piece.length()) {
                return piece.substring(pause + 1);
            }
            pause = piece.lastIndexOf('、', pause - 1);
        }
        return piece;
    }

    private static String lastNamingPiece(String s) {
        String[] pieces = s.split("[,，:;；]");
        for (int i = pieces.length - 1; i >= 0; i--) {
            String p = pieces[i];
            String stripped = p;
            for (int round = 0; round < 8; round++) {
                String before = stripped;
                stripped = stripLeading(stripTrailing(stripped));
                if (stripped.equals(before)) {
                    break;
                }
            }
            if (isIndicator(stripped)) {
                return p;
            }
        }
        return pieces.length == 0 ? "" : pieces[pieces.length - 1];
    }

    static String stripLeading(String s) {
        if (LEADING_WORDS.contains(s)) {
            return ""; // 力争更好结果: the whole phrase is one leading word, not 力争 before a noun
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher e = LEADING_ENUM.matcher(s);
            if (e.lookingAt() && e.end() < s.length()) {
                s = s.substring(e.end());
                changed = true;
                continue;
            }
            Matcher t = LEADING_TIME.matcher(s);
            if (t.lookingAt() && t.end() > 0) {
                s = s.substring(t.end());
                changed = true;
                continue;
            }
            for (String w : LEADING_WORDS.startingAs(s)) {
                if (s.startsWith(w) && s.length() > w.length() && !protectedStart(s, w)) {
                    s = s.substring(w.length());
                    changed = true;
                    break;
                }
            }
            if (changed || mayEndWith(s, RATE_ENDS) && RATE.matcher(s).find()) {
                continue;
            }
            for (String w : ACTION_WORDS.startingAs(s)) {
                if (s.startsWith(w) && s.length() > w.length() && !protectedStart(s, w)) {
                    s = s.substring(w.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Words that look like a leading verb but begin an indicator: 新增城镇就业, 实际使用外资, 全社会... */
    private static boolean protectedStart(String s, String w) {
        return IndicatorDictionary.lookup(s) != null && IndicatorDictionary.lookup(s.substring(w.length())) == null
                || w.length() == 1 && opensWord(s)
                || (w.equals("稳定") && s.startsWith("稳定性"))
                || (w.equals("对") && s.startsWith("对外"));
    }

    /**
     * A one-character leading word that begins a word of the language with the character after it (先进, 共享, 在建,
     * 再生, 要素) is that word's first character, not a word of its own: HanLP's core dictionary says which pairs are words.
     */
    private static boolean opensWord(String s) {
        if (s.length() < 3) {
            return false;
        }
        String pair = s.substring(0, 2);
        return !LEADING_WORDS.contains(pair) && !ACTION_WORDS.contains(pair) && CoreDictionary.contains(pair);
    }

    static String stripTrailing(String s) {
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher m = TRAILING_COMPARE.matcher(s);
            if (mayEndWith(s, TRAILING_COMPARE_ENDS) && m.find()) {
                s = s.substring(0, m.start());
                changed = true;
                continue;
            }
            Matcher t = TRAILING_TIME.matcher(s);
            if (mayEndWith(s, TRAILING_TIME_ENDS) && t.find()) {
                s = s.substring(0, t.start());
                changed = true;
                continue;
            }
            for (String w : TRAILING_WORDS.endingAs(s)) {
                if (s.endsWith(w) && !protectedEnd(s, w)) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** 经济增长 is a form of gdp, 居民收入增长 is not an indicator end to peel blindly... keep dictionary forms whole. */
    private static boolean protectedEnd(String s, String w) {
        return IndicatorDictionary.lookup(s) != null && IndicatorDictionary.lookup(s.substring(0, s.length() - w.length())) == null;
    }

    /** At least two CJK chars or a Latin acronym, and not a bare function word. */
    public static boolean isIndicator(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin++;
            }
        }
        if (cjk == 0 && latin < 2) {
            return false;
        }
        if (cjk + latin < 2) {
            return IndicatorDictionary.lookup(s) != null;
        }
        return !STOP.contains(s) && !isBareWord(s) && !holdsAnyOf(s, NOT_A_NOUN_PHRASE) && !isDocumentCount(s);
    }

    /** Pronouns and modal words: the lead is a whole sentence, not the name of an indicator. */
    private static final String[] NOT_A_NOUN_PHRASE = {"我们", "他们", "你们", "大家", "这些", "那些", "一定", "必须", "应当",
            "应该", "可以", "能够", "有能力"};

    private static boolean holdsAnyOf(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Head nouns that name a measure of some subject without naming the subject (总数突破2100家, 增速5%). */
    private static final java.util.Set<String> SUBJECT_HEADS = java.util.Set.of("总数", "总量", "总额", "总规模", "规模", "数量",
            "增速", "增幅", "增长率", "占比", "比重", "增量", "年增速");

    public static boolean isSubjectHead(String phrase) {
        return SUBJECT_HEADS.contains(phrase);
    }

    /** Counts of the document's own parts (20项主要指标, 八个方面, 10条措施) are not targets. */
    private static final Pattern DOCUMENT_COUNT = Pattern.compile(
            "(?:指标|措施|举措|方面|方面的?(?:重点)?工作|意见|文件|条例|实事|实事(?:候选)?项目|民心工程|民生工程|惠民工程|件事|大类)$|^(?:大)?事$");

    /** Last characters a match of {@link #DOCUMENT_COUNT} can end with. */
    private static final String DOCUMENT_COUNT_ENDS = "标施措面作见件例目程事类";

    public static boolean isDocumentCount(String s) {
        return mayEndWith(s, DOCUMENT_COUNT_ENDS) && DOCUMENT_COUNT.matcher(s).find();
    }

    /** A phrase that is nothing but one of the peeled words (推进, 增长) names nothing. */
    private static boolean isBareWord(String s) {
        return LEADING_WORDS.contains(s) || TRAILING_WORDS.contains(s) || ACTION_WORDS.contains(s);
    }

    /**
     * Whether a {@code …$} pattern can match {@code s}: its last character is one a match ends with (a regex
     * find would try every start position first), or a line terminator, before which {@code $} also matches.
     */
    private static boolean mayEndWith(String s, String lastChars) {
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        return lastChars.indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028'
                || last == '\u2029';
    }

    private static final java.util.Set<String> STOP = java.util.Set.of("其中", "总计", "合计", "比重", "占比", "总额", "总量",
            "规模", "增长", "同比", "各地", "各省", "各级", "预期", "增量", "比上年", "一律", "上年", "去年", "今年", "全年", "分别", "以上", "左右", "以内", "达到",
            "金额", "人数", "数量", "面积", "个数", "比例", "任务", "目标", "期间", "时期", "人民币", "左右的");

    private IndicatorPhrase() {
    }
}
