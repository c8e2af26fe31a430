package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.CREATE;
import static io.caretaker.knowledge.Articles.UPDATE;
import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.knowledge.Articles.version;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleLinkTest {

    static final String LINKS = """
            query($slug: String!) {
              article(slug: $slug) {
                linkedBugs { totalCount nodes { title } }
                linkedRunbooks { totalCount nodes { slug } }
              }
            }""";

    static final String RELATED_OF_BUG = """
            query($id: ID!) { node(id: $id) { ... on Bug { relatedArticles { totalCount nodes { title status } } } } }""";

    static final String RELATED_OF_RUNBOOK = """
            query($slug: String!) { runbook(slug: $slug) { relatedArticles { totalCount nodes { title } } } }""";

    static String bug(String reporter, String title, boolean confidential) {
        return ok(reporter, "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id } } }",
                vars("input", Map.of("title", title, "confidential", confidential))).getString("data.bugCreate.bug.id");
    }

    static String runbook(String slug) {
        ok("bob", "mutation($input: RunbookCreateInput!) { runbookCreate(input: $input) { runbook { id } } }",
                vars("input", Map.of("slug", slug, "title", "Runbook " + slug, "category", "RESTORE",
                        "steps", List.of(Map.of("title", "Do it")))));
        return ok("bob", "query($slug: String!) { runbook(slug: $slug) { id } }", vars("slug", slug)).getString("data.runbook.id");
    }

    @Test
    void articlesLinkToBugsAndRunbooksAndBothEndsShowIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String openBug = bug("carol", "Order book freezes " + unique, false);
        String secretBug = bug("erin", "Key leaked " + unique, true);
        String runbookSlug = "restore-trading-db-" + unique;
        String runbookId = runbook(runbookSlug);

        JsonPath created = ok("bob", CREATE, vars("input", input("title", "Frozen order book " + unique, "body", "Restart it.",
                "category", "TROUBLESHOOTING", "linkedBugIds", List.of(openBug, secretBug, openBug),
                "linkedRunbookIds", List.of(runbookId))));
        assertEquals(List.of(), created.getList("data.articleCreate.userErrors"));
        String articleId = created.getString("data.articleCreate.article.id");
        String slug = created.getString("data.articleCreate.article.slug");
        Articles.publish(articleId);
        String draftId = Articles.create("bob", input("title", "Draft about it " + unique, "linkedBugIds", List.of(openBug),
                "linkedRunbookIds", List.of(runbookId))).get("id").toString();

        JsonPath engineer = ok("frank", LINKS, vars("slug", slug));
        assertEquals(2, engineer.getInt("data.article.linkedBugs.totalCount"));
        assertEquals(List.of("Order book freezes " + unique, "Key leaked " + unique),
                engineer.getList("data.article.linkedBugs.nodes.title"));
        assertEquals(List.of(runbookSlug), engineer.getList("data.article.linkedRunbooks.nodes.slug"));

        // the confidential bug is not there for a viewer, by list or by count; its reporter sees it
        JsonPath viewer = ok("dave", LINKS, vars("slug", slug));
        assertEquals(1, viewer.getInt("data.article.linkedBugs.totalCount"));
        assertEquals(List.of("Order book freezes " + unique), viewer.getList("data.article.linkedBugs.nodes.title"));
        assertEquals(2, ok("erin", LINKS, vars("slug", slug)).getInt("data.article.linkedBugs.totalCount"));

        // from the other end: the draft only for engineers
        JsonPath related = ok("carol", RELATED_OF_BUG, vars("id", openBug));
        assertEquals(1, related.getInt("data.node.relatedArticles.totalCount"));
        assertEquals(List.of("Frozen order book " + unique), related.getList("data.node.relatedArticles.nodes.title"));
        assertEquals(2, ok("bob", RELATED_OF_BUG, vars("id", openBug)).getInt("data.node.relatedArticles.totalCount"));
        assertEquals(List.of("Frozen order book " + unique),
                ok("dave", RELATED_OF_RUNBOOK, vars("slug", runbookSlug)).getList("data.runbook.relatedArticles.nodes.title"));
        assertEquals(2, ok("frank", RELATED_OF_RUNBOOK, vars("slug", runbookSlug)).getInt("data.runbook.relatedArticles.totalCount"));

        // an update replaces the sets; [] removes all
        JsonPath updated = ok("bob", UPDATE, vars("id", articleId, "input", Map.of("version", version(articleId),
                "linkedBugIds", List.of(secretBug), "linkedRunbookIds", List.of())));
        assertEquals(List.of(), updated.getList("data.articleUpdate.userErrors"));
        JsonPath after = ok("frank", LINKS, vars("slug", slug));
        assertEquals(List.of("Key leaked " + unique), after.getList("data.article.linkedBugs.nodes.title"));
        assertEquals(0, after.getInt("data.article.linkedRunbooks.totalCount"));
        assertEquals(0, ok("carol", RELATED_OF_BUG, vars("id", openBug)).getInt("data.node.relatedArticles.totalCount"));
        assertEquals(List.of("Draft about it " + unique),
                ok("bob", RELATED_OF_RUNBOOK, vars("slug", runbookSlug)).getList("data.runbook.relatedArticles.nodes.title"));
        assertEquals(draftId, ok("bob", "query($id: ID!) { node(id: $id) { id } }", vars("id", draftId)).getString("data.node.id"));
    }

    @Test
    void unknownOrWrongTypedLinksAreUserErrorsAndChangeNothing() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String bugId = bug("carol", "Linked " + unique, false);
        var article = Articles.create("bob", input("title", "Links " + unique, "linkedBugIds", List.of(bugId)));
        String id = (String) article.get("id");
        String unknownBug = GlobalId.encode("Bug", 999_999_997L);
        JsonPath refused = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "title", "Renamed " + unique,
                "linkedBugIds", List.of(unknownBug, id), "linkedRunbookIds", List.of("not-an-id"))));
        assertNull(refused.get("data.articleUpdate.article"));
        assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), refused.getList("data.articleUpdate.userErrors.code"));
        assertEquals(List.of("input", "linkedBugIds"), refused.getList("data.articleUpdate.userErrors[0].field"));
        assertEquals("No Bug with id '" + unknownBug + "', '" + id + "'.", refused.getString("data.articleUpdate.userErrors[0].message"));
        assertEquals(List.of("input", "linkedRunbookIds"), refused.getList("data.articleUpdate.userErrors[1].field"));

        JsonPath unchanged = ok("bob", LINKS, vars("slug", article.get("slug")));
        assertEquals(List.of("Linked " + unique), unchanged.getList("data.article.linkedBugs.nodes.title"));
        assertEquals(0, version(id));
    }
}
