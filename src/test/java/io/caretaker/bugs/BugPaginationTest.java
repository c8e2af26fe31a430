package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BugPaginationTest {

    static final String PAGE = """
            query($label: String, $first: Int, $after: String, $last: Int, $before: String, $order: BugOrder) {
              bugs(filter: {label: $label}, first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
                totalCount
                edges { cursor node { title severity } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    String label;
    String bugWithComments;

    @BeforeAll
    void sevenBugs() {
        label = "page-" + UUID.randomUUID().toString().substring(0, 8);
        String[] severities = { "S4", "S1", "S3", "S2", "S1", "S4", "S2" };
        for (int i = 0; i < severities.length; i++) {
            String id = ok("carol", """
                    mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id } } }""",
                    vars("input", Map.of("title", "Bug " + i, "severity", severities[i], "labels", List.of(label))))
                    .getString("data.bugCreate.bug.id");
            if (i == 0) {
                bugWithComments = id;
            }
        }
        for (int i = 0; i < 5; i++) {
            ok("bob", "mutation($id: ID!, $b: String!) { bugCommentAdd(id: $id, input: {body: $b}) { comment { id } } }",
                    vars("id", bugWithComments, "b", "Comment " + i));
        }
    }

    private JsonPath page(Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put("label", label);
        return ok("bob", PAGE, all).setRootPath("data.bugs");
    }

    @Test
    void forwardPagesCoverTheListOnceInOrder() {
        List<String> titles = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            var page = page(vars("first", 3, "after", after, "order", Map.of("field", "NUMBER")));
            titles.addAll(page.getList("edges.node.title"));
            assertEquals(after != null, page.getBoolean("pageInfo.hasPreviousPage"));
            more = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            assertEquals(7, page.getInt("totalCount"));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of("Bug 0", "Bug 1", "Bug 2", "Bug 3", "Bug 4", "Bug 5", "Bug 6"), titles);
    }

    @Test
    void backwardPagesEndAtTheEnd() {
        var last = page(vars("last", 3, "order", Map.of("field", "NUMBER")));
        assertEquals(List.of("Bug 4", "Bug 5", "Bug 6"), last.getList("edges.node.title"));
        assertTrue(last.getBoolean("pageInfo.hasPreviousPage"));
        assertFalse(last.getBoolean("pageInfo.hasNextPage"));
        var before = page(vars("last", 3, "before", last.getString("pageInfo.startCursor"), "order", Map.of("field", "NUMBER")));
        assertEquals(List.of("Bug 1", "Bug 2", "Bug 3"), before.getList("edges.node.title"));
        assertTrue(before.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void severityOrderPutsCriticalFirstAndBreaksTiesByCreation() {
        var page = page(vars("first", 7, "order", Map.of("field", "SEVERITY", "direction", "ASC")));
        assertEquals(List.of("S1", "S1", "S2", "S2", "S3", "S4", "S4"), page.getList("edges.node.severity"));
        assertEquals(List.of("Bug 1", "Bug 4", "Bug 3", "Bug 6", "Bug 2", "Bug 0", "Bug 5"), page.getList("edges.node.title"));
        // continuing from the middle of a tie group keeps the order
        String cursor = page.getString("edges[0].cursor");
        var rest = page(vars("first", 2, "after", cursor, "order", Map.of("field", "SEVERITY", "direction", "ASC")));
        assertEquals(List.of("Bug 4", "Bug 3"), rest.getList("edges.node.title"));
    }

    @Test
    void newestFirstByDefault() {
        var page = page(vars("first", 2));
        assertEquals(List.of("Bug 6", "Bug 5"), page.getList("edges.node.title"));
    }

    @Test
    void aCursorOfAnotherOrderIsAClearError() {
        String cursor = page(vars("first", 1, "order", Map.of("field", "SEVERITY"))).getString("pageInfo.endCursor");
        var json = run("bob", PAGE, vars("label", label, "first", 2, "after", cursor));
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertTrue(json.getString("errors[0].message").contains("another ordering"), json.getString("errors[0].message"));
        var garbage = run("bob", PAGE, vars("label", label, "first", 2, "after", "%%%"));
        assertEquals("'%%%' is not a valid cursor.", garbage.getString("errors[0].message"));
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        var json = run("bob", PAGE, vars("label", label, "first", 2, "last", 2));
        assertEquals("Pass either 'first' or 'last', not both.", json.getString("errors[0].message"));
    }

    @Test
    void nestedCommentsPageBothWays() {
        String query = """
                query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
                  node(id: $id) { ... on Bug {
                    comments(first: $first, after: $after, last: $last, before: $before) {
                      totalCount nodes { body } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
                }""";
        var first = ok("dave", query, vars("id", bugWithComments, "first", 2)).setRootPath("data.node.comments");
        assertEquals(List.of("Comment 0", "Comment 1"), first.getList("nodes.body"));
        assertEquals(5, first.getInt("totalCount"));
        assertTrue(first.getBoolean("pageInfo.hasNextPage"));
        var next = ok("dave", query, vars("id", bugWithComments, "first", 2, "after", first.getString("pageInfo.endCursor")))
                .setRootPath("data.node.comments");
        assertEquals(List.of("Comment 2", "Comment 3"), next.getList("nodes.body"));
        var last = ok("dave", query, vars("id", bugWithComments, "last", 2)).setRootPath("data.node.comments");
        assertEquals(List.of("Comment 3", "Comment 4"), last.getList("nodes.body"));
        assertTrue(last.getBoolean("pageInfo.hasPreviousPage"));
        var before = ok("dave", query, vars("id", bugWithComments, "last", 3, "before", last.getString("pageInfo.startCursor")))
                .setRootPath("data.node.comments");
        assertEquals(List.of("Comment 0", "Comment 1", "Comment 2"), before.getList("nodes.body"));
        assertFalse(before.getBoolean("pageInfo.hasPreviousPage"));
    }
}
