package io.caretaker.runbooks.executions;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Running a runbook step by step: the pinned revision, the checklist, outcomes, RTO, drills due. */
@QuarkusTest
class RunbookExecutionTest {

    static final String EXECUTION = """
            id kind status outcome rtoMinutes durationSeconds metRto note startedAt endedAt
            startedBy { name } endedBy { name }
            revision { number } runbook { slug }
            steps { position status note recordedAt recordedBy { name } step { title } }""";

    @Inject
    EntityManager em;

    @Inject
    DrillCheck drillCheck;

    @Test
    void anExecutionRunsTheRevisionItStartedWithWhateverIsRevisedLater() {
        Map<String, String> runbook = runbook(30, 90);
        JsonPath started = start(runbook.get("id"), "DRILL");
        String id = started.getString("id");
        assertEquals("RUNNING", started.getString("status"));
        assertEquals(30, started.getInt("rtoMinutes"));
        assertEquals(List.of("PENDING", "PENDING", "PENDING"), started.getList("steps.status"));
        assertEquals("Bob", started.getString("startedBy.name").split(" ")[0]);

        ok("bob", """
                mutation($id: ID!) { runbookRevise(id: $id, input: {version: 0, message: "Shorter",
                  steps: [{title: "Only step"}], rtoMinutes: 5}) { userErrors { message } } }""", vars("id", runbook.get("id")));

        JsonPath after = execution(id);
        assertEquals(1, after.getInt("revision.number"), "still revision 1");
        assertEquals(List.of("Stop writes", "Restore the dump", "Check row counts"), after.getList("steps.step.title"));
        assertEquals(30, after.getInt("rtoMinutes"), "the objective when it started");
    }

    @Test
    void stepsAreRecordedWithWhoAndWhenAndASuccessfulDrillResetsTheInterval() {
        Map<String, String> runbook = runbook(30, 90);
        String slug = runbook.get("slug");
        assertTrue(drillDueSlugs().contains(slug), "never drilled: due");

        String id = start(runbook.get("id"), "DRILL").getString("id");
        record(id, 1, "DONE", "Writes stopped at 10:02");
        record(id, 2, "FAILED", "Dump missing");
        record(id, 2, "DONE", "Found yesterday's dump"); // corrected
        JsonPath early = finish(id, "SUCCEEDED");
        assertEquals("INVALID", early.getString("userErrors[0].code"));
        assertTrue(early.getString("userErrors[0].message").contains("[3]"), early.getString("userErrors[0].message"));

        record(id, 3, "SKIPPED", "Counts checked by the app");
        JsonPath done = finish(id, "SUCCEEDED").setRootPath("data.runbookExecutionFinish.execution");
        assertEquals("FINISHED", done.getString("status"));
        assertEquals("SUCCEEDED", done.getString("outcome"));
        assertTrue(done.getBoolean("metRto"), "well within 30 minutes");
        assertEquals(List.of("DONE", "DONE", "SKIPPED"), done.getList("steps.status"));
        assertEquals("Found yesterday's dump", done.getString("steps[1].note"));
        assertNotNull(done.getString("steps[0].recordedAt"));
        assertNotNull(done.getString("endedBy.name"));

        JsonPath read = ok("dave", """
                query($slug: String!) { runbook(slug: $slug) { drillDueAt lastSuccessfulDrill { id endedAt }
                  executions(first: 5) { totalCount nodes { id status } } } }""", vars("slug", slug))
                .setRootPath("data.runbook");
        assertEquals(id, read.getString("lastSuccessfulDrill.id"));
        assertEquals(OffsetDateTime.parse(read.getString("lastSuccessfulDrill.endedAt")).plusDays(90).toInstant(),
                OffsetDateTime.parse(read.getString("drillDueAt")).toInstant());
        assertEquals(1, read.getInt("executions.totalCount"));
        assertFalse(drillDueSlugs().contains(slug), "drilled: no longer due");
    }

    @Test
    void anEndedExecutionTakesNoMoreRecordsAndBadInputChangesNothing() {
        Map<String, String> runbook = runbook(null, null);
        String id = start(runbook.get("id"), "ROUTINE").getString("id");

        JsonPath outOfRange = record(id, 4, "DONE", null);
        assertEquals("INVALID", outOfRange.getString("userErrors[0].code"));
        assertEquals(List.of("input", "step"), outOfRange.getList("userErrors[0].field"));
        JsonPath tooLong = record(id, 1, "DONE", "x".repeat(2001));
        assertEquals("TOO_LONG", tooLong.getString("userErrors[0].code"));
        assertEquals(List.of("PENDING", "PENDING", "PENDING"), execution(id).getList("steps.status"), "nothing recorded");

        JsonPath blank = ok("bob", "mutation($id: ID!) { runbookExecutionAbort(id: $id, input: {reason: \" \"}) {"
                + " userErrors { code field } } }", vars("id", id)).setRootPath("data.runbookExecutionAbort");
        assertEquals("REQUIRED", blank.getString("userErrors[0].code"));
        JsonPath aborted = ok("bob", "mutation($id: ID!) { runbookExecutionAbort(id: $id, input: {reason: \"Maintenance window"
                + " cancelled\"}) { execution { status outcome note metRto endedAt } userErrors { code } } }", vars("id", id))
                .setRootPath("data.runbookExecutionAbort.execution");
        assertEquals("ABORTED", aborted.getString("status"));
        assertNull(aborted.get("outcome"));
        assertNull(aborted.get("metRto"), "no objective, and no outcome");
        assertEquals("Maintenance window cancelled", aborted.getString("note"));

        for (JsonPath refused : List.of(record(id, 1, "DONE", null), finish(id, "FAILED"))) {
            assertEquals("INVALID_TRANSITION", refused.getString("userErrors[0].code"));
            assertTrue(refused.getString("userErrors[0].message").contains("ABORTED"));
            assertNull(refused.get("execution"));
        }
        assertEquals("ABORTED", execution(id).getString("status"));
    }

