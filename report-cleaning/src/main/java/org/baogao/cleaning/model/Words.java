package org.baogao.cleaning.model;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/** Whether a string is a word of HanLP's core or custom dictionary. */
public final class Words {

    public static boolean isWord(String s) {
        return CoreDictionary.contains(s) || CustomDictionary.contains(s);
    }

    private Words() {
    }
}
