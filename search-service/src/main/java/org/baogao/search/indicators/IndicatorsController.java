package org.baogao.search.indicators;

import io.swagger.v3.oas.annotations.Operation;
import org.baogao.contracts.Target;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code GET /api/indicators}: every indicator code with its Chinese name and what the index holds of it. */
@RestController
public class IndicatorsController {
    private final IndicatorCounts counts;

    public IndicatorsController(IndicatorCounts counts) {
        this.counts = counts;
    }

    /**
     * @param name         Chinese name
     * @param unit         the unit its values are usually in, or null
     * @param direction    {@code increase}, {@code decrease} or null
     * @param forms        ways reports write it (for search-as-you-type)
     * @param targets      targets the index holds
     * @param achievements achievements the index holds
     * @param plans        multi-year plan goals the index holds
     */
    public record Indicator(String code, String name, String unit, String direction, List<String> forms, long targets,
                            long achievements, long plans) {
    }

    public record Indicators(List<Indicator> indicators) {
    }

    @Operation(summary = "Every indicator code with its Chinese name, unit, direction, written forms and counts in the index")
    @GetMapping("/api/indicators")
    public Indicators indicators() throws IOException {
        List<Indicator> list = new ArrayList<>();
        for (Map.Entry<String, IndicatorCounts.Counts> e : counts.byCode().entrySet()) {
            IndicatorCounts.Counts c = e.getValue();
            String name = c.written().isEmpty() ? e.getKey() : c.written().get(0);
            list.add(new Indicator(e.getKey(), name, null, null, c.written(), c.of(Target.TARGET), c.of(Target.ACHIEVEMENT),
                    c.of(Target.PLAN)));
        }
        list.sort(Comparator.comparingLong((Indicator i) -> -(i.targets() + i.achievements() + i.plans())).thenComparing(Indicator::code));
        return new Indicators(list);
    }
}
