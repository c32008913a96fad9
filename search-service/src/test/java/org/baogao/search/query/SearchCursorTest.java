package org.baogao.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.baogao.search.web.BadRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCursorTest {

    @Test
    void roundTripsScoreAndDateSortValues() {
        SearchCursor score = SearchCursor.of(List.of(FieldValue.of(1.4254012d), FieldValue.of("r1")), 37_894);
        assertThat(SearchCursor.decode(score.encode(), SearchParams.Sort.RELEVANCE)).isEqualTo(score);
        assertThat(score.sortValues().get(0).doubleValue()).isEqualTo(1.4254012d);
        assertThat(score.sortValues().get(1).stringValue()).isEqualTo("r1");
        assertThat(SearchCursor.decode(score.encode(), SearchParams.Sort.RELEVANCE).total()).isEqualTo(37_894);
        SearchCursor date = SearchCursor.of(List.of(FieldValue.of(Long.MIN_VALUE), FieldValue.of("r2")), 0);
        assertThat(SearchCursor.decode(date.encode(), SearchParams.Sort.DATE).sortValues().get(0).longValue())
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void refusesAnythingItDidNotHandOut() {
        assertThatThrownBy(() -> SearchCursor.decode("not base64!", SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
        String object = Base64.getUrlEncoder().encodeToString("{\"match_all\":{}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(object, SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
        String two = Base64.getUrlEncoder().encodeToString("[1,\"a\"]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(two, SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
        String negative = Base64.getUrlEncoder().encodeToString("[1,\"a\",-2]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(negative, SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
        String fraction = Base64.getUrlEncoder().encodeToString("[1.5,\"a\",2]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(fraction, SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SearchCursor.decode("A".repeat(700), SearchParams.Sort.DATE)).isInstanceOf(BadRequestException.class);
    }
}
