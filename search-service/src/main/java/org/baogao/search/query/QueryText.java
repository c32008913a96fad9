package org.baogao.search.query;

import org.baogao.search.index.SearchDocument;
import org.baogao.search.web.BadRequestException;
import org.baogao.text.ChineseNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, prepared exactly like indexed text: widths folded and traditional converted to simplified
 * ({@link ChineseNormalizer}), so {@code 發展} and {@code 发展} ask the same. Whitespace separates parts; each part
 * is one exact phrase (quotes are dropped: every part is a phrase anyway). A part is also segmented into words by
 * the same segmenter as the indexed text, for the word-level fields, and the words of all parts become the
 * query's {@link Unit}s, which documents that lack the exact phrases are matched on.
 *
 * @param parts empty when the query matches everything ({@code *} or nothing typed)
 * @param units the distinct units of all parts, in order
 */
public record QueryText(List<Part> parts, List<Unit> units) {
    static final int MAX_PARTS = 10;

    /**
     * @param phrase normalized characters, for the character-level fields
     * @param words  space-separated words, for the word-level fields
     */
    public record Part(String phrase, String words) {
    }

    /**
     * A piece of the query that a document can hold apart from the rest: a word of two or more characters, or a run
     * of single-character words taken together. The segmenter cuts what its dictionary lacks into single characters
     * ({@code 新质生产力} → 新 质 生产力, {@code 营商环境} → 营 商 环境); one character alone matches almost
     * every report, so a run of them is one unit ({@code 新质}, {@code 营商}), and a lone one joins the word before
     * it ({@code 供给 侧} → {@code 供给侧}), or after it at the start.
     *
     * @param chars the unit's characters, for the character-level fields
     * @param words its words one space apart, for the word-level fields
     */
    public record Unit(String chars, String words) {
    }

    public static QueryText parse(String raw, int maxLength) {
        if (raw == null) {
            return new QueryText(List.of(), List.of());
        }
        if (raw.length() > maxLength) {
            throw new BadRequestException("q", "query longer than " + maxLength + " characters");
        }
        String normalized = ChineseNormalizer.normalize(raw).replaceAll("[\"“”「」『』]", " ").strip();
        if (normalized.isEmpty() || normalized.equals("*")) {
            return new QueryText(List.of(), List.of());
        }
        List<Part> parts = new ArrayList<>();
        for (String piece : normalized.split("\\s+")) {
            if (piece.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            parts.add(new Part(piece, SearchDocument.words(piece)));
        }
        if (parts.size() > MAX_PARTS) {
            throw new BadRequestException("q", "at most " + MAX_PARTS + " space-separated parts");
        }
        if (parts.isEmpty()) {
            throw new BadRequestException("q", "the query has no letters or digits");
        }
        List<Unit> units = new ArrayList<>();
        for (Part part : parts) {
            for (Unit unit : units(part.words())) {
                if (units.stream().noneMatch(u -> u.chars().equals(unit.chars()))) {
                    units.add(unit);
                }
            }
        }
        return new QueryText(List.copyOf(parts), List.copyOf(units));
    }

    /** The units of a part's words (see {@link Unit}). */
    static List<Unit> units(String spacedWords) {
        List<List<String>> units = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String word : spacedWords.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePointCount(0, word.length()) == 1) {
                run.add(word);
                continue;
            }
            flushRun(run, units, true);
            units.add(new ArrayList<>(List.of(word)));
            if (!run.isEmpty()) { // a lone character at the start: it goes with this word
                units.get(units.size() - 1).addAll(0, run);
                run.clear();
            }
        }
        flushRun(run, units, false);
        return units.stream().map(u -> new Unit(String.join("", u), String.join(" ", u))).toList();
    }

    /**
     * Ends a run of single characters: two or more are a unit of their own; a lone one joins the unit before it,
     * and at the very start waits for the word after it ({@code keepLoneForNext}).
     */
    private static void flushRun(List<String> run, List<List<String>> units, boolean keepLoneForNext) {
        if (run.size() == 1 && !units.isEmpty()) {
            units.get(units.size() - 1).add(run.get(0));
            run.clear();
        } else if (run.size() > 1 || run.size() == 1 && !keepLoneForNext) {
            units.add(new ArrayList<>(run));
            run.clear();
        }
    }

    public boolean matchesAll() {
        return parts.isEmpty();
    }
}
