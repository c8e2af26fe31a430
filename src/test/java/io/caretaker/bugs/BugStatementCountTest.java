package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Nested fields are batch-loaded: a page of bugs with reporter, assignee, component, labels, comment
 * count and total count runs the same few SQL statements whether the page holds 10 bugs or 100.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BugStatementCountTest {

    static final String PAGE = """
            query($label: String, $first: Int) {
              bugs(first: $first, filter: {label: $label}) {
                totalCount
                nodes { key title reporter { name } assignee { name } component { name } labels commentCount }
              }
            }""";

    @Inject
    EntityManagerFactory emf;

    String label;

    @BeforeAll
    void oneHundredBugsWithEverything() {
        label = "count-" + UUID.randomUUID().toString().substring(0, 8);
        String component = ok("alice", """
                mutation($name: String!) { componentCreate(input: {name: $name}) { component { id } } }""",
                vars("name", "Matching engine " + label)).getString("data.componentCreate.component.id");
        String frank = ok("frank", "{ viewer { id } }").getString("data.viewer.id");
        for (int i = 0; i < 100; i++) {
            var bug = ok(i % 2 == 0 ? "carol" : "erin", """
                    mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id version } } }""",
                    vars("input", Map.of("title", "Order " + i + " rejected", "componentId", component,
                            "labels", List.of(label, "orders"))));
            String id = bug.getString("data.bugCreate.bug.id");
            ok("bob", """
                    mutation($id: ID!, $input: BugUpdateInput!) { bugUpdate(id: $id, input: $input) { userErrors { message } } }""",
                    vars("id", id, "input", Map.of("version", bug.getInt("data.bugCreate.bug.version"), "assigneeId", frank)));
            if (i % 10 == 0) {
                ok("bob", "mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: \"Looking\"}) { comment { id } } }",
                        vars("id", id));
            }
        }
    }

    private long statementsFor(int first) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var json = ok("bob", PAGE, vars("label", label, "first", first));
        long statements = statistics.getPrepareStatementCount();
        List<Map<String, Object>> nodes = json.getList("data.bugs.nodes");
        assertEquals(first, nodes.size());
        assertEquals(100, json.getInt("data.bugs.totalCount"));
        nodes.forEach(n -> {
            assertEquals("Frank", ((Map<?, ?>) n.get("assignee")).get("name"));
            assertEquals(List.of(label, "orders").stream().sorted().toList(), n.get("labels"));
        });
        return statements;
    }

    @Test
    void statementsDoNotGrowWithThePageSize() {
        statementsFor(10); // warm up: the first request of a user mirrors it
        long ten = statementsFor(10);
        long hundred = statementsFor(100);
        assertEquals(ten, hundred, "statements for 10 bugs vs 100 bugs");
        assertTrue(hundred <= 6, "at most 6 statements, got " + hundred);
    }
}
