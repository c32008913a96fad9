package org.baogao.search.indexing;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** Says on the status topic ({@code Topics.STATUS}) what the search stage did with a report (key {@link ReportStatus#key()}). */
public class StatusPublisher {
    private static final Logger log = LoggerFactory.getLogger(StatusPublisher.class);

    private final KafkaTemplate<String, Object> template;
    private final String topic;
    private final Clock clock;

    public StatusPublisher(KafkaTemplate<String, Object> template, String topic, Clock clock) {
        this.template = template;
        this.topic = topic;
        this.clock = clock;
    }

    public CompletableFuture<?> indexed(String reportId, String sourceName) {
        return publish(new ReportStatus(reportId, ReportStatus.State.INDEXED, ReportStatus.STAGE_SEARCH, sourceName,
                null, clock.instant()));
    }

    public CompletableFuture<?> failed(String reportId, String sourceName, String reason) {
        return publish(new ReportStatus(reportId, ReportStatus.State.FAILED, ReportStatus.STAGE_SEARCH, sourceName,
                reason, clock.instant()));
    }

    private CompletableFuture<?> publish(ReportStatus status) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, status.key(), ContractJson.toBytes(status));
        try {
            return template.send(record).whenComplete((result, e) -> {
                if (e != null) {
                    log.warn("status {} of report {} not published: {}", status.state(), status.reportId(), e.toString());
                }
            });
        } catch (RuntimeException e) {
            log.warn("status {} of report {} not published: {}", status.state(), status.reportId(), e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }
}
