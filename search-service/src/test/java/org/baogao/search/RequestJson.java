package org.baogao.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;

/** For tests: a search request as the JSON the Elasticsearch client sends, to assert on its parts. */
public final class RequestJson {

    public static JsonNode of(SearchRequest request) {
        StringWriter out = new StringWriter();
        Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
        var generator = mapper.jsonProvider().createGenerator(out);
        request.serialize(generator, mapper);
        generator.close();
        return JsonMapper.builder().build().readTree(out.toString());
    }

    private RequestJson() {
    }
}
