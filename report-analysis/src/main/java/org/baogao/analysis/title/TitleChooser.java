package org.baogao.analysis.title;

import org.baogao.analysis.doctype.DocTypeClassifier;
import org.baogao.contracts.Region;

import java.util.regex.Pattern;

/**
 * The best title of a report: the one its metadata states (信息名称), else its first line if that
 * reads as a headline, else one made from what analysis found (常州市2021年政府工作报告).
 */
public final class TitleChooser {
    private static final int MAX_HEADLINE = 40;
    /** Titles that name only the kind of document. */
    private static final Pattern GENERIC = Pattern.compile("[省市区县]?(?:人民)?(?:政府)?(?:工作报告|重点工作|工作要点)");
    /** Zero-width spaces and joiners web pages leave behind. */
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("[。；;]|[，,：:、]$|^\\d{4}[-年/.]\\d{1,2}|记者|本报讯|日报讯");

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
            String kind = stated.replaceFirst("^[省市区县](?=人民|政府)", "");
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

    private static String firstLineHeadline(String text) {
        for (String line : text.split("\n", 20)) {
            String l = FORMAT_CHARACTERS.matcher(line).replaceAll("").strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean headline = l.length() <= MAX_HEADLINE && !NOT_A_HEADLINE.matcher(l).find();
            return headline ? l : null;
        }
        return null;
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
