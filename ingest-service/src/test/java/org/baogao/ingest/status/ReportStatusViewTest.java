package org.baogao.ingest.status;

import org.baogao.contracts.ReportIds;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.ReportStatus.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStatusViewTest {
    private static final String ID = ReportIds.of("2021年常州市政府工作报告".getBytes());
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    private final ReportStatusView view = new ReportStatusView();

    @Test
    void theHappyPathEndsIndexedWithEveryStageShown() {
        view.fold(status(State.ACCEPTED, "ingest", 0, null));
        view.fold(status(State.ENRICHED, "extract", 1, null));
        view.fold(status(State.INDEXED, "search", 2, null));

        ReportStatusResponse answer = ReportStatusResponse.of(view.find(ID).orElseThrow());
        assertThat(answer.state()).isEqualTo("indexed");
        assertThat(answer.reason()).isNull();
        assertThat(answer.stages()).containsExactly(
                java.util.Map.entry("ingest", "accepted"),
                java.util.Map.entry("extract", "enriched"),
                java.util.Map.entry("search", "indexed"));
        assertThat(answer.updatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(answer.sourceName()).isEqualTo("changzhou-2021.txt");
    }

    @Test
    void aLateAcceptedDoesNotHideLaterProgress() {
        // statuses are keyed per stage, so they may sit on different partitions and arrive in any order
        view.fold(status(State.INDEXED, "search", 2, null));
        view.fold(status(State.ENRICHED, "extract", 1, null));
        view.fold(status(State.ACCEPTED, "ingest", 0, null));

        ReportProgress progress = view.find(ID).orElseThrow();
        assertThat(progress.state()).isEqualTo(State.INDEXED);
        assertThat(progress.stages()).containsOnlyKeys("ingest", "extract", "search");
        assertThat(progress.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aFailureShowsWithItsReasonUntilTheReportIsPostedAgain() {
        view.fold(status(State.ACCEPTED, "ingest", 0, null));
        view.fold(status(State.FAILED, "extract", 1, "NOT_TEXT: no charset matches these bytes"));

        ReportStatusResponse failed = ReportStatusResponse.of(view.find(ID).orElseThrow());
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.reason()).isEqualTo("NOT_TEXT: no charset matches these bytes");

        view.fold(status(State.ACCEPTED, "ingest", 3, null)); // operator sent the same file again
        ReportStatusResponse again = ReportStatusResponse.of(view.find(ID).orElseThrow());
        assertThat(again.state()).isEqualTo("accepted");
        assertThat(again.reason()).isNull();
        assertThat(again.stages()).containsEntry("extract", "failed").containsEntry("ingest", "accepted");
        assertThat(again.updatedAt()).isEqualTo(T0.plusSeconds(3));

        view.fold(status(State.FAILED, "extract", 4, "NOT_TEXT: no charset matches these bytes"));
        assertThat(view.find(ID).orElseThrow().state()).isEqualTo(State.FAILED);
    }

    @Test
    void atTheSameInstantAFailureOutranksProgress() {
        view.fold(status(State.ENRICHED, "extract", 1, null));
        view.fold(status(State.FAILED, "search", 1, "REJECTED_BY_INDEX: mapping conflict"));
        assertThat(view.find(ID).orElseThrow().state()).isEqualTo(State.FAILED);
    }

    @Test
    void eachStageShowsItsLatestWord() {
        view.fold(status(State.FAILED, "search", 1, "REJECTED_BY_INDEX: mapping conflict"));
        view.fold(status(State.INDEXED, "search", 5, null));

        ReportProgress progress = view.find(ID).orElseThrow();
        assertThat(progress.stages().get("search").state()).isEqualTo(State.INDEXED);
        assertThat(progress.state()).as("a retry that succeeded is the news").isEqualTo(State.INDEXED);
    }

    @Test
    void aStageNobodyPlannedForIsStillShown() {
        view.fold(status(State.ENRICHED, "translate", 1, null));
        assertThat(ReportStatusResponse.of(view.find(ID).orElseThrow()).stages()).containsEntry("translate", "enriched");
    }

    @Test
    void unknownReportsAreNotFoundAndReportsAreKeptApart() {
        view.fold(status(State.ACCEPTED, "ingest", 0, null));
        String other = ReportIds.of("另一份报告".getBytes());
        assertThat(view.find(other)).isEmpty();
        assertThat(view.knows(ID)).isTrue();
        assertThat(view.knows(other)).isFalse();
        assertThat(view.size()).isEqualTo(1);
    }

    @Test
    void statusesWithoutAReportIdAreIgnored() {
        view.fold(new ReportStatus(null, State.ACCEPTED, "ingest", "x.txt", null, T0));
        view.fold(null);
        assertThat(view.size()).isZero();
    }

    private static ReportStatus status(State state, String stage, int second, String reason) {
        return new ReportStatus(ID, state, stage, "changzhou-2021.txt", reason, T0.plusSeconds(second));
    }
}
