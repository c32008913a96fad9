package org.baogao.extract.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.baogao.documents.ReadingLimits;

import java.time.Duration;

/**
 * Tuning of extract-service, prefix {@code baogao.extract}; its topics are declared as every service declares
 * them ({@link org.baogao.contracts.TopicLayout}).
 *
 * @param sendTimeout       how long to wait for Kafka to acknowledge an enriched report before retrying the record
 * @param maxRetryInterval  upper bound of the back-off between retries of a record whose output could not be published
 * @param reading           the budget of reading documents (PDF, Word, scans...)
 */
@ConfigurationProperties(prefix = "baogao.extract")
public record ExtractProperties(Duration sendTimeout, Duration maxRetryInterval, Reading reading) {
    public ExtractProperties {
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(30) : maxRetryInterval;
        reading = reading == null ? new Reading(null, null, null, null) : reading;
    }

    /**
     * {@code baogao.extract.reading.*}: documents are read in child processes, each document within a time and
     * memory budget; past it the process is stopped and the report fails with the reason.
     *
     * @param documentTimeout longest one document may take, OCR included (default 5m)
     * @param ocrPageTimeout  longest OCR of one page may take (default 60s)
     * @param readerHeapMb    heap of a reader process in MB (default 768)
     * @param processes       reader processes at most, one per consumer thread (default 2)
     */
    public record Reading(Duration documentTimeout, Duration ocrPageTimeout, Integer readerHeapMb, Integer processes) {
        public Reading {
            documentTimeout = documentTimeout == null ? ReadingLimits.DEFAULT.documentTimeout() : documentTimeout;
            ocrPageTimeout = ocrPageTimeout == null ? ReadingLimits.DEFAULT.ocrPageTimeout() : ocrPageTimeout;
            readerHeapMb = readerHeapMb == null ? ReadingLimits.DEFAULT.workerHeapMb() : readerHeapMb;
            processes = processes == null ? 2 : processes;
        }

        public ReadingLimits limits() {
            ReadingLimits d = ReadingLimits.DEFAULT;
            return new ReadingLimits(documentTimeout, ocrPageTimeout, d.maxPages(), d.maxOcrPages(), d.maxCharacters(),
                    d.ocrDpi(), readerHeapMb);
        }
    }
}
