package io.caretaker.demo;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.caretaker.bugs.BugStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What a developer sees after {@code ./mvnw quarkus:dev}: the demo data, seeded once. Runs on a database
 * of its own in the embedded server, so the demo data and the other tests' data never mix.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caretaker.demo-data.enabled", "true", "caretaker.embedded-postgres.database", "demo");
        }
    }

    @Inject
    DemoData demoData;

    @Test
    void bugsInEveryStatusWithTheirPeopleAndParts() {
        var json = ok("bob", "{ bugs(first: 100) { totalCount nodes { status resolution severity confidential component { name } reporter { name } commentCount } } }");
        List<Map<String, Object>> bugs = json.getList("data.bugs.nodes");
        assertTrue(json.getInt("data.bugs.totalCount") >= 30, "at least 30 bugs");
        Set<Object> statuses = bugs.stream().map(b -> b.get("status")).collect(Collectors.toSet());
        assertEquals(Arrays.stream(BugStatus.values()).map(Enum::name).collect(Collectors.toSet()), statuses);
        Set<Object> resolutions = bugs.stream().map(b -> b.get("resolution")).filter(r -> r != null).collect(Collectors.toSet());
        assertEquals(Set.of("FIXED", "DUPLICATE", "WONT_FIX", "CANNOT_REPRODUCE", "BY_DESIGN"), resolutions);
        assertEquals(Set.of("S1", "S2", "S3", "S4"), bugs.stream().map(b -> b.get("severity")).collect(Collectors.toSet()));
        assertTrue(bugs.stream().allMatch(b -> b.get("component") != null));
        assertTrue(bugs.stream().mapToInt(b -> (Integer) b.get("commentCount")).sum() >= 20, "comments on many bugs");
        assertTrue(bugs.stream().anyMatch(b -> Boolean.TRUE.equals(b.get("confidential"))));
    }

    @Test
    void confidentialDemoBugsAreHiddenFromTheViewer() {
        int all = ok("bob", "{ bugs { totalCount } }").getInt("data.bugs.totalCount");
        int confidential = ok("bob", "{ bugs(filter: {confidential: true}) { totalCount } }").getInt("data.bugs.totalCount");
        assertTrue(confidential >= 2);
        assertEquals(all - confidential, ok("dave", "{ bugs { totalCount } }").getInt("data.bugs.totalCount"));
    }

    @Test
    void aDuplicatePointsToItsOriginalAndFixedBugsToTheirRelease() {
        var json = ok("bob", "{ bugs(first: 100, filter: {status: [RESOLVED, CLOSED, REOPENED]}) { nodes { resolution duplicateOf { key } fixedIn { version shippedAt } } } }");
        List<Map<String, Object>> bugs = json.getList("data.bugs.nodes");
        assertTrue(bugs.stream().anyMatch(b -> "DUPLICATE".equals(b.get("resolution")) && b.get("duplicateOf") != null));
        assertTrue(bugs.stream().filter(b -> "FIXED".equals(b.get("resolution")))
                .allMatch(b -> b.get("fixedIn") != null && ((Map<?, ?>) b.get("fixedIn")).get("shippedAt") != null));
    }

    @Test
    void featureRequestsWithVotesInEveryStatus() {
        var json = ok("carol", "{ featureRequests(first: 100, orderBy: {field: VOTES, direction: DESC}) { nodes { title status voteCount viewerHasVoted votes { totalCount } mergedInto { title } } } }");
        List<Map<String, Object>> features = json.getList("data.featureRequests.nodes");
        assertEquals(Set.of("PROPOSED", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "SHIPPED", "DECLINED"),
                features.stream().map(f -> f.get("status")).collect(Collectors.toSet()));
        for (Map<String, Object> feature : features) {
            assertEquals(feature.get("voteCount"), ((Map<?, ?>) feature.get("votes")).get("totalCount"), "vote count of " + feature.get("title"));
        }
        assertTrue(features.stream().anyMatch(f -> f.get("mergedInto") != null));
        assertTrue(features.stream().anyMatch(f -> Boolean.TRUE.equals(f.get("viewerHasVoted"))));
    }

    @Test
    void runbooksWithStepsAndRevisions() {
        var json = ok("dave", "query($slug: String!) { runbook(slug: $slug) { title rtoMinutes currentRevision { number } revisions { totalCount nodes { number steps { totalCount } } } steps { nodes { position title command expectedResult } } } }",
                vars("slug", "restore-trading-database"));
        assertEquals("Restore the trading database", json.getString("data.runbook.title"));
        assertEquals(2, json.getInt("data.runbook.currentRevision.number"));
        assertEquals(List.of(7, 3), json.getList("data.runbook.revisions.nodes.steps.totalCount"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), json.getList("data.runbook.steps.nodes.position"));
        assertTrue(ok("dave", "{ runbooks { totalCount } }").getInt("data.runbooks.totalCount") >= 6);
    }

    @Test
    void publishedArticlesForEveryoneAndDraftsForEngineers() {
        int forViewer = ok("dave", "{ articles { totalCount } }").getInt("data.articles.totalCount");
        int forEngineer = ok("bob", "{ articles { totalCount } }").getInt("data.articles.totalCount");
        assertTrue(forViewer >= 10);
        assertEquals(forViewer + 2, forEngineer, "two drafts");
        var limits = ok("dave", "{ article(slug: \"exchange-api-rate-limits\") { title status currentRevision { number } revisions { totalCount } tags } }");
        assertEquals("PUBLISHED", limits.getString("data.article.status"));
        assertEquals(2, limits.getInt("data.article.revisions.totalCount"));
        assertEquals(List.of("binance", "coinbase", "kraken", "rate-limit"), limits.getList("data.article.tags"));
    }

    @Test
    void articlesLinkToRunbooksAndBugsAndCarryFeedback() {
        var limits = ok("dave", """
                { article(slug: "exchange-api-rate-limits") { feedbackCounts { helpful notHelpful } helpfulRatio viewCount
                  linkedRunbooks { nodes { slug } } linkedBugs { nodes { title } } } }""").setRootPath("data.article");
        assertEquals(3, limits.getInt("feedbackCounts.helpful"));
        assertEquals(1.0f, limits.getFloat("helpfulRatio"));
        assertTrue(limits.getInt("viewCount") > 200, "views counted before this one");
        assertEquals(List.of("exchange-rate-limit-incident"), limits.getList("linkedRunbooks.nodes.slug"));
        assertEquals(List.of("Rate limit errors from Coinbase during volatility"), limits.getList("linkedBugs.nodes.title"));
        var restore = ok("dave", "{ runbook(slug: \"restore-trading-database\") { relatedArticles { nodes { slug } } } }");
        assertEquals(List.of("restoring-the-trading-database"), restore.getList("data.runbook.relatedArticles.nodes.slug"));
        var restoring = ok("dave", "{ article(slug: \"restoring-the-trading-database\") { feedbackCounts { helpful notHelpful } } }");
        assertEquals(1, restoring.getInt("data.article.feedbackCounts.notHelpful"));
    }

    @Test
    void caretakersOwnProceduresAreRunbooksToDrill() {
        var backup = ok("dave", """
                { runbook(slug: "caretaker-backup-restore") { category rtoMinutes drillIntervalDays steps { nodes { title command } } } }""")
                .setRootPath("data.runbook");
        assertEquals("RESTORE", backup.getString("category"));
        assertEquals(90, backup.getInt("drillIntervalDays"));
        assertTrue(backup.getList("steps.nodes.command", String.class).stream().anyMatch(c -> c != null && c.startsWith("pg_dump")));
        assertTrue(backup.getList("steps.nodes.command", String.class).stream().anyMatch(c -> c != null && c.contains("pg_restore")));
        for (String slug : List.of("caretaker-upgrade", "caretaker-backup-too-old", "caretaker-backup-verify-failed",
                "caretaker-export-import")) {
            assertFalse(ok("dave", "query($s: String!) { runbook(slug: $s) { steps { nodes { title } } } }", vars("s", slug))
                    .getList("data.runbook.steps.nodes").isEmpty(), slug);
        }
    }

    @Test
    void theTeamsMaintenancePlanIsThereAndExportsAsShipped() throws Exception {
        var plans = ok("dave", "{ maintenancePlans { nodes { id title progress { done inProgress total } } } }")
                .setRootPath("data.maintenancePlans");
        assertEquals("Trading Platform Maintenance - Step by Step Guide", plans.getString("nodes[0].title"));
        assertEquals(17, plans.getInt("nodes[0].progress.done"));
        assertEquals(65, plans.getInt("nodes[0].progress.total"));
        String shipped;
        try (var in = DemoDataTest.class.getResourceAsStream("/demo/maintenance-plan.md")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(shipped, ok("dave", "query($id: ID!) { maintenancePlanExport(id: $id) }", vars("id", plans.getString("nodes[0].id")))
                .getString("data.maintenancePlanExport"));
    }

    @Test
    void someArticlesArePastTheirReviewDate() {
        List<String> stale = ok("bob", "{ staleArticles { nodes { slug stale } } }").getList("data.staleArticles.nodes.slug");
        assertTrue(stale.containsAll(List.of("price-feed-troubleshooting", "rotating-exchange-api-keys", "backup-retention")), stale.toString());
    }

    @Test
    void searchFindsTheDemoKnowledge() {
        var hits = ok("dave", "{ search(query: \"restore trading database\", first: 3) { nodes { type object { ... on Article { slug } ... on Runbook { slug } } } } }");
        assertEquals(Set.of("restoring-the-trading-database", "restore-trading-database"),
                Set.copyOf(hits.getList("data.search.nodes.object.slug").subList(0, 2)));
        var limits = ok("dave", "{ search(query: \"rate limits\", first: 1) { nodes { object { ... on Article { slug } } } } }");
        assertEquals(List.of("exchange-api-rate-limits"), limits.getList("data.search.nodes.object.slug"));
    }

    @Test
    void demoUsersAreTheUsersOfTheTokens() {
        String viewerId = ok("alice", "{ viewer { id name roles } }").getString("data.viewer.id");
        var found = ok("alice", "{ users(filter: {query: \"alice@example.com\"}) { nodes { id name } } }");
        assertEquals(List.of(viewerId), found.getList("data.users.nodes.id"), "signing in updates the seeded row");
        assertEquals(List.of("Priya Raman"), ok("bob", "{ users(filter: {query: \"Priya\"}) { nodes { name } } }")
                .getList("data.users.nodes.name"));
    }

    @Test
    void seedingAgainAddsNothing() {
        int bugs = ok("bob", "{ bugs { totalCount } }").getInt("data.bugs.totalCount");
        assertFalse(demoData.seed());
        assertEquals(bugs, ok("bob", "{ bugs { totalCount } }").getInt("data.bugs.totalCount"));
    }
}
