package org.baogao.cleaning.pinyin;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.HashSet;
import java.util.Set;

/** The syllables of Mandarin pinyin (toneless, {@code ü} written {@code v}) and tone-mark stripping. */
public final class PinyinSyllables {
    private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final String BASE = "aaaaeeeeiiiioooouuuuvvvvvnnnm";
    private static final Set<String> SYLLABLES = new HashSet<>();
    /** Longest syllable, e.g. zhuang, shuang. */
    public static final int MAX_LENGTH = 6;

    static {
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!s.equals("none")) {
                SYLLABLES.add(s);
            }
        }
    }

    public static boolean isSyllable(String toneless) {
        return SYLLABLES.contains(toneless);
    }

    /** Whether {@code c} may appear in pinyin written with tone marks. */
    public static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || MARKED.indexOf(c) >= 0;
    }

    public static boolean isToneMarked(char c) {
        return MARKED.indexOf(c) >= 0 && c != 'ü';
    }

    public static String toneless(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = MARKED.indexOf(c);
            out.append(k >= 0 ? BASE.charAt(k) : c);
        }
        return out.toString();
    }

    /** Toneless readings HanLP gives the character (its first reading; polyphones have others). */
    public static String readingOf(char c) {
        var list = HanLP.convertToPinyinList(String.valueOf(c));
        return list.isEmpty() ? "" : list.get(0).getPinyinWithoutTone();
    }

    private PinyinSyllables() {
    }
}
