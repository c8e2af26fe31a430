package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The workflow of a bug: its moves, triage in one action, and what each records. */
@QuarkusTest
class BugWorkflowTest {

    @Test
    void aBugGoesThroughItsWholeLifeWithATimestampPerMove() {
        var bug = Bugs.report("carol", "Stop-loss ignored after restart");
        String id = bug.getString("id");
        var triaged = Bugs.triage("bob", id, bug.getInt("version"), Map.of("priority", "P1", "severity", "S2"));
        assertEquals("TRIAGED", triaged.getString("bug.status"));
        assertNotNull(triaged.getString("bug.triagedAt"));
        var started = Bugs.transition("bob", id, triaged.getInt("bug.version"), "IN_PROGRESS", null);
        assertNotNull(started.getString("bug.startedAt"));
        var resolved = Bugs.transition("bob", id, started.getInt("bug.version"), "RESOLVED", "FIXED");
        assertEquals("RESOLVED", resolved.getString("bug.status"));
        assertEquals("FIXED", resolved.getString("bug.resolution"));
        assertNotNull(resolved.getString("bug.resolvedAt"));
        var closed = Bugs.transition("bob", id, resolved.getInt("bug.version"), "CLOSED", null);
        assertNotNull(closed.getString("bug.closedAt"));
        assertEquals("FIXED", closed.getString("bug.resolution"));
        var reopened = Bugs.transition("bob", id, closed.getInt("bug.version"), "REOPENED", null);
        assertEquals("REOPENED", reopened.getString("bug.status"));
        assertNotNull(reopened.getString("bug.reopenedAt"));
        assertNull(reopened.get("bug.resolution"), "a reopened bug is not resolved any more");
        assertNull(reopened.get("bug.resolvedAt"));

        List<Map<String, Object>> moves = Bugs.activity("dave", id).stream().filter(a -> "status".equals(a.get("field"))).toList();
        assertEquals(List.of("NEW>TRIAGED", "TRIAGED>IN_PROGRESS", "IN_PROGRESS>RESOLVED", "RESOLVED>CLOSED", "CLOSED>REOPENED"),
                moves.stream().map(m -> m.get("from") + ">" + m.get("to")).toList());
        assertTrue(moves.stream().allMatch(m -> "Bob".equals(((Map<?, ?>) m.get("actor")).get("name"))));
    }

