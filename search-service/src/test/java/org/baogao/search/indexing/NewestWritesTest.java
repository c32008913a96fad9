package org.baogao.search.indexing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewestWritesTest {
    private final NewestWrites writes = new NewestWrites();

    @Test
    void aRetryIsSupersededOnlyByANewerRecordOfTheSameReport() {
        writes.submitted("r1", 10);
        assertThat(writes.isSuperseded("r1", 10)).isFalse();
        writes.submitted("r2", 11);
        assertThat(writes.isSuperseded("r1", 10)).isFalse();
        writes.submitted("r1", 12);
        assertThat(writes.isSuperseded("r1", 10)).isTrue();
        assertThat(writes.isSuperseded("r1", 12)).isFalse();
    }

    @Test
    void aRedeliveredOlderRecordDoesNotHideTheNewerOne() {
        writes.submitted("r1", 12);
        writes.submitted("r1", 10);
        assertThat(writes.isSuperseded("r1", 10)).isTrue();
        assertThat(writes.isSuperseded("r1", 12)).isFalse();
    }

    @Test
    void finishedRecordsAreForgottenUnlessANewerOneIsUnderWay() {
        writes.submitted("r1", 10);
        writes.submitted("r1", 12);
        writes.finished("r1", 10);
        assertThat(writes.isSuperseded("r1", 10)).isTrue();
        writes.finished("r1", 12);
        assertThat(writes.size()).isZero();
    }
}
