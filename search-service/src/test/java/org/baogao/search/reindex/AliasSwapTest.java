package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.indices.UpdateAliasesRequest;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AliasSwapTest {

    @Test
    void removesEveryOldIndexAndAddsTheNewOneAsWriteIndexInOneRequest() {
        UpdateAliasesRequest request = AliasSwap.request("reports",
                List.of("reports-v1-20250101000000", "reports-v1-20250202000000"), "reports-v1-20260303000000");

        List<Action> actions = request.actions();
        assertThat(actions).hasSize(3);
        assertThat(actions.subList(0, 2)).allSatisfy(action -> {
            assertThat(action.isRemove()).isTrue();
            assertThat(action.remove().alias()).isEqualTo("reports");
            assertThat(action.remove().mustExist()).as("fails if someone moved the alias meanwhile").isTrue();
        });
        assertThat(actions.subList(0, 2)).map(a -> a.remove().index())
                .containsExactly("reports-v1-20250101000000", "reports-v1-20250202000000");
        Action add = actions.get(2);
        assertThat(add.isAdd()).isTrue();
        assertThat(add.add().index()).isEqualTo("reports-v1-20260303000000");
        assertThat(add.add().alias()).isEqualTo("reports");
        assertThat(add.add().isWriteIndex()).isTrue();
    }

    @Test
    void anAliasWithoutIndexIsOnlyAdded() {
        List<Action> actions = AliasSwap.request("reports", List.of(), "reports-v1-20260303000000").actions();

        assertThat(actions).singleElement().satisfies(a -> assertThat(a.isAdd()).isTrue());
    }

    @Test
    void refusesToSwapAnIndexForItself() {
        assertThatThrownBy(() -> AliasSwap.request("reports", List.of("reports-v1-1"), "reports-v1-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
