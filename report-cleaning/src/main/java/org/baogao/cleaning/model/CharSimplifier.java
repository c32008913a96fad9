package org.baogao.cleaning.model;

import org.baogao.text.ScriptConverter;
import org.baogao.text.WidthFolding;

/**
 * Simplified, width-folded form of a single character, for looking characters of a traditional or
 * unfolded text up in the {@link CharModel}. Cached per character: HanLP is asked once per distinct char.
 */
public final class CharSimplifier {
    private static final char[] CACHE = new char[65536];

    public static char simplify(char c) {
        char cached = CACHE[c];
        if (cached != 0) {
            return cached;
        }
        char folded = WidthFolding.fold(c);
        char result = folded;
        if (Han.isHan(folded)) {
            String s = ScriptConverter.toSimplified(String.valueOf(folded));
            result = s.length() == 1 ? s.charAt(0) : folded;
        }
        CACHE[c] = result;
        return result;
    }

    private CharSimplifier() {
    }
}
