package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BugInboxSimilarTimelineTest {

    @Test
    void theInboxHoldsNewAndReopenedBugsMostSevereThenOldestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var low = Bugs.report("carol", "Inbox " + tag + " low", "severity", "S4");
        var critical1 = Bugs.report("carol", "Inbox " + tag + " critical one", "severity", "S1");
        var triaged = Bugs.report("carol", "Inbox " + tag + " triaged", "severity", "S1");
        Bugs.triage("bob", triaged.getString("id"), triaged.getInt("version"), Map.of("priority", "P1"));
        var critical2 = Bugs.report("carol", "Inbox " + tag + " critical two", "severity", "S1");
        var reopened = Bugs.report("carol", "Inbox " + tag + " reopened", "severity", "S2");
        var resolved = Bugs.transition("bob", reopened.getString("id"), reopened.getInt("version"), "RESOLVED", "FIXED");
        Bugs.transition("bob", reopened.getString("id"), resolved.getInt("bug.version"), "REOPENED", null);

        List<String> inbox = new ArrayList<>();
        String after = null;
        do {
            var page = ok("bob", "query($after: String) { triageInbox(first: 40, after: $after) { nodes { title status } pageInfo { hasNextPage endCursor } } }",
                    vars("after", after)).setRootPath("data.triageInbox");
            List<Map<String, Object>> nodes = page.getList("nodes");
            nodes.forEach(n -> assertTrue(List.of("NEW", "REOPENED").contains(n.get("status"))));
            nodes.stream().map(n -> (String) n.get("title")).filter(t -> t.contains(tag)).forEach(inbox::add);
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(List.of("Inbox " + tag + " critical one", "Inbox " + tag + " critical two", "Inbox " + tag + " reopened",
                "Inbox " + tag + " low"), inbox);
        assertFalse(inbox.contains("Inbox " + tag + " triaged"));
        assertTrue(List.of(low, critical1, critical2).size() == 3);
    }

    @Test
    void theInboxHidesConfidentialBugsFromThoseWhoMayNotSeeThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Bugs.report("carol", "Inbox secret " + tag, "confidential", true, "severity", "S1");
        String query = "{ triageInbox(first: 100) { totalCount nodes { title } } }";
        int forBob = ok("bob", query).getInt("data.triageInbox.totalCount");
        int forDave = ok("dave", query).getInt("data.triageInbox.totalCount");
        assertTrue(forBob > forDave);
        assertTrue(ok("bob", query).getList("data.triageInbox.nodes.title").contains("Inbox secret " + tag));
    }

    @Test
    void similarTitlesComeFirstWhenReportingAndSearching() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        Bugs.report("carol", word + " websocket disconnects every minute");
        Bugs.report("carol", "Unrelated styling issue in footer " + word.toLowerCase().substring(3));
        var created = ok("erin", """
                mutation($t: String!) { bugCreate(input: {title: $t}) { bug { key } similarBugs { score bug { title } } } }""",
                vars("t", word + " websocket disconnects every few minutes")).setRootPath("data.bugCreate");
        List<String> titles = created.getList("similarBugs.bug.title");
        assertEquals(word + " websocket disconnects every minute", titles.get(0));
        assertTrue(created.getDouble("similarBugs[0].score") > 0.5);
        var searched = ok("dave", "query($t: String!) { similarBugs(text: $t, first: 3) { bug { title } } }",
                vars("t", word + " websocket disconnects")).getList("data.similarBugs.bug.title");
        assertTrue(searched.contains(word + " websocket disconnects every minute"), searched.toString());
    }

    @Test
    void similarBugsNeverShowConfidentialOnesToOthers() {
        String word = "Qx" + UUID.randomUUID().toString().substring(0, 6);
        Bugs.report("carol", word + " private key printed in logs", "confidential", true);
        String query = "query($t: String!) { similarBugs(text: $t) { bug { title } } }";
        assertEquals(List.of(), ok("dave", query, vars("t", word + " private key printed")).getList("data.similarBugs"));
        assertEquals(List.of(), ok("erin", query, vars("t", word + " private key printed")).getList("data.similarBugs"));
        assertEquals(1, ok("bob", query, vars("t", word + " private key printed")).getList("data.similarBugs").size());
        var other = Bugs.report("erin", word + " private key printed in the logs");
        var fromOther = ok("erin", "query($id: ID!) { node(id: $id) { ... on Bug { similar { bug { title } } } } }",
                vars("id", other.getString("id")));
        assertEquals(List.of(), fromOther.getList("data.node.similar"));
    }

    @Test
    void watchingIsIdempotentAndVisibleOnTheBug() {
        var bug = Bugs.report("carol", "Watch me");
        String id = bug.getString("id");
        String watch = "mutation($id: ID!) { bugWatch(id: $id) { watching bug { watchers { totalCount nodes { name } } } } }";
        ok("dave", watch, vars("id", id));
        var twice = ok("dave", watch, vars("id", id)).setRootPath("data.bugWatch");
        assertEquals(List.of("Carol", "Dave"), twice.getList("bug.watchers.nodes.name"));
        var unwatched = ok("dave", "mutation($id: ID!) { bugUnwatch(id: $id) { watching bug { viewerIsWatching watchers { totalCount } } } }",
                vars("id", id)).setRootPath("data.bugUnwatch");
        assertEquals(false, unwatched.getBoolean("watching"));
        assertEquals(false, unwatched.getBoolean("bug.viewerIsWatching"));
        assertEquals(1, unwatched.getInt("bug.watchers.totalCount"));
    }

    @Test
    void nobodyWatchesAConfidentialBugTheyCannotSee() {
        var secret = Bugs.report("carol", "Watch secret", "confidential", true);
        var json = io.caretaker.support.GraphQL.run("dave", "mutation($id: ID!) { bugWatch(id: $id) { watching } }",
                vars("id", secret.getString("id")));
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
    }

    @Test
    void theActivityRecordsEveryChangeWithWhoAndWhen() {
        var bug = Bugs.report("carol", "Activity of a bug");
        String id = bug.getString("id");
        ok("erin", "mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: \"Seen it too\"}) { comment { id } } }", vars("id", id));
        var triaged = Bugs.triage("bob", id, bug.getInt("version"), Map.of("priority", "P2", "severity", "S2"));
        ok("carol", "mutation($id: ID!, $v: Int!) { bugUpdate(id: $id, input: {version: $v, title: \"Activity of one bug\"}) { bug { id } } }",
                vars("id", id, "v", triaged.getInt("bug.version")));
        List<Map<String, Object>> activity = Bugs.activity("dave", id);
        assertEquals(List.of("CREATED:null", "COMMENTED:comment", "FIELD_CHANGED:severity", "FIELD_CHANGED:priority",
                "FIELD_CHANGED:status", "FIELD_CHANGED:title"), activity.stream().map(a -> a.get("kind") + ":" + a.get("field")).toList());
        assertEquals(List.of("Carol", "Erin", "Bob", "Bob", "Bob", "Carol"),
                activity.stream().map(a -> ((Map<?, ?>) a.get("actor")).get("name")).toList());
        assertEquals("Activity of a bug", activity.get(5).get("from"));
        assertEquals("Activity of one bug", activity.get(5).get("to"));
    }
}
