package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Test helpers: bugs reported and moved through the API. */
final class Bugs {

    static final String BUG_FIELDS = "id key title status resolution severity priority version triagedAt startedAt resolvedAt closedAt reopenedAt"
            + " assignee { name } component { name } labels duplicateOf { key } fixedIn { version }";

    private Bugs() {
    }

    /** Reports a bug and returns its fields (id, key, version, ...). */
    static JsonPath report(String reporter, String title, Object... moreInput) {
        Map<String, Object> input = new HashMap<>(vars(moreInput));
        input.put("title", title);
        return ok(reporter, "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { " + BUG_FIELDS + " } } }",
                vars("input", input)).setRootPath("data.bugCreate.bug");
    }

    static JsonPath read(String user, String id) {
        return ok(user, "query($id: ID!) { node(id: $id) { ... on Bug { " + BUG_FIELDS + " } } }", vars("id", id))
                .setRootPath("data.node");
    }

    static JsonPath transition(String user, String id, int version, String to, String resolution) {
        Map<String, Object> input = new HashMap<>();
        input.put("to", to);
        input.put("version", version);
        if (resolution != null) {
            input.put("resolution", resolution);
        }
        return ok(user, "mutation($id: ID!, $input: BugTransitionInput!) { bugTransition(id: $id, input: $input) {"
                + " bug { " + BUG_FIELDS + " } userErrors { field message code } } }", vars("id", id, "input", input))
                .setRootPath("data.bugTransition");
    }

    static JsonPath triage(String user, String id, int version, Map<String, Object> fields) {
        Map<String, Object> input = new HashMap<>(fields);
        input.put("version", version);
        return ok(user, "mutation($id: ID!, $input: BugTriageInput!) { bugTriage(id: $id, input: $input) {"
                + " bug { " + BUG_FIELDS + " } userErrors { field message code } } }", vars("id", id, "input", input))
                .setRootPath("data.bugTriage");
    }

    static String userId(String user) {
        return ok(user, "{ viewer { id } }").getString("data.viewer.id");
    }

    static List<Map<String, Object>> activity(String user, String id) {
        return ok(user, "query($id: ID!) { node(id: $id) { ... on Bug { activity(first: 100) { nodes { kind field from to actor { name } } } } } }",
                vars("id", id)).getList("data.node.activity.nodes");
    }
}
