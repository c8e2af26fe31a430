package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BugUpdateTest {

    static final String UPDATE = """
            mutation($id: ID!, $input: BugUpdateInput!) {
              bugUpdate(id: $id, input: $input) {
                bug { title description severity priority labels environment confidential version
                      assignee { name } component { name } }
                userErrors { field message code }
              }
            }""";

    @Inject
    EntityManager em;

    private JsonPath newBug(String reporter, String title) {
        return ok(reporter, """
                mutation($t: String!) { bugCreate(input: {title: $t, environment: "staging"}) { bug { id version } } }""",
                vars("t", title)).setRootPath("data.bugCreate.bug");
    }

    private JsonPath update(String user, String id, Map<String, Object> input) {
        return ok(user, UPDATE, vars("id", id, "input", input)).setRootPath("data.bugUpdate");
    }

    @Test
    void engineerTriagesFieldsAndEveryChangeIsInTheActivityHistory() {
        var bug = newBug("carol", "Price feed lags behind the exchange");
        String id = bug.getString("id");
        String frank = ok("frank", "{ viewer { id } }").getString("data.viewer.id");
        var result = update("bob", id, Map.of("version", bug.getInt("version"), "severity", "S2", "priority", "P1",
                "assigneeId", frank, "labels", List.of("price-feed")));
        assertEquals(List.of(), result.getList("userErrors"));
        assertEquals("S2", result.getString("bug.severity"));
        assertEquals("P1", result.getString("bug.priority"));
        assertEquals("Frank", result.getString("bug.assignee.name"));
        assertEquals(List.of("price-feed"), result.getList("bug.labels"));
        assertTrue(result.getInt("bug.version") > bug.getInt("version"));

        @SuppressWarnings("unchecked")
        List<Object[]> activity = em.createNativeQuery(
                "select field, from_value, to_value from bug_activity where bug_id = :id and kind = 'FIELD_CHANGED' order by id")
                .setParameter("id", GlobalId.decode(id, "Bug").orElseThrow()).getResultList();
        assertEquals(List.of("severity", "priority", "assignee", "labels"), activity.stream().map(r -> r[0]).toList());
        assertEquals("S3", activity.get(0)[1]);
        assertEquals("S2", activity.get(0)[2]);
        assertNull(activity.get(1)[1]);
    }

    @Test
    void clearEmptiesOptionalFields() {
        var bug = newBug("carol", "Stale balance after deposit");
        String frank = ok("frank", "{ viewer { id } }").getString("data.viewer.id");
        var assigned = update("bob", bug.getString("id"), Map.of("version", bug.getInt("version"), "assigneeId", frank, "priority", "P2"));
        var cleared = update("bob", bug.getString("id"), Map.of("version", assigned.getInt("bug.version"),
                "clear", List.of("ASSIGNEE", "PRIORITY", "ENVIRONMENT")));
        assertNull(cleared.get("bug.assignee"));
        assertNull(cleared.get("bug.priority"));
        assertNull(cleared.get("bug.environment"));
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        var bug = newBug("carol", "Login takes 30 seconds");
        String id = bug.getString("id");
        int version = bug.getInt("version");
        update("carol", id, Map.of("version", version, "title", "Login takes 30 seconds on mobile"));
        var stale = update("bob", id, Map.of("version", version, "title", "Overwritten", "severity", "S1"));
        assertNull(stale.get("bug"));
        assertEquals("CONFLICT", stale.getString("userErrors[0].code"));
        assertEquals(List.of("input", "version"), stale.getList("userErrors[0].field"));
        var now = ok("bob", "query($id: ID!) { node(id: $id) { ... on Bug { title severity } } }", vars("id", id));
        assertEquals("Login takes 30 seconds on mobile", now.getString("data.node.title"));
        assertEquals("S3", now.getString("data.node.severity"));
    }

    @Test
    void twoEngineersUpdatingTheSameVersionAtOnceOneWinsOneConflicts() throws Exception {
        var bug = newBug("carol", "Duplicate fills on partial orders");
        String id = bug.getString("id");
        int version = bug.getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonPath> bob = () -> update("bob", id, Map.of("version", version, "priority", "P0"));
            Callable<JsonPath> frank = () -> update("frank", id, Map.of("version", version, "priority", "P3"));
            List<Future<JsonPath>> results = pool.invokeAll(List.of(bob, frank));
            long conflicts = 0;
            for (Future<JsonPath> result : results) {
                if (!result.get().getList("userErrors").isEmpty()) {
                    assertEquals("CONFLICT", result.get().getString("userErrors[0].code"));
                    conflicts++;
                }
            }
            assertEquals(1, conflicts);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reporterEditsTheContentOfTheirOwnBug() {
        var bug = newBug("carol", "Chart colours wrong");
        var result = update("carol", bug.getString("id"), Map.of("version", bug.getInt("version"),
                "description", "Red and green are swapped", "confidential", true));
        assertEquals("Red and green are swapped", result.getString("bug.description"));
        assertEquals(true, result.getBoolean("bug.confidential"));
    }

    @Test
    void reporterCannotTriageTheirOwnBug() {
        var bug = newBug("carol", "Fees rounded down");
        var json = run("carol", UPDATE, vars("id", bug.getString("id"), "input", Map.of("version", bug.getInt("version"), "priority", "P0")));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
        assertNull(json.get("data.bugUpdate"));
    }

    @Test
    void reporterCannotEditSomeoneElsesBug() {
        var bug = newBug("carol", "Withdrawal stuck in pending");
        var json = run("erin", UPDATE, vars("id", bug.getString("id"), "input", Map.of("version", bug.getInt("version"), "title", "Mine now")));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }

    @Test
    void viewerCannotEditAnyBug() {
        var bug = newBug("carol", "Logout button hidden");
        var json = run("dave", UPDATE, vars("id", bug.getString("id"), "input", Map.of("version", bug.getInt("version"), "title", "x")));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }

    @Test
    void invalidInputReportsEveryProblemAndChangesNothing() {
        var bug = newBug("carol", "Session expires too early");
        var result = update("bob", bug.getString("id"), Map.of("version", bug.getInt("version"), "title", " ",
                "assigneeId", GlobalId.encode("User", 999_999), "componentId", "not-an-id", "environment", "x".repeat(501)));
        List<Map<String, Object>> errors = result.getList("userErrors");
        assertEquals(List.of("REQUIRED", "TOO_LONG", "NOT_FOUND", "NOT_FOUND"), errors.stream().map(e -> e.get("code")).toList());
        var unchanged = ok("bob", "query($id: ID!) { node(id: $id) { ... on Bug { title environment version } } }",
                vars("id", bug.getString("id")));
        assertEquals("Session expires too early", unchanged.getString("data.node.title"));
        assertEquals(bug.getInt("version"), unchanged.getInt("data.node.version"));
    }

    @Test
    void unknownBugIsNotFound() {
        var json = run("bob", UPDATE, vars("id", GlobalId.encode("Bug", 999_999), "input", Map.of("version", 0)));
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
    }

    @Test
    void aCommentDoesNotMakeAnEditConflict() {
        var bug = newBug("carol", "Order history empty");
        String id = bug.getString("id");
        var comment = ok("erin", """
                mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: "Same here on **Firefox**"}) {
                  comment { body author { name } } bug { updatedAt version } userErrors { code } } }""", vars("id", id))
                .setRootPath("data.bugCommentAdd");
        assertEquals("Same here on **Firefox**", comment.getString("comment.body"));
        assertEquals("Erin", comment.getString("comment.author.name"));
        assertEquals(bug.getInt("version"), comment.getInt("bug.version"));
        var result = update("carol", id, Map.of("version", bug.getInt("version"), "title", "Order history empty after login"));
        assertEquals(List.of(), result.getList("userErrors"));
        assertNotEquals(bug.getInt("version"), result.getInt("bug.version"));
    }

    @Test
    void blankCommentIsAUserError() {
        var bug = newBug("carol", "Search ignores accents");
        var json = ok("erin", "mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: \"  \"}) { comment { id } userErrors { code field } } }",
                vars("id", bug.getString("id")));
        assertEquals("REQUIRED", json.getString("data.bugCommentAdd.userErrors[0].code"));
        assertNull(json.get("data.bugCommentAdd.comment"));
        assertEquals(0, ok("bob", "query($id: ID!) { node(id: $id) { ... on Bug { commentCount } } }",
                vars("id", bug.getString("id"))).getInt("data.node.commentCount"));
    }
}
