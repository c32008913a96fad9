package org.baogao.search.targets;

import org.baogao.search.web.BadRequestException;
import org.baogao.search.web.CursorToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;


/**
 * Where the next page of target rows starts: the last row handed out, as its place in the order (sort, key,
 * report id, position). The client gets it as an opaque token; on the way back the shape and types are checked
 * and the sort must be the one asked for now, so a token never becomes anything but typed query values.
 *
 * @param key      the last row's key (a number, a region code, or null for rows without the key)
 * @param reportId the last row's report
 * @param position the last row's position in its report
 */
public record TargetCursor(String sort, Object key, String reportId, int position) {
    private static final JsonMapper JSON = CursorToken.json();
    private static final int MAX_ID = 256;

    static TargetCursor after(TargetOrder order, RankedRow row) {
        return new TargetCursor(order.toString(), row.key(), row.reportId(), row.position());
    }

    public String encode() {
        ArrayNode array = JSON.createArrayNode().add(sort);
        if (key == null) {
            array.addNull();
        } else if (key instanceof Double d) {
            array.add(d);
        } else {
            array.add(key.toString());
        }
        array.add(reportId).add(position);
        return CursorToken.encode(array);
    }

    public static TargetCursor decode(String token, TargetOrder order) {
        JsonNode node = CursorToken.decode(token);
        if (!node.isArray() || node.size() != 4 || !node.get(0).isString() || !node.get(2).isString()
                || !node.get(3).isInt() || node.get(3).asInt() < 0 || node.get(2).asString().length() > MAX_ID) {
            throw invalid();
        }
        if (!node.get(0).asString().equals(order.toString())) {
            throw new BadRequestException("after", "the cursor is of sort " + node.get(0).asString() + ", not " + order);
        }
        JsonNode key = node.get(1);
        Object value;
        if (key.isNull()) {
            value = null;
        } else if (order.key().numeric && key.isNumber() && Double.isFinite(key.asDouble())) {
            value = key.asDouble();
        } else if (!order.key().numeric && key.isString() && key.asString().length() <= MAX_ID) {
            value = key.asString();
        } else {
            throw invalid();
        }
        return new TargetCursor(order.toString(), value, node.get(2).asString(), node.get(3).asInt());
    }

    private static BadRequestException invalid() {
        return CursorToken.invalid();
    }
}
