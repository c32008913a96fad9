package org.baogao.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.baogao.contracts.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Everything an operator of ingest-service may tune, prefix {@code baogao.ingest}. The defaults run
 * against a local single-broker Kafka.
 *
 * @param maxReportSize   largest report accepted; can only be lowered, because the Kafka record limit
 *                        ({@link Topics#MAX_RECORD_BYTES}) is sized for {@link Topics#MAX_REPORT_BYTES}
 * @param maxRequestSize  largest HTTP request body (a whole batch); larger requests get 413 before
 *                        any file is looked at
 * @param maxBatchFiles   most files in one batch request
 * @param ackTimeout      how long an upload waits for Kafka to acknowledge the raw record before it
 *                        answers 503
 * @param retryAfter      what the {@code Retry-After} header of a 503 says
 * @param compression     producer {@code compression.type}
 * @param statusView      how the status topic is read
 * @param ocr             whether extract-service reads images by OCR (it does where Tesseract is installed);
 *                        when false, images are refused here with 415 instead of failing later
 */
@Validated
@ConfigurationProperties("baogao.ingest")
public record IngestProperties(
        @DefaultValue("" + Topics.MAX_REPORT_BYTES + "B") @NotNull DataSize maxReportSize,
        @DefaultValue("64MB") @NotNull DataSize maxRequestSize,
        @DefaultValue("100") @Min(1) int maxBatchFiles,
        @DefaultValue("15s") @NotNull Duration ackTimeout,
        @DefaultValue("30s") @NotNull Duration retryAfter,
        @DefaultValue("zstd") @NotNull String compression,
        @DefaultValue @Valid StatusViewSettings statusView,
        @DefaultValue("true") boolean ocr) {

    /**
     * @param pollTimeout      longest single poll of the status topic
     * @param partitionRefresh how often the reader looks for partitions added to the status topic
     * @param retryBackoff     pause after the broker could not be reached
     */
    public record StatusViewSettings(
            @DefaultValue("1s") @NotNull Duration pollTimeout,
            @DefaultValue("1m") @NotNull Duration partitionRefresh,
            @DefaultValue("2s") @NotNull Duration retryBackoff) {
    }

    public long maxReportBytes() {
        return maxReportSize.toBytes();
    }

    @AssertTrue(message = "max-report-size must be between 1 byte and Topics.MAX_REPORT_BYTES (8MB): "
            + "the Kafka record limit is sized for that")
    public boolean isMaxReportSizeWithinRecordLimit() {
        return maxReportSize == null || (maxReportSize.toBytes() >= 1 && maxReportSize.toBytes() <= Topics.MAX_REPORT_BYTES);
    }

    @AssertTrue(message = "max-request-size must be at least max-report-size, or no single report of the allowed size fits")
    public boolean isRequestLargeEnoughForOneReport() {
        return maxReportSize == null || maxRequestSize == null || maxRequestSize.toBytes() >= maxReportSize.toBytes();
    }

    @AssertTrue(message = "ack-timeout must be positive")
    public boolean isAckTimeoutPositive() {
        return ackTimeout == null || (!ackTimeout.isNegative() && !ackTimeout.isZero());
    }
}
