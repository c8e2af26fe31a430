package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BugDuplicatesAndBulkTest {

    static final String MARK = """
            mutation($id: ID!, $original: ID!, $v: Int!) {
              bugMarkDuplicate(id: $id, input: {originalId: $original, version: $v}) {
                bug { key status resolution duplicateOf { key } }
                original { key duplicates { totalCount nodes { key } } watchers { nodes { name } } }
                userErrors { field message code }
              }
            }""";

    private JsonPath mark(String duplicateId, int version, String originalId) {
        return ok("bob", MARK, vars("id", duplicateId, "original", originalId, "v", version)).setRootPath("data.bugMarkDuplicate");
    }

    @Test
    void markingADuplicateLinksBothWaysAndTheDuplicatesPeopleWatchTheOriginal() {
        var original = Bugs.report("carol", "Chart crashes on zoom");
        var duplicate = Bugs.report("erin", "Zooming the chart crashes the tab");
        ok("dave", "mutation($id: ID!) { bugWatch(id: $id) { watching } }", vars("id", duplicate.getString("id")));
        var result = mark(duplicate.getString("id"), duplicate.getInt("version"), original.getString("id"));
        assertEquals(List.of(), result.getList("userErrors"));
        assertEquals("RESOLVED", result.getString("bug.status"));
        assertEquals("DUPLICATE", result.getString("bug.resolution"));
        assertEquals(original.getString("key"), result.getString("bug.duplicateOf.key"));
        assertEquals(List.of(duplicate.getString("key")), result.getList("original.duplicates.nodes.key"));
        List<String> watchers = result.getList("original.watchers.nodes.name");
        assertTrue(watchers.containsAll(List.of("Carol", "Erin", "Dave")), watchers.toString());
    }

    @Test
    void aBugCannotDuplicateItselfNorCloseACycle() {
        var a = Bugs.report("carol", "Cycle A");
        var b = Bugs.report("carol", "Cycle B");
        var self = mark(a.getString("id"), a.getInt("version"), a.getString("id"));
        assertEquals("INVALID", self.getString("userErrors[0].code"));
        assertEquals(List.of("input", "originalId"), self.getList("userErrors[0].field"));
        mark(b.getString("id"), b.getInt("version"), a.getString("id"));
        // reopen B's original A? no: make A a duplicate of B, which duplicates A already
        var cycle = mark(a.getString("id"), a.getInt("version"), b.getString("id"));
        assertEquals("INVALID", cycle.getString("userErrors[0].code"));
        assertTrue(cycle.getString("userErrors[0].message").contains("cycle"), cycle.getString("userErrors[0].message"));
        assertEquals("NEW", Bugs.read("bob", a.getString("id")).getString("status"));
    }

    @Test
    void anUnknownOriginalIsANotFoundUserError() {
        var a = Bugs.report("carol", "Orphan duplicate");
        var result = mark(a.getString("id"), a.getInt("version"), GlobalId.encode("Bug", 987_654_321));
        assertEquals("NOT_FOUND", result.getString("userErrors[0].code"));
    }

    @Test
    void theDuplicatesOfABugHideConfidentialOnes() {
        var original = Bugs.report("carol", "Session cookie not HttpOnly");
        var secret = Bugs.report("carol", "Session cookie readable by scripts", "confidential", true);
        mark(secret.getString("id"), secret.getInt("version"), original.getString("id"));
        String query = "query($id: ID!) { node(id: $id) { ... on Bug { duplicates { totalCount nodes { key } } } } }";
        assertEquals(0, ok("dave", query, vars("id", original.getString("id"))).getInt("data.node.duplicates.totalCount"));
        assertEquals(1, ok("bob", query, vars("id", original.getString("id"))).getInt("data.node.duplicates.totalCount"));
    }

    static final String BULK = """
            mutation($ids: [ID!]!, $input: BugsBulkUpdateInput!) {
              bugsBulkUpdate(ids: $ids, input: $input) { bugs { key status priority labels assignee { name } } userErrors { field message code } }
            }""";

    @Test
    void bulkUpdateChangesAllBugsInTheirOrder() {
        String label = "bulk-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Bugs.report("carol", "Bulk " + i, "labels", List.of(label)).getString("id"));
        }
        var result = ok("bob", BULK, vars("ids", ids, "input", Map.of("priority", "P2", "assigneeId", Bugs.userId("frank"),
                "addLabels", List.of("triage-day"), "to", "TRIAGED"))).setRootPath("data.bugsBulkUpdate");
        assertEquals(List.of(), result.getList("userErrors"));
        assertEquals(List.of("Bulk 0", "Bulk 1", "Bulk 2"), ids.stream().map(id -> Bugs.read("bob", id).getString("title")).toList());
        assertEquals(List.of("TRIAGED", "TRIAGED", "TRIAGED"), result.getList("bugs.status"));
        assertEquals(List.of(label, "triage-day").stream().sorted().toList(), result.getList("bugs[0].labels"));
        var removed = ok("bob", BULK, vars("ids", ids, "input", Map.of("removeLabels", List.of("triage-day"), "clear", List.of("ASSIGNEE"))))
                .setRootPath("data.bugsBulkUpdate");
        assertEquals(List.of(label), removed.getList("bugs[2].labels"));
        assertNull(removed.get("bugs[2].assignee"));
    }

    @Test
    void bulkUpdateIsAllOrNothingWithAnErrorPerBug() {
        var fresh = Bugs.report("carol", "Bulk fresh");
        var closed = Bugs.report("carol", "Bulk closed");
        var resolved = Bugs.transition("bob", closed.getString("id"), closed.getInt("version"), "RESOLVED", "WONT_FIX");
        Bugs.transition("bob", closed.getString("id"), resolved.getInt("bug.version"), "CLOSED", null);
        String missing = GlobalId.encode("Bug", 987_654_322);
        var result = ok("bob", BULK, vars("ids", List.of(fresh.getString("id"), closed.getString("id"), missing),
                "input", Map.of("to", "TRIAGED", "priority", "P1"))).setRootPath("data.bugsBulkUpdate");
        assertNull(result.get("bugs"));
        List<Map<String, Object>> errors = result.getList("userErrors");
        // one error per bug that cannot change, in the order of ids
        assertEquals(List.of(List.of("ids", "1"), List.of("ids", "2")), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(List.of("INVALID_TRANSITION", "NOT_FOUND"), errors.stream().map(e -> e.get("code")).toList());
        assertEquals("NEW", Bugs.read("bob", fresh.getString("id")).getString("status"), "nothing changed");
        assertNull(Bugs.read("bob", fresh.getString("id")).get("priority"));
    }

    @Test
    void bulkUpdateTakesAtMostOneHundredBugs() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            ids.add(GlobalId.encode("Bug", i));
        }
        var result = ok("bob", BULK, vars("ids", ids, "input", Map.of("priority", "P3"))).setRootPath("data.bugsBulkUpdate");
        assertEquals("INVALID", result.getString("userErrors[0].code"));
        assertEquals(List.of("ids"), result.getList("userErrors[0].field"));
    }

    @Test
    void bulkUpdateDoesNotRevealConfidentialBugs() {
        var secret = Bugs.report("carol", "Bulk secret", "confidential", true);
        var asReporter = run("erin", BULK, vars("ids", List.of(secret.getString("id")), "input", Map.of("priority", "P3")));
        assertEquals("FORBIDDEN", asReporter.getString("errors[0].extensions.code"), "reporters may not bulk update at all");
    }
}
