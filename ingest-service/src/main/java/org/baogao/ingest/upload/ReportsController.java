package org.baogao.ingest.upload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.baogao.ingest.IngestProperties;
import org.baogao.ingest.publish.PublishFailedException;
import org.baogao.ingest.web.ProblemAdvice;
import org.baogao.ingest.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where operators send reports: one file as a multipart part or as the whole request body, or many
 * files at once. Answers 202 only after Kafka acknowledged the report.
 */
@RestController
public class ReportsController {
    private final ReportIntake intake;
    private final UploadReader reader;
    private final int maxBatchFiles;
    private final Duration retryAfter;

    public ReportsController(ReportIntake intake, IngestProperties properties) {
        this.intake = intake;
        this.reader = new UploadReader(intake.rules());
        this.maxBatchFiles = properties.maxBatchFiles();
        this.retryAfter = properties.retryAfter();
    }

    @Operation(summary = "Send one report as a multipart file part",
            description = "202 once Kafka acknowledged it; 400 empty, 413 too large, 415 a type no stage reads (archive, "
                    + "program, encrypted document...; the problem names the detected type), 503 Kafka unavailable.")
    @PostMapping(path = "/api/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AcceptedReport> uploadPart(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "file name to use instead of the part's own")
            @RequestParam(name = "name", required = false) String name,
            OperatorMetadata metadata) throws PublishFailedException {
        if (file == null) {
            throw new RejectedUploadException(Problems.EMPTY_REPORT, name,
                    "the request has no multipart part named 'file' holding the report");
        }
        return accepted(intake.accept(reader.fromPart(file, name, metadata)));
    }

    @Operation(summary = "Send one report as the request body",
            description = "Any Content-Type but multipart (the bytes decide what the file is); the file name in ?name=.")
    @PostMapping(path = "/api/reports", consumes = {"text/*", "application/*", "image/*"})
    public ResponseEntity<AcceptedReport> uploadBody(
            @Parameter(description = "file name of the report, e.g. 2021_changzhou.txt")
            @RequestParam(name = "name", required = false) String name,
            OperatorMetadata metadata,
            HttpServletRequest request) throws IOException, PublishFailedException {
        ReportUpload upload = reader.fromBody(request.getInputStream(), request.getContentLengthLong(), name,
                request.getContentType(), metadata);
        return accepted(intake.accept(upload));
    }

    @Operation(summary = "Send many reports at once",
            description = "Every file part of the multipart request is one report. Answers 207 with one entry per "
                    + "file: 202 and its id, or the problem that kept it out.")
    @PostMapping(path = "/api/reports/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<BatchResult> uploadBatch(MultipartHttpServletRequest request, OperatorMetadata metadata) {
        List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
        if (files.isEmpty()) {
            throw new RejectedUploadException(Problems.INVALID_BATCH, null, "the batch holds no file parts");
        }
        if (files.size() > maxBatchFiles) {
            throw new RejectedUploadException(Problems.INVALID_BATCH, null, "the batch holds " + files.size()
                    + " files; at most " + maxBatchFiles + " are taken at once, none was published");
        }
        metadata.toMap(); // a bad hint rejects the whole batch before anything is published
        List<BatchResult.Item> results = new ArrayList<>();
        PublishFailedException kafkaDown = null;
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            try {
                ReportUpload upload = reader.fromPart(file, null, metadata);
                name = upload.name();
                if (kafkaDown != null) {
                    // Kafka just failed to acknowledge: do not make every remaining file wait out the timeout.
                    throw new PublishFailedException(null, "not sent, because Kafka did not acknowledge an "
                            + "earlier file of this batch: " + kafkaDown.getMessage(), kafkaDown);
                }
                results.add(BatchResult.Item.accepted(intake.accept(upload)));
            } catch (RejectedUploadException e) {
                results.add(BatchResult.Item.rejected(name, e.getBody()));
            } catch (PublishFailedException e) {
                kafkaDown = kafkaDown == null ? e : kafkaDown;
                results.add(BatchResult.Item.rejected(name, ProblemAdvice.kafkaUnavailable(e)));
            }
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.MULTI_STATUS);
        if (kafkaDown != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        }
        return response.body(BatchResult.of(results));
    }

    private static ResponseEntity<AcceptedReport> accepted(AcceptedReport report) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(report.statusUrl()).build().toUri();
        return ResponseEntity.accepted().location(location).body(report);
    }
}
