package io.caretaker.search;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A broad search ranks only the matches whose titles match best (caretaker.search.ranked-hits, three
 * here instead of a thousand): those are listed, ranked among themselves by title and body, and the
 * counts still cover every match. Own database, so that exactly the corpus below matches.
 */
@QuarkusTest
@TestProfile(SearchRankingWindowTest.ThreeRanked.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingWindowTest {

    public static class ThreeRanked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caretaker.embedded-postgres.database", "rankingwindow", "caretaker.search.ranked-hits", "3");
        }
    }

    static final String SEARCH = """
            query Broad($q: String!, $first: Int, $after: String) {
              search(query: $q, first: $first, after: $after) {
                totalCount facets { types { type count } }
                pageInfo { hasNextPage endCursor }
                nodes { rank object { ... on Article { title } ... on Bug { title } } }
              }
            }""";

    @BeforeAll
    void corpus() {
        // body-only matches that say "failover" often: each would outrank a title match on its body alone
        for (int i = 1; i <= 4; i++) {
            article("Runbook index part " + i, "Failover failover failover: see the failover runbook. Failover again, failover.");
        }
        article("Database failover", "Promote the replica and repoint the pooler.");
        article("Failover of the price feed", "Switch the feed to the standby region.");
        ok("carol", "mutation { bugCreate(input: {title: \"Failover drill failed\", description: \"The replica lagged.\"}) { bug { id } } }");
    }

    void article(String title, String body) {
        String id = ok("bob", """
                mutation($input: ArticleCreateInput!) { articleCreate(input: $input) { article { id } } }""",
                vars("input", Map.of("title", title, "category", "HOW_TO", "body", body)))
                .getString("data.articleCreate.article.id");
        ok("bob", "mutation($id: ID!) { articlePublish(id: $id, input: {version: 0}) { userErrors { message } } }", vars("id", id));
    }

    @Test
    void theTitleMatchesAreRankedAndListedAndEveryMatchIsCounted() {
        var result = ok("dave", SEARCH, vars("q", "failover ", "first", 10)).setRootPath("data.search");
        assertEquals(List.of("Database failover", "Failover drill failed", "Failover of the price feed").stream().sorted().toList(),
                result.getList("nodes.object.title", String.class).stream().sorted().toList(), "the three title matches");
        List<Float> ranks = result.getList("nodes.rank", Float.class);
        assertTrue(ranks.get(0) >= ranks.get(1) && ranks.get(1) >= ranks.get(2), "ranked: " + ranks);
        assertFalse(result.getBoolean("pageInfo.hasNextPage"), "nothing beyond the ranked three");
        assertEquals(7, result.getInt("totalCount"));
        assertEquals(Map.of("type", "ARTICLE", "count", 6), result.getList("facets.types").get(0));
    }

    @Test
    void pagesWalkTheRankedMatchesOnce() {
        var first = ok("dave", SEARCH, vars("q", "failover ", "first", 2)).setRootPath("data.search");
        assertTrue(first.getBoolean("pageInfo.hasNextPage"));
        var second = ok("dave", SEARCH, vars("q", "failover ", "first", 2, "after", first.getString("pageInfo.endCursor")))
                .setRootPath("data.search");
        assertEquals(1, second.getList("nodes").size());
        assertFalse(second.getBoolean("pageInfo.hasNextPage"));
        List<String> seen = new java.util.ArrayList<>(first.getList("nodes.object.title", String.class));
        seen.addAll(second.getList("nodes.object.title", String.class));
        assertEquals(3, seen.stream().distinct().count(), "no hit twice: " + seen);
    }
}
