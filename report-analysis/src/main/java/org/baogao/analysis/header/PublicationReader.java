package org.baogao.analysis.header;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publisher, publication date and document number from the metadata header cleaning took out
 * of the body, falling back to what the text itself states: a 文号 line near the top, a
 * {@code 来源:}/{@code 发布时间:} line, or the signature block (issuing body, then date) at the end.
 */
public final class PublicationReader {
    private static final List<String> HEADLINE_KEYS = List.of("信息名称", "标题", "名称", "题名");
    private static final List<String> PUBLISHER_KEYS = List.of("发布机构", "发文机关", "发文单位", "发布单位", "来源", "信息来源");
    private static final List<String> PUBLISHED_KEYS = List.of("公开日期", "发布日期", "发布时间", "发文日期", "印发日期", "成文日期", "生成日期", "出版日期");
    private static final List<String> WRITTEN_KEYS = List.of("成文日期", "生成日期", "发文日期", "印发日期", "公开日期", "发布日期", "发布时间", "出版日期");
    private static final List<String> NUMBER_KEYS = List.of("文号", "发文字号", "文件编号", "发文文号");
    private static final List<String> INDEX_KEYS = List.of("索引号");

    /** 常政发〔2021〕1号, 国发[2020]5号, 苏政办发(2021)12号. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,10}[〔\\[［(（【]\\s*((?:19|20)\\d{2})\\s*[〕\\]］)）】]\\s*第?\\s*\\d{1,4}\\s*号");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*(?:来源|信息来源|发布机构|发布单位)\\s*[:：]\\s*([^\\s|:：]{2,30})");
    private static final Pattern TIME_LINE = Pattern.compile("(?m)^.{0,40}?(?:发布时间|发布日期|公开日期|日期)\\s*[:：]\\s*([^\\n|]{8,20})");
    private static final Pattern DELIVERED = Pattern.compile("(?m)^\\s*[—\\-－]{1,2}\\s*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日在[^\\n]{2,40}(?:会议|大会)上");
    /** A newspaper's own dateline: 常熟日报讯 → 常熟日报 (本报讯 names nobody). */
    private static final Pattern NEWSPAPER_BYLINE = Pattern.compile("(\\p{IsHan}{2,10}(?:日报|晚报|时报|商报|报))讯");
    private static final Pattern ISSUER = Pattern.compile(
            "^[\\p{IsHan}]{2,30}(?:人民政府|办公厅|办公室|委员会|人大常委会|政府|局|厅|委)$");
    /** How far into the text a document number still belongs to the document itself, not a citation. */
    private static final int HEAD_CHARS = 400;
    private static final int TAIL_CHARS = 300;
    private static final int NEWS_DATELINE_CHARS = 120;

    public PublicationFacts read(Map<String, String> header, String text) {
        String headline = firstValue(header, HEADLINE_KEYS).orElse(null);
        Signature signature = signature(text);
        String publisher = firstValue(header, PUBLISHER_KEYS)
                .or(() -> match(SOURCE_LINE, head(text), 1))
                .or(() -> Optional.ofNullable(signature.issuer()))
                .or(() -> match(NEWSPAPER_BYLINE, head(text), 1))
                .orElse(null);
        LocalDate published = firstDate(header, PUBLISHED_KEYS)
                .or(() -> match(TIME_LINE, head(text), 1).flatMap(DateExpressions::first))
                .orElse(signature.date());
        LocalDate written = firstDate(header, WRITTEN_KEYS)
                .or(() -> Optional.ofNullable(published))
                .or(() -> dateline(text))
                .orElse(null);
        String number = firstValue(header, NUMBER_KEYS)
                .or(() -> documentNumberAtTop(text))
                .or(() -> firstValue(header, INDEX_KEYS))
                .orElse(null);
        return new PublicationFacts(headline, publisher, published, number, written);
    }

    private static Optional<String> firstValue(Map<String, String> header, List<String> keys) {
        for (String key : keys) {
            String v = header.get(key);
            if (v != null) {
                v = v.replace('|', ' ').strip();
                if (!v.isEmpty() && !v.equals("无") && !v.equals("-")) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDate(Map<String, String> header, List<String> keys) {
        for (String key : keys) {
            Optional<LocalDate> d = DateExpressions.first(header.get(key));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> documentNumberAtTop(String text) {
        Matcher m = DOCUMENT_NUMBER.matcher(head(text));
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group().replaceAll("\\s+", "");
        // Cut a run-on prefix back to the issuing code: "印发常政发〔2021〕1号" -> "常政发〔2021〕1号".
        int bracket = number.indexOf('〔') >= 0 ? number.indexOf('〔') : firstBracket(number);
        String code = number.substring(0, bracket);
        if (code.length() > 5) {
            number = number.substring(bracket - 5);
        }
        return Optional.of(number);
    }

    private static int firstBracket(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("[［(（【".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A date written on a line of its own (a dateline) near the top or the end, or the delivery line
     * under a report's title: "——2024年1月16日在绍兴市第九届人民代表大会第四次会议上".
     */
    private static Optional<LocalDate> dateline(String text) {
        Optional<LocalDate> end = standaloneDate(tail(text));
        if (end.isPresent()) {
            return end;
        }
        Matcher delivered = DELIVERED.matcher(head(text));
        if (delivered.find()) {
            Optional<LocalDate> d = DateExpressions.first(delivered.group());
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<LocalDate> top = standaloneDate(head(text));
        // Last resort: a full date early in the text is a news dateline (本报讯 2021年12月30日，…).
        return top.isPresent() ? top : DateExpressions.first(text.substring(0, Math.min(text.length(), NEWS_DATELINE_CHARS)));
    }

    private static Optional<LocalDate> standaloneDate(String part) {
        for (String line : part.split("\n")) {
            String l = line.strip();
            Matcher m = DateExpressions.FULL_DATE.matcher(l);
            if (m.find() && l.length() <= m.group().length() + 4) {
                return DateExpressions.of(m);
            }
        }
        return Optional.empty();
    }

    /** The issuing body and date that close a formal document: "常州市人民政府\n2021年1月18日". */
    private static Signature signature(String text) {
        String[] lines = tail(text).strip().split("\n");
        for (int i = lines.length - 1; i > 0; i--) {
            String dateLine = lines[i].strip();
            Matcher m = DateExpressions.FULL_DATE.matcher(dateLine);
            if (m.find() && dateLine.length() <= m.group().length() + 2) {
                String issuer = lines[i - 1].strip();
                Optional<LocalDate> date = DateExpressions.of(m);
                return new Signature(ISSUER.matcher(issuer).matches() ? issuer : null, date.orElse(null));
            }
        }
        return new Signature(null, null);
    }

    private static Optional<String> match(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m.group(group).strip()) : Optional.empty();
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), HEAD_CHARS));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - TAIL_CHARS));
    }

    private record Signature(String issuer, LocalDate date) {
    }
}
