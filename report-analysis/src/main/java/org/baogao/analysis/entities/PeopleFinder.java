package org.baogao.analysis.entities;

import com.hankcs.hanlp.seg.common.Term;
import org.baogao.analysis.terms.PhraseSet;
import org.baogao.analysis.terms.ReportTerms;

import java.util.List;

import java.util.regex.Pattern;

/**
 * People: a name right after a post (市委书记齐家滨指出, 代理区长陈志良部署, 局长陈义表示), and names HanLP
 * recognizes that recur or sit next to a post. A name after a post is taken as two or three characters,
 * whichever is followed by a word that starts a new phrase (说, 指出, 表示, punctuation); HanLP's own
 * person recognition misses many given names (齐家滨) and invents some in policy prose, which is why a
 * recognized name alone must recur.
 */
final class PeopleFinder {
    private static final String POSTS = "党委书记|党组书记|副书记|书记|代理区长|代理市长|代理县长|代理省长|副区长|区长|副市长|市长|副县长|县长|"
            + "副省长|省长|副主任|主任|副局长|局长|副主席|主席|部长|厅长|镇长|乡长|董事长|总经理|总裁|院长|校长|处长|"
            + "秘书长|总理|副总理|常委|委员|记者|通讯员|主编|代表";
    private static final PhraseSet POST_WORDS = new PhraseSet(List.of(POSTS.split("\\|")));
    private static final Pattern NEXT_PHRASE = Pattern.compile(
            "^(?:[,，。、;；:：!！?？)）\\s]|指出|表示|说|强调|部署|介绍|要求|主持|出席|讲话|认为|称|作|在|代表|向|对|也|就|与|和|及|等|同志|一行|率|带队|调研|参加|宣布|希望|提出|通报|传达|围绕)");
    private static final Pattern SPEAKS = Pattern.compile("^(?:同志)?(?:指出|表示|说|强调|介绍|认为|提出|要求|主持|讲话)");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝鞠芮";

    void find(String text, ReportTerms terms, Mentions people) {
        int[] lastEnd = {-1};
        POST_WORDS.forEach(text, (begin, end, post) -> {
            if (end == lastEnd[0]) {
                return; // 书记 inside 副书记: the same post
            }
            lastEnd[0] = end;
            int start = end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == ' ') ? end + 1 : end;
            String name = nameAt(text, start);
            if (name != null) {
                people.add(name, start);
            }
        });
        // A name HanLP recognizes counts only where it acts like a person: it speaks (说, 指出, 表示).
        for (Term t : terms.terms()) {
            String n = t.nature.toString();
            int end = t.offset + t.word.length();
            if (n.startsWith("nr") && !n.equals("nrf") && t.word.length() >= 2 && t.word.length() <= 3
                    && SURNAMES.indexOf(t.word.charAt(0)) >= 0 && !people.contains(t.word)
                    && SPEAKS.matcher(text).region(end, text.length()).lookingAt()) {
                people.add(t.word, t.offset);
            }
        }
    }

    /** A two- or three-character name starting at {@code start}, if one fits. */
    private static String nameAt(String text, int start) {
        if (start >= text.length() || SURNAMES.indexOf(text.charAt(start)) < 0) {
            return null;
        }
        for (int len : new int[]{3, 2}) {
            int end = start + len;
            if (end > text.length()) {
                continue;
            }
            String name = text.substring(start, end);
            if (!name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            if (end == text.length() || NEXT_PHRASE.matcher(text).region(end, text.length()).lookingAt()) {
                return name;
            }
        }
        return null;
    }
}
