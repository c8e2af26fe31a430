package io.caretaker.knowledge;

import static io.caretaker.knowledge.Articles.input;
import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The nested fields of articles (links both ways, feedback, reminders, revisions, owner) are batch-loaded:
 * a page of 30 runs as many SQL statements as a page of 3.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleStatementCountTest {

    static final String PAGE = """
            query($tag: String, $first: Int) {
              articles(first: $first, filter: {tag: $tag}) {
                totalCount
                nodes {
                  title bodyHtml stale viewCount owner { name } currentRevision { number author { name } }
                  feedbackCounts { helpful notHelpful } helpfulRatio myFeedback { helpful }
                  reviewReminders { reviewBy }
                  linkedBugs { totalCount nodes { title relatedArticles { totalCount nodes { title } } } }
                  linkedRunbooks { totalCount nodes { slug } }
                }
              }
            }""";

    @Inject
    EntityManagerFactory emf;

    String tag;

    @BeforeAll
    void thirtyLinkedArticlesWithFeedback() {
        tag = Articles.uniqueTag();
        String runbook = ArticleLinkTest.runbook("count-" + tag);
        for (int i = 0; i < 30; i++) {
            String bug = ArticleLinkTest.bug("carol", "Counted bug " + i + " " + tag, i % 3 == 0);
            String id = (String) Articles.create("bob", input("title", "Counted " + i, "body", "Some *text* " + i,
                    "tags", List.of(tag), "linkedBugIds", List.of(bug), "linkedRunbookIds", List.of(runbook))).get("id");
            Articles.publish(id);
            ok("carol", ArticleWorkflowTest.FEEDBACK, vars("id", id, "input", Map.of("helpful", i % 2 == 0)));
        }
    }

    private long statementsFor(String user, int first) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var json = ok(user, PAGE, vars("tag", tag, "first", first));
        long statements = statistics.getPrepareStatementCount();
        List<Map<String, Object>> nodes = json.getList("data.articles.nodes");
        assertEquals(first, nodes.size());
        assertEquals(30, json.getInt("data.articles.totalCount"));
        return statements;
    }

    @Test
    void nestedFieldsDoNotMultiplyStatements() {
        for (String user : List.of("bob", "dave")) {
            // the first request of a user may refresh their mirrored account: not part of the comparison
            statementsFor(user, 1);
            long few = statementsFor(user, 3);
            long many = statementsFor(user, 30);
            assertEquals(few, many, user + ": a page of 30 must run the statements of a page of 3");
        }
    }
}
