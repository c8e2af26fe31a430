package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.BY_SLUG;
import static io.caretaker.knowledge.Articles.CREATE;
import static io.caretaker.knowledge.Articles.UPDATE;
import static io.caretaker.knowledge.Articles.create;
import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.knowledge.Articles.uniqueTag;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleApiTest {

    @Inject
    EntityManager em;

    static final String REVISIONS = """
            query($id: ID!) {
              node(id: $id) {
                ... on Article { version currentRevision { number } revisions { totalCount nodes { number title body message author { name } } } }
              }
            }""";

    @Test
    void engineerWritesADraftWithItsFirstRevision() {
        String tag = uniqueTag();
        String title = "Reset the price feed " + UUID.randomUUID();
        var json = ok("bob", CREATE, vars("input", input("title", "  " + title + "  ", "body", "1. Stop it\n2. Start it",
                "category", "TROUBLESHOOTING", "tags", List.of("Price-Feed", tag, "price-feed"), "reviewBy", "2099-12-31")));
        assertEquals(List.of(), json.getList("data.articleCreate.userErrors"));
        Map<String, Object> article = json.getMap("data.articleCreate.article");
        assertEquals(title, article.get("title"));
        assertEquals("1. Stop it\n2. Start it", article.get("body"));
        assertEquals("TROUBLESHOOTING", article.get("category"));
        assertEquals(List.of("price-feed", tag).stream().sorted().toList(), article.get("tags"));
        assertEquals("DRAFT", article.get("status"));
        assertEquals("2099-12-31", article.get("reviewBy"));
        assertNull(article.get("publishedAt"));
        assertEquals(0, article.get("version"));
        assertEquals(article.get("createdAt"), article.get("updatedAt"));
        assertEquals(Map.of("name", "Bob"), article.get("owner"));
        Map<String, Object> revision = json.getMap("data.articleCreate.article.currentRevision");
        assertEquals(1, revision.get("number"));
        assertEquals(title, revision.get("title"));
        assertEquals("First draft", revision.get("message"));
        assertEquals(Map.of("name", "Bob"), revision.get("author"));

        var bySlug = ok("frank", BY_SLUG, vars("slug", article.get("slug")));
        assertEquals(article.get("id"), bySlug.getString("data.article.id"));
    }

    @Test
    void slugIsDerivedFromTheTitle() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var article = create("bob", input("title", "  Café crashes: *why* & how?? " + suffix + " --"));
        assertEquals("cafe-crashes-why-how-" + suffix, article.get("slug"));
    }

    @Test
    void aDerivedSlugThatIsTakenGetsANumber() {
        String title = "Duplicate title " + UUID.randomUUID();
        String base = title.toLowerCase().replace(' ', '-');
        assertEquals(base, create("bob", input("title", title)).get("slug"));
        assertEquals(base + "-2", create("frank", input("title", title)).get("slug"));
        assertEquals(base + "-3", create("alice", input("title", title)).get("slug"));
    }

    @Test
    void aLongTitleGivesASlugOfAtMost100Characters() {
        String title = "x".repeat(98) + " yy " + UUID.randomUUID();
        String slug = (String) create("bob", input("title", title)).get("slug");
        assertEquals("x".repeat(98) + "-y", slug);

        String again = (String) create("bob", input("title", title)).get("slug");
        assertEquals("x".repeat(98) + "-2", again);
    }

    @Test
    void aTitleWithoutLettersOrDigitsGivesAFallbackSlug() {
        String slug = (String) create("bob", input("title", "日本語 ✓")).get("slug");
        assertTrue(slug.equals("article") || slug.matches("article-\\d+"), slug);
    }

    @Test
    void aGivenSlugIsKeptAndATakenOneIsAUserError() {
        String slug = "given-" + UUID.randomUUID();
        var first = create("bob", input("title", "Given slug", "slug", slug));
        assertEquals(slug, first.get("slug"));

        var json = ok("frank", CREATE, vars("input", input("title", "Another", "body", "b", "category", "FAQ", "slug", slug)));
        assertNull(json.get("data.articleCreate.article"));
        assertEquals(List.of(Map.of("field", List.of("input", "slug"), "code", "TAKEN",
                "message", "An article with the slug '" + slug + "' already exists.")), json.getList("data.articleCreate.userErrors"));
    }

    @Test
    void invalidInputIsAUserErrorAndCreatesNothing() {
        String tag = uniqueTag();
        List<String> tooManyTags = new ArrayList<>(IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList());
        tooManyTags.add(tag);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        var json = ok("bob", CREATE, vars("input", input("slug", "Not A Slug", "title", " ", "body", "x".repeat(200_001),
                "category", "FAQ", "tags", tooManyTags, "reviewBy", yesterday, "message", "m".repeat(501))));
        assertNull(json.get("data.articleCreate.article"));
        List<Map<String, Object>> errors = json.getList("data.articleCreate.userErrors");
        assertEquals(List.of(
                List.of(List.of("input", "slug"), "INVALID"),
                List.of(List.of("input", "title"), "REQUIRED"),
                List.of(List.of("input", "body"), "TOO_LONG"),
                List.of(List.of("input", "tags"), "INVALID"),
                List.of(List.of("input", "reviewBy"), "INVALID"),
                List.of(List.of("input", "message"), "TOO_LONG")),
                errors.stream().map(e -> List.of(e.get("field"), e.get("code"))).toList(), errors.toString());

        json = ok("bob", CREATE, vars("input", input("slug", "trailing-", "title", "t".repeat(201), "body", "  ",
                "category", "FAQ", "tags", List.of(tag, "no spaces"))));
        errors = json.getList("data.articleCreate.userErrors");
        assertEquals(List.of(
                List.of(List.of("input", "slug"), "INVALID"),
                List.of(List.of("input", "title"), "TOO_LONG"),
                List.of(List.of("input", "body"), "REQUIRED"),
                List.of(List.of("input", "tags"), "INVALID")),
                errors.stream().map(e -> List.of(e.get("field"), e.get("code"))).toList(), errors.toString());

        assertEquals(0, ok("bob", "query($tag: String) { articles(filter: {tag: $tag}) { totalCount } }", vars("tag", tag))
                .getInt("data.articles.totalCount"));
    }

    @Test
    void aSlugOfMoreThan100CharactersIsInvalid() {
        var json = ok("bob", CREATE, vars("input", input("slug", "a".repeat(101), "title", "T", "body", "b", "category", "FAQ")));
        assertEquals("INVALID", json.getString("data.articleCreate.userErrors[0].code"));
        assertEquals(List.of("input", "slug"), json.getList("data.articleCreate.userErrors[0].field"));
    }

    @Test
    void todayIsAValidReviewDate() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(today, create("bob", input("title", "Review today", "reviewBy", today)).get("reviewBy"));
    }

    @Test
    void editingTheTitleOrBodyMakesANewRevision() {
        var article = create("bob", input("title", "Rotate keys " + UUID.randomUUID(), "body", "v1"));
        String id = (String) article.get("id");

        var json = ok("frank", UPDATE, vars("id", id, "input", Map.of("version", 0, "body", "v2", "message", "Add step 3")));
        assertEquals(List.of(), json.getList("data.articleUpdate.userErrors"));
        assertEquals("v2", json.getString("data.articleUpdate.article.body"));
        assertEquals(1, json.getInt("data.articleUpdate.article.version"));
        assertEquals(2, json.getInt("data.articleUpdate.article.currentRevision.number"));
        assertEquals("Add step 3", json.getString("data.articleUpdate.article.currentRevision.message"));
        assertEquals("Frank", json.getString("data.articleUpdate.article.currentRevision.author.name"));
        assertEquals("Bob", json.getString("data.articleUpdate.article.owner.name"));
        assertNotEquals(article.get("updatedAt"), json.getString("data.articleUpdate.article.updatedAt"));

        json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 1, "title", "Rotate all keys")));
        assertEquals(3, json.getInt("data.articleUpdate.article.currentRevision.number"));
        assertEquals("Edited", json.getString("data.articleUpdate.article.currentRevision.message"));

        var revisions = ok("bob", REVISIONS, vars("id", id)).getList("data.node.revisions.nodes", Map.class);
        assertEquals(List.of(3, 2, 1), revisions.stream().map(r -> r.get("number")).toList());
        assertEquals(List.of("Rotate all keys", article.get("title"), article.get("title")),
                revisions.stream().map(r -> r.get("title")).toList());
        assertEquals(List.of("v2", "v2", "v1"), revisions.stream().map(r -> r.get("body")).toList());
        assertEquals(List.of("Edited", "Add step 3", "First draft"), revisions.stream().map(r -> r.get("message")).toList());
    }

    @Test
    void categoryTagsAndReviewDateChangeTheArticleOnly() {
        String tag = uniqueTag();
        var article = create("bob", input("title", "Backups " + UUID.randomUUID(), "tags", List.of("old"), "reviewBy", "2099-01-01"));
        String id = (String) article.get("id");

        var json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "category", "BEST_PRACTICE",
                "tags", List.of(tag, "Postgres"), "reviewBy", "2099-06-30", "message", "ignored without a new text")));
        assertEquals(List.of(), json.getList("data.articleUpdate.userErrors"));
        assertEquals("BEST_PRACTICE", json.getString("data.articleUpdate.article.category"));
        assertEquals(List.of("postgres", tag).stream().sorted().toList(), json.getList("data.articleUpdate.article.tags"));
        assertEquals("2099-06-30", json.getString("data.articleUpdate.article.reviewBy"));
        assertEquals(1, json.getInt("data.articleUpdate.article.version"));
        assertEquals(1, json.getInt("data.articleUpdate.article.currentRevision.number"));

        json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 1, "clear", List.of("REVIEW_BY"))));
        assertNull(json.get("data.articleUpdate.article.reviewBy"));
        assertEquals(2, json.getInt("data.articleUpdate.article.version"));

        assertEquals(1, ok("bob", REVISIONS, vars("id", id)).getInt("data.node.revisions.totalCount"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsVersionAndRevision() {
        var article = create("bob", input("title", "Same " + UUID.randomUUID(), "body", "same", "tags", List.of("b", "a")));
        var json = ok("bob", UPDATE, vars("id", article.get("id"), "input", Map.of("version", 0, "title", article.get("title"),
                "body", "same\n", "tags", List.of("A", "b"), "category", "HOW_TO")));
        assertEquals(List.of(), json.getList("data.articleUpdate.userErrors"));
        assertEquals(0, json.getInt("data.articleUpdate.article.version"));
        assertEquals(article.get("updatedAt"), json.getString("data.articleUpdate.article.updatedAt"));
        assertEquals(1, json.getInt("data.articleUpdate.article.currentRevision.number"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        var article = create("bob", input("title", "Conflict " + UUID.randomUUID(), "body", "original"));
        String id = (String) article.get("id");
        ok("frank", UPDATE, vars("id", id, "input", Map.of("version", 0, "category", "FAQ")));

        var json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "body", "overwrite")));
        assertNull(json.get("data.articleUpdate.article"));
        assertEquals("CONFLICT", json.getString("data.articleUpdate.userErrors[0].code"));
        assertEquals(List.of("input", "version"), json.getList("data.articleUpdate.userErrors[0].field"));

        var current = ok("bob", REVISIONS, vars("id", id));
        assertEquals(1, current.getInt("data.node.version"));
        assertEquals(1, current.getInt("data.node.revisions.totalCount"));
        assertEquals("original", current.getString("data.node.revisions.nodes[0].body"));
    }

    @Test
    void invalidUpdateIsAUserErrorAndChangesNothing() {
        var article = create("bob", input("title", "Invalid update " + UUID.randomUUID(), "body", "keep", "reviewBy", "2099-01-01"));
        String id = (String) article.get("id");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        var json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "title", "", "body", "new",
                "tags", List.of("#nope"), "reviewBy", yesterday, "message", "m".repeat(501))));
        assertNull(json.get("data.articleUpdate.article"));
        List<Map<String, Object>> errors = json.getList("data.articleUpdate.userErrors");
        assertEquals(List.of(
                List.of(List.of("input", "title"), "REQUIRED"),
                List.of(List.of("input", "tags"), "INVALID"),
                List.of(List.of("input", "reviewBy"), "INVALID"),
                List.of(List.of("input", "message"), "TOO_LONG")),
                errors.stream().map(e -> List.of(e.get("field"), e.get("code"))).toList(), errors.toString());

        json = ok("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "reviewBy", "2099-02-02", "clear", List.of("REVIEW_BY"))));
        assertEquals(List.of("input", "clear"), json.getList("data.articleUpdate.userErrors[0].field"));
        assertEquals("INVALID", json.getString("data.articleUpdate.userErrors[0].code"));

        var current = ok("bob", REVISIONS, vars("id", id));
        assertEquals(0, current.getInt("data.node.version"));
        assertEquals(1, current.getInt("data.node.revisions.totalCount"));
        assertEquals("keep", current.getString("data.node.revisions.nodes[0].body"));
    }

    @Test
    void unknownIdsAndSlugsAreNotFound() {
        String unknown = GlobalId.encode(Article.TYPE, 999_999_999L);
        for (String id : List.of(unknown, "not-an-id", GlobalId.encode("User", 1L))) {
            var json = run("bob", UPDATE, vars("id", id, "input", Map.of("version", 0, "title", "x")));
            assertNull(json.get("data.articleUpdate"));
            assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
            assertEquals("Could not find an object with id '" + id + "'.", json.getString("errors[0].message"));
        }

        String slug = "no-such-article-" + UUID.randomUUID();
        var json = run("bob", BY_SLUG, vars("slug", slug));
        assertNull(json.get("data.article"));
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertEquals("Could not find an article with slug '" + slug + "'.", json.getString("errors[0].message"));

        assertEquals("NOT_FOUND", run("bob", "query($id: ID!) { node(id: $id) { id } }", vars("id", unknown))
                .getString("errors[0].extensions.code"));
    }

    @Test
    void reporterCannotCreateAnArticle() {
        String slug = "refused-" + UUID.randomUUID();
        for (String user : List.of("carol", "dave")) {
            JsonPath json = run(user, CREATE, vars("input", input("slug", slug, "title", "T", "body", "b", "category", "FAQ")));
            assertNull(json.get("data.articleCreate"));
            assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"), user);
        }
        assertEquals("NOT_FOUND", run("bob", BY_SLUG, vars("slug", slug)).getString("errors[0].extensions.code"));
    }

    @Test
    void reporterCannotUpdateAnArticle() {
        var article = create("bob", input("title", "Refused update " + UUID.randomUUID(), "body", "kept"));
        String id = (String) article.get("id");
        int version = (Integer) Articles.publish(id).get("version");
        for (String user : List.of("carol", "dave")) {
            JsonPath json = run(user, UPDATE, vars("id", id, "input", Map.of("version", version, "body", "changed")));
            assertNull(json.get("data.articleUpdate"));
            assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"), user);
        }
        var current = ok("dave", REVISIONS, vars("id", id));
        assertEquals(version, current.getInt("data.node.version"));
        assertEquals("kept", current.getString("data.node.revisions.nodes[0].body"));
    }
}
