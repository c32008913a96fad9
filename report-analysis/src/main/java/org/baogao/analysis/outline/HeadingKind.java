package org.baogao.analysis.outline;

import java.util.regex.Pattern;

/**
 * The ways a heading is marked, in their usual nesting order: a document using 一、 and （一） and 1.
 * nests them in that order. Levels are given by the kinds a document actually uses, so a report that
 * starts at （一） has its （一） headings at level 1.
 */
enum HeadingKind {
    /** 第一章, 第二部分. */
    CHAPTER("^第[一二三四五六七八九十百]+[章部篇](?:分)?\\s*"),
    /** A short line of its own without a marker: newspaper headlines and subheads. */
    HEADLINE(null),
    /** 一、 */
    CHINESE_COMMA("^[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*"),
    /** （一） (一) */
    CHINESE_PAREN("^[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]\\s*[、.]?\\s*"),
    /** 1. 1、 1． (not 1.5%) */
    ARABIC_DOT("^\\d{1,2}\\s*[.、．](?!\\d)\\s*"),
    /** (1) （1） 1) */
    ARABIC_PAREN("^(?:[(（]\\s*\\d{1,2}\\s*[)）]|\\d{1,2}[)）])\\s*"),
    /** ① ⑴ */
    CIRCLED("^[①-⑳⑴-⒇]\\s*"),
    /** Paragraphs whose short lead sentences share a beginning or an ending: 聚力…, 在…上争先奋进. */
    PARALLEL(null),
    /** 一是, 第一, at the start of a line. */
    ORDINAL("^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+(?=[,，、:：]|是))[,，、:：]?\\s*");

    final Pattern marker;

    HeadingKind(String marker) {
        this.marker = marker == null ? null : Pattern.compile(marker);
    }
}
