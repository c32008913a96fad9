package org.baogao.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshNamesTest {

    @Test
    void namesAreUniqueAndLegalForKafkaAndElasticsearch() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            names.add(FreshNames.next("Reports Raw/测试"));
        }
        assertThat(names).hasSize(100).allSatisfy(name -> assertThat(name).matches("[a-z0-9._-]+"));
    }
}
