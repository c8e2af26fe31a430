package io.caretaker.runbooks;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RunbookApiTest {

    static final String FIELDS = """
            id slug title purpose category rtoMinutes drillIntervalDays createdAt updatedAt version
            owner { name }
            currentRevision { id number message author { name } runbook { slug } }
            steps { totalCount nodes { id position title instructions command expectedResult } }
            """;

    static final String CREATE = """
            mutation($input: RunbookCreateInput!) {
              runbookCreate(input: $input) {
                runbook { %s }
                userErrors { field message code }
              }
            }""".formatted(FIELDS);

    static final String BY_SLUG = "query($slug: String!) { runbook(slug: $slug) { %s } }".formatted(FIELDS);

    static final String COUNT = "query($q: String) { runbooks(filter: {query: $q}) { totalCount } }";

    static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static Map<String, Object> step(String title) {
        return Map.of("title", title);
    }

    static Map<String, Object> input(String slug, String title, String category, List<?> steps) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("title", title);
        input.put("category", category);
        input.put("steps", steps);
        return input;
    }

    static JsonPath create(String user, Map<String, Object> input) {
        return ok(user, CREATE, vars("input", input));
    }

    /** Creates a runbook that must succeed, and returns the runbook's JSON path root. */
    static Map<String, Object> created(Map<String, Object> input) {
        JsonPath json = create("bob", input);
        assertEquals(List.of(), json.getList("data.runbookCreate.userErrors"));
        return json.getMap("data.runbookCreate.runbook");
    }

    static String userId(String user) {
        return ok(user, "{ viewer { id } }").getString("data.viewer.id");
    }

    static int count(String query) {
        return ok("dave", COUNT, vars("q", query)).getInt("data.runbooks.totalCount");
    }

    @Test
    void engineerCreatesRunbookWithItsFirstRevision() {
        String slug = slug("restore-postgres");
        Map<String, Object> input = input(slug, "  Restore PostgreSQL from backup ", "RESTORE", List.of(
                Map.of("title", "Stop the app", "instructions", "Scale to **zero**.", "command", "kubectl scale deploy/app --replicas=0"),
                Map.of("title", "Restore", "expectedResult", "pg_restore exits 0"),
                step("Start the app")));
        input.put("purpose", "When the primary is lost.");
        input.put("ownerId", userId("frank"));
        input.put("rtoMinutes", 60);
        input.put("drillIntervalDays", 90);

        JsonPath json = create("bob", input);
        assertEquals(List.of(), json.getList("data.runbookCreate.userErrors"));
        String root = "data.runbookCreate.runbook.";
        assertEquals(slug, json.getString(root + "slug"));
        assertEquals("Restore PostgreSQL from backup", json.getString(root + "title"));
        assertEquals("When the primary is lost.", json.getString(root + "purpose"));
        assertEquals("RESTORE", json.getString(root + "category"));
        assertEquals(60, json.getInt(root + "rtoMinutes"));
        assertEquals(90, json.getInt(root + "drillIntervalDays"));
        assertEquals("Frank", json.getString(root + "owner.name"));
        assertEquals(1, json.getInt(root + "currentRevision.number"));
        assertEquals("Initial revision", json.getString(root + "currentRevision.message"));
        assertEquals("Bob", json.getString(root + "currentRevision.author.name"));
        assertEquals(slug, json.getString(root + "currentRevision.runbook.slug"));
        assertEquals(3, json.getInt(root + "steps.totalCount"));
        assertEquals(List.of(1, 2, 3), json.getList(root + "steps.nodes.position"));
        assertEquals(List.of("Stop the app", "Restore", "Start the app"), json.getList(root + "steps.nodes.title"));
        assertEquals("Scale to **zero**.", json.getString(root + "steps.nodes[0].instructions"));
        assertEquals("kubectl scale deploy/app --replicas=0", json.getString(root + "steps.nodes[0].command"));
        assertNull(json.get(root + "steps.nodes[0].expectedResult"));
        assertEquals("", json.getString(root + "steps.nodes[1].instructions"));
        assertNull(json.get(root + "steps.nodes[1].command"));
        assertEquals("pg_restore exits 0", json.getString(root + "steps.nodes[1].expectedResult"));

        JsonPath bySlug = ok("dave", BY_SLUG, vars("slug", slug.toUpperCase()));
        assertEquals(json.getString(root + "id"), bySlug.getString("data.runbook.id"));
        assertEquals(json.getList(root + "steps.nodes.id"), bySlug.getList("data.runbook.steps.nodes.id"));
    }

    @Test
    void optionalFieldsMayBeOmittedAndTheMessageGiven() {
        Map<String, Object> input = input(slug("minimal"), "Minimal", "MONITORING", List.of(step("Look")));
        input.put("message", "Written after the outage");
        Map<String, Object> runbook = created(input);
        assertEquals("", runbook.get("purpose"));
        assertNull(runbook.get("owner"));
        assertNull(runbook.get("rtoMinutes"));
        assertNull(runbook.get("drillIntervalDays"));
        @SuppressWarnings("unchecked")
        Map<String, Object> revision = (Map<String, Object>) runbook.get("currentRevision");
        assertEquals("Written after the outage", revision.get("message"));
    }

    @Test
    void invalidInputIsAUserErrorAndCreatesNothing() {
        int before = count(null);
        Map<String, Object> input = input("Not A Slug", " ", "BACKUP", List.of(step("ok")));
        input.put("purpose", "x".repeat(20_001));
        input.put("rtoMinutes", 0);
        input.put("drillIntervalDays", 3_651);
        input.put("message", "m".repeat(501));
        JsonPath json = create("bob", input);
        assertNull(json.get("data.runbookCreate.runbook"));
        List<Map<String, Object>> errors = json.getList("data.runbookCreate.userErrors");
        assertEquals(6, errors.size(), errors.toString());
        assertError(errors.get(0), "INVALID", "input", "slug");
        assertError(errors.get(1), "REQUIRED", "input", "title");
        assertError(errors.get(2), "TOO_LONG", "input", "purpose");
        assertError(errors.get(3), "INVALID", "input", "rtoMinutes");
        assertError(errors.get(4), "INVALID", "input", "drillIntervalDays");
        assertError(errors.get(5), "TOO_LONG", "input", "message");
        assertEquals(before, count(null));
    }

    @Test
    void slugMustBeLowerCaseGroupsJoinedByHyphensOfAtMost100Characters() {
        for (String bad : List.of("trailing-", "-leading", "double--hyphen", "under_score", "Upper", "a".repeat(101))) {
            JsonPath json = create("bob", input(bad, "Bad slug", "BACKUP", List.of(step("s"))));
            List<Map<String, Object>> errors = json.getList("data.runbookCreate.userErrors");
            assertEquals(1, errors.size(), bad + ": " + errors);
            assertError(errors.get(0), "INVALID", "input", "slug");
        }
        assertError(create("bob", input(" ", "Blank slug", "BACKUP", List.of(step("s"))))
                .<Map<String, Object>>getList("data.runbookCreate.userErrors").get(0), "REQUIRED", "input", "slug");
        String longest = "a".repeat(60) + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + "b".repeat(30);
        assertEquals(100, longest.length());
        assertEquals(longest, created(input(longest, "Longest slug", "BACKUP", List.of(step("s")))).get("slug"));
    }

    @Test
    void stepErrorsNameTheStepByItsIndex() {
        String slug = slug("bad-steps");
        JsonPath json = create("bob", input(slug, "Bad steps", "DEPLOYMENT", List.of(
                step("fine"),
                Map.of("title", "  ", "instructions", "i".repeat(20_001)),
                Map.of("title", "t".repeat(201), "command", "c".repeat(5_001), "expectedResult", "e".repeat(2_001)))));
        assertNull(json.get("data.runbookCreate.runbook"));
        List<Map<String, Object>> errors = json.getList("data.runbookCreate.userErrors");
        assertEquals(5, errors.size(), errors.toString());
        assertError(errors.get(0), "REQUIRED", "input", "steps", "1", "title");
        assertEquals("Step 2: the title is required.", errors.get(0).get("message"));
        assertError(errors.get(1), "TOO_LONG", "input", "steps", "1", "instructions");
        assertError(errors.get(2), "TOO_LONG", "input", "steps", "2", "title");
        assertError(errors.get(3), "TOO_LONG", "input", "steps", "2", "command");
        assertError(errors.get(4), "TOO_LONG", "input", "steps", "2", "expectedResult");
        assertEquals(0, count(slug));
    }

    @Test
    void aRevisionHasOneToOneHundredSteps() {
        JsonPath none = create("bob", input(slug("no-steps"), "No steps", "INCIDENT", List.of()));
        assertError(none.<Map<String, Object>>getList("data.runbookCreate.userErrors").get(0), "INVALID", "input", "steps");

        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            many.add(step("Step " + i));
        }
        JsonPath tooMany = create("bob", input(slug("many-steps"), "Many steps", "INCIDENT", many));
        List<Map<String, Object>> errors = tooMany.getList("data.runbookCreate.userErrors");
        assertEquals(1, errors.size());
        assertError(errors.get(0), "INVALID", "input", "steps");

        Map<String, Object> hundred = created(input(slug("hundred-steps"), "Hundred steps", "INCIDENT", many.subList(0, 100)));
        @SuppressWarnings("unchecked")
        Map<String, Object> steps = (Map<String, Object>) hundred.get("steps");
        assertEquals(100, steps.get("totalCount"));
    }

    @Test
    void unknownOwnerIsANotFoundUserError() {
        String slug = slug("unknown-owner");
        Map<String, Object> input = input(slug, "Unknown owner", "SECURITY_PATCH", List.of(step("s")));
        input.put("ownerId", "VXNlcjo5OTk5OTk5"); // User:9999999
        JsonPath json = create("bob", input);
        List<Map<String, Object>> errors = json.getList("data.runbookCreate.userErrors");
        assertEquals(1, errors.size());
        assertError(errors.get(0), "NOT_FOUND", "input", "ownerId");
        assertEquals(0, count(slug));
    }

    @Test
    void takenSlugIsAUserError() {
        String slug = slug("taken");
        created(input(slug, "First", "DATABASE", List.of(step("s"))));
        JsonPath json = create("frank", input(slug, "Second", "DATABASE", List.of(step("s"))));
        List<Map<String, Object>> errors = json.getList("data.runbookCreate.userErrors");
        assertEquals(1, errors.size());
        assertError(errors.get(0), "TAKEN", "input", "slug");
        assertEquals("First", ok("dave", BY_SLUG, vars("slug", slug)).getString("data.runbook.title"));
    }

    @Test
    void unknownSlugIsNotFound() {
        JsonPath json = run("dave", "{ runbook(slug: \"no-such-runbook-anywhere\") { id } }");
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertEquals("Could not find a runbook with slug 'no-such-runbook-anywhere'.", json.getString("errors[0].message"));
        assertNull(json.get("data.runbook"));
    }

    @Test
    void reporterCannotCreateRunbook() {
        String slug = slug("reporter");
        for (String user : List.of("carol", "dave")) {
            JsonPath json = run(user, CREATE, vars("input", input(slug, "By " + user, "BACKUP", List.of(step("s")))));
            assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"), user);
            assertNull(json.get("data.runbookCreate"));
        }
        assertEquals(0, count(slug));
    }

    @Test
    void adminMayCreateRunbook() {
        JsonPath json = create("alice", input(slug("admin"), "By an admin", "BACKUP", List.of(step("s"))));
        assertEquals(List.of(), json.getList("data.runbookCreate.userErrors"));
        assertEquals("Alice", json.getString("data.runbookCreate.runbook.currentRevision.author.name"));
    }

    @Test
    void runbooksAreOrderedByTitleByDefaultAndPagedWithCursors() {
        String marker = UUID.randomUUID().toString();
        created(input(slug("b"), "beta " + marker, "BACKUP", List.of(step("s"))));
        created(input(slug("c"), "Gamma " + marker, "BACKUP", List.of(step("s"))));
        created(input(slug("a"), "Alpha " + marker, "BACKUP", List.of(step("s"))));
        String list = """
                query($q: String, $order: RunbookOrder, $first: Int, $after: String, $last: Int, $before: String) {
                  runbooks(filter: {query: $q}, orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
                    totalCount
                    edges { cursor node { title } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }""";
        JsonPath all = ok("dave", list, vars("q", marker));
        assertEquals(List.of("Alpha " + marker, "beta " + marker, "Gamma " + marker), all.getList("data.runbooks.edges.node.title"));
        assertEquals(3, all.getInt("data.runbooks.totalCount"));

        JsonPath first = ok("dave", list, vars("q", marker, "first", 2));
        assertEquals(List.of("Alpha " + marker, "beta " + marker), first.getList("data.runbooks.edges.node.title"));
        assertTrue(first.getBoolean("data.runbooks.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.runbooks.pageInfo.hasPreviousPage"));
        JsonPath next = ok("dave", list, vars("q", marker, "first", 2, "after", first.getString("data.runbooks.pageInfo.endCursor")));
        assertEquals(List.of("Gamma " + marker), next.getList("data.runbooks.edges.node.title"));
        assertFalse(next.getBoolean("data.runbooks.pageInfo.hasNextPage"));
        assertTrue(next.getBoolean("data.runbooks.pageInfo.hasPreviousPage"));

        JsonPath last = ok("dave", list, vars("q", marker, "last", 1, "before", next.getString("data.runbooks.pageInfo.startCursor")));
        assertEquals(List.of("beta " + marker), last.getList("data.runbooks.edges.node.title"));
        assertTrue(last.getBoolean("data.runbooks.pageInfo.hasPreviousPage"));
        assertTrue(last.getBoolean("data.runbooks.pageInfo.hasNextPage"));

        JsonPath desc = ok("dave", list, vars("q", marker, "order", Map.of("field", "TITLE", "direction", "DESC")));
        assertEquals(List.of("Gamma " + marker, "beta " + marker, "Alpha " + marker), desc.getList("data.runbooks.edges.node.title"));

        JsonPath created = ok("dave", list, vars("q", marker, "order", Map.of("field", "CREATED_AT", "direction", "DESC")));
        assertEquals(List.of("Alpha " + marker, "Gamma " + marker, "beta " + marker), created.getList("data.runbooks.edges.node.title"));
    }

    @Test
    void runbooksAreOrderedByWhenLastRevised() {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> one = created(input(slug("one"), "One " + marker, "BACKUP", List.of(step("s"))));
        created(input(slug("two"), "Two " + marker, "BACKUP", List.of(step("s"))));
        JsonPath revised = ok("bob", """
                mutation($id: ID!, $input: RunbookReviseInput!) {
                  runbookRevise(id: $id, input: $input) { userErrors { code } }
                }""", vars("id", one.get("id"), "input", Map.of("version", one.get("version"), "message", "touch")));
        assertEquals(List.of(), revised.getList("data.runbookRevise.userErrors"));
        JsonPath json = ok("dave", """
                query($q: String) { runbooks(filter: {query: $q}, orderBy: {field: UPDATED_AT}) { nodes { title } } }""",
                vars("q", marker));
        assertEquals(List.of("Two " + marker, "One " + marker), json.getList("data.runbooks.nodes.title"));
    }

    @Test
    void runbooksAreFilteredByCategoryOwnerAndQuery() {
        String marker = UUID.randomUUID().toString();
        String frank = userId("frank");
        Map<String, Object> backup = input(slug("nightly-backup"), "Nightly " + marker, "BACKUP", List.of(step("s")));
        backup.put("ownerId", frank);
        created(backup);
        created(input(slug("db-failover"), "Failover " + marker, "DATABASE", List.of(step("s"))));
        String uniqueSlug = slug("deploy-" + marker.substring(0, 8));
        created(input(uniqueSlug, "Deploy " + marker, "DEPLOYMENT", List.of(step("s"))));

        String list = """
                query($filter: RunbookFilter) { runbooks(filter: $filter) { totalCount nodes { title category } } }""";
        JsonPath byCategory = ok("dave", list, vars("filter", Map.of("query", marker, "category", List.of("BACKUP", "DATABASE"))));
        assertEquals(List.of("Failover " + marker, "Nightly " + marker), byCategory.getList("data.runbooks.nodes.title"));
        assertEquals(2, byCategory.getInt("data.runbooks.totalCount"));

        JsonPath byOwner = ok("dave", list, vars("filter", Map.of("query", marker, "ownerId", frank)));
        assertEquals(List.of("Nightly " + marker), byOwner.getList("data.runbooks.nodes.title"));

        JsonPath bySlugPart = ok("dave", list, vars("filter", Map.of("query", uniqueSlug.substring(0, 20).toUpperCase())));
        assertEquals(List.of("Deploy " + marker), bySlugPart.getList("data.runbooks.nodes.title"));

        JsonPath badOwner = run("dave", list, vars("filter", Map.of("ownerId", "not-an-id")));
        assertEquals("BAD_USER_INPUT", badOwner.getString("errors[0].extensions.code"));
    }

    @Test
    void runbookRevisionsAndStepsAreNodes() {
        Map<String, Object> runbook = created(input(slug("nodes"), "Nodes", "MONITORING", List.of(step("First"), step("Second"))));
        @SuppressWarnings("unchecked")
        String revisionId = ((Map<String, Object>) runbook.get("currentRevision")).get("id").toString();
        JsonPath steps = ok("dave", BY_SLUG, vars("slug", runbook.get("slug")));
        String stepId = steps.getString("data.runbook.steps.nodes[1].id");
        JsonPath json = ok("dave", """
                query($ids: [ID!]!) {
                  nodes(ids: $ids) {
                    __typename id
                    ... on Runbook { title }
                    ... on RunbookRevision { number runbook { title } }
                    ... on RunbookStep { position title }
                  }
                }""", vars("ids", List.of(runbook.get("id"), revisionId, stepId, "UnVuYm9vazo5OTk5OTk5"))); // Runbook:9999999
        assertEquals("Runbook", json.getString("data.nodes[0].__typename"));
        assertEquals("Nodes", json.getString("data.nodes[0].title"));
        assertEquals("RunbookRevision", json.getString("data.nodes[1].__typename"));
        assertEquals(1, json.getInt("data.nodes[1].number"));
        assertEquals("Nodes", json.getString("data.nodes[1].runbook.title"));
        assertEquals("RunbookStep", json.getString("data.nodes[2].__typename"));
        assertEquals(2, json.getInt("data.nodes[2].position"));
        assertEquals("Second", json.getString("data.nodes[2].title"));
        assertNull(json.get("data.nodes[3]"));
    }

    static void assertError(Map<String, Object> error, String code, String... field) {
        assertEquals(code, error.get("code"), error.toString());
        assertEquals(List.of(field), error.get("field"), error.toString());
    }
}
