package org.baogao.extract.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.contracts.ContractSerde;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.ReportStatus;
import org.baogao.service.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.extract.pipeline.UnprocessableReportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads raw reports, runs the pipeline, publishes the result. Values arrive as bytes and are parsed
 * here, so a malformed payload becomes an {@link UnprocessableReportException} like any other bad
 * record and goes to the dead-letter topic with its bytes intact (see {@link DeadLetterRouting}).
 */
@Component
public class RawReportListener {
    private static final Logger log = LoggerFactory.getLogger(RawReportListener.class);
    private final ContractSerde<RawReport> serde = ContractSerde.rawReport();
    private final ReportPipeline pipeline;
    private final ReportPublisher publisher;
    private final Timer duration;

    public RawReportListener(ReportPipeline pipeline, ReportPublisher publisher, MeterRegistry metrics) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.duration = Timer.builder(MetricNames.STAGE_DURATION).tag("stage", ReportStatus.STAGE_EXTRACT)
                .description("decode, clean, analyze one raw report").publishPercentileHistogram().register(metrics);
    }

    @KafkaListener(id = "extract-raw-reports", topics = "#{@topicNames.raw()}", groupId = "${baogao.extract.group-id:baogao-extract}")
    public void onRawReport(ConsumerRecord<String, byte[]> record) {
        RawReport raw = parse(record);
        EnrichedReport enriched = duration.record(() -> enrich(raw));
        publisher.publishEnriched(enriched);
        log.info("enriched {} ({}): {} targets, region {}", raw.source().name(), raw.reportId(),
                enriched.targets().size(), enriched.region() == null ? "-" : enriched.region().name());
    }

    private RawReport parse(ConsumerRecord<String, byte[]> record) {
        RawReport raw;
        try {
            raw = serde.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            throw new UnprocessableReportException(FailureKind.MALFORMED_PAYLOAD, e.getMessage(), e);
        }
        if (raw == null || raw.content() == null || raw.source() == null) {
            throw new UnprocessableReportException(FailureKind.MALFORMED_PAYLOAD, "record has no report content or source");
        }
        if (!ReportIds.of(raw.content()).equals(raw.reportId())) {
            throw new UnprocessableReportException(FailureKind.MALFORMED_PAYLOAD, "reportId is not the sha256 of the content");
        }
        return raw;
    }

    private EnrichedReport enrich(RawReport raw) {
        try {
            return pipeline.enrich(raw);
        } catch (UnprocessableReportException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug or an input the pipeline cannot handle: retrying the same bytes would fail the same way.
            throw new UnprocessableReportException(FailureKind.PROCESSING_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
