package io.caretaker.knowledge;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

    /**
     * Publishing comes with a later issue: until then, tests that need a PUBLISHED article set the status
     * directly in the database, in a transaction of their own.
     */
    static void publish(EntityManager em, String articleId) {
        setStatus(em, articleId, ArticleStatus.PUBLISHED);
    }

    /** Like {@link #publish}: sets a status that no mutation can set yet, directly in the database. */
    static void setStatus(EntityManager em, String articleId, ArticleStatus status) {
        long id = GlobalId.decode(articleId, Article.TYPE).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update ArticleEntity e set e.status = :status, e.publishedAt = coalesce(e.publishedAt, :now) where e.id = :id")
                .setParameter("status", status)
                .setParameter("now", Timestamps.now())
                .setParameter("id", id)
                .executeUpdate());
    }
}
