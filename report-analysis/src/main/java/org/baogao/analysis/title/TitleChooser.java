package org.baogao.analysis.title;

import org.baogao.analysis.doctype.DocTypeClassifier;
import org.baogao.contracts.Region;

import java.util.regex.Pattern;

/**
 * The best title of a report: the one its metadata states (信息名称), else the first headline among its opening
 * lines, else one made from what analysis found (常州市2021年政府工作报告). Pages saved from the web open with
 * their furniture (下载 打印 收藏, 首页 > 要闻, a site name and a date, 来源/编辑 lines, a photo caption): those lines
 * are passed over; a line that names a report, a session or a meeting is preferred to one that does not.
 */
public final class TitleChooser {
    private static final int MAX_HEADLINE = 40;
    /** Titles that name only the kind of document. */
    private static final Pattern GENERIC = Pattern.compile("(?:(?:19|20)\\d{2}年)?[省市区县]?(?:人民)?(?:政府)?(?:工作报告|重点工作|工作要点)");
    /** Zero-width spaces and joiners web pages leave behind. */
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("[。；;]|[，,：:、]$|^\\d{4}[-年/.]\\d{1,2}|记者|本报讯|日报讯");
    /** How many opening lines may hold the headline before the body starts. */
    private static final int OPENING_LINES = 24;
    /** Page tools and navigation (下载, 打印, 【字号, 首页 > 要闻 > 正文, 您的位置). */
    private static final Pattern PAGE_TOOLS = Pattern.compile(
            "^(?:下载|打印|全屏|收藏|分享|关闭|返回|首页|加大|还原|减小|大|中|小|>|》|】)$|^(?:【|\\[|首页|您的位置|当前位置)"
                    + "|字号|字体|打印本页|关闭窗口|扫一扫|>|»|→");
    /** An outline heading (一、2008年工作回顾, （一）, 1.): the body has begun. */
    private static final Pattern OUTLINE_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[.、])");
    /** A dated line of a site or paper (兰州新闻网 2021-01-20 08:12, 青海日报 2022年1月19日), or a source line. */
    private static final Pattern DATED_OR_SOURCE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]|\\d{1,2}:\\d{2}|^(?:来源|时间|发布|作者|编辑|责任编辑|审核|校对|浏览|点击|阅读)"
                    + "|(?:来源|编辑|审核|校对|点击数|浏览次数)[:：]");
    /** A site's own name (宜宾市人民政府网站, 门户网站) and photo captions (…记者谢龙摄, 图为会议现场). */
    private static final Pattern SITE_OR_CAPTION = Pattern.compile("网站|门户|摄$|^[(（]?图为|^图[:：]");
    /** A speech's dateline under its title (——2026年1月27日在…会议上): part of the title block, not the title. */
    private static final Pattern DELIVERED = Pattern.compile("^[—\\-－]{1,2}");
    /** What a headline of this kind of document names. */
    private static final Pattern REPORT_WORDS = Pattern.compile("报告|工作|会议|开幕|全会|部署|目标|政府|人大|两会");

    /** The title the source itself gives, if any: stated metadata or a headline first line. */
    public String stated(String headerTitle, String text) {
        if (headerTitle != null && !headerTitle.isBlank()) {
            return headerTitle.strip();
        }
        return firstLineHeadline(text);
    }

    public String choose(String stated, Region region, Integer year, String docType, String fallback) {
        if (stated != null && GENERIC.matcher(stated).matches() && region != null && year != null) {
            // "政府工作报告" says what, not whose or when.
            String kind = stated.replaceFirst("^(?:(?:19|20)\\d{2}年)?", "").replaceFirst("^[省市区县](?=人民|政府)", "");
            return (Region.NATIONAL.equals(region.level()) ? "国务院" : region.name()) + year + "年" + kind;
        }
        if (stated != null) {
            return stated;
        }
        StringBuilder b = new StringBuilder();
        if (region != null && !Region.NATIONAL.equals(region.level())) {
            b.append(region.name());
        } else if (region != null) {
            b.append("国务院");
        }
        if (year != null) {
            b.append(year).append("年");
        }
        String kind = label(docType);
        if (b.isEmpty() || kind == null) {
            return fallback;
        }
        return b.append(kind).toString();
    }

    /**
     * The first opening line that reads as a headline and names a report or a meeting, else the first that reads as a
     * headline at all; page furniture lines are passed over, and the search ends where the body starts.
     */
    private static String firstLineHeadline(String text) {
        String plain = null;
        int seen = 0;
        for (String line : text.split("\n", OPENING_LINES + 1)) {
            String l = FORMAT_CHARACTERS.matcher(line).replaceAll("").strip();
            if (l.isEmpty() || isFurniture(l)) {
                continue;
            }
            if (++seen > OPENING_LINES || l.length() > MAX_HEADLINE || NOT_A_HEADLINE.matcher(l).find()
                    || OUTLINE_HEADING.matcher(l).lookingAt()) {
                break; // the body has begun (各位代表：, a sentence, a dateline 本报讯)
            }
            if (REPORT_WORDS.matcher(l).find()) {
                return l;
            }
            if (plain == null && hanCount(l) >= 4) {
                plain = l;
            }
        }
        return plain;
    }

    private static boolean isFurniture(String line) {
        return PAGE_TOOLS.matcher(line).find() || DATED_OR_SOURCE.matcher(line).find() || SITE_OR_CAPTION.matcher(line).find()
                || DELIVERED.matcher(line).find() || hanCount(line) < 2 || isNavigationTrail(line);
    }

    /** 宜宾市人民政府网站　政务公开　政府工作报告: short words separated by wide spaces. */
    private static boolean isNavigationTrail(String line) {
        String[] words = line.split("[\\s\u3000]{2,}|\u3000");
        return words.length >= 3;
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    private static String label(String docType) {
        if (docType == null) {
            return null;
        }
        return switch (docType) {
            case DocTypeClassifier.GOVERNMENT_WORK_REPORT -> "政府工作报告";
            case DocTypeClassifier.PLENARY_SESSION -> "全会工作部署";
            case DocTypeClassifier.KEY_TASKS -> "重点工作";
            case DocTypeClassifier.NEWS -> "工作报道";
            default -> "工作文件";
        };
    }
}
