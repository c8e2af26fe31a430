package io.caretaker.search;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Search as its users see it: one ranked list over articles, runbooks and bugs, with highlights and
 * facets, the visibility rules of each kind of object, search-as-you-type, paging and knowledge gaps.
 *
 * <p>Every document of this test carries a word of its own ({@link #marker}), and every query includes it,
 * so that what other tests wrote never changes what these queries find.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    static final String SEARCH = """
            query Search($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
              search(query: $q, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                facets { types { type count } categories { category type count } }
                nodes {
                  type rank highlightedTitle snippet
                  object {
                    id
                    ... on Article { title status }
                    ... on Runbook { title slug }
                    ... on Bug { title confidential }
                  }
                }
              }
            }""";

    static final String HITS_ONLY = """
            query Search($q: String!, $filter: SearchFilter, $first: Int) {
              search(query: $q, filter: $filter, first: $first) { nodes { type object { id ... on Article { title } ... on Runbook { title } ... on Bug { title } } } }
            }""";

    String marker;
    String draftId;
    String archivedId;
    String secretBugId;
    String restoreRunbookSlug;

    @BeforeAll
    void corpus() {
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String m = marker;
        published("Restoring the trading database from backup", "TROUBLESHOOTING", List.of("postgres", "backup"),
                "When the trading database is corrupt, restore it from the nightly backup. " + m);
        published("Exchange API rate limits", "KNOWN_ISSUE", List.of("exchange"),
                "Every exchange limits requests per second; back off on HTTP 429. " + m);
        published("Rotating API keys", "HOW_TO", List.of("security"),
                "Rotate the exchange API keys every quarter and after any leak. " + m);
        published("Dashboard colours", "FAQ", List.of("ui"),
                "Why is the P&L red? <script>alert(1)</script> It is a loss; the database is fine. Themes change colours. " + m);
        draftId = article("Draft: restore drills", "HOW_TO", List.of(), "Restore drills every month " + m, false);
        archivedId = article("Old restore procedure", "HOW_TO", List.of(), "Restore with the old tool " + m, true);
        ok("bob", "mutation($id: ID!, $v: Int!) { articleArchive(id: $id, input: {version: $v}) { userErrors { message } } }",
                vars("id", archivedId, "v", 1));

        restoreRunbookSlug = "restore-trading-db-" + m;
        ok("bob", "mutation($input: RunbookCreateInput!) { runbookCreate(input: $input) { userErrors { message } } }",
                vars("input", Map.of("slug", restoreRunbookSlug, "title", "Restore the trading database", "category", "RESTORE",
                        "purpose", "Bring trading back after data loss. " + m,
                        "steps", List.of(Map.of("title", "Stop the matching engine"),
                                Map.of("title", "Restore the base backup", "command", "pg_basebackup --pgdata=/srv/restore",
                                        "expectedResult", "WAL replay completes")))));
        ok("bob", "mutation($input: RunbookCreateInput!) { runbookCreate(input: $input) { userErrors { message } } }",
                vars("input", Map.of("slug", "nightly-backup-" + m, "title", "Nightly backup of the trading database",
                        "category", "BACKUP", "purpose", "Runs at 02:00. " + m, "steps", List.of(Map.of("title", "Check the job")))));

        bug("carol", "Order rejected: rate limit exceeded on Kraken", false, List.of("exchange"), "Kraken answers 429 " + m);
        secretBugId = bug("erin", "Leaked signing key in the logs", true, List.of("security"), "The API key was logged " + m);
    }

    void published(String title, String category, List<String> tags, String body) {
        article(title, category, tags, body, true);
    }

    String article(String title, String category, List<String> tags, String body, boolean publish) {
        JsonPath created = ok("bob", """
                mutation($input: ArticleCreateInput!) { articleCreate(input: $input) { article { id } userErrors { message } } }""",
                vars("input", Map.of("title", title, "category", category, "tags", tags, "body", body)));
        String id = created.getString("data.articleCreate.article.id");
        if (publish) {
            ok("bob", "mutation($id: ID!) { articlePublish(id: $id, input: {version: 0}) { userErrors { message } } }",
                    vars("id", id));
        }
        return id;
    }

    String bug(String reporter, String title, boolean confidential, List<String> labels, String description) {
        return ok(reporter, "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id } } }",
                vars("input", Map.of("title", title, "confidential", confidential, "labels", labels, "description", description)))
                .getString("data.bugCreate.bug.id");
    }

    JsonPath search(String user, String query, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", query + " " + marker + " ");
        variables.put("filter", filter);
        return ok(user, SEARCH, variables);
    }

    static List<String> titles(JsonPath json) {
        List<Map<String, Object>> nodes = json.getList("data.search.nodes.object");
        List<String> titles = new ArrayList<>();
        nodes.forEach(n -> titles.add((String) n.get("title")));
        return titles;
    }

    @Test
    void titlesWeighMoreThanBodies() {
        List<String> titles = titles(search("dave", "restore trading database", null));
        assertEquals(List.of("Restore the trading database", "Restoring the trading database from backup"),
                titles.subList(0, 2).stream().sorted().toList(), "all three words in the title: " + titles);
    }

    @Test
    void runbookStepsAreSearchedToo() {
        List<String> titles = titles(search("dave", "pg_basebackup", null));
        assertEquals(List.of("Restore the trading database"), titles);
        JsonPath json = search("dave", "WAL replay", null);
        assertEquals("RUNBOOK", json.getString("data.search.nodes[0].type"));
        assertTrue(json.getString("data.search.nodes[0].snippet").contains("<mark>WAL</mark> <mark>replay</mark>"),
                json.getString("data.search.nodes[0].snippet"));
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", marker + " rota");
        assertEquals(List.of("Rotating API keys"), titles(ok("dave", SEARCH, variables)));
        variables.put("q", marker + " rota ");
        assertEquals(List.of(), titles(ok("dave", SEARCH, variables)), "a finished word is a word, not a prefix");
        variables.put("q", marker + " databa");
        assertTrue(titles(ok("dave", SEARCH, variables)).contains("Dashboard colours"));
        variables.put("q", marker + " databases");
        assertTrue(titles(ok("dave", SEARCH, variables)).contains("Dashboard colours"), "stemmed prefix: databases finds database");
        variables.put("q", marker + " the");
        assertEquals(List.of("Dashboard colours"), titles(ok("dave", SEARCH, variables)), "a stopword typed is the start of a word: themes");
    }

    @Test
    void webSearchSyntaxWorks() {
        List<String> ratePhrase = titles(search("dave", "\"rate limit\"", null));
        assertEquals(List.of("Exchange API rate limits", "Order rejected: rate limit exceeded on Kraken").stream().sorted().toList(),
                ratePhrase.stream().sorted().toList());
        assertEquals(List.of("Exchange API rate limits"), titles(search("dave", "\"rate limit\" -kraken", null)));
        List<String> either = titles(search("dave", "kraken or quarter", null));
        assertEquals(List.of("Order rejected: rate limit exceeded on Kraken", "Rotating API keys").stream().sorted().toList(),
                either.stream().sorted().toList());
    }

    @Test
    void hitsShowWhyTheyMatchedAsSafeHtml() {
        JsonPath json = search("dave", "red loss", null);
        assertEquals("Dashboard colours", json.getString("data.search.nodes[0].object.title"));
        String snippet = json.getString("data.search.nodes[0].snippet");
        assertTrue(snippet.contains("<mark>red</mark>") && snippet.contains("<mark>loss</mark>"), snippet);
        assertOnlyMarksAndEntities(snippet);
        JsonPath title = search("dave", "colours", null);
        assertEquals("Dashboard <mark>colours</mark>", title.getString("data.search.nodes[0].highlightedTitle"));
        float rank = title.getFloat("data.search.nodes[0].rank");
        assertTrue(rank > 0 && rank < 1, "rank " + rank);
    }

    @Test
    void draftsArchivedArticlesAndConfidentialBugsAreFoundOnlyByThoseAllowed() {
        assertEquals(List.of(), titles(search("dave", "drills", null)), "a draft is not found by a viewer");
        assertEquals(List.of("Draft: restore drills"), titles(search("bob", "drills", null)));
        assertEquals(List.of(), titles(search("bob", "old tool", null)), "archived articles leave the search");

        for (String user : List.of("dave", "carol")) {
            JsonPath json = search(user, "leaked signing key", null);
            assertEquals(List.of(), titles(json), user);
            assertEquals(0, json.getInt("data.search.totalCount"), user);
            assertEquals(List.of(), json.getList("data.search.facets.types"), user);
        }
        for (String user : List.of("erin", "frank")) {
            JsonPath json = search(user, "leaked signing key", null);
            assertEquals(List.of("Leaked signing key in the logs"), titles(json), user);
            assertEquals(1, json.getInt("data.search.totalCount"));
        }
        // "key" also finds the article for everyone, and counts the secret bug only for those who see it
        assertEquals(1, search("dave", "key", null).getInt("data.search.totalCount"));
        assertEquals(2, search("erin", "key", null).getInt("data.search.totalCount"));
    }

    @Test
    void facetsCountAllMatchesAndIgnoreTheirOwnFilter() {
        JsonPath all = search("dave", "", null);
        assertEquals(7, all.getInt("data.search.totalCount"), "4 published articles, 2 runbooks, 1 visible bug");
        Map<String, Integer> types = counts(all.getList("data.search.facets.types"), "type");
        assertEquals(Map.of("ARTICLE", 4, "RUNBOOK", 2, "BUG", 1), types);

        JsonPath onlyRunbooks = search("dave", "", Map.of("types", List.of("RUNBOOK")));
        assertEquals(2, onlyRunbooks.getInt("data.search.totalCount"));
        assertEquals(types, counts(onlyRunbooks.getList("data.search.facets.types"), "type"), "type counts ignore the types filter");
        assertEquals(Map.of("RESTORE", 1, "BACKUP", 1), counts(onlyRunbooks.getList("data.search.facets.categories"), "category"));

        JsonPath howTo = search("dave", "", Map.of("categories", List.of("HOW_TO", "RESTORE")));
        assertEquals(List.of("Restore the trading database", "Rotating API keys"), titles(howTo).stream().sorted().toList());
        assertEquals(Map.of("ARTICLE", 1, "RUNBOOK", 1), counts(howTo.getList("data.search.facets.types"), "type"));
        assertEquals(Map.of("TROUBLESHOOTING", 1, "KNOWN_ISSUE", 1, "HOW_TO", 1, "FAQ", 1, "RESTORE", 1, "BACKUP", 1),
                counts(howTo.getList("data.search.facets.categories"), "category"), "category counts ignore the categories filter");

        JsonPath tagged = search("dave", "", Map.of("tags", List.of("Exchange")));
        assertEquals(List.of("Exchange API rate limits", "Order rejected: rate limit exceeded on Kraken"),
                titles(tagged).stream().sorted().toList(), "article tags and bug labels");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        JsonPath all = search("bob", "", Map.of("types", List.of("ARTICLE", "RUNBOOK")));
        List<String> everything = titles(all);
        assertEquals(7, everything.size());
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("q", marker + " ");
            variables.put("filter", Map.of("types", List.of("ARTICLE", "RUNBOOK")));
            variables.put("first", 2);
            variables.put("after", after);
            JsonPath page = ok("bob", SEARCH, variables);
            paged.addAll(titles(page));
            after = page.getBoolean("data.search.pageInfo.hasNextPage") ? page.getString("data.search.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(everything, paged);
        List<Float> ranks = all.getList("data.search.nodes.rank", Float.class);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "best first: " + ranks);
        }
    }

    @Test
    void theIndexFollowsEdits() {
        // a word of its own, to leave the corpus of the other tests as it is
        String own = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = article("Feed handler reconnects", "TROUBLESHOOTING", List.of(), "It retries. " + own, true);
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", own + " reconnects");
        assertEquals(List.of("Feed handler reconnects"), titles(ok("dave", SEARCH, variables)));
        ok("bob", "mutation($id: ID!) { articleUpdate(id: $id, input: {version: 1, title: \"Feed handler backoff\"}) { userErrors { message } } }",
                vars("id", id));
        assertEquals(List.of(), titles(ok("dave", SEARCH, variables)), "the old title is gone");
        variables.put("q", own + " backoff");
        JsonPath renamed = ok("dave", SEARCH, variables);
        assertEquals("Feed handler <mark>backoff</mark>", renamed.getString("data.search.nodes[0].highlightedTitle"));

        String bugId = bug("carol", "Quotes stall", false, List.of(), "Stalls " + own);
        variables.put("q", own + " ");
        variables.put("filter", Map.of("tags", List.of("feed")));
        assertEquals(List.of(), titles(ok("dave", SEARCH, variables)));
        ok("bob", "mutation($id: ID!) { bugUpdate(id: $id, input: {version: 0, labels: [\"feed\"]}) { userErrors { message } } }",
                vars("id", bugId));
        assertEquals(List.of("Quotes stall"), titles(ok("dave", SEARCH, variables)), "labels are tags");
        ok("bob", "mutation($id: ID!) { bugUpdate(id: $id, input: {version: 1, confidential: true}) { userErrors { message } } }",
                vars("id", bugId));
        assertEquals(List.of(), titles(ok("dave", SEARCH, variables)), "a bug made confidential leaves others' searches");
        assertEquals(List.of("Quotes stall"), titles(ok("carol", SEARCH, variables)));
    }

    @Test
    void badQueriesAreClearErrors() {
        for (String query : List.of("", "   ", "x".repeat(201))) {
            JsonPath json = run("dave", HITS_ONLY, vars("q", query));
            assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"), query);
            assertNull(json.get("data"));
        }
        JsonPath category = run("dave", HITS_ONLY, vars("q", "restore", "filter", Map.of("categories", List.of("NOPE"))));
        assertTrue(category.getString("errors[0].message").startsWith("Unknown category NOPE: use article categories ("),
                category.getString("errors[0].message"));
        JsonPath cursor = run("dave", SEARCH, vars("q", "restore", "after", "bm9wZQ"));
        assertEquals("BAD_USER_INPUT", cursor.getString("errors[0].extensions.code"));
    }

    @Test
    void searchesThatFindNothingAreKnowledgeGaps() {
        String gap = "Quantum " + marker + " failover!";
        ok("dave", HITS_ONLY, vars("q", gap));
        ok("carol", HITS_ONLY, vars("q", "  quantum   " + marker.toUpperCase() + " FAILOVER  "));
        ok("carol", HITS_ONLY, vars("q", "quantum " + marker + " failover", "filter", Map.of("types", List.of("BUG"))));
        ok("carol", HITS_ONLY, vars("q", "restore " + marker));

        String gaps = "query Gaps($first: Int) { knowledgeGaps(first: $first) { totalCount nodes { query exampleQuery searches firstSeenAt lastSeenAt } } }";
        List<Map<String, Object>> nodes = ok("bob", gaps, vars("first", 100)).getList("data.knowledgeGaps.nodes");
        List<Map<String, Object>> mine = nodes.stream().filter(n -> ((String) n.get("query")).contains(marker)).toList();
        assertEquals(1, mine.size(), "grouped by normalized query; a filtered search or one with hits is no gap: " + mine);
        assertEquals("quantum " + marker + " failover", mine.get(0).get("query"));
        assertEquals(2, mine.get(0).get("searches"));
        assertEquals("quantum   " + marker.toUpperCase() + " FAILOVER", mine.get(0).get("exampleQuery"));

        JsonPath refused = run("carol", gaps, vars("first", 1));
        assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"));
    }

    @Test
    void markupInTitlesAndBodiesIsEscaped() {
        String own = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        article("Margin calls & <em>liquidations</em>", "FAQ", List.of(), "When margin <b>falls</b> \"below\" 5% & more. " + own, true);
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", own + " liquidations");
        JsonPath json = ok("dave", SEARCH, variables);
        String title = json.getString("data.search.nodes[0].highlightedTitle");
        assertTrue(title.contains("<mark>liquidations</mark>"), title);
        assertTrue(title.startsWith("Margin calls &amp; "), title);
        assertOnlyMarksAndEntities(title);
        assertOnlyMarksAndEntities(json.getString("data.search.nodes[0].snippet"));
    }

    /** Safe HTML: the only tags are mark tags, and every ampersand starts an entity. */
    static void assertOnlyMarksAndEntities(String html) {
        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), html);
        assertFalse(withoutMarks.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), html);
    }

    private static Map<String, Integer> counts(List<Map<String, Object>> facets, String key) {
        Map<String, Integer> counts = new HashMap<>();
        facets.forEach(f -> counts.put((String) f.get(key), (Integer) f.get("count")));
        return counts;
    }
}
