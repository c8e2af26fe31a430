package io.caretaker.search;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Ranking, judged on a small corpus from the seeds' world where the best hit of each query is known: a
 * document about the thing beats documents that only mention it, whatever its kind. Distractors repeat
 * the query's words in their bodies. The corpus lives in a database of its own, so that no other test's
 * data takes part and the queries are exactly what a user would type.
 */
@QuarkusTest
@TestProfile(SearchRankingTest.OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caretaker.embedded-postgres.database", "ranking");
        }
    }

    static final String SEARCH = """
            query Rank($q: String!) {
              search(query: $q, first: 5) {
                nodes { object { ... on Article { title } ... on Runbook { title } ... on Bug { title } } }
              }
            }""";

    /** Query, then the title of the expected best hit. */
    static final List<List<String>> JUDGEMENTS = List.of(
            List.of("restore trading database", "Restoring the trading database"),
            List.of("exchange rate limits", "Exchange API rate limits"),
            List.of("rotate api keys", "Rotating the exchange API keys"),
            List.of("order book freezes", "Order book freezes after the feed reconnects"),
            List.of("renew certificates", "Renew TLS certificates before they expire"),
            List.of("postgres disk full", "Postgres disk full: what to delete first"),
            List.of("nightly backup", "Nightly backup of the trading database"),
            List.of("websocket reconnect", "WebSocket feed reconnect storm"),
            List.of("slippage", "Why simulated orders show slippage"),
            // search-as-you-type: the last word is a prefix
            List.of("rotating exch", "Rotating the exchange API keys"),
            List.of("certif", "Renew TLS certificates before they expire"));

    @BeforeAll
    void corpus() {
        article("Restoring the trading database", "TROUBLESHOOTING",
                "Stop the matching engine, restore the latest base backup, replay WAL, then verify balances.");
        article("Exchange API rate limits", "KNOWN_ISSUE",
                "Binance, Kraken and Coinbase limit requests per second and per minute. Back off on HTTP 429 and spread polling.");
        article("Rotating the exchange API keys", "HOW_TO",
                "Create the new key on the exchange, store it in the vault, deploy, then revoke the old key. Rotate every quarter.");
        article("Postgres disk full: what to delete first", "TROUBLESHOOTING",
                "When the disk of the database server is full, remove old WAL archives and logs first; never delete data files.");
        article("Why simulated orders show slippage", "FAQ",
                "The simulator fills market orders against the real order book, so large orders move the price.");
        article("Release checklist", "BEST_PRACTICE",
                "Before each release: check rate limits of every exchange, certificate expiry dates, backups and the order book"
                        + " freeze alarms; make sure the database can be restored and keys were rotated. Websocket reconnects are normal.");
        article("Architecture of the trading simulator", "ARCHITECTURE",
                "The order book lives in memory; trades go to the trading database (Postgres) with a nightly backup and a"
                        + " standby. API keys of the exchanges are in the vault. TLS certificates come from the ACME client.");
        runbook("Restore the exchange connector", "INCIDENT", "Reconnect the exchange connector after an outage.",
                "Restart the connector service");
        runbook("Nightly backup of the trading database", "BACKUP", "Runs pg_basebackup at 02:00 and checks the result.",
                "Check the last backup log");
        runbook("Renew TLS certificates before they expire", "SECURITY_PATCH", "Certificates from the ACME client expire after 90 days.",
                "Run certbot renew");
        bug("Order book freezes after the feed reconnects", "After a reconnect the order book stops updating until restart.");
        bug("WebSocket feed reconnect storm", "The websocket client reconnects in a tight loop when the exchange closes it.");
        bug("Rate limit banner shows wrong exchange", "The banner about rate limits names Kraken for Binance errors.");
        bug("Slow dashboard", "The dashboard loads slowly when the trading database is busy restoring a backup.");
    }

    void article(String title, String category, String body) {
        String id = ok("bob", """
                mutation($input: ArticleCreateInput!) { articleCreate(input: $input) { article { id } } }""",
                vars("input", Map.of("title", title, "category", category, "body", body)))
                .getString("data.articleCreate.article.id");
        ok("bob", "mutation($id: ID!) { articlePublish(id: $id, input: {version: 0}) { userErrors { message } } }", vars("id", id));
    }

    void runbook(String title, String category, String purpose, String step) {
        ok("bob", "mutation($input: RunbookCreateInput!) { runbookCreate(input: $input) { userErrors { message } } }",
                vars("input", Map.of("slug", "rank-" + UUID.randomUUID(), "title", title, "category", category,
                        "purpose", purpose, "steps", List.of(Map.of("title", step)))));
    }

    void bug(String title, String description) {
        ok("carol", "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id } } }",
                vars("input", Map.of("title", title, "description", description)));
    }

    @TestFactory
    List<DynamicTest> theExpectedBestHitComesFirst() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> judgement : JUDGEMENTS) {
            String query = judgement.get(0);
            String best = judgement.get(1);
            tests.add(DynamicTest.dynamicTest("'" + query + "' finds '" + best + "' first", () -> {
                List<Map<String, String>> hits = ok("dave", SEARCH, vars("q", query))
                        .getList("data.search.nodes.object");
                List<String> titles = hits.stream().map(h -> h.get("title")).toList();
                assertEquals(best, titles.isEmpty() ? null : titles.get(0), "hits: " + titles);
            }));
        }
        return tests;
    }
}
