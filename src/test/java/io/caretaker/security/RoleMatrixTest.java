package io.caretaker.security;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.caretaker.support.GraphQL;
import io.caretaker.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every query and mutation of the served schema, run by every role: allowed from its minimum role
 * up, FORBIDDEN below it, and FORBIDDEN for a signed-in user without any Caretaker role. An operation
 * without an entry here fails the test: a new operation needs its role decided.
 *
 * <p>Mutations are sent with input that the allowed roles get back as user errors (blank names,
 * stale versions), so the matrix changes no data (but for watchers and votes of its own fixtures).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The users of the test profile, lowest role first; "nobody" holds no Caretaker role. */
    static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();
    static {
        USER_OF_ROLE.put(Roles.VIEWER, "dave");
        USER_OF_ROLE.put(Roles.REPORTER, "carol");
        USER_OF_ROLE.put(Roles.ENGINEER, "bob");
        USER_OF_ROLE.put(Roles.ADMIN, "alice");
    }

    record Case(String minimumRole, String document, Function<Fixture, Map<String, Object>> variables) {
    }

    /** Objects the operations act on; carol (a reporter) owns the bug and the feature request. */
    record Fixture(String bugId, String bugKey, String featureRequestId, String runbookId, String articleId,
            String releaseVersion, String releaseId) {
    }

    static final Map<String, Case> MATRIX = new LinkedHashMap<>();
    static {
        // queries
        query("viewer", "{ viewer { id } }", f -> Map.of());
        query("node", "query($id: ID!) { node(id: $id) { id } }", f -> vars("id", f.bugId()));
        query("nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", f -> vars("ids", List.of(f.bugId(), f.runbookId())));
        query("users", "{ users(first: 1) { totalCount } }", f -> Map.of());
        query("bug", "query($key: String!) { bug(key: $key) { id } }", f -> vars("key", f.bugKey()));
        query("bugs", "{ bugs(first: 1) { totalCount } }", f -> Map.of());
        query("components", "{ components(first: 1) { totalCount } }", f -> Map.of());
        query("featureRequests", "{ featureRequests(first: 1) { totalCount } }", f -> Map.of());
        query("release", "query($v: String!) { release(version: $v) { id } }", f -> vars("v", f.releaseVersion()));
        query("releases", "{ releases(first: 1) { totalCount } }", f -> Map.of());
        query("runbook", "{ runbook(slug: \"rm-missing\") { id } }", f -> Map.of());
        query("runbooks", "{ runbooks(first: 1) { totalCount } }", f -> Map.of());
        query("article", "{ article(slug: \"rm-missing\") { id } }", f -> Map.of());
        query("articles", "{ articles(first: 1) { totalCount } }", f -> Map.of());
        query("triageInbox", "{ triageInbox(first: 1) { totalCount } }", f -> Map.of());
        MATRIX.put("slaBreaches", new Case(Roles.ENGINEER, "{ slaBreaches(first: 1) { totalCount } }", f -> Map.of()));
        query("bugViews", "{ bugViews(first: 1) { totalCount } }", f -> Map.of());
        query("similarBugs", "{ similarBugs(text: \"role matrix\") { score } }", f -> Map.of());
        // mutations: allowed roles get user errors back, nothing changes
        mutation("bugCreate", Roles.REPORTER, "mutation { bugCreate(input: {title: \" \"}) { userErrors { code } } }", f -> Map.of());
        mutation("bugUpdate", Roles.REPORTER, """
                mutation($id: ID!) { bugUpdate(id: $id, input: {version: -1, title: "x"}) { userErrors { code } } }""",
                f -> vars("id", f.bugId()));
        mutation("bugCommentAdd", Roles.REPORTER, """
                mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: " "}) { userErrors { code } } }""",
                f -> vars("id", f.bugId()));
        mutation("bugTransition", Roles.ENGINEER, """
                mutation($id: ID!) { bugTransition(id: $id, input: {to: TRIAGED, version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.bugId()));
        mutation("bugTriage", Roles.ENGINEER, """
                mutation($id: ID!) { bugTriage(id: $id, input: {version: -1, priority: P3}) { userErrors { code } } }""",
                f -> vars("id", f.bugId()));
        mutation("bugMarkDuplicate", Roles.ENGINEER, """
                mutation($id: ID!) { bugMarkDuplicate(id: $id, input: {originalId: $id, version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.bugId()));
        mutation("bugsBulkUpdate", Roles.ENGINEER, """
                mutation { bugsBulkUpdate(ids: [], input: {priority: P3}) { userErrors { code } } }""", f -> Map.of());
        // watching adds a watcher row to the fixture bug, which no test relies on
        mutation("bugWatch", Roles.VIEWER, "mutation($id: ID!) { bugWatch(id: $id) { watching } }", f -> vars("id", f.bugId()));
        mutation("bugUnwatch", Roles.VIEWER, "mutation($id: ID!) { bugUnwatch(id: $id) { watching } }", f -> vars("id", f.bugId()));
        mutation("bugViewSave", Roles.VIEWER, "mutation { bugViewSave(input: {name: \" \"}) { userErrors { code } } }", f -> Map.of());
        mutation("bugViewDelete", Roles.VIEWER, """
                mutation { bugViewDelete(id: "QnVnVmlldzo5ODc2NTQzMjE") { deletedViewId } }""", f -> Map.of());
        mutation("componentCreate", Roles.ADMIN, "mutation { componentCreate(input: {name: \" \"}) { userErrors { code } } }",
                f -> Map.of());
        mutation("featureRequestCreate", Roles.REPORTER,
                "mutation { featureRequestCreate(input: {title: \" \"}) { userErrors { code } } }", f -> Map.of());
        mutation("featureRequestUpdate", Roles.REPORTER, """
                mutation($id: ID!) { featureRequestUpdate(id: $id, input: {version: -1, title: "x"}) { userErrors { code } } }""",
                f -> vars("id", f.featureRequestId()));
        mutation("featureRequestTransition", Roles.ENGINEER, """
                mutation($id: ID!) { featureRequestTransition(id: $id, input: {to: UNDER_REVIEW, version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.featureRequestId()));
        // votes of the allowed roles land on the fixture request, which no test relies on
        mutation("featureRequestVote", Roles.REPORTER, "mutation($id: ID!) { featureRequestVote(id: $id) { userErrors { code } } }",
                f -> vars("id", f.featureRequestId()));
        mutation("featureRequestUnvote", Roles.REPORTER, "mutation($id: ID!) { featureRequestUnvote(id: $id) { userErrors { code } } }",
                f -> vars("id", f.featureRequestId()));
        mutation("featureRequestScore", Roles.ENGINEER, """
                mutation($id: ID!) { featureRequestScore(id: $id, input: {version: -1, reach: 1, impact: 1, confidence: 1, effort: 1}) {
                  userErrors { code } } }""", f -> vars("id", f.featureRequestId()));
        mutation("featureRequestMerge", Roles.ENGINEER, """
                mutation($id: ID!) { featureRequestMerge(id: $id, input: {intoId: $id, version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.featureRequestId()));
        mutation("releaseShip", Roles.ENGINEER, """
                mutation($id: ID!) { releaseShip(id: $id, input: {lockVersion: -1}) { userErrors { code } } }""",
                f -> vars("id", f.releaseId()));
        mutation("releaseCreate", Roles.ENGINEER, """
                mutation { releaseCreate(input: {version: "not-a-version", releaseDate: "2030-01-01"}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("runbookCreate", Roles.ENGINEER, """
                mutation { runbookCreate(input: {slug: "", title: "", category: BACKUP, steps: []}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("runbookRevise", Roles.ENGINEER, """
                mutation($id: ID!) { runbookRevise(id: $id, input: {version: -1, message: "x"}) { userErrors { code } } }""",
                f -> vars("id", f.runbookId()));
        mutation("articleCreate", Roles.ENGINEER, """
                mutation { articleCreate(input: {title: "", body: "", category: FAQ}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("articleUpdate", Roles.ENGINEER, """
                mutation($id: ID!) { articleUpdate(id: $id, input: {version: -1, title: "x"}) { userErrors { code } } }""",
                f -> vars("id", f.articleId()));
        mutation("articlePublish", Roles.ENGINEER, """
                mutation($id: ID!) { articlePublish(id: $id, input: {version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.articleId()));
        mutation("articleArchive", Roles.ENGINEER, """
                mutation($id: ID!) { articleArchive(id: $id, input: {version: -1}) { userErrors { code } } }""",
                f -> vars("id", f.articleId()));
        mutation("articleRestore", Roles.ENGINEER, """
                mutation($id: ID!) { articleRestore(id: $id, input: {version: -1, revision: 1}) { userErrors { code } } }""",
                f -> vars("id", f.articleId()));
        // the fixture article is a draft, which feedback refuses (a user error) and reporters cannot see (NOT_FOUND)
        mutation("articleFeedback", Roles.REPORTER, """
                mutation($id: ID!) { articleFeedback(id: $id, input: {helpful: true}) { userErrors { code } } }""",
                f -> vars("id", f.articleId()));
        query("articleDiff", "query($id: ID!) { articleDiff(id: $id, from: 1, to: 1) { linesAdded } }",
                f -> vars("id", f.articleId()));
        query("staleArticles", "{ staleArticles(first: 1) { totalCount } }", f -> Map.of());
        query("articleReviewReminders", "{ articleReviewReminders(first: 1) { totalCount } }", f -> Map.of());
        query("search", "{ search(query: \"role matrix\", first: 1) { totalCount } }", f -> Map.of());
        restrictedQuery("knowledgeGaps", Roles.ENGINEER, "{ knowledgeGaps(first: 1) { totalCount } }", f -> Map.of());
        query("drillDue", "{ drillDue(first: 1) { totalCount } }", f -> Map.of());
        query("maintenancePlans", "{ maintenancePlans(first: 1) { totalCount } }", f -> Map.of());
        query("maintenancePlanExport", "{ maintenancePlanExport(id: \"TWFpbnRlbmFuY2VQbGFuOjk4NzY1NDMyMQ\") }", f -> Map.of());
        mutation("maintenancePlanImport", Roles.ADMIN, """
                mutation { maintenancePlanImport(input: {markdown: "not a plan"}) { userErrors { code } } }""", f -> Map.of());
        mutation("maintenancePlanItemUpdate", Roles.ENGINEER, """
                mutation { maintenancePlanItemUpdate(id: "UGxhbkl0ZW06OTg3NjU0MzIx", input: {version: -1}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("maintenancePlanCreateRecurringTasks", Roles.ENGINEER, """
                mutation { maintenancePlanCreateRecurringTasks(id: "TWFpbnRlbmFuY2VQbGFuOjk4NzY1NDMyMQ") { userErrors { code } } }""", f -> Map.of());
        query("recurringTasks", "{ recurringTasks(first: 1) { totalCount } }", f -> Map.of());
        query("occurrences", "{ occurrences(first: 1) { totalCount } }", f -> Map.of());
        query("maintenanceCalendar", """
                { maintenanceCalendar(from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") { from } }""", f -> Map.of());
        mutation("recurringTaskCreate", Roles.ENGINEER, """
                mutation { recurringTaskCreate(input: {title: " ", cron: "not cron"}) { userErrors { code } } }""", f -> Map.of());
        mutation("recurringTaskUpdate", Roles.ENGINEER, """
                mutation { recurringTaskUpdate(id: "UmVjdXJyaW5nVGFzazo5ODc2NTQzMjE", input: {version: -1}) { userErrors { code } } }""", f -> Map.of());
        mutation("occurrenceComplete", Roles.ENGINEER, """
                mutation { occurrenceComplete(id: "T2NjdXJyZW5jZTo5ODc2NTQzMjE", input: {version: -1}) { userErrors { code } } }""", f -> Map.of());
        mutation("occurrenceSkip", Roles.ENGINEER, """
                mutation { occurrenceSkip(id: "T2NjdXJyZW5jZTo5ODc2NTQzMjE", input: {version: -1}) { userErrors { code } } }""", f -> Map.of());
        // executions of runbooks and executions that do not exist: NOT_FOUND for those allowed, nothing written
        mutation("runbookExecutionStart", Roles.ENGINEER, """
                mutation { runbookExecutionStart(runbookId: "UnVuYm9vazo5ODc2NTQzMjE", input: {kind: DRILL}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("runbookExecutionRecordStep", Roles.ENGINEER, """
                mutation { runbookExecutionRecordStep(id: "UnVuYm9va0V4ZWN1dGlvbjo5ODc2NTQzMjE", input: {step: 1, status: DONE}) {
                  userErrors { code } } }""", f -> Map.of());
        mutation("runbookExecutionFinish", Roles.ENGINEER, """
                mutation { runbookExecutionFinish(id: "UnVuYm9va0V4ZWN1dGlvbjo5ODc2NTQzMjE", input: {outcome: FAILED}) { userErrors { code } } }""",
                f -> Map.of());
        mutation("runbookExecutionAbort", Roles.ENGINEER, """
                mutation { runbookExecutionAbort(id: "UnVuYm9va0V4ZWN1dGlvbjo5ODc2NTQzMjE", input: {reason: "x"}) { userErrors { code } } }""",
                f -> Map.of());
    }

    private static void query(String name, String document, Function<Fixture, Map<String, Object>> variables) {
        MATRIX.put(name, new Case(Roles.VIEWER, document, variables));
    }

    private static void restrictedQuery(String name, String role, String document, Function<Fixture, Map<String, Object>> variables) {
        MATRIX.put(name, new Case(role, document, variables));
    }

    private static void mutation(String name, String role, String document, Function<Fixture, Map<String, Object>> variables) {
        MATRIX.put(name, new Case(role, document, variables));
    }

    Fixture fixture;

    @BeforeAll
    void objectsToActOn() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var bug = ok("carol", "mutation { bugCreate(input: {title: \"Role matrix bug\"}) { bug { id key } } }")
                .setRootPath("data.bugCreate.bug");
        String feature = ok("carol", "mutation { featureRequestCreate(input: {title: \"Role matrix feature\"}) { featureRequest { id } } }")
                .getString("data.featureRequestCreate.featureRequest.id");
        String runbook = ok("bob", """
                mutation($slug: String!) { runbookCreate(input: {slug: $slug, title: "Role matrix runbook", category: BACKUP,
                  steps: [{title: "Check"}]}) { runbook { id } } }""", vars("slug", "rm-" + unique))
                .getString("data.runbookCreate.runbook.id");
        String article = ok("bob", """
                mutation($slug: String!) { articleCreate(input: {slug: $slug, title: "Role matrix", body: "Text", category: FAQ}) {
                  article { id } } }""", vars("slug", "rm-" + unique)).getString("data.articleCreate.article.id");
        String version = "0.0." + Math.abs(unique.hashCode() % 100000) + "-rm";
        String release = ok("bob", "mutation($v: String!) { releaseCreate(input: {version: $v, releaseDate: \"2030-01-01\"}) { release { id } } }",
                vars("v", version)).getString("data.releaseCreate.release.id");
        fixture = new Fixture(bug.getString("id"), bug.getString("key"), feature, runbook, article, version, release);
    }

    private static Set<String> operationsOfTheServedSchema() {
        String sdl = given().port(GraphQL.port()).auth().oauth2(Tokens.of("dave")).get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        Set<String> operations = new TreeSet<>();
        for (String root : List.of("Query", "Mutation", "Subscription")) {
            registry.getType(root, ObjectTypeDefinition.class)
                    .ifPresent(type -> type.getFieldDefinitions().stream().map(FieldDefinition::getName).forEach(operations::add));
        }
        return operations;
    }

    @Test
    void everyOperationOfTheSchemaHasARoleMatrixEntry() {
        Set<String> served = operationsOfTheServedSchema();
        Set<String> missing = served.stream().filter(op -> !MATRIX.containsKey(op)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stale = MATRIX.keySet().stream().filter(op -> !served.contains(op)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "Operations without a role-matrix entry (decide their role and add them to MATRIX): " + missing);
        assertTrue(stale.isEmpty(), "Role-matrix entries for operations the schema no longer has: " + stale);
    }

    @TestFactory
    List<DynamicTest> everyRoleIsAllowedOrForbidden() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> roles = List.copyOf(USER_OF_ROLE.keySet());
        MATRIX.forEach((operation, rule) -> {
            int minimum = roles.indexOf(rule.minimumRole());
            for (int rank = 0; rank < roles.size(); rank++) {
                String role = roles.get(rank);
                boolean allowed = rank >= minimum;
                tests.add(DynamicTest.dynamicTest(operation + " as " + role + (allowed ? " is allowed" : " is FORBIDDEN"),
                        () -> check(operation, rule, USER_OF_ROLE.get(role), allowed)));
            }
            tests.add(DynamicTest.dynamicTest(operation + " without a Caretaker role is FORBIDDEN",
                    () -> check(operation, rule, "nobody", false)));
        });
        return tests;
    }

    private void check(String operation, Case rule, String user, boolean allowed) {
        JsonPath json = run(user, rule.document(), rule.variables().apply(fixture));
        List<Map<String, Object>> errors = json.getList("errors");
        List<Object> codes = errors == null ? List.of()
                : errors.stream().map(e -> ((Map<?, ?>) e.get("extensions")).get("code")).collect(Collectors.toList());
        if (allowed) {
            assertTrue(!codes.contains("FORBIDDEN") && !codes.contains("UNAUTHENTICATED"),
                    user + " should be allowed to run " + operation + " but got " + errors);
            if (rule.document().startsWith("mutation") && !codes.contains("NOT_FOUND")) {
                // it ran: a payload, or (for an id that names nothing) NOT_FOUND
                assertNotNull(json.get("data." + operation), operation + " returned no payload for " + user + ": " + errors);
            }
        } else {
            assertEquals("FORBIDDEN", codes.isEmpty() ? null : codes.get(0), user + " must be refused " + operation + ", got " + errors);
            assertNull(json.get("data." + operation), "a refused " + operation + " must return no data");
        }
    }
}
