package org.baogao.ingest.status;

import org.baogao.contracts.ReportIds;
import org.baogao.ingest.web.Problems;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where an operator asks what became of a report. */
@RestController
public class ReportStatusController {
    private final ReportStatusView view;

    public ReportStatusController(ReportStatusView view) {
        this.view = view;
    }

    @GetMapping("/api/reports/{id}")
    public ReportStatusResponse status(@PathVariable String id) {
        if (!ReportIds.isWellFormed(id)) {
            throw new ErrorResponseException(Problems.MALFORMED_REPORT_ID.status(),
                    Problems.MALFORMED_REPORT_ID.detail("'" + id + "' is not a report id: expected the 64 lower-case "
                            + "hex digits of the report's SHA-256"), null);
        }
        return view.find(id)
                .map(ReportStatusResponse::of)
                .orElseThrow(() -> new ErrorResponseException(Problems.REPORT_NOT_FOUND.status(),
                        Problems.REPORT_NOT_FOUND.detail("no report " + id + " is known (yet): it was never accepted, "
                                + "or its status has not reached this instance"), null));
    }
}
