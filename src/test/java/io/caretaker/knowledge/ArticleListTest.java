package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.UPDATE;
import static io.caretaker.knowledge.Articles.create;
import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.knowledge.Articles.uniqueTag;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleListTest {

    static final String LIST = """
            query($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String, $last: Int, $before: String) {
              articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                nodes { title }
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    static final String REVISIONS = """
            query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
              node(id: $id) {
                ... on Article {
                  revisions(first: $first, after: $after, last: $last, before: $before) {
                    totalCount
                    nodes { number title }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
              }
            }""";

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void articlesAreOrderedByTitleCreationOrLastChange() {
        String tag = uniqueTag();
        String b = "b middle " + UUID.randomUUID();
        String a = "A first " + UUID.randomUUID();
        String c = "c last " + UUID.randomUUID();
        var first = create(b, tag);
        create(a, tag);
        create(c, tag);

        assertEquals(List.of(a, b, c), titles(tag, Map.of("field", "TITLE")));
        assertEquals(List.of(c, b, a), titles(tag, Map.of("field", "TITLE", "direction", "DESC")));
        assertEquals(List.of(b, a, c), titles(tag, Map.of("field", "CREATED_AT")));
        assertEquals(List.of(c, a, b), titles(tag, Map.of("field", "CREATED_AT", "direction", "DESC")));
        assertEquals(List.of(c, a, b), titles(tag, null));

        ok("bob", UPDATE, vars("id", first.get("id"), "input", Map.of("version", 0, "category", "FAQ")));
        assertEquals(List.of(b, c, a), titles(tag, null));
        assertEquals(List.of(a, c, b), titles(tag, Map.of("field", "UPDATED_AT")));
    }

    @Test
    void filtersNarrowTheList() {
        String tag = uniqueTag();
        String other = uniqueTag();
        String word = "needle" + UUID.randomUUID().toString().substring(0, 8);
        create("bob", input("title", "FAQ about the " + word.toUpperCase(), "category", "FAQ", "tags", List.of(tag)));
        var known = create("bob", input("title", "Known issue " + UUID.randomUUID(), "category", "KNOWN_ISSUE", "tags", List.of(tag, other)));
        create("bob", input("title", "How to " + word, "category", "HOW_TO", "tags", List.of(tag)));
        Articles.publish((String) known.get("id"));

        assertEquals(3, count(Map.of("tag", tag)));
        assertEquals(3, count(Map.of("tag", " " + tag.toUpperCase() + " ")));
        assertEquals(1, count(Map.of("tag", other)));
        assertEquals(2, count(Map.of("tag", tag, "category", List.of("FAQ", "KNOWN_ISSUE"))));
        assertEquals(1, count(Map.of("tag", tag, "status", List.of("PUBLISHED"))));
        assertEquals(2, count(Map.of("tag", tag, "status", List.of("DRAFT"))));
        assertEquals(2, count(Map.of("query", word)));
        assertEquals(1, count(Map.of("query", word, "category", List.of("HOW_TO"))));
        assertEquals(0, count(Map.of("tag", "no-such-tag-" + UUID.randomUUID())));
        assertEquals(0, count(Map.of("tag", "not a valid tag")));
    }

    @Test
    void articlesPageForwardAndBackward() {
        String tag = uniqueTag();
        List<String> titles = IntStream.rangeClosed(1, 5).mapToObj(i -> "Page " + i + " " + UUID.randomUUID()).toList();
        titles.forEach(t -> create(t, tag));
        Map<String, Object> filter = Map.of("tag", tag);
        Map<String, Object> order = Map.of("field", "CREATED_AT");

        JsonPath page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "first", 2));
        assertPage(page, titles.subList(0, 2), true, false);
        assertEquals(5, page.getInt("data.articles.totalCount"));
        page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "first", 2, "after", endCursor(page)));
        assertPage(page, titles.subList(2, 4), true, true);
        page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "first", 2, "after", endCursor(page)));
        assertPage(page, titles.subList(4, 5), false, true);

        page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "last", 2));
        assertPage(page, titles.subList(3, 5), false, true);
        page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "last", 2, "before", startCursor(page)));
        assertPage(page, titles.subList(1, 3), true, true);
        page = ok("bob", LIST, vars("filter", filter, "orderBy", order, "last", 2, "before", startCursor(page)));
        assertPage(page, titles.subList(0, 1), true, false);
    }

    @Test
    void revisionsPageNewestFirst() {
        var article = create("Revised " + UUID.randomUUID(), uniqueTag());
        String id = (String) article.get("id");
        for (int version = 0; version < 4; version++) {
            ok("bob", UPDATE, vars("id", id, "input", Map.of("version", version, "body", "v" + (version + 2))));
        }

        JsonPath page = ok("bob", REVISIONS, vars("id", id, "first", 2));
        assertRevisions(page, List.of(5, 4), true, false);
        assertEquals(5, page.getInt("data.node.revisions.totalCount"));
        page = ok("bob", REVISIONS, vars("id", id, "first", 2, "after", page.getString("data.node.revisions.pageInfo.endCursor")));
        assertRevisions(page, List.of(3, 2), true, true);
        page = ok("bob", REVISIONS, vars("id", id, "first", 2, "after", page.getString("data.node.revisions.pageInfo.endCursor")));
        assertRevisions(page, List.of(1), false, true);

        page = ok("bob", REVISIONS, vars("id", id, "last", 2));
        assertRevisions(page, List.of(2, 1), false, true);
        page = ok("bob", REVISIONS, vars("id", id, "last", 2, "before", page.getString("data.node.revisions.pageInfo.startCursor")));
        assertRevisions(page, List.of(4, 3), true, true);
        page = ok("bob", REVISIONS, vars("id", id, "last", 2, "before", page.getString("data.node.revisions.pageInfo.startCursor")));
        assertRevisions(page, List.of(5), true, false);
    }

    @Test
    void eachArticleOfAPageGetsItsOwnRevisions() {
        String tag = uniqueTag();
        var once = create("Once " + UUID.randomUUID(), tag);
        var twice = create("Twice " + UUID.randomUUID(), tag);
        ok("bob", UPDATE, vars("id", twice.get("id"), "input", Map.of("version", 0, "title", "Twice, edited")));

        JsonPath json = ok("bob", """
                query($tag: String) {
                  articles(filter: {tag: $tag}, orderBy: {field: CREATED_AT}) {
                    nodes { id currentRevision { number } revisions(first: 1) { totalCount nodes { number title } pageInfo { hasNextPage } } }
                  }
                }""", vars("tag", tag));
        assertEquals(List.of(once.get("id"), twice.get("id")), json.getList("data.articles.nodes.id"));
        assertEquals(List.of(1, 2), json.getList("data.articles.nodes.currentRevision.number"));
        assertEquals(List.of(1, 2), json.getList("data.articles.nodes.revisions.totalCount"));
        assertEquals(List.of(List.of(1), List.of(2)), json.getList("data.articles.nodes.revisions.nodes.number"));
        assertEquals(List.of(false, true), json.getList("data.articles.nodes.revisions.pageInfo.hasNextPage"));
    }

    @Test
    void statementsDoNotGrowWithThePageSize() {
        String tag = uniqueTag();
        for (int i = 0; i < 6; i++) {
            var article = create("Batched " + i + " " + UUID.randomUUID(), tag);
            ok("bob", UPDATE, vars("id", article.get("id"), "input", Map.of("version", 0, "body", "second")));
        }
        String query = """
                query($tag: String, $first: Int) {
                  articles(filter: {tag: $tag}, first: $first) {
                    totalCount
                    nodes {
                      owner { name }
                      currentRevision { number author { name } article { slug } }
                      revisions(first: 2) { totalCount nodes { number author { name } article { id } } }
                    }
                  }
                }""";
        ok("bob", query, vars("tag", tag, "first", 1));
        long small = statements(() -> ok("bob", query, vars("tag", tag, "first", 2)));
        long large = statements(() -> ok("bob", query, vars("tag", tag, "first", 6)));
        // Some runs count one statement more for either page (seen in CI: 8 against 7; docs/performance.md
        // on lookups that depend on the order the engine resolves fields in). A statement per article would
        // add four here, which this still catches.
        assertTrue(Math.abs(large - small) <= 1, "a page of 6 vs a page of 2: " + large + " vs " + small + " statements");
        assertTrue(large <= 9, "statements: " + large);
    }

    private long statements(Runnable request) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    private static List<String> titles(String tag, Map<String, Object> order) {
        return ok("bob", LIST, vars("filter", Map.of("tag", tag), "orderBy", order)).getList("data.articles.nodes.title");
    }

    private static int count(Map<String, Object> filter) {
        return ok("bob", LIST, vars("filter", filter)).getInt("data.articles.totalCount");
    }

    private static String endCursor(JsonPath page) {
        return page.getString("data.articles.pageInfo.endCursor");
    }

    private static String startCursor(JsonPath page) {
        return page.getString("data.articles.pageInfo.startCursor");
    }

    private static void assertPage(JsonPath page, List<String> titles, boolean hasNext, boolean hasPrevious) {
        assertEquals(titles, page.getList("data.articles.nodes.title"));
        assertEquals(hasNext, page.getBoolean("data.articles.pageInfo.hasNextPage"));
        assertEquals(hasPrevious, page.getBoolean("data.articles.pageInfo.hasPreviousPage"));
        List<String> cursors = page.getList("data.articles.edges.cursor");
        assertEquals(cursors.get(0), startCursor(page));
        assertEquals(cursors.get(cursors.size() - 1), endCursor(page));
    }

    private static void assertRevisions(JsonPath page, List<Integer> numbers, boolean hasNext, boolean hasPrevious) {
        assertEquals(numbers, page.getList("data.node.revisions.nodes.number"));
        assertEquals(hasNext, page.getBoolean("data.node.revisions.pageInfo.hasNextPage"));
        assertFalse(page.getString("data.node.revisions.pageInfo.endCursor").isEmpty());
        assertEquals(hasPrevious, page.getBoolean("data.node.revisions.pageInfo.hasPreviousPage"));
    }
}
