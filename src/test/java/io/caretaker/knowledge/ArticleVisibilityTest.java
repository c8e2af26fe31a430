package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.BY_SLUG;
import static io.caretaker.knowledge.Articles.create;
import static io.caretaker.knowledge.Articles.uniqueTag;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Drafts are for engineers and admins: to viewers and reporters a draft does not exist, by any path. */
@QuarkusTest
class ArticleVisibilityTest {

    static final String LIST = """
            query($tag: String, $status: [ArticleStatus!]) {
              articles(filter: {tag: $tag, status: $status}) { totalCount nodes { id status } }
            }""";
    static final String NODE = """
            query($id: ID!) {
              node(id: $id) {
                id
                ... on Article { slug status publishedAt }
                ... on ArticleRevision { number article { id status } }
              }
            }""";
    /** Hidden and missing ids alike leave a null in their place. */
    static final String NODES = "{ nodes(ids: [\"%s\", \"%s\"]) { id } }";

    @Inject
    EntityManager em;

    @Test
    void draftsAreHiddenFromViewersAndReporters() {
        String tag = uniqueTag();
        var draft = create("bob", Map.of("title", "Draft " + UUID.randomUUID(), "tags", List.of(tag)));
        String id = (String) draft.get("id");
        String slug = (String) draft.get("slug");
        String revisionId = (String) ((Map<?, ?>) draft.get("currentRevision")).get("id");

        for (String user : List.of("dave", "carol", "erin")) {
            JsonPath list = ok(user, LIST, vars("tag", tag));
            assertEquals(0, list.getInt("data.articles.totalCount"), user);
            assertEquals(List.of(), list.getList("data.articles.nodes"), user);
            assertEquals(0, ok(user, LIST, vars("tag", tag, "status", List.of("DRAFT"))).getInt("data.articles.totalCount"));

            assertNotFound(run(user, BY_SLUG, vars("slug", slug)), "Could not find an article with slug '" + slug + "'.");
            assertNotFound(run(user, NODE, vars("id", id)), "Could not find an object with id '" + id + "'.");
            assertNotFound(run(user, NODE, vars("id", revisionId)), "Could not find an object with id '" + revisionId + "'.");
            assertEquals(Arrays.asList(null, null), ok(user, NODES.formatted(id, revisionId)).getList("data.nodes"));
        }
    }

    @Test
    void engineersAndAdminsSeeEveryDraft() {
        String tag = uniqueTag();
        var draft = create("bob", Map.of("title", "Draft " + UUID.randomUUID(), "tags", List.of(tag)));
        String id = (String) draft.get("id");
        String revisionId = (String) ((Map<?, ?>) draft.get("currentRevision")).get("id");

        for (String user : List.of("bob", "frank", "alice")) {
            JsonPath list = ok(user, LIST, vars("tag", tag, "status", List.of("DRAFT")));
            assertEquals(1, list.getInt("data.articles.totalCount"), user);
            assertEquals(id, list.getString("data.articles.nodes[0].id"));
            assertEquals(draft.get("slug"), ok(user, BY_SLUG, vars("slug", draft.get("slug"))).getString("data.article.slug"));
            assertEquals("DRAFT", ok(user, NODE, vars("id", id)).getString("data.node.status"));
            assertEquals(id, ok(user, NODE, vars("id", revisionId)).getString("data.node.article.id"));
        }
    }

    @Test
    void publishedAndArchivedArticlesAreVisibleToEveryone() {
        String tag = uniqueTag();
        var published = create("bob", Map.of("title", "Published " + UUID.randomUUID(), "tags", List.of(tag)));
        var archived = create("bob", Map.of("title", "Archived " + UUID.randomUUID(), "tags", List.of(tag)));
        create("bob", Map.of("title", "Still a draft " + UUID.randomUUID(), "tags", List.of(tag)));
        Articles.publish((String) published.get("id"));
        Articles.archive((String) archived.get("id"));

        for (String user : List.of("dave", "carol")) {
            JsonPath list = ok(user, LIST, vars("tag", tag));
            assertEquals(2, list.getInt("data.articles.totalCount"), user);
            assertEquals(List.of("ARCHIVED", "PUBLISHED"), list.getList("data.articles.nodes.status").stream().sorted().toList());

            JsonPath bySlug = ok(user, BY_SLUG, vars("slug", published.get("slug")));
            assertEquals("PUBLISHED", bySlug.getString("data.article.status"));
            assertNotNull(bySlug.getString("data.article.publishedAt"));
            assertEquals(1, bySlug.getInt("data.article.currentRevision.number"));

            String revisionId = bySlug.getString("data.article.currentRevision.id");
            JsonPath revision = ok(user, NODE, vars("id", revisionId));
            assertEquals(published.get("id"), revision.getString("data.node.article.id"));
            assertEquals(List.of(published.get("id"), archived.get("id")),
                    ok(user, NODES.formatted(published.get("id"), archived.get("id"))).getList("data.nodes.id"));
        }
        assertEquals(3, ok("frank", LIST, vars("tag", tag)).getInt("data.articles.totalCount"));
    }

    @Test
    void anUnknownArticleLooksExactlyLikeAHiddenOne() {
        String unknown = GlobalId.encode(Article.TYPE, 999_999_998L);
        assertNotFound(run("dave", NODE, vars("id", unknown)), "Could not find an object with id '" + unknown + "'.");
        String unknownRevision = GlobalId.encode(ArticleRevision.TYPE, 999_999_998L);
        assertNotFound(run("dave", NODE, vars("id", unknownRevision)), "Could not find an object with id '" + unknownRevision + "'.");
    }

    private static void assertNotFound(JsonPath json, String message) {
        assertNull(json.get("data.article"));
        assertNull(json.get("data.node"));
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertEquals(message, json.getString("errors[0].message"));
    }
}
