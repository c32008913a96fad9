package org.baogao.targets.kind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of cue words, told the characters its matches can start with. A regex alternation tries each of its
 * words at every position of a sentence; guarded by a look-ahead on those characters, {@code find} passes over
 * every other position with one test. Matches are the same as the bare pattern's (a test holds them to it).
 */
final class CueWords {
    private final String words;
    private final Pattern guarded;

    /**
     * @param firstChars every character a match of {@code words} can start with
     * @param words      the cue words, a regular expression
     */
    CueWords(String firstChars, String words) {
        this.words = words;
        this.guarded = Pattern.compile("(?=[" + firstChars + "])(?:" + words + ")");
    }

    Matcher matcher(CharSequence text) {
        return guarded.matcher(text);
    }

    /** The words without the guard, to hold the guarded pattern to. */
    Pattern unguarded() {
        return Pattern.compile(words);
    }
}
