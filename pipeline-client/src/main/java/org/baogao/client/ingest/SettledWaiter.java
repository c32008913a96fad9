package org.baogao.client.ingest;

import org.baogao.client.PipelineClient;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Waits until every accepted report is indexed or failed, as ingest-service's status view tells
 * ({@code GET /api/reports/{id}}), asking about the pending ones a few at a time once a second.
 */
public final class SettledWaiter {
    private static final int ASKING_AT_ONCE = 4;

    /**
     * @param failed  report name → the reason it failed
     * @param pending names of the reports not settled in time
     */
    public record Result(Map<String, String> failed, List<String> pending) {
        public boolean allIndexed() {
            return failed.isEmpty() && pending.isEmpty();
        }
    }

    private final PipelineClient client;
    private final PrintStream out;

    public SettledWaiter(PipelineClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** @param nameById accepted report id → the file name it came from */
    public Result await(Map<String, String> nameById, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> pending = new LinkedHashMap<>(nameById);
        Map<String, String> failed = new LinkedHashMap<>();
        ExecutorService askers = Executors.newFixedThreadPool(ASKING_AT_ONCE);
        try {
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                List<String> ids = new ArrayList<>(pending.keySet());
                List<Future<PipelineClient.ReportState>> states = new ArrayList<>();
                for (String id : ids) {
                    states.add(askers.submit(() -> client.state(id)));
                }
                for (int i = 0; i < ids.size(); i++) {
                    PipelineClient.ReportState state = get(states.get(i));
                    if (state != null && state.settled()) {
                        String name = pending.remove(ids.get(i));
                        if ("failed".equals(state.state())) {
                            failed.put(name, state.reason());
                        }
                    }
                }
                out.printf("\rindexed or failed: %d/%d", nameById.size() - pending.size(), nameById.size());
                out.flush();
                if (!pending.isEmpty()) {
                    Thread.sleep(1000);
                }
            }
        } finally {
            askers.shutdownNow();
            out.println();
        }
        return new Result(failed, List.copyOf(pending.values()));
    }

    private static PipelineClient.ReportState get(Future<PipelineClient.ReportState> state) throws InterruptedException {
        try {
            return state.get();
        } catch (ExecutionException e) {
            return null; // not answering right now: asked again next round
        }
    }
}
