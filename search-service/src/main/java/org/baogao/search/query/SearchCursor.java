package org.baogao.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.baogao.search.web.BadRequestException;
import org.baogao.search.web.CursorToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.util.List;

/**
 * Where the next page starts ({@code search_after}): the sort values of the last hit, handed to the client as
 * an opaque token and checked on the way back (shape and types), so a client cannot smuggle anything into the
 * request. A sort is [primary (score or date), reportId], so a token is always one number and one id, and then
 * the total the first page counted: the pages after it neither count the matches again nor compute the facets,
 * which would visit every matching report for each page.
 *
 * @param total matching reports, as the first page counted them
 */
public record SearchCursor(double primary, boolean integral, String reportId, long total) {
    private static final JsonMapper JSON = CursorToken.json();

    public static SearchCursor of(List<FieldValue> sortValues, long total) {
        if (sortValues.size() != 2 || !sortValues.get(1).isString()) {
            throw new IllegalStateException("unexpected sort values " + sortValues);
        }
        FieldValue first = sortValues.get(0);
        if (first.isLong()) {
            return new SearchCursor(first.longValue(), true, sortValues.get(1).stringValue(), total);
        }
        if (first.isDouble()) {
            return new SearchCursor(first.doubleValue(), false, sortValues.get(1).stringValue(), total);
        }
        throw new IllegalStateException("unexpected sort value " + first);
    }

    public String encode() {
        ArrayNode array = JSON.createArrayNode();
        if (integral) {
            array.add((long) primary);
        } else {
            array.add(primary);
        }
        array.add(reportId);
        array.add(total);
        return CursorToken.encode(array);
    }

    public static SearchCursor decode(String token, SearchParams.Sort sort) {
        JsonNode node = CursorToken.decode(token);
        if (!node.isArray() || node.size() != 3 || !node.get(0).isNumber() || !node.get(1).isString()
                || !node.get(2).isIntegralNumber() || node.get(2).asLong() < 0) {
            throw invalid();
        }
        JsonNode first = node.get(0);
        boolean integral = first.isIntegralNumber();
        if (sort == SearchParams.Sort.DATE && !integral) {
            throw invalid();
        }
        return new SearchCursor(first.asDouble(), integral, node.get(1).asString(), node.get(2).asLong());
    }

    public List<FieldValue> sortValues() {
        FieldValue first = integral ? FieldValue.of((long) primary) : FieldValue.of(primary);
        return List.of(first, FieldValue.of(reportId));
    }

    private static BadRequestException invalid() {
        return CursorToken.invalid();
    }
}
