package org.baogao.cleaning.layout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes copyright and contact footers: lines with a site-footer cue (版权所有, 版权声明, ICP备, 主办单位,
 * 联系电话...) or a contact line that is only an address, phone or e-mail. A footer line is short; a
 * sentence of the report that happens to contain a cue word is longer and keeps its place.
 */
public final class FooterRemoval extends LineRemoval {
    public static final String KIND = "footer";
    private static final int MAX_LINE = 200;

    private static final List<String> CUES = List.of(
            "版权所有", "版权声明", "copyright", "Copyright", "COPYRIGHT", "©", "ICP备", "ICP证", "公网安备", "网站标识码",
            "主办单位", "承办单位", "技术支持:", "技术支持：", "建议使用IE", "分辨率", "如需转载", "转载请注明", "本网站所刊登",
            "联系我们", "网站纠错", "免责声明");
    /** A contact line: key then value, nothing else. */
    private static final Pattern CONTACT = Pattern.compile(
            "(主办|承办|协办|地址|通讯地址|联系地址|邮编|邮政编码|电话|联系电话|咨询电话|传真|邮箱|电子邮箱|E-?mail|email)\\s*[:：].{0,80}");
    private static final Pattern PHONE = Pattern.compile("(\\d{3,4}-\\d{7,8}|1[3-9]\\d{9}|400-?\\d{3}-?\\d{4})");

    @Override
    public String name() {
        return "footer";
    }

    @Override
    String kind() {
        return KIND;
    }

    @Override
    boolean isRemovable(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        for (String cue : CUES) {
            if (line.contains(cue)) {
                return true;
            }
        }
        if (CONTACT.matcher(line).matches()) {
            return true;
        }
        // A short line that is mostly a phone number.
        return line.length() <= 40 && PHONE.matcher(line).find() && !line.contains("。");
    }
}
