package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.Entities;
import org.baogao.contracts.SourceInfo;

import java.util.List;

/**
 * Cleaned text in, {@link Analysis} out. PROVISIONAL minimal version (title only) so the pipeline
 * runs end to end; structure, targets, entities and topics replace its body.
 */
public class ReportAnalyzer {

    public Analysis analyze(CleanedText cleaned, SourceInfo source) {
        String title = cleaned.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse(source.name());
        return new Analysis(title, null, null, null, null, null, null, List.of(), List.of(), Entities.NONE,
                List.of(), List.of());
    }
}