    @Test
    void anIllegalMoveNamesTheAllowedOnesAndChangesNothing() {
        var bug = Bugs.report("carol", "Ticker freezes at midnight");
        var refused = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "CLOSED", null);
        assertNull(refused.get("bug"));
        assertEquals("INVALID_TRANSITION", refused.getString("userErrors[0].code"));
        assertEquals(List.of("input", "to"), refused.getList("userErrors[0].field"));
        assertEquals(bug.getString("key") + " is NEW and cannot move to CLOSED; from NEW it can move to TRIAGED or RESOLVED.",
                refused.getString("userErrors[0].message"));
        assertEquals("NEW", Bugs.read("bob", bug.getString("id")).getString("status"));
    }

    @Test
    void resolvedNeedsAResolutionAndOnlyResolvedTakesOne() {
        var bug = Bugs.report("carol", "Fee preview rounds the wrong way");
        var without = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "RESOLVED", null);
        assertEquals("REQUIRED", without.getString("userErrors[0].code"));
        var triageWithResolution = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "TRIAGED", "FIXED");
        assertEquals("INVALID", triageWithResolution.getString("userErrors[0].code"));
        var duplicate = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "RESOLVED", "DUPLICATE");
        assertTrue(duplicate.getString("userErrors[0].message").contains("bugMarkDuplicate"));
        var wontFix = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "RESOLVED", "WONT_FIX");
        assertEquals("WONT_FIX", wontFix.getString("bug.resolution"));
    }

    @Test
    void aFixCanNameTheReleaseThatShipsIt() {
        String version = "9.1." + System.nanoTime() % 100000;
        String release = ok("bob", "mutation($v: String!) { releaseCreate(input: {version: $v, releaseDate: \"2031-01-01\"}) { release { id } } }",
                vars("v", version)).getString("data.releaseCreate.release.id");
        var bug = Bugs.report("carol", "Portfolio chart empty on Mondays");
        var resolved = ok("bob", """
                mutation($id: ID!, $release: ID!, $v: Int!) { bugTransition(id: $id, input: {to: RESOLVED, resolution: FIXED,
                  fixedInReleaseId: $release, version: $v}) { bug { status fixedIn { version } } userErrors { code message } } }""",
                vars("id", bug.getString("id"), "release", release, "v", bug.getInt("version")));
        assertEquals(version, resolved.getString("data.bugTransition.bug.fixedIn.version"));
    }

    @Test
    void triageSetsEverythingInOneActionAndTheAssigneeWatches() {
        var bug = Bugs.report("carol", "Order entry accepts negative quantities");
        String component = ok("alice", "mutation($n: String!) { componentCreate(input: {name: $n}) { component { id } } }",
                vars("n", "Order Entry " + System.nanoTime())).getString("data.componentCreate.component.id");
        var triaged = Bugs.triage("bob", bug.getString("id"), bug.getInt("version"), Map.of("severity", "S1", "priority", "P0",
                "componentId", component, "assigneeId", Bugs.userId("frank"), "labels", List.of("validation", "orders")));
        assertEquals(List.of(), triaged.getList("userErrors"));
        assertEquals("S1", triaged.getString("bug.severity"));
        assertEquals("P0", triaged.getString("bug.priority"));
        assertEquals("Frank", triaged.getString("bug.assignee.name"));
        assertEquals(List.of("orders", "validation"), triaged.getList("bug.labels"));
        assertEquals("TRIAGED", triaged.getString("bug.status"));
        var watching = ok("frank", "query($id: ID!) { node(id: $id) { ... on Bug { viewerIsWatching } } }", vars("id", bug.getString("id")));
        assertEquals(true, watching.getBoolean("data.node.viewerIsWatching"));
    }

    @Test
    void triageOfATriagedBugIsAnInvalidTransition() {
        var bug = Bugs.report("carol", "Double submit of orders");
        var once = Bugs.triage("bob", bug.getString("id"), bug.getInt("version"), Map.of("priority", "P2"));
        var twice = Bugs.triage("bob", bug.getString("id"), once.getInt("bug.version"), Map.of("priority", "P1"));
        assertEquals("INVALID_TRANSITION", twice.getString("userErrors[0].code"));
        assertEquals("P2", Bugs.read("bob", bug.getString("id")).getString("priority"));
    }

    @Test
    void reopenedBugsAreTriagedAgain() {
        var bug = Bugs.report("carol", "Alerts lost after a deploy");
        var resolved = Bugs.transition("bob", bug.getString("id"), bug.getInt("version"), "RESOLVED", "CANNOT_REPRODUCE");
        var reopened = Bugs.transition("frank", bug.getString("id"), resolved.getInt("bug.version"), "REOPENED", null);
        var triaged = Bugs.triage("bob", bug.getString("id"), reopened.getInt("bug.version"), Map.of("priority", "P1"));
        assertEquals("TRIAGED", triaged.getString("bug.status"));
    }

    @Test
    void twoEngineersTriagingTheSameVersionAtOnceMakeOneChange() throws Exception {
        var bug = Bugs.report("carol", "Withdrawal limit not enforced");
        String id = bug.getString("id");
        int version = bug.getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonPath> bob = () -> Bugs.triage("bob", id, version, Map.of("priority", "P0"));
            Callable<JsonPath> frank = () -> Bugs.triage("frank", id, version, Map.of("priority", "P3"));
            List<Future<JsonPath>> results = pool.invokeAll(List.of(bob, frank));
            int conflicts = 0;
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
        List<Map<String, Object>> changes = Bugs.activity("bob", id).stream()
                .filter(a -> "priority".equals(a.get("field")) || "status".equals(a.get("field"))).toList();
        assertEquals(2, changes.size(), "one triage: one priority change and one move, got " + changes);
    }

    @Test
    void reportersCannotMoveBugs() {
        var bug = Bugs.report("carol", "Price alert fires twice");
        var json = run("carol", "mutation($id: ID!, $v: Int!) { bugTransition(id: $id, input: {to: TRIAGED, version: $v}) { bug { id } } }",
                vars("id", bug.getString("id"), "v", bug.getInt("version")));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }
}
