package org.baogao.search.reindex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.baogao.search.web.NotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code /api/admin/reindex}: rebuild the index from the enriched topic and move the alias, with no downtime. */
@RestController
@Tag(name = "admin", description = "Operating the index")
public class ReindexController {
    static final String PATH = "/api/admin/reindex";

    private final ReindexJobs jobs;

    public ReindexController(ReindexJobs jobs) {
        this.jobs = jobs;
    }

    /** What a started job answers: where to follow it. */
    @Schema(description = "A started reindex job")
    public record Started(String jobId, @Schema(description = "URL of the job's status") String statusUrl) {
    }

    @Operation(summary = "Rebuild the index from the enriched topic and swap the alias",
            description = "Creates an index of the current mapping version, fills it from the start of the enriched "
                    + "topic, catches up with what arrived meanwhile and moves the alias in one atomic request; searches "
                    + "keep answering from the old index until then. Runs in the background; follow it at statusUrl.",
            responses = {
                    @ApiResponse(responseCode = "202", description = "started"),
                    @ApiResponse(responseCode = "409", description = "a reindex is running already",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping(PATH)
    public ResponseEntity<Started> start() {
        ReindexStatus started = jobs.start();
        String status = PATH + "/" + started.jobId();
        return ResponseEntity.accepted().location(URI.create(status)).body(new Started(started.jobId(), status));
    }

    @Operation(summary = "State and progress of a reindex job",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the job"),
                    @ApiResponse(responseCode = "404", description = "no such job (or forgotten: only the last few are kept)",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @GetMapping(PATH + "/{jobId}")
    public ReindexStatus status(@PathVariable String jobId) {
        return jobs.status(jobId).orElseThrow(() -> new NotFoundException("no reindex job " + jobId));
    }
}
