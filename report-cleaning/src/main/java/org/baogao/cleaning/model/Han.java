package org.baogao.cleaning.model;

/** Which characters count as Chinese characters (CJK unified ideographs, BMP, with extension A). */
public final class Han {

    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    private Han() {
    }
}
