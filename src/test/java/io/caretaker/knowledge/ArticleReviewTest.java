package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.caretaker.support.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleReviewTest {

    static final String STALE = """
            query($owner: ID) {
              staleArticles(ownerId: $owner, first: 100) {
                totalCount
                nodes { title reviewBy stale owner { name } reviewReminders { reviewBy sentAt owner { name } } }
              }
            }""";

    static final String REMINDERS = """
            query($owner: ID) {
              articleReviewReminders(ownerId: $owner, first: 100) { totalCount nodes { id reviewBy article { title } owner { name } } }
            }""";

    @Inject
    EntityManager em;

    @Inject
    ArticleReviewCheck check;

    /** Review dates in the past cannot be set through the API (they are refused), so the test ages them. */
    void age(String articleId, LocalDate reviewBy) {
        long id = GlobalId.decode(articleId, Article.TYPE).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update article set review_by = :d where id = :id")
                .setParameter("d", reviewBy).setParameter("id", id).executeUpdate());
    }

    @Test
    void ownersOfStaleArticlesAreRemindedOncePerReviewDate() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = Timestamps.now().toLocalDate();
        String older = (String) Articles.create("frank", input("title", "Rotate keys " + unique)).get("id");
        String newer = (String) Articles.create("frank", input("title", "Rate limits " + unique)).get("id");
        String fresh = (String) Articles.create("frank", input("title", "Fresh " + unique, "reviewBy", today.toString())).get("id");
        String draft = (String) Articles.create("frank", input("title", "Draft " + unique)).get("id");
        for (String id : List.of(older, newer, fresh)) {
            Articles.publish(id);
        }
        age(older, today.minusDays(30));
        age(newer, today.minusDays(1));
        age(draft, today.minusDays(60));
        check.remind();
        String frankId = ok("frank", "{ viewer { id } }").getString("data.viewer.id");

        JsonPath stale = ok("dave", STALE, vars("owner", frankId));
        List<String> titles = stale.getList("data.staleArticles.nodes.title");
        assertEquals(List.of("Rotate keys " + unique, "Rate limits " + unique),
                titles.stream().filter(t -> t.endsWith(unique)).toList(), "most overdue first; not the fresh one, not the draft");
        Map<String, Object> first = stale.getMap("data.staleArticles.nodes.find { it.title == 'Rotate keys " + unique + "' }");
        assertEquals(true, first.get("stale"));
        assertEquals(Map.of("name", "Frank"), first.get("owner"));
        List<Map<String, Object>> reminders = (List<Map<String, Object>>) first.get("reviewReminders");
        assertEquals(1, reminders.size());
        assertEquals(today.minusDays(30).toString(), reminders.get(0).get("reviewBy"));
        assertEquals(Map.of("name", "Frank"), reminders.get(0).get("owner"));

        // a second run reminds nobody again
        int before = ok("frank", REMINDERS, vars("owner", frankId)).getInt("data.articleReviewReminders.totalCount");
        check.remind();
        assertEquals(before, ok("frank", REMINDERS, vars("owner", frankId)).getInt("data.articleReviewReminders.totalCount"));

        // a new review date that passes in turn earns a new reminder
        age(older, today.minusDays(2));
        check.remind();
        JsonPath mine = ok("frank", REMINDERS, vars("owner", frankId));
        assertEquals(before + 1, mine.getInt("data.articleReviewReminders.totalCount"));
        assertEquals(today.minusDays(2).toString(), mine.getString("data.articleReviewReminders.nodes[0].reviewBy"));
        assertEquals("Rotate keys " + unique, mine.getString("data.articleReviewReminders.nodes[0].article.title"));
        assertEquals(0, ok("bob", REMINDERS, vars("owner", ok("bob", "{ viewer { id } }").getString("data.viewer.id")))
                .getList("data.articleReviewReminders.nodes.article.title").stream().filter(t -> t.toString().endsWith(unique)).count());

        // archived articles are no longer stale
        Articles.archive(newer);
        check.remind();
        List<String> afterArchive = ok("dave", STALE, vars("owner", frankId)).getList("data.staleArticles.nodes.title");
        assertEquals(List.of("Rotate keys " + unique), afterArchive.stream().filter(t -> t.endsWith(unique)).toList());

        int allStale = ok("alice", STALE, vars("owner", null)).getInt("data.staleArticles.totalCount");
        assertEquals(allStale, metric("caretaker_articles_stale"), "the gauge counts the stale articles");
        assertTrue(metric("caretaker_article_review_reminders_total") >= 3);
    }

    @Test
    void theStaleListOfAnUnknownOwnerIsEmpty() {
        JsonPath json = ok("dave", STALE, vars("owner", GlobalId.encode("User", 999_999_999L)));
        assertEquals(0, json.getInt("data.staleArticles.totalCount"));
    }

    /** The value of a metric without tags in the Prometheus scrape. */
    private static double metric(String name) {
        String pattern = "^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.E+-]+)$";
        String metrics = given().port(GraphQL.port()).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile(pattern, Pattern.MULTILINE).matcher(metrics);
        assertTrue(matcher.find(), "no " + pattern + " in the metrics");
        return Double.parseDouble(matcher.group(2));
    }
}
