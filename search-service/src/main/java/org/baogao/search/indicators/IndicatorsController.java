package org.baogao.search.indicators;

import io.swagger.v3.oas.annotations.Operation;
import org.baogao.contracts.Target;
import org.baogao.targets.indicator.IndicatorCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/indicators}: every indicator of the extractor's catalogue ({@link IndicatorCatalogue}, the lexicon
 * target-extraction reads reports with) with its Chinese name, unit, direction and written forms, and how many
 * statements of each kind the index holds. Codes the index holds that the catalogue no longer lists (reports
 * extracted with an older lexicon) follow, named as reports wrote them most often.
 */
@RestController
public class IndicatorsController {
    private final IndicatorCatalogue catalogue;
    private final IndicatorCounts counts;

    public IndicatorsController(IndicatorCatalogue catalogue, IndicatorCounts counts) {
        this.catalogue = catalogue;
        this.counts = counts;
    }

    /**
     * @param name         Chinese name
     * @param unit         the unit its targets are usually stated in, or null
     * @param direction    {@code increase} or {@code decrease}: the way a government wants it to move; null for a level
     * @param forms        ways reports write it, the name first (what search-as-you-type matches)
     * @param targets      targets the index holds
     * @param achievements achievements the index holds
     * @param plans        multi-year plan goals the index holds
     * @param catalogued   whether the extractor's catalogue lists it
     */
    public record Indicator(String code, String name, String unit, String direction, List<String> forms, long targets,
                            long achievements, long plans, boolean catalogued) {
    }

    public record Indicators(List<Indicator> indicators) {
    }

    @Operation(summary = "Every indicator code with its Chinese name, unit, direction, written forms and counts in the index")
    @GetMapping("/api/indicators")
    public Indicators indicators() throws IOException {
        Map<String, IndicatorCounts.Counts> inIndex = counts.byCode();
        List<Indicator> list = new ArrayList<>();
        for (IndicatorCatalogue.Indicator i : catalogue.all()) {
            IndicatorCounts.Counts c = inIndex.getOrDefault(i.code(), IndicatorCounts.Counts.NONE);
            list.add(new Indicator(i.code(), i.name(), i.unit(), i.direction(), i.forms(), c.of(Target.TARGET),
                    c.of(Target.ACHIEVEMENT), c.of(Target.PLAN), true));
        }
        inIndex.forEach((code, c) -> {
            if (catalogue.byCode(code).isEmpty()) {
                list.add(new Indicator(code, c.written().isEmpty() ? code : c.written().get(0), null, null, c.written(),
                        c.of(Target.TARGET), c.of(Target.ACHIEVEMENT), c.of(Target.PLAN), false));
            }
        });
        return new Indicators(list);
    }
}
