package io.caretaker.runbooks;

import static io.caretaker.runbooks.RunbookApiTest.created;
import static io.caretaker.runbooks.RunbookApiTest.input;
import static io.caretaker.runbooks.RunbookApiTest.slug;
import static io.caretaker.runbooks.RunbookApiTest.step;
import static io.caretaker.runbooks.RunbookApiTest.userId;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RunbookRevisionTest {

    static final String REVISE = """
            mutation($id: ID!, $input: RunbookReviseInput!) {
              runbookRevise(id: $id, input: $input) {
                runbook {
                  id title purpose category rtoMinutes drillIntervalDays version updatedAt owner { name }
                  currentRevision { id number message author { name } }
                  steps { totalCount nodes { id position title instructions command expectedResult } }
                  revisions { totalCount nodes { number message } }
                }
                userErrors { field message code }
              }
            }""";

    static final String REVISION = """
            query($id: ID!) {
              node(id: $id) {
                ... on RunbookRevision { number message steps { totalCount nodes { id position title instructions command } } }
              }
            }""";

    static final String BY_SLUG = """
            query($slug: String!) {
              runbook(slug: $slug) {
                version
                currentRevision { number }
                revisions { totalCount nodes { number } }
                steps { nodes { title } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    static JsonPath revise(String user, Object id, Map<String, Object> input) {
        return ok(user, REVISE, vars("id", id, "input", input));
    }

    static Map<String, Object> changes(Object version, String message) {
        Map<String, Object> input = new HashMap<>();
        input.put("version", version);
        input.put("message", message);
        return input;
    }

    static List<Map<String, Object>> steps(String prefix, int count) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            steps.add(step(prefix + " " + i));
        }
        return steps;
    }

    @Test
    void reviseWithoutStepsCarriesThemOverIntoANewRevision() {
        Map<String, Object> original = input(slug("carry-over"), "Carry over", "BACKUP", List.of(
                Map.of("title", "Dump", "instructions", "Use `pg_dump`.", "command", "pg_dump -Fc app", "expectedResult", "a file"),
                step("Upload")));
        original.put("rtoMinutes", 30);
        Map<String, Object> runbook = created(original);

        Map<String, Object> input = changes(runbook.get("version"), "Faster target");
        input.put("title", "Carry over, faster");
        input.put("rtoMinutes", 15);
        input.put("category", "RESTORE");
        input.put("ownerId", userId("bob"));
        JsonPath json = revise("frank", runbook.get("id"), input);
        assertEquals(List.of(), json.getList("data.runbookRevise.userErrors"));
        String root = "data.runbookRevise.runbook.";
        assertEquals("Carry over, faster", json.getString(root + "title"));
        assertEquals("RESTORE", json.getString(root + "category"));
        assertEquals(15, json.getInt(root + "rtoMinutes"));
        assertEquals("Bob", json.getString(root + "owner.name"));
        assertEquals((Integer) runbook.get("version") + 1, json.getInt(root + "version"));
        assertEquals(2, json.getInt(root + "currentRevision.number"));
        assertEquals("Faster target", json.getString(root + "currentRevision.message"));
        assertEquals("Frank", json.getString(root + "currentRevision.author.name"));
        assertEquals(List.of(2, 1), json.getList(root + "revisions.nodes.number"));
        assertEquals(List.of("Faster target", "Initial revision"), json.getList(root + "revisions.nodes.message"));
        assertEquals(List.of("Dump", "Upload"), json.getList(root + "steps.nodes.title"));
        assertEquals(List.of(1, 2), json.getList(root + "steps.nodes.position"));
        assertEquals("Use `pg_dump`.", json.getString(root + "steps.nodes[0].instructions"));
        assertEquals("pg_dump -Fc app", json.getString(root + "steps.nodes[0].command"));
        assertEquals("a file", json.getString(root + "steps.nodes[0].expectedResult"));
        assertNull(json.get(root + "steps.nodes[1].command"));

        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) runbook.get("steps");
        @SuppressWarnings("unchecked")
        List<String> oldIds = ((List<Map<String, Object>>) before.get("nodes")).stream().map(s -> s.get("id").toString()).toList();
        List<String> newIds = json.getList(root + "steps.nodes.id");
        assertTrue(Collections.disjoint(oldIds, newIds), "each revision has steps of its own");
    }

    @Test
    void revisionsAreImmutable() {
        Map<String, Object> runbook = created(input(slug("immutable"), "Immutable", "INCIDENT", List.of(
                Map.of("title", "Page the on-call", "instructions", "Call them.", "command", "page oncall"),
                step("Open an incident channel"))));
        @SuppressWarnings("unchecked")
        String firstRevision = ((Map<String, Object>) runbook.get("currentRevision")).get("id").toString();
        JsonPath original = ok("dave", REVISION, vars("id", firstRevision));

        JsonPath second = revise("bob", runbook.get("id"), withSteps(changes(runbook.get("version"), "Rewrite"),
                List.of(step("Declare the incident"), step("Page the on-call"), step("Open a channel"))));
        assertEquals(List.of(), second.getList("data.runbookRevise.userErrors"));
        JsonPath third = revise("bob", runbook.get("id"), withSteps(
                changes(second.getInt("data.runbookRevise.runbook.version"), "Shorter"), List.of(step("Just page"))));
        assertEquals(List.of(), third.getList("data.runbookRevise.userErrors"));
        assertEquals(3, third.getInt("data.runbookRevise.runbook.currentRevision.number"));
        assertEquals(List.of("Just page"), third.getList("data.runbookRevise.runbook.steps.nodes.title"));

        JsonPath afterwards = ok("dave", REVISION, vars("id", firstRevision));
        assertEquals(original.getMap("data.node"), afterwards.getMap("data.node"));
        assertEquals(List.of("Page the on-call", "Open an incident channel"), afterwards.getList("data.node.steps.nodes.title"));
        assertEquals("page oncall", afterwards.getString("data.node.steps.nodes[0].command"));
        assertEquals("Initial revision", afterwards.getString("data.node.message"));

        JsonPath viaRevisions = ok("dave", """
                query($slug: String!) {
                  runbook(slug: $slug) {
                    revisions(last: 1) { nodes { id number steps { nodes { id title } } } }
                  }
                }""", vars("slug", runbook.get("slug")));
        assertEquals(firstRevision, viaRevisions.getString("data.runbook.revisions.nodes[0].id"));
        assertEquals(1, viaRevisions.getInt("data.runbook.revisions.nodes[0].number"));
        assertEquals(original.getList("data.node.steps.nodes.id"), viaRevisions.getList("data.runbook.revisions.nodes[0].steps.nodes.id"));
        assertEquals(List.of("Page the on-call", "Open an incident channel"),
                viaRevisions.getList("data.runbook.revisions.nodes[0].steps.nodes.title"));
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        Map<String, Object> runbook = created(input(slug("stale"), "Stale", "DATABASE", List.of(step("Vacuum"))));
        Object version = runbook.get("version");
        assertEquals(List.of(), revise("bob", runbook.get("id"), changes(version, "First")).getList("data.runbookRevise.userErrors"));

        Map<String, Object> input = changes(version, "Second, from a stale read");
        input.put("title", "Overwritten");
        JsonPath json = revise("frank", runbook.get("id"), withSteps(input, List.of(step("Other"))));
        assertNull(json.get("data.runbookRevise.runbook"));
        List<Map<String, Object>> errors = json.getList("data.runbookRevise.userErrors");
        assertEquals(1, errors.size());
        assertEquals("CONFLICT", errors.get(0).get("code"));
        assertEquals(List.of("input", "version"), errors.get(0).get("field"));

        JsonPath now = ok("dave", BY_SLUG, vars("slug", runbook.get("slug")));
        assertEquals(2, now.getInt("data.runbook.currentRevision.number"));
        assertEquals(2, now.getInt("data.runbook.revisions.totalCount"));
        assertEquals(List.of("Vacuum"), now.getList("data.runbook.steps.nodes.title"));
    }

    @Test
    void invalidRevisionIsAUserErrorAndChangesNothing() {
        Map<String, Object> runbook = created(input(slug("invalid-revise"), "Invalid revise", "DATABASE", List.of(step("Keep"))));
        Map<String, Object> input = changes(runbook.get("version"), "  ");
        input.put("title", "");
        input.put("ownerId", "VXNlcjo5OTk5OTk5"); // User:9999999
        input.put("drillIntervalDays", 0);
        JsonPath json = revise("bob", runbook.get("id"), withSteps(input, List.of(step("ok"), step(" "))));
        assertNull(json.get("data.runbookRevise.runbook"));
        List<Map<String, Object>> errors = json.getList("data.runbookRevise.userErrors");
        assertEquals(5, errors.size(), errors.toString());
        RunbookApiTest.assertError(errors.get(0), "REQUIRED", "input", "title");
        RunbookApiTest.assertError(errors.get(1), "NOT_FOUND", "input", "ownerId");
        RunbookApiTest.assertError(errors.get(2), "INVALID", "input", "drillIntervalDays");
        RunbookApiTest.assertError(errors.get(3), "REQUIRED", "input", "steps", "1", "title");
        RunbookApiTest.assertError(errors.get(4), "REQUIRED", "input", "message");

        JsonPath empty = revise("bob", runbook.get("id"), withSteps(changes(runbook.get("version"), "No steps"), List.of()));
        RunbookApiTest.assertError(empty.<Map<String, Object>>getList("data.runbookRevise.userErrors").get(0), "INVALID", "input", "steps");

        JsonPath now = ok("dave", BY_SLUG, vars("slug", runbook.get("slug")));
        assertEquals(runbook.get("version"), now.getInt("data.runbook.version"));
        assertEquals(1, now.getInt("data.runbook.currentRevision.number"));
        assertEquals(1, now.getInt("data.runbook.revisions.totalCount"));
        assertEquals(List.of("Keep"), now.getList("data.runbook.steps.nodes.title"));
    }

    @Test
    void clearEmptiesOwnerRecoveryTimeAndDrillInterval() {
        Map<String, Object> input = input(slug("clear"), "Clear", "MONITORING", List.of(step("Check")));
        input.put("ownerId", userId("frank"));
        input.put("rtoMinutes", 20);
        input.put("drillIntervalDays", 30);
        input.put("purpose", "Had a purpose");
        Map<String, Object> runbook = created(input);

        Map<String, Object> changes = changes(runbook.get("version"), "Nobody owns it any more");
        changes.put("clear", List.of("OWNER", "RTO_MINUTES", "DRILL_INTERVAL_DAYS"));
        changes.put("purpose", "");
        JsonPath json = revise("bob", runbook.get("id"), changes);
        assertEquals(List.of(), json.getList("data.runbookRevise.userErrors"));
        assertNull(json.get("data.runbookRevise.runbook.owner"));
        assertNull(json.get("data.runbookRevise.runbook.rtoMinutes"));
        assertNull(json.get("data.runbookRevise.runbook.drillIntervalDays"));
        assertEquals("", json.getString("data.runbookRevise.runbook.purpose"));
        assertEquals("Clear", json.getString("data.runbookRevise.runbook.title"));
    }

    @Test
    void unknownRunbookIsNotFound() {
        for (String id : List.of("UnVuYm9vazo5OTk5OTk5", "VXNlcjox", "garbage")) { // Runbook:9999999, User:1
            JsonPath json = run("bob", REVISE, vars("id", id, "input", changes(0, "Nothing")));
            assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"), id);
            assertEquals("Could not find an object with id '" + id + "'.", json.getString("errors[0].message"));
        }
    }

    @Test
    void reporterCannotReviseRunbook() {
        Map<String, Object> runbook = created(input(slug("no-reporters"), "No reporters", "BACKUP", List.of(step("s"))));
        for (String user : List.of("carol", "dave")) {
            JsonPath json = run(user, REVISE, vars("id", runbook.get("id"), "input", changes(runbook.get("version"), "By " + user)));
            assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"), user);
            assertNull(json.get("data.runbookRevise"));
        }
        JsonPath now = ok("dave", BY_SLUG, vars("slug", runbook.get("slug")));
        assertEquals(1, now.getInt("data.runbook.revisions.totalCount"));
        assertEquals(runbook.get("version"), now.getInt("data.runbook.version"));
    }

    @Test
    void stepsArePagedWithCursorsBothWays() {
        Map<String, Object> runbook = created(input(slug("paged-steps"), "Paged steps", "DEPLOYMENT", steps("Step", 5)));
        String page = """
                query($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
                  runbook(slug: $slug) {
                    steps(first: $first, after: $after, last: $last, before: $before) {
                      totalCount
                      edges { cursor node { position title } }
                      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    }
                    currentRevision {
                      steps(first: $first, after: $after, last: $last, before: $before) { nodes { position } }
                    }
                  }
                }""";
        Object slug = runbook.get("slug");
        JsonPath first = ok("dave", page, vars("slug", slug, "first", 2));
        assertEquals(List.of(1, 2), first.getList("data.runbook.steps.edges.node.position"));
        assertEquals(5, first.getInt("data.runbook.steps.totalCount"));
        assertTrue(first.getBoolean("data.runbook.steps.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.runbook.steps.pageInfo.hasPreviousPage"));
        assertEquals(List.of(1, 2), first.getList("data.runbook.currentRevision.steps.nodes.position"));

        String end = first.getString("data.runbook.steps.pageInfo.endCursor");
        assertEquals(first.getString("data.runbook.steps.edges[1].cursor"), end);
        JsonPath second = ok("dave", page, vars("slug", slug, "first", 2, "after", end));
        assertEquals(List.of(3, 4), second.getList("data.runbook.steps.edges.node.position"));
        assertTrue(second.getBoolean("data.runbook.steps.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("data.runbook.steps.pageInfo.hasPreviousPage"));
        assertEquals(List.of(3, 4), second.getList("data.runbook.currentRevision.steps.nodes.position"));

        JsonPath third = ok("dave", page, vars("slug", slug, "first", 2, "after", second.getString("data.runbook.steps.pageInfo.endCursor")));
        assertEquals(List.of(5), third.getList("data.runbook.steps.edges.node.position"));
        assertFalse(third.getBoolean("data.runbook.steps.pageInfo.hasNextPage"));

        JsonPath last = ok("dave", page, vars("slug", slug, "last", 2));
        assertEquals(List.of(4, 5), last.getList("data.runbook.steps.edges.node.position"));
        assertTrue(last.getBoolean("data.runbook.steps.pageInfo.hasPreviousPage"));
        assertFalse(last.getBoolean("data.runbook.steps.pageInfo.hasNextPage"));
        JsonPath before = ok("dave", page, vars("slug", slug, "last", 2, "before", last.getString("data.runbook.steps.pageInfo.startCursor")));
        assertEquals(List.of(2, 3), before.getList("data.runbook.steps.edges.node.position"));
        assertTrue(before.getBoolean("data.runbook.steps.pageInfo.hasPreviousPage"));
        assertTrue(before.getBoolean("data.runbook.steps.pageInfo.hasNextPage"));
        assertEquals(List.of(2, 3), before.getList("data.runbook.currentRevision.steps.nodes.position"));
    }

    @Test
    void revisionsArePagedNewestFirstWithCursorsBothWays() {
        Map<String, Object> runbook = created(input(slug("paged-revisions"), "Paged revisions", "DEPENDENCY_UPDATE", steps("Bump", 1)));
        Object version = runbook.get("version");
        for (int i = 2; i <= 5; i++) {
            JsonPath json = revise("bob", runbook.get("id"), withSteps(changes(version, "Revision " + i), steps("Bump", i)));
            assertEquals(List.of(), json.getList("data.runbookRevise.userErrors"));
            version = json.getInt("data.runbookRevise.runbook.version");
        }
        String page = """
                query($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
                  runbook(slug: $slug) {
                    revisions(first: $first, after: $after, last: $last, before: $before) {
                      totalCount
                      nodes { number message steps { totalCount } }
                      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    }
                  }
                }""";
        Object slug = runbook.get("slug");
        JsonPath first = ok("dave", page, vars("slug", slug, "first", 2));
        assertEquals(List.of(5, 4), first.getList("data.runbook.revisions.nodes.number"));
        assertEquals(List.of(5, 4), first.getList("data.runbook.revisions.nodes.steps.totalCount"));
        assertEquals(5, first.getInt("data.runbook.revisions.totalCount"));
        assertTrue(first.getBoolean("data.runbook.revisions.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.runbook.revisions.pageInfo.hasPreviousPage"));

        JsonPath next = ok("dave", page, vars("slug", slug, "first", 2, "after", first.getString("data.runbook.revisions.pageInfo.endCursor")));
        assertEquals(List.of(3, 2), next.getList("data.runbook.revisions.nodes.number"));
        assertTrue(next.getBoolean("data.runbook.revisions.pageInfo.hasNextPage"));
        assertTrue(next.getBoolean("data.runbook.revisions.pageInfo.hasPreviousPage"));

        JsonPath last = ok("dave", page, vars("slug", slug, "last", 2));
        assertEquals(List.of(2, 1), last.getList("data.runbook.revisions.nodes.number"));
        assertEquals(List.of("Revision 2", "Initial revision"), last.getList("data.runbook.revisions.nodes.message"));
        assertFalse(last.getBoolean("data.runbook.revisions.pageInfo.hasNextPage"));
        assertTrue(last.getBoolean("data.runbook.revisions.pageInfo.hasPreviousPage"));

        JsonPath before = ok("dave", page, vars("slug", slug, "last", 2, "before", last.getString("data.runbook.revisions.pageInfo.startCursor")));
        assertEquals(List.of(4, 3), before.getList("data.runbook.revisions.nodes.number"));
        assertTrue(before.getBoolean("data.runbook.revisions.pageInfo.hasNextPage"));
        assertTrue(before.getBoolean("data.runbook.revisions.pageInfo.hasPreviousPage"));

        JsonPath wrongCursor = run("dave", page, vars("slug", slug, "first", 2,
                "after", ok("dave", BY_SLUG.replace("steps { nodes { title } }", "steps { pageInfo { endCursor } }"),
                        vars("slug", slug)).getString("data.runbook.steps.pageInfo.endCursor")));
        assertEquals("BAD_USER_INPUT", wrongCursor.getString("errors[0].extensions.code"));
    }

    @Test
    void nestedFieldsCostTheSameStatementsWhateverThePageSize() {
        String marker = slug("batched");
        for (int i = 1; i <= 6; i++) {
            Map<String, Object> input = input(marker + "-" + i, "Batched " + marker + " " + i, "BACKUP", steps("Step", 3));
            input.put("ownerId", userId(i % 2 == 0 ? "frank" : "bob"));
            Map<String, Object> runbook = created(input);
            JsonPath revised = revise(i % 2 == 0 ? "alice" : "frank", runbook.get("id"), changes(runbook.get("version"), "Again"));
            assertEquals(List.of(), revised.getList("data.runbookRevise.userErrors"));
        }
        String query = """
                query($q: String, $first: Int) {
                  runbooks(filter: {query: $q}, first: $first) {
                    totalCount
                    nodes {
                      title owner { name }
                      currentRevision { number author { name } runbook { slug } steps { totalCount nodes { title } } }
                      revisions { totalCount nodes { number author { name } steps(first: 2) { totalCount nodes { title } } } }
                      steps { totalCount nodes { title } }
                    }
                  }
                }""";
        ok("dave", query, vars("q", marker, "first", 1)); // warm-up: the user row and caches

        long two = statements(query, marker, 2);
        long six = statements(query, marker, 6);
        assertEquals(two, six, "statements of a page of 2 and of a page of 6");
        assertTrue(six <= 16, "statements: " + six);
    }

    private long statements(String query, String marker, int first) {
        var statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        JsonPath json = ok("dave", query, vars("q", marker, "first", first));
        assertEquals(first, json.getList("data.runbooks.nodes").size());
        assertNotEquals(List.of(), json.getList("data.runbooks.nodes[0].revisions.nodes[0].steps.nodes"));
        return statistics.getPrepareStatementCount() - before;
    }

    static Map<String, Object> withSteps(Map<String, Object> input, List<?> steps) {
        input.put("steps", steps);
        return input;
    }
}
