package org.baogao.search.watch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.contracts.Alert;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event-driven alerting: reads the status topic, and for every batch of reports the search stage says it indexed,
 * asks which saved watches they match and raises an alert for each match. Runs in its own consumer group, so
 * it never holds up indexing; its offsets are committed after the batch's alerts were raised (a failure retries
 * the batch, and {@link AlertPublisher} drops what was raised already).
 */
public class AlertListener {
    static final String LISTENER_ID = "search-alerts";
    private static final Logger log = LoggerFactory.getLogger(AlertListener.class);

    private final WatchStore watches;
    private final WatchMatcher matcher;
    private final AlertPublisher publisher;

    AlertListener(WatchStore watches, WatchMatcher matcher, AlertPublisher publisher) {
        this.watches = watches;
        this.matcher = matcher;
        this.publisher = publisher;
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{@topicNames.status()}", containerFactory = WatchConfiguration.CONTAINER_FACTORY,
            batch = "true")
    public void onStatuses(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        Map<String, Instant> indexed = indexed(records);
        if (indexed.isEmpty()) {
            return;
        }
        List<Watch> saved = watches.all();
        int raised = 0;
        for (Alert alert : matcher.match(saved, indexed)) {
            if (publisher.raise(alert)) {
                raised++;
            }
        }
        if (raised > 0) {
            log.info("{} alerts raised for {} newly indexed reports", raised, indexed.size());
        }
    }

    /** Reports the search stage indexed, with when; other stages' and unreadable statuses are passed over. */
    static Map<String, Instant> indexed(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Instant> indexed = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            ReportStatus status;
            try {
                status = ContractJson.fromBytes(record.value(), ReportStatus.class);
            } catch (RuntimeException e) {
                log.warn("skipping unreadable status at {}-{}@{}", record.topic(), record.partition(), record.offset());
                continue;
            }
            if (status.state() == ReportStatus.State.INDEXED && ReportStatus.STAGE_SEARCH.equals(status.stage())
                    && status.reportId() != null && status.at() != null) {
                indexed.merge(status.reportId(), status.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return indexed;
    }
}
