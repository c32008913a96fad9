package org.baogao.search.query;

import org.baogao.search.index.SearchDocument;
import org.baogao.search.web.BadRequestException;
import org.baogao.text.ChineseNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, prepared exactly like indexed text: widths folded and traditional converted to simplified
 * ({@link ChineseNormalizer}), so {@code 發展} and {@code 发展} ask the same. Whitespace separates parts that
 * must all occur; each part is one exact phrase (quotes are dropped: every part is a phrase anyway). A part
 * is also segmented into words by the same segmenter as the indexed text, for the word-level fields.
 *
 * @param parts empty when the query matches everything ({@code *} or nothing typed)
 */
public record QueryText(List<Part> parts) {
    static final int MAX_PARTS = 10;

    /**
     * @param phrase normalized characters, for the character-level fields
     * @param words  space-separated words, for the word-level fields
     */
    public record Part(String phrase, String words) {
    }

    public static QueryText parse(String raw, int maxLength) {
        if (raw == null) {
            return new QueryText(List.of());
        }
        if (raw.length() > maxLength) {
            throw new BadRequestException("q", "query longer than " + maxLength + " characters");
        }
        String normalized = ChineseNormalizer.normalize(raw).replaceAll("[\"“”「」『』]", " ").strip();
        if (normalized.isEmpty() || normalized.equals("*")) {
            return new QueryText(List.of());
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
        return new QueryText(List.copyOf(parts));
    }

    public boolean matchesAll() {
        return parts.isEmpty();
    }
}
