package org.baogao.search.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.SearchDocument;
import org.baogao.search.web.BadRequestException;
import org.baogao.search.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** {@code GET /api/reports/{id}}: the enriched report as extraction published it (text, outline, targets...). */
@RestController
public class ReportController {
    private final ElasticsearchClient client;
    private final String alias;

    public ReportController(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    @Operation(summary = "One indexed report, as the enriched-report contract describes it")
    @GetMapping("/api/reports/{id}")
    public ObjectNode report(@PathVariable String id) throws IOException {
        if (id.isBlank() || id.length() > 512) {
            throw new BadRequestException("id", "not a report id");
        }
        GetResponse<ObjectNode> response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
        if (!response.found() || response.source() == null) {
            throw new NotFoundException("no indexed report " + id);
        }
        return SearchDocument.withoutDerived(response.source());
    }
}
