package org.baogao.analysis.entities;

import com.hankcs.hanlp.seg.common.Term;
import org.baogao.analysis.terms.ReportTerms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named projects: a noun phrase ending in 项目 that names something specific (国家健康医疗大数据中心项目,
 * 南沿江城际铁路项目), not a kind of project (重大项目, 新建项目, 科技型项目). The phrase starts after
 * the last verb before it, generic openers (重大, 一批, 新建) are cut, and what is left must hold a
 * proper name.
 */
final class ProjectFinder {
    private static final String BREAKS = "，。、；：“”《》,;:()（）!！?？ \t\n";
    private static final int MAX_NAME = 24;
    private static final Pattern GENERIC_OPENER = Pattern.compile(
            "^(?:一批|一批次|新一批|一个|一些|各类|各项|重大|重点|新建|续建|在建|新开工|开工|竣工|优质|好|大|龙头型|旗舰型|基地型|科技型|"
                    + "产业|产业化|制造业|工业|服务业|民生|基础设施|招引|签约|省|市|区|县|省级|市级|区级|县级|国家级|亿元以上|\\d+个)+");
    private static final Pattern AMOUNT = Pattern.compile("\\d|[亿万]元|型$|类$|性$|重大|重点|新建|一批|高质量|好项目");

    void find(String text, ReportTerms terms, Mentions projects) {
        for (int at = text.indexOf("项目"); at >= 0; at = text.indexOf("项目", at + 2)) {
            int from = at;
            while (from > 0 && at - from < MAX_NAME && BREAKS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            if (at - from < 2) {
                continue;
            }
            int start = afterLastVerb(terms, from, at);
            String name = text.substring(start, at);
            Matcher opener = GENERIC_OPENER.matcher(name);
            if (opener.lookingAt()) {
                start += opener.end();
                name = name.substring(opener.end());
            }
            if (name.length() >= 3 && !AMOUNT.matcher(name).find() && hasProperName(terms, start, at)) {
                projects.add(name + "项目", start);
            }
        }
    }

    private static int afterLastVerb(ReportTerms terms, int start, int end) {
        int cut = start;
        for (int i = terms.indexAt(start); i < terms.terms().size(); i++) {
            Term t = terms.terms().get(i);
            if (t.offset >= end) {
                break;
            }
            String n = t.nature.toString();
            if (t.offset + t.word.length() > end) {
                break;
            }
            if (ReportTerms.isVerb(t) || n.startsWith("d") || n.startsWith("p") || n.startsWith("c")
                    || n.startsWith("u") || n.startsWith("r") || n.startsWith("w") || n.equals("f")) {
                cut = t.offset + t.word.length();
            }
        }
        return cut;
    }

    private static boolean hasProperName(ReportTerms terms, int start, int end) {
        for (int i = terms.indexAt(start); i < terms.terms().size(); i++) {
            Term t = terms.terms().get(i);
            if (t.offset >= end) {
                break;
            }
            String n = t.nature.toString();
            if (n.equals("ns") || n.equals("nz") || n.startsWith("nr") || n.startsWith("nt") || n.equals("nx")) {
                return true;
            }
        }
        return false;
    }
}
