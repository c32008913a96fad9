package org.baogao.documents.isolation;

import org.baogao.documents.DocumentReader;
import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.filetypes.FileType;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads documents in child JVMs ({@link ReadingWorker}), so that a parser that hangs is stopped and one that
 * runs out of memory fails its document, not the service: each document gets
 * {@link ReadingLimits#documentTimeout()} and a heap of {@link ReadingLimits#workerHeapMb()}; past either,
 * the process is killed (with its Tesseract children) and the document fails with
 * {@link UnreadableDocumentException.Problem#OVER_LIMIT}. A pool of at most {@code processes} warm
 * processes serves the caller's threads (one per Kafka consumer thread); they start on first use and are
 * replaced after a kill. Like Tika's ForkParser, but with our own reader (page starts, OCR by script) inside.
 */
public final class IsolatedDocumentReader implements DocumentReader {
    private final ReadingLimits limits;
    private final String readerClass;
    private final Semaphore slots;
    private final BlockingQueue<WorkerProcess> idle;

    public IsolatedDocumentReader(ReadingLimits limits, int processes) {
        this(limits, processes, null);
    }

    /** @param readerClass a {@link DocumentReader} with a {@code (ReadingLimits)} constructor to run instead of the real one (tests) */
    IsolatedDocumentReader(ReadingLimits limits, int processes, String readerClass) {
        this.limits = limits;
        this.readerClass = readerClass;
        this.slots = new Semaphore(processes);
        this.idle = new ArrayBlockingQueue<>(processes);
    }

    @Override
    public DocumentText read(byte[] bytes, FileType type) throws UnreadableDocumentException {
        slots.acquireUninterruptibly();
        WorkerProcess worker = idle.poll();
        try {
            if (worker == null || !worker.isAlive()) {
                worker = WorkerProcess.start(limits, readerClass);
            }
            DocumentText text = worker.read(bytes, type, limits.documentTimeout());
            return text;
        } finally {
            if (worker != null && worker.isAlive()) {
                idle.offer(worker);
            }
            slots.release();
        }
    }

    @Override
    public void close() {
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            worker.stop();
        }
    }
}
