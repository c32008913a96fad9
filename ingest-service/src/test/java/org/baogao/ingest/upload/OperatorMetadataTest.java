package org.baogao.ingest.upload;

import org.baogao.contracts.SourceInfo;
import org.baogao.ingest.web.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorMetadataTest {

    @Test
    void hintsMapToTheContractKeysTrimmed() {
        assertThat(new OperatorMetadata(" 常州日报 ", "常州市", "2021").toMap())
                .containsExactly(
                        java.util.Map.entry(SourceInfo.META_SOURCE, "常州日报"),
                        java.util.Map.entry(SourceInfo.META_REGION, "常州市"),
                        java.util.Map.entry(SourceInfo.META_YEAR, "2021"));
    }

    @Test
    void blankHintsAreLeftOut() {
        assertThat(new OperatorMetadata("", "  ", null).toMap()).isEmpty();
        assertThat(OperatorMetadata.none().toMap()).isEmpty();
    }

    @Test
    void aYearThatIsNotAFourDigitYearIs400() {
        for (String bad : new String[]{"二〇二一", "21", "2021年", "1850"}) {
            assertThatThrownBy(() -> new OperatorMetadata(null, null, bad).toMap())
                    .as(bad)
                    .isInstanceOfSatisfying(RejectedUploadException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problems.INVALID_METADATA));
        }
    }

    @Test
    void anOverlongHintIs400() {
        assertThatThrownBy(() -> new OperatorMetadata("x".repeat(OperatorMetadata.MAX_VALUE_LENGTH + 1), null, null).toMap())
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("source"));
    }
}
