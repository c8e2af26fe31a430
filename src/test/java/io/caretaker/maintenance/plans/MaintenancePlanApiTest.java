package io.caretaker.maintenance.plans;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Maintenance plans through the API: import, export byte for byte, item states, progress, recurring tasks. */
@QuarkusTest
class MaintenancePlanApiTest {

    static final String IMPORT = """
            mutation($md: String!) { maintenancePlanImport(input: {markdown: $md}) {
              plan { id title progress { done inProgress open total } } userErrors { code field message } } }""";

    @Test
    void theSeedImportsAndExportsToTheSameBytes() throws Exception {
        String seed = Files.readString(MaintenancePlanDocumentTest.SEED);
        JsonPath imported = ok("alice", IMPORT, vars("md", seed)).setRootPath("data.maintenancePlanImport");
        assertEquals(List.of(), imported.getList("userErrors"));
        assertEquals(65, imported.getInt("plan.progress.total"));
        assertEquals(65, imported.getInt("plan.progress.open"));
        assertEquals(seed, export(imported.getString("plan.id")));
    }

    @Test
    void itemStatesChangeTheExportAndTheProgress() throws Exception {
        String markdown = MaintenancePlanDocumentTest.fixture();
        String id = ok("alice", IMPORT, vars("md", markdown)).getString("data.maintenancePlanImport.plan.id");
        assertEquals(markdown, export(id), "unchanged: the same bytes");

        JsonPath plan = ok("dave", """
                query($id: ID!) { node(id: $id) { ... on MaintenancePlan { title
                  sections { number title group notes progress { done inProgress open total }
                    items { id position text status version } }
                  suggestedRecurringTasks { activity cadence cron created } } } }""", vars("id", id)).setRootPath("data.node");
        assertEquals("Platform Maintenance - Step by Step Guide", plan.getString("title"));
        assertEquals("Routine Maintenance", plan.getString("sections[0].group"));
        assertEquals(List.of(2, 1, 1, 4), List.of(plan.getInt("sections[0].progress.done"), plan.getInt("sections[0].progress.inProgress"),
                plan.getInt("sections[0].progress.open"), plan.getInt("sections[0].progress.total")));
        assertEquals(List.of("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY"), plan.getList("suggestedRecurringTasks.cadence"),
                "the yearly line names no cadence of ours");

        String archiving = plan.getString("sections[0].items[3].id");
        assertEquals("Implement data archiving procedures", plan.getString("sections[0].items[3].text"));
        String runbookId = ok("bob", """
                mutation($slug: String!) { runbookCreate(input: {slug: $slug, title: "Archive old data", category: DATABASE,
                  steps: [{title: "Archive"}]}) { runbook { id } } }""", vars("slug", "plan-" + System.nanoTime()))
                .getString("data.runbookCreate.runbook.id");
        JsonPath updated = ok("bob", """
                mutation($id: ID!, $runbook: ID!) { maintenancePlanItemUpdate(id: $id, input: {version: 0, status: COMPLETE,
                  runbookId: $runbook}) { item { status updatedAt updatedBy { name } runbook { title } version }
                  userErrors { code } } }""", vars("id", archiving, "runbook", runbookId))
                .setRootPath("data.maintenancePlanItemUpdate.item");
        assertEquals("COMPLETE", updated.getString("status"));
        assertEquals("Archive old data", updated.getString("runbook.title"));
        assertTrue(updated.getString("updatedBy.name").startsWith("Bob"));

        String exported = export(id);
        assertTrue(exported.contains("- `{X}` Implement data archiving procedures\n"));
        assertTrue(exported.contains("| Database Maintenance | 3/4 | archiving waits for the new bucket |\n"));
        assertTrue(exported.contains("| **TOTAL** | **7/10** | |\n"));

        JsonPath stale = ok("bob", "mutation($id: ID!) { maintenancePlanItemUpdate(id: $id, input: {version: 0, status: NOT_STARTED})"
                + " { item { id } userErrors { code } } }", vars("id", archiving)).setRootPath("data.maintenancePlanItemUpdate");
        assertEquals("CONFLICT", stale.getString("userErrors[0].code"));
        JsonPath viewer = run("dave", "mutation($id: ID!) { maintenancePlanItemUpdate(id: $id, input: {version: 1, status: NOT_STARTED})"
                + " { item { id } } }", vars("id", archiving));
        assertEquals("FORBIDDEN", viewer.getString("errors[0].extensions.code"));
    }

    @Test
    void aMalformedPlanIsRefusedWithLineNumbersAndNothingIsImported() {
        int before = ok("dave", "{ maintenancePlans { totalCount } }").getInt("data.maintenancePlans.totalCount");
        JsonPath refused = ok("alice", IMPORT, vars("md", "# Plan\n## Work\n### One\n- `{ }` a\n### 2. Two\n- `{?}` b\n"))
                .setRootPath("data.maintenancePlanImport");
        assertNull(refused.get("plan"));
        assertEquals(List.of("line 3: sections are numbered: \"### 4. Database Maintenance\"",
                "line 4: an item outside a numbered section",
                "line 6: unknown status {?}: use { } (not started), {IP} (in progress) or {X} (complete)"),
                refused.getList("userErrors.message"));
        assertEquals(List.of("input", "markdown"), refused.getList("userErrors[0].field"));
        assertEquals(before, ok("dave", "{ maintenancePlans { totalCount } }").getInt("data.maintenancePlans.totalCount"));
        JsonPath engineer = run("bob", IMPORT, vars("md", "# Plan\n"));
        assertEquals("FORBIDDEN", engineer.getString("errors[0].extensions.code"), "importing plans is for admins");
    }

    @Test
    void ongoingActivitiesBecomeRecurringTasksOnce() throws Exception {
        // activities of this test's own (a task of the same title from another test counts as created)
        String nonce = " " + System.nanoTime();
        String fixture = MaintenancePlanDocumentTest.fixture();
        int ongoing = fixture.indexOf("## Ongoing Activities");
        String markdown = fixture.substring(0, ongoing) + fixture.substring(ongoing).replaceAll("(?m)^(- .+)$", "$1" + nonce);
        String id = ok("alice", IMPORT, vars("md", markdown)).getString("data.maintenancePlanImport.plan.id");
        String create = "mutation($id: ID!) { maintenancePlanCreateRecurringTasks(id: $id) { created { title cron timeZone }"
                + " userErrors { message } } }";
        JsonPath first = ok("bob", create, vars("id", id)).setRootPath("data.maintenancePlanCreateRecurringTasks");
        List<String> crons = first.getList("created.cron");
        assertTrue(crons.contains("0 9 * * 1"), "weekly backup verification: " + crons);
        assertTrue(first.getList("created.title").stream().anyMatch(t -> t.toString().startsWith("Daily check of the error dashboard")));
        JsonPath second = ok("bob", create, vars("id", id)).setRootPath("data.maintenancePlanCreateRecurringTasks");
        assertEquals(List.of(), second.getList("created"), "each suggestion once");
        assertTrue(ok("dave", "query($id: ID!) { node(id: $id) { ... on MaintenancePlan { suggestedRecurringTasks { created } } } }",
                vars("id", id)).<Boolean>getList("data.node.suggestedRecurringTasks.created").stream().allMatch(c -> c));
    }

    private static String export(String id) {
        return ok("dave", "query($id: ID!) { maintenancePlanExport(id: $id) }", vars("id", id)).getString("data.maintenancePlanExport");
    }
}
