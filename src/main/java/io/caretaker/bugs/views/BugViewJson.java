package io.caretaker.bugs.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.BugInputs.BugOrder;
import io.caretaker.bugs.BugInputs.BugOrderField;
import io.caretaker.bugs.BugStatus;
import io.caretaker.bugs.Priority;
import io.caretaker.bugs.Severity;
import io.caretaker.graphql.SortDirection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Saved filters and orders as versioned JSON ({"v":1, ...}). Reading is lenient: a value that no longer
 * parses (say an enum value removed in a later version) is dropped with a warning, so that an old view
 * keeps working with what it still means.
 */
final class BugViewJson {

    private static final Logger LOG = Logger.getLogger(BugViewJson.class);
    static final int VERSION = 1;

    private BugViewJson() {
    }

    static String write(BugFilter filter) {
        JsonObject json = new JsonObject().put("v", VERSION);
        if (filter != null) {
            putList(json, "status", filter.status());
            putList(json, "severity", filter.severity());
            putList(json, "priority", filter.priority());
            putIf(json, "componentId", filter.componentId());
            putIf(json, "assigneeId", filter.assigneeId());
            putIf(json, "reporterId", filter.reporterId());
            putIf(json, "assigned", filter.assigned());
            putIf(json, "label", filter.label());
            putIf(json, "confidential", filter.confidential());
            putIf(json, "query", filter.query());
        }
        return json.encode();
    }

    static String write(BugOrder order) {
        if (order == null) {
            return null;
        }
        return new JsonObject().put("v", VERSION).put("field", order.field().name())
                .put("direction", order.direction() == null ? null : order.direction().name()).encode();
    }

    static BugFilter readFilter(String text, long viewId) {
        JsonObject json = parse(text, viewId);
        return new BugFilter(
                enums(json, "status", BugStatus::valueOf, viewId),
                enums(json, "severity", Severity::valueOf, viewId),
                enums(json, "priority", Priority::valueOf, viewId),
                json.getString("componentId"), json.getString("assigneeId"), json.getString("reporterId"),
                json.getBoolean("assigned"), json.getString("label"), json.getBoolean("confidential"), json.getString("query"));
    }

    static BugOrder readOrder(String text, long viewId) {
        if (text == null) {
            return null;
        }
        JsonObject json = parse(text, viewId);
        try {
            BugOrderField field = BugOrderField.valueOf(json.getString("field"));
            String direction = json.getString("direction");
            return new BugOrder(field, direction == null ? null : SortDirection.valueOf(direction));
        } catch (RuntimeException e) {
            LOG.warnf("Saved view %d: its order %s no longer parses; the default order is used", viewId, text);
            return null;
        }
    }

    private static JsonObject parse(String text, long viewId) {
        try {
            return new JsonObject(text);
        } catch (RuntimeException e) {
            LOG.warnf("Saved view %d: its stored JSON does not parse; it is shown without a filter", viewId);
            return new JsonObject();
        }
    }

    private static <E> List<E> enums(JsonObject json, String key, Function<String, E> parse, long viewId) {
        JsonArray values = json.getJsonArray(key);
        if (values == null) {
            return null;
        }
        List<E> parsed = new ArrayList<>();
        for (Object value : values) {
            try {
                parsed.add(parse.apply(String.valueOf(value)));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Saved view %d: %s value '%s' no longer exists and is ignored", viewId, key, value);
            }
        }
        return parsed;
    }

    private static void putList(JsonObject json, String key, List<? extends Enum<?>> values) {
        if (values != null) {
            json.put(key, new JsonArray(values.stream().filter(java.util.Objects::nonNull).map(Enum::name).toList()));
        }
    }

    private static void putIf(JsonObject json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
