package org.baogao.ingest.upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * Answer of a batch upload (HTTP 207): one entry per file, in the order sent.
 *
 * @param accepted how many files Kafka acknowledged
 * @param rejected how many were not accepted (see each entry's problem)
 * @param results  the entries
 */
public record BatchResult(int accepted, int rejected, List<Item> results) {

    public static BatchResult of(List<Item> results) {
        int accepted = (int) results.stream().filter(Item::isAccepted).count();
        return new BatchResult(accepted, results.size() - accepted, List.copyOf(results));
    }

    /**
     * One file of the batch: either accepted ({@code status} 202 with id, size and status URL) or not
     * (the status it would have had alone, and its RFC 9457 problem).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String name, int status, String reportId, Long sizeBytes, String statusUrl, Boolean duplicate,
                       ProblemDetail problem) {

        public static Item accepted(AcceptedReport report) {
            return new Item(report.name(), 202, report.reportId(), report.sizeBytes(), report.statusUrl(),
                    report.duplicate(), null);
        }

        public static Item rejected(String name, ProblemDetail problem) {
            return new Item(name, problem.getStatus(), null, null, null, null, problem);
        }

        boolean isAccepted() {
            return problem == null;
        }
    }
}
