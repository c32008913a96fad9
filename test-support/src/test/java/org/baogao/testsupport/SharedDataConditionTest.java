package org.baogao.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** Runs two small test classes through the JUnit launcher: one whose data is missing is skipped, not failed. */
class SharedDataConditionTest {

    @RequiresShared("no/such/file-anywhere.json")
    static class NeedsMissingData {
        @Test
        void wouldFail() {
            throw new AssertionError("must not run");
        }
    }

    static class NeedsNothing {
        @Test
        void runs() {
        }

        @Test
        @RequiresShared("no/such/file-anywhere.json")
        void skipped() {
            throw new AssertionError("must not run");
        }
    }

    @Test
    void missingDataSkipsAndPresentDataRuns() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request().selectors(DiscoverySelectors.selectClass(NeedsMissingData.class),
                DiscoverySelectors.selectClass(NeedsNothing.class)).build(), listener);
        var summary = listener.getSummary();
        assertThat(summary.getTestsFailedCount()).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getContainersSkippedCount()).as("the class whose data is missing").isEqualTo(1);
        assertThat(summary.getTestsSkippedCount()).as("the method whose data is missing").isGreaterThanOrEqualTo(1);
    }
}
