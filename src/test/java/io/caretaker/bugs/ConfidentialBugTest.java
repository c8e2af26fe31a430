package io.caretaker.bugs;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.caretaker.graphql.GlobalId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A confidential bug is visible only to its reporter, engineers and admins, by every path: lists,
 * totalCount, node, nodes, bug(key), nested fields, mutations and error messages. For everyone else
 * it is indistinguishable from a bug that does not exist.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialBugTest {

    static final String CREATE = """
            mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id key } userErrors { message } } }""";

    @Inject
    EntityManager em;

    String label;
    String secretId;
    String secretKey;
    String openId;
    String secretCommentId;
    /** An id of the same shape that names no bug at all. */
    String missingId = GlobalId.encode("Bug", 987_654_321L);

    @BeforeAll
    void carolReportsAnOpenAndAConfidentialBug() {
        label = "vis-" + UUID.randomUUID().toString().substring(0, 8);
        var secret = ok("carol", CREATE, vars("input", Map.of("title", "Wallet private keys logged in clear text",
                "labels", List.of(label), "confidential", true)));
        secretId = secret.getString("data.bugCreate.bug.id");
        secretKey = secret.getString("data.bugCreate.bug.key");
        openId = ok("carol", CREATE, vars("input", Map.of("title", "Typo on the login page", "labels", List.of(label))))
                .getString("data.bugCreate.bug.id");
        secretCommentId = ok("bob", """
                mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: "Rotating the keys now."}) { comment { id } } }""",
                vars("id", secretId)).getString("data.bugCommentAdd.comment.id");
        // the open bug duplicates the confidential one (set directly: marking duplicates is a later feature)
        long secretDbId = GlobalId.decode(secretId, "Bug").orElseThrow();
        long openDbId = GlobalId.decode(openId, "Bug").orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update bug set duplicate_of_id = :d where id = :id")
                .setParameter("d", secretDbId).setParameter("id", openDbId).executeUpdate());
    }

    private List<String> titlesSeenBy(String user) {
        return ok(user, "query($l: String) { bugs(filter: {label: $l}, orderBy: {field: NUMBER}) { nodes { title } } }",
                vars("l", label)).getList("data.bugs.nodes.title");
    }

    private int countSeenBy(String user, Boolean confidential) {
        return ok(user, "query($l: String, $c: Boolean) { bugs(filter: {label: $l, confidential: $c}) { totalCount } }",
                vars("l", label, "c", confidential)).getInt("data.bugs.totalCount");
    }

    @Test
    void listsShowItOnlyToTheReporterEngineersAndAdmins() {
        List<String> both = List.of("Wallet private keys logged in clear text", "Typo on the login page");
        assertEquals(both, titlesSeenBy("carol"));
        assertEquals(both, titlesSeenBy("bob"));
        assertEquals(both, titlesSeenBy("alice"));
        assertEquals(List.of("Typo on the login page"), titlesSeenBy("dave"));
        assertEquals(List.of("Typo on the login page"), titlesSeenBy("erin"));
    }

    @Test
    void countsDoNotRevealIt() {
        assertEquals(2, countSeenBy("carol", null));
        assertEquals(2, countSeenBy("bob", null));
        assertEquals(1, countSeenBy("dave", null));
        assertEquals(1, countSeenBy("erin", null));
        assertEquals(0, countSeenBy("dave", true));
        assertEquals(1, countSeenBy("bob", true));
    }

    @Test
    void nodeAnswersNotFoundExactlyLikeAMissingId() {
        for (String user : List.of("dave", "erin")) {
            JsonPath hidden = run(user, "query($id: ID!) { node(id: $id) { id } }", vars("id", secretId));
            JsonPath missing = run(user, "query($id: ID!) { node(id: $id) { id } }", vars("id", missingId));
            assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
            assertEquals(missing.getString("errors[0].message").replace(missingId, "ID"),
                    hidden.getString("errors[0].message").replace(secretId, "ID"));
            assertNull(hidden.get("data.node"));
        }
        assertEquals(secretId, ok("carol", "query($id: ID!) { node(id: $id) { id } }", vars("id", secretId))
                .getString("data.node.id"));
    }

    @Test
    void nodesLeaveAGapExactlyLikeForAMissingId() {
        var json = ok("dave", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                vars("ids", List.of(secretId, openId, missingId)));
        assertEquals(Arrays.asList(null, Map.of("id", openId), null), json.getList("data.nodes"));
        var engineer = ok("bob", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", vars("ids", List.of(secretId, openId)));
        assertEquals(List.of(Map.of("id", secretId), Map.of("id", openId)), engineer.getList("data.nodes"));
    }

    @Test
    void bugByKeyAnswersNotFoundExactlyLikeAMissingKey() {
        JsonPath hidden = run("erin", "query($k: String!) { bug(key: $k) { id } }", vars("k", secretKey));
        JsonPath missing = run("erin", "query($k: String!) { bug(key: $k) { id } }", vars("k", "BUG-987654321"));
        assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
        assertEquals(missing.getString("errors[0].message").replace("BUG-987654321", "KEY"),
                hidden.getString("errors[0].message").replace(secretKey, "KEY"));
        assertEquals(secretId, ok("carol", "query($k: String!) { bug(key: $k) { id } }", vars("k", secretKey))
                .getString("data.bug.id"));
    }

    @Test
    void nestedFieldsDoNotLeadToIt() {
        var dave = ok("dave", "query($id: ID!) { node(id: $id) { ... on Bug { duplicateOf { id title } } } }", vars("id", openId));
        assertNull(dave.get("data.node.duplicateOf"));
        var bob = ok("bob", "query($id: ID!) { node(id: $id) { ... on Bug { duplicateOf { id } } } }", vars("id", openId));
        assertEquals(secretId, bob.getString("data.node.duplicateOf.id"));
        // its comments are hidden with it
        JsonPath comment = run("dave", "query($id: ID!) { node(id: $id) { ... on Comment { body bug { title } } } }",
                vars("id", secretCommentId));
        assertEquals("NOT_FOUND", comment.getString("errors[0].extensions.code"));
        assertEquals("Rotating the keys now.", ok("carol", "query($id: ID!) { node(id: $id) { ... on Comment { body } } }",
                vars("id", secretCommentId)).getString("data.node.body"));
    }

    @Test
    void mutationsAnswerNotFoundRatherThanForbidden() {
        JsonPath comment = run("erin", """
                mutation($id: ID!) { bugCommentAdd(id: $id, input: {body: "me too"}) { comment { id } } }""", vars("id", secretId));
        assertEquals("NOT_FOUND", comment.getString("errors[0].extensions.code"));
        JsonPath update = run("erin", """
                mutation($id: ID!) { bugUpdate(id: $id, input: {version: 0, title: "x"}) { bug { id } } }""", vars("id", secretId));
        assertEquals("NOT_FOUND", update.getString("errors[0].extensions.code"));
        assertEquals(comment.getString("errors[0].message"), update.getString("errors[0].message"));
    }
}