    @Test
    void anExecutionOverItsObjectiveMissesTheRto() {
        Map<String, String> runbook = runbook(1, null);
        String id = start(runbook.get("id"), "INCIDENT").getString("id");
        // it started two hours ago, as an incident that ran long would have
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update runbook_execution set started_at = started_at - interval '2 hours' where id = :id")
                .setParameter("id", io.caretaker.graphql.GlobalId.decode(id, RunbookExecution.TYPE).orElseThrow())
                .executeUpdate());
        for (int step = 1; step <= 3; step++) {
            record(id, step, "DONE", null);
        }
        JsonPath finished = finish(id, "SUCCEEDED");
        assertEquals(List.of(), finished.getList("userErrors"));
        JsonPath done = finished.setRootPath("data.runbookExecutionFinish.execution");
        assertFalse(done.getBoolean("metRto"), "two hours against one minute");
        assertTrue(done.getLong("durationSeconds") >= 7200);
        assertEquals("INCIDENT", done.getString("kind"));
    }

    @Test
    void viewersReadExecutionsButDoNotRunThemAndUnknownIdsAreNotFound() {
        Map<String, String> runbook = runbook(null, 7);
        String id = start(runbook.get("id"), "DRILL").getString("id");
        assertEquals("RUNNING", ok("dave", "query($id: ID!) { node(id: $id) { ... on RunbookExecution { status } } }",
                vars("id", id)).getString("data.node.status"));
        JsonPath refused = run("dave", "mutation($id: ID!) { runbookExecutionStart(runbookId: $id, input: {kind: DRILL}) {"
                + " execution { id } } }", vars("id", runbook.get("id")));
        assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"));
        JsonPath unknown = run("bob", "mutation { runbookExecutionStart(runbookId: \"UnVuYm9vazo5ODc2NTQzMjE\","
                + " input: {kind: DRILL}) { execution { id } } }", Map.of());
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        assertEquals(1, ok("dave", "query($slug: String!) { runbook(slug: $slug) { executions { totalCount } } }",
                vars("slug", runbook.get("slug"))).getInt("data.runbook.executions.totalCount"));
    }

    @Test
    void theGaugeCountsTheRunbooksWhoseDrillIsDue() {
        runbook(null, 30); // never drilled: due at once
        long due = ok("dave", "{ drillDue(first: 1) { totalCount } }").getLong("data.drillDue.totalCount");
        assertEquals(due, drillCheck.refresh());
        String scrape = Metrics.scrape();
        assertTrue(scrape.matches("(?s).*\\ncaretaker_drills_overdue " + due + "\\.0\\n.*"), "gauge shows " + due);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** A runbook of three steps with the given objective and drill interval; returns its id and slug. */
    private static Map<String, String> runbook(Integer rtoMinutes, Integer drillIntervalDays) {
        String slug = "exec-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ok("bob", """
                mutation($slug: String!, $rto: Int, $drill: Int) { runbookCreate(input: {slug: $slug, title: "Restore the ledger",
                  category: RESTORE, rtoMinutes: $rto, drillIntervalDays: $drill,
                  steps: [{title: "Stop writes"}, {title: "Restore the dump"}, {title: "Check row counts"}]}) {
                  runbook { id } userErrors { message } } }""",
                vars("slug", slug, "rto", rtoMinutes, "drill", drillIntervalDays)).getString("data.runbookCreate.runbook.id");
        return Map.of("id", id, "slug", slug);
    }

    private static JsonPath start(String runbookId, String kind) {
        return ok("bob", "mutation($id: ID!, $kind: RunbookExecutionKind!) { runbookExecutionStart(runbookId: $id,"
                + " input: {kind: $kind}) { execution { " + EXECUTION + " } userErrors { message } } }",
                vars("id", runbookId, "kind", kind)).setRootPath("data.runbookExecutionStart.execution");
    }

    private static JsonPath record(String id, int step, String status, String note) {
        return ok("bob", "mutation($id: ID!, $step: Int!, $status: RecordedStepStatus!, $note: String) {"
                + " runbookExecutionRecordStep(id: $id, input: {step: $step, status: $status, note: $note}) {"
                + " execution { id } userErrors { code field message } } }",
                vars("id", id, "step", step, "status", status, "note", note)).setRootPath("data.runbookExecutionRecordStep");
    }

    private static JsonPath finish(String id, String outcome) {
        return ok("bob", "mutation($id: ID!, $outcome: RunbookExecutionOutcome!) { runbookExecutionFinish(id: $id,"
                + " input: {outcome: $outcome, note: \"Done\"}) { execution { " + EXECUTION + " }"
                + " userErrors { code field message } } }", vars("id", id, "outcome", outcome))
                .setRootPath("data.runbookExecutionFinish");
    }

    private static JsonPath execution(String id) {
        return ok("dave", "query($id: ID!) { node(id: $id) { ... on RunbookExecution { " + EXECUTION + " } } }",
                vars("id", id)).setRootPath("data.node");
    }

    private static List<String> drillDueSlugs() {
        return ok("dave", "{ drillDue(first: 100) { nodes { slug } } }").getList("data.drillDue.nodes.slug");
    }
}
