package io.caretaker.knowledge;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;

/** Documents and data builders shared by the knowledge base tests. */
final class Articles {

    static final String FIELDS = """
            id slug title body category tags status reviewBy publishedAt createdAt updatedAt version
            owner { name }
            currentRevision { id number title body message author { name } }""";

    static final String CREATE = """
            mutation($input: ArticleCreateInput!) {
              articleCreate(input: $input) {
                article { %s }
                userErrors { field message code }
              }
            }""".formatted(FIELDS);

    static final String UPDATE = """
            mutation($id: ID!, $input: ArticleUpdateInput!) {
              articleUpdate(id: $id, input: $input) {
                article { %s }
                userErrors { field message code }
              }
            }""".formatted(FIELDS);

    static final String BY_SLUG = """
            query($slug: String!) { article(slug: $slug) { %s } }""".formatted(FIELDS);

    private Articles() {
    }

    /** A tag no other test uses, to build lists that hold only this test's articles. */
    static String uniqueTag() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> input(Object... keysAndValues) {
        return new LinkedHashMap<>(vars(keysAndValues));
    }

    /** Creates an article as the given engineer and returns it (failing on any error). */
    static Map<String, Object> create(String user, Map<String, Object> input) {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("body", "Some **Markdown**.");
        full.put("category", "HOW_TO");
        full.putAll(input);
        JsonPath json = ok(user, CREATE, vars("input", full));
        assertEquals(List.of(), json.getList("data.articleCreate.userErrors"));
        return json.getMap("data.articleCreate.article");
    }

    static Map<String, Object> create(String title, String tag) {
        return create("bob", input("title", title, "tags", List.of(tag)));
    }

    static final String PUBLISH = """
            mutation($id: ID!, $input: ArticlePublishInput!) {
              articlePublish(id: $id, input: $input) {
                article { id status version publishedAt archivedAt reviewBy }
                userErrors { field message code }
              }
            }""";

    static final String ARCHIVE = """
            mutation($id: ID!, $input: ArticleArchiveInput!) {
              articleArchive(id: $id, input: $input) {
                article { id status version publishedAt archivedAt }
                userErrors { field message code }
              }
            }""";

    static final String VERSION = "query($id: ID!) { node(id: $id) { ... on Article { version } } }";

    static int version(String articleId) {
        return ok("bob", VERSION, vars("id", articleId)).getInt("data.node.version");
    }

    /** Publishes an article through the API as bob (an engineer), failing on any error. */
    static Map<String, Object> publish(String articleId) {
        JsonPath json = ok("bob", PUBLISH, vars("id", articleId, "input", Map.of("version", version(articleId))));
        assertEquals(List.of(), json.getList("data.articlePublish.userErrors"));
        return json.getMap("data.articlePublish.article");
    }

    static Map<String, Object> archive(String articleId) {
        JsonPath json = ok("bob", ARCHIVE, vars("id", articleId, "input", Map.of("version", version(articleId))));
        assertEquals(List.of(), json.getList("data.articleArchive.userErrors"));
        return json.getMap("data.articleArchive.article");
    }
}
