package org.baogao.analysis.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import org.baogao.analysis.region.DivisionEvidence;
import org.baogao.analysis.region.Divisions;
import org.baogao.analysis.terms.ReportTerms;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places: administrative divisions the text plausibly names ({@link DivisionEvidence}; a short name is
 * reported under the full name: 常州 → 常州市), and other place names HanLP tags as places when they are
 * either known places of its dictionary (长江, 中关村) or end like a place name (德胜河, 青果巷, 天目湖).
 * HanLP's place recognizer alone guesses too freely on policy prose (强市, 两山) to be trusted bare.
 */
final class PlaceFinder {
    private static final int MAX_PLACE = 10;
    private static final Pattern PLACE_ENDING = Pattern.compile(
            "^[^的和与及在对从向把被将等]\\p{IsHan}{1,8}(?:湖|河|江|山|岛|湾|港|巷|街|路|村|镇|乡|街道|桥|峡|湖区|新区|开发区|高新区|园区|古镇)$");

    /**
     * @param organizations names of organizations already found: a division name inside one of them
     *                      (阿里 in 阿里巴巴, 天津 in 天津大学) is part of a name, not a place
     */
    void find(List<DivisionEvidence.Resolved> divisionMentions, ReportTerms terms, Collection<String> organizations,
              Mentions places) {
        int[] covered = new int[divisionMentions.size() * 2];
        int k = 0;
        for (DivisionEvidence.Resolved r : divisionMentions) {
            if (r.division() != null && r.backed() && !insideName(terms.text(), r.mention(), organizations)) {
                places.add(r.division().name(), r.mention().start());
            }
            covered[k++] = r.mention().start();
            covered[k++] = r.mention().end();
        }
        int c = 0;
        for (Term t : terms.terms()) {
            int end = t.offset + t.word.length();
            while (c < k && covered[c + 1] <= t.offset) {
                c += 2;
            }
            boolean overlaps = c < k && covered[c] < end;
            if (!overlaps && t.nature == Nature.ns && t.word.length() >= 2 && t.word.length() <= MAX_PLACE
                    && (knownPlace(t.word) || PLACE_ENDING.matcher(t.word).matches())) {
                places.add(t.word, t.offset);
            }
        }
    }

    private static boolean insideName(String text, Divisions.Mention m, Collection<String> names) {
        for (String name : names) {
            int at = name.indexOf(m.name());
            if (at >= 0 && name.length() > m.name().length() && m.start() - at >= 0
                    && text.startsWith(name, m.start() - at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownPlace(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature[0] == Nature.ns;
    }
}
