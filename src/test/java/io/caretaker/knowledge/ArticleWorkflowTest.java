package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.ARCHIVE;
import static io.caretaker.knowledge.Articles.PUBLISH;
import static io.caretaker.knowledge.Articles.UPDATE;
import static io.caretaker.knowledge.Articles.create;
import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.knowledge.Articles.version;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleWorkflowTest {

    static final String RESTORE = """
            mutation($id: ID!, $input: ArticleRestoreInput!) {
              articleRestore(id: $id, input: $input) {
                article { title body version currentRevision { number message author { name } } revisions { totalCount } }
                userErrors { field message code }
              }
            }""";

    static final String DIFF = """
            query($id: ID!, $from: Int!, $to: Int!, $context: Int) {
              articleDiff(id: $id, from: $from, to: $to, context: $context) {
                from { number } to { number } titleChanged linesAdded linesRemoved unified
                hunks { fromStart fromCount toStart toCount lines { kind text fromLine toLine } }
              }
            }""";

    static final String FEEDBACK = """
            mutation($id: ID!, $input: ArticleFeedbackInput!) {
              articleFeedback(id: $id, input: $input) {
                article { id feedbackCounts { helpful notHelpful } helpfulRatio }
                feedback { helpful comment }
                userErrors { field message code }
              }
            }""";

    static final String STATS = """
            query($slug: String!) {
              article(slug: $slug) { viewCount feedbackCounts { helpful notHelpful } helpfulRatio myFeedback { helpful comment } }
            }""";

    @Test
    void aDraftIsPublishedThenArchivedThenPublishedAgain() {
        var article = create("bob", input("title", "Lifecycle " + UUID.randomUUID()));
        String id = (String) article.get("id");

        JsonPath published = ok("frank", PUBLISH, vars("id", id, "input", Map.of("version", 0, "reviewBy", "2099-01-31")));
        assertEquals(List.of(), published.getList("data.articlePublish.userErrors"));
        assertEquals("PUBLISHED", published.getString("data.articlePublish.article.status"));
        assertEquals("2099-01-31", published.getString("data.articlePublish.article.reviewBy"));
        String firstPublished = published.getString("data.articlePublish.article.publishedAt");
        assertNotNull(firstPublished);
        assertEquals(1, published.getInt("data.articlePublish.article.version"));

        JsonPath again = ok("bob", PUBLISH, vars("id", id, "input", Map.of("version", 1)));
        assertNull(again.get("data.articlePublish.article"));
        assertEquals("The article is PUBLISHED already; from PUBLISHED it can become ARCHIVED.",
                again.getString("data.articlePublish.userErrors[0].message"));
        assertEquals("INVALID_TRANSITION", again.getString("data.articlePublish.userErrors[0].code"));

        JsonPath archived = ok("bob", ARCHIVE, vars("id", id, "input", Map.of("version", 1)));
        assertEquals("ARCHIVED", archived.getString("data.articleArchive.article.status"));
        assertNotNull(archived.getString("data.articleArchive.article.archivedAt"));

        JsonPath republished = ok("bob", PUBLISH, vars("id", id, "input", Map.of("version", 2)));
        assertEquals("PUBLISHED", republished.getString("data.articlePublish.article.status"));
        assertNull(republished.get("data.articlePublish.article.archivedAt"));
        assertEquals(firstPublished, republished.getString("data.articlePublish.article.publishedAt"),
                "publishedAt is the first publication");
    }

    @Test
    void aStaleVersionOrAPastReviewDateChangesNothing() {
        var article = create("bob", input("title", "Conflict " + UUID.randomUUID()));
        String id = (String) article.get("id");
        JsonPath stale = ok("bob", PUBLISH, vars("id", id, "input", Map.of("version", 7, "reviewBy", "2001-01-01")));
        assertEquals(List.of("CONFLICT", "INVALID"), stale.getList("data.articlePublish.userErrors.code"));
        assertEquals(List.of("input", "reviewBy"), stale.getList("data.articlePublish.userErrors[1].field"));
        assertEquals("DRAFT", ok("bob", Articles.BY_SLUG, vars("slug", article.get("slug"))).getString("data.article.status"));

        JsonPath draftArchive = ok("bob", ARCHIVE, vars("id", id, "input", Map.of("version", 0)));
        assertEquals("ARCHIVED", draftArchive.getString("data.articleArchive.article.status"), "a draft can be dropped");
        JsonPath twice = ok("bob", ARCHIVE, vars("id", id, "input", Map.of("version", 1)));
        assertEquals("The article is ARCHIVED already; from ARCHIVED it can become PUBLISHED.",
                twice.getString("data.articleArchive.userErrors[0].message"));
    }

    @Test
    void restoringAnOldRevisionMakesANewOne() {
        String slugTitle = "Restore " + UUID.randomUUID();
        var article = create("bob", input("title", slugTitle, "body", "one\ntwo\nthree"));
        String id = (String) article.get("id");
        ok("frank", UPDATE, vars("id", id, "input", Map.of("version", 0, "body", "one\n2\nthree\nfour", "message", "Numbers")));
        ok("frank", UPDATE, vars("id", id, "input", Map.of("version", 1, "title", slugTitle + " (renamed)")));

        JsonPath restored = ok("bob", RESTORE, vars("id", id, "input", Map.of("version", 2, "revision", 1)));
        assertEquals(List.of(), restored.getList("data.articleRestore.userErrors"));
        assertEquals(slugTitle, restored.getString("data.articleRestore.article.title"));
        assertEquals("one\ntwo\nthree", restored.getString("data.articleRestore.article.body"));
        assertEquals(4, restored.getInt("data.articleRestore.article.currentRevision.number"));
        assertEquals("Restored revision 1", restored.getString("data.articleRestore.article.currentRevision.message"));
        assertEquals("Bob", restored.getString("data.articleRestore.article.currentRevision.author.name"));
        assertEquals(4, restored.getInt("data.articleRestore.article.revisions.totalCount"), "history is kept whole");

        JsonPath same = ok("bob", RESTORE, vars("id", id, "input", Map.of("version", 3, "revision", 4)));
        assertEquals("INVALID", same.getString("data.articleRestore.userErrors[0].code"));
        JsonPath missing = ok("bob", RESTORE, vars("id", id, "input", Map.of("version", 3, "revision", 9)));
        assertEquals(List.of("NOT_FOUND"), missing.getList("data.articleRestore.userErrors.code"));
        assertEquals("The article has no revision 9: its revisions are 1 to 4.",
                missing.getString("data.articleRestore.userErrors[0].message"));
        assertEquals(4, ok("bob", ArticleApiTest.REVISIONS, vars("id", id)).getInt("data.node.revisions.totalCount"));
    }

    @Test
    void theDiffShowsChangedLinesWithTheirContext() {
        String body = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).reduce((a, b) -> a + "\n" + b).orElseThrow();
        var article = create("bob", input("title", "Diff " + UUID.randomUUID(), "body", body));
        String id = (String) article.get("id");
        String changed = body.replace("line 2\n", "line two\n").replace("line 18\n", "") + "\nline 21";
        ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "body", changed)));
        Articles.publish(id);

        JsonPath diff = ok("dave", DIFF, vars("id", id, "from", 1, "to", 2));
        assertEquals(1, diff.getInt("data.articleDiff.from.number"));
        assertEquals(2, diff.getInt("data.articleDiff.to.number"));
        assertEquals(false, diff.getBoolean("data.articleDiff.titleChanged"));
        assertEquals(2, diff.getInt("data.articleDiff.linesAdded"));
        assertEquals(2, diff.getInt("data.articleDiff.linesRemoved"));
        List<Map<String, Object>> hunks = diff.getList("data.articleDiff.hunks");
        assertEquals(2, hunks.size(), "changes far apart make two hunks");
        Map<String, Object> first = hunks.get(0);
        assertEquals(1, first.get("fromStart"));
        assertEquals(5, first.get("fromCount"));
        assertEquals(1, first.get("toStart"));
        assertEquals(5, first.get("toCount"));
        assertEquals(List.of("UNCHANGED", "REMOVED", "ADDED", "UNCHANGED", "UNCHANGED", "UNCHANGED"),
                diff.getList("data.articleDiff.hunks[0].lines.kind"));
        assertEquals(List.of("line 1", "line 2", "line two", "line 3", "line 4", "line 5"),
                diff.getList("data.articleDiff.hunks[0].lines.text"));
        assertEquals(Map.of("kind", "REMOVED", "text", "line 2", "fromLine", 2), withoutNulls(diff.getMap("data.articleDiff.hunks[0].lines[1]")));
        assertEquals(Map.of("kind", "ADDED", "text", "line two", "toLine", 2), withoutNulls(diff.getMap("data.articleDiff.hunks[0].lines[2]")));
        assertEquals(List.of("line 15", "line 16", "line 17", "line 18", "line 19", "line 20", "line 21"),
                diff.getList("data.articleDiff.hunks[1].lines.text"));
        String unified = diff.getString("data.articleDiff.unified");
        assertTrue(unified.startsWith("--- revision 1\n+++ revision 2\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n"), unified);
        assertTrue(unified.contains("-line 18\n"), unified);
        assertTrue(unified.contains("+line 21\n"), unified);

        JsonPath whole = ok("bob", DIFF, vars("id", id, "from", 1, "to", 2, "context", 100));
        assertEquals(1, whole.getList("data.articleDiff.hunks").size());
        assertEquals(22, whole.getList("data.articleDiff.hunks[0].lines").size());

        JsonPath same = ok("bob", DIFF, vars("id", id, "from", 2, "to", 2));
        assertEquals(List.of(), same.getList("data.articleDiff.hunks"));
        assertEquals("", same.getString("data.articleDiff.unified"));

        JsonPath unknown = run("bob", DIFF, vars("id", id, "from", 1, "to", 3));
        assertEquals("BAD_USER_INPUT", unknown.getString("errors[0].extensions.code"));
        assertEquals("The article has no revision 3: its revisions are 1 to 2.", unknown.getString("errors[0].message"));
        JsonPath badContext = run("bob", DIFF, vars("id", id, "from", 1, "to", 2, "context", -1));
        assertEquals("BAD_USER_INPUT", badContext.getString("errors[0].extensions.code"));
    }

    @Test
    void theDiffOfADraftIsHiddenLikeTheDraft() {
        var article = create("bob", input("title", "Hidden diff " + UUID.randomUUID()));
        JsonPath hidden = run("carol", DIFF, vars("id", article.get("id"), "from", 1, "to", 1));
        assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
        assertNull(hidden.get("data"));
    }

    @Test
    void feedbackIsOnePerPersonAndChangeable() {
        var article = create("bob", input("title", "Feedback " + UUID.randomUUID()));
        String id = (String) article.get("id");
        JsonPath onDraft = ok("bob", FEEDBACK, vars("id", id, "input", Map.of("helpful", true)));
        assertEquals("Feedback is for published articles; this one is DRAFT.",
                onDraft.getString("data.articleFeedback.userErrors[0].message"));
        Articles.publish(id);

        JsonPath carol = ok("carol", FEEDBACK, vars("id", id, "input", Map.of("helpful", false, "comment", "  Step 3 is missing  ")));
        assertEquals(List.of(), carol.getList("data.articleFeedback.userErrors"));
        assertEquals(Map.of("helpful", false, "comment", "Step 3 is missing"), carol.getMap("data.articleFeedback.feedback"));
        assertEquals(Map.of("helpful", 0, "notHelpful", 1), carol.getMap("data.articleFeedback.article.feedbackCounts"));
        assertEquals(0.0f, carol.getFloat("data.articleFeedback.article.helpfulRatio"));

        ok("erin", FEEDBACK, vars("id", id, "input", Map.of("helpful", true)));
        ok("bob", FEEDBACK, vars("id", id, "input", Map.of("helpful", true)));
        JsonPath changed = ok("carol", FEEDBACK, vars("id", id, "input", Map.of("helpful", true)));
        assertEquals(Map.of("helpful", 3, "notHelpful", 0), changed.getMap("data.articleFeedback.article.feedbackCounts"));
        assertEquals(1.0f, changed.getFloat("data.articleFeedback.article.helpfulRatio"));
        assertNull(changed.get("data.articleFeedback.feedback.comment"), "a new feedback without comment clears it");
        ok("erin", FEEDBACK, vars("id", id, "input", Map.of("helpful", false)));

        JsonPath stats = ok("carol", STATS, vars("slug", article.get("slug")));
        assertEquals(Map.of("helpful", 2, "notHelpful", 1), stats.getMap("data.article.feedbackCounts"));
        assertEquals(2.0 / 3, stats.getDouble("data.article.helpfulRatio"), 1e-6);
        assertEquals(true, stats.getBoolean("data.article.myFeedback.helpful"));
        assertNull(ok("dave", STATS, vars("slug", article.get("slug"))).get("data.article.myFeedback"));

        JsonPath tooLong = ok("carol", FEEDBACK, vars("id", id, "input", Map.of("helpful", false, "comment", "x".repeat(2001))));
        assertEquals(List.of("TOO_LONG"), tooLong.getList("data.articleFeedback.userErrors.code"));
        assertEquals(true, ok("carol", STATS, vars("slug", article.get("slug"))).getBoolean("data.article.myFeedback.helpful"),
                "a refused feedback changes nothing");
    }

    @Test
    void theFeedbackListWithCommentsIsForEngineers() {
        var article = create("bob", input("title", "Feedback list " + UUID.randomUUID()));
        String id = (String) article.get("id");
        Articles.publish(id);
        ok("carol", FEEDBACK, vars("id", id, "input", Map.of("helpful", false, "comment", "Outdated")));
        String list = "query($id: ID!) { node(id: $id) { ... on Article { feedback { totalCount nodes { helpful comment user { name } } } } } }";
        JsonPath engineer = ok("frank", list, vars("id", id));
        assertEquals(1, engineer.getInt("data.node.feedback.totalCount"));
        assertEquals(Map.of("helpful", false, "comment", "Outdated", "user", Map.of("name", "Carol")),
                engineer.getMap("data.node.feedback.nodes[0]"));
        JsonPath reporter = run("carol", list, vars("id", id));
        assertEquals("FORBIDDEN", reporter.getString("errors[0].extensions.code"));
        assertNull(reporter.get("data.node.feedback"));
    }

    @Test
    void concurrentFeedbackOfOnePersonLeavesOneRow() throws Exception {
        var article = create("bob", input("title", "Concurrent feedback " + UUID.randomUUID()));
        String id = (String) article.get("id");
        Articles.publish(id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<JsonPath>> calls = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> ok("erin", FEEDBACK, vars("id", id, "input", Map.of("helpful", i % 2 == 0))), pool)).toList();
            for (CompletableFuture<JsonPath> call : calls) {
                assertEquals(List.of(), call.get().getList("data.articleFeedback.userErrors"));
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> counts = ok("erin", STATS, vars("slug", article.get("slug"))).getMap("data.article.feedbackCounts");
        assertEquals(1, counts.get("helpful") + counts.get("notHelpful"));
    }

    @Test
    void everyOpeningCountsAsAView() {
        var article = create("bob", input("title", "Views " + UUID.randomUUID()));
        String slug = (String) article.get("slug");
        assertEquals(0, article.get("viewCount") == null ? 0 : article.get("viewCount"));
        assertEquals(1, ok("bob", STATS, vars("slug", slug)).getInt("data.article.viewCount"));
        assertEquals(2, ok("frank", STATS, vars("slug", slug)).getInt("data.article.viewCount"));
        // an edit neither resets nor conflicts with the count
        ok("bob", UPDATE, vars("id", article.get("id"), "input", Map.of("version", version((String) article.get("id")), "body", "New")));
        assertEquals(3, ok("bob", STATS, vars("slug", slug)).getInt("data.article.viewCount"));
        String listed = "query($id: ID!) { node(id: $id) { ... on Article { viewCount } } }";
        assertEquals(3, ok("bob", listed, vars("id", article.get("id"))).getInt("data.node.viewCount"), "lists do not count");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
