package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BugApiTest {

    static final String CREATE = """
            mutation($input: BugCreateInput!) {
              bugCreate(input: $input) {
                bug { id key title status severity priority labels confidential version reporter { name } }
                userErrors { field message code }
              }
            }""";

    @Test
    void reporterReportsABugThatStartsNew() {
        String title = "Order book freezes " + UUID.randomUUID();
        var json = ok("carol", CREATE, vars("input", Map.of("title", title, "labels", List.of("UI", "regression", "ui"))));
        assertEquals(List.of(), json.getList("data.bugCreate.userErrors"));
        assertEquals("NEW", json.getString("data.bugCreate.bug.status"));
        assertEquals("S3", json.getString("data.bugCreate.bug.severity"));
        assertNull(json.get("data.bugCreate.bug.priority"));
        assertEquals(List.of("regression", "ui"), json.getList("data.bugCreate.bug.labels"));
        assertEquals("Carol", json.getString("data.bugCreate.bug.reporter.name"));
        String key = json.getString("data.bugCreate.bug.key");
        assertTrue(key.matches("BUG-\\d+"), key);

        var byKey = ok("dave", "query($key: String!) { bug(key: $key) { title key } }", vars("key", key.toLowerCase()));
        assertEquals(title, byKey.getString("data.bug.title"));
    }

    @Test
    void blankTitleIsAUserErrorAndCreatesNothing() {
        int before = ok("bob", "{ bugs { totalCount } }").getInt("data.bugs.totalCount");
        var json = ok("carol", CREATE, vars("input", Map.of("title", "   ", "labels", List.of("bad label!"))));
        assertNull(json.get("data.bugCreate.bug"));
        List<Map<String, Object>> errors = json.getList("data.bugCreate.userErrors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(List.of("input", "title"), errors.get(0).get("field"));
        assertEquals("REQUIRED", errors.get(0).get("code"));
        assertEquals("INVALID", errors.get(1).get("code"));
        assertEquals(before, ok("bob", "{ bugs { totalCount } }").getInt("data.bugs.totalCount"));
    }

    @Test
    void unknownKeyIsNotFound() {
        var json = run("bob", "{ bug(key: \"BUG-999999\") { id } }");
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertEquals("Could not find a bug with key 'BUG-999999'.", json.getString("errors[0].message"));
    }
}
