package io.caretaker.bugs.views;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BugViewTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aStoredFilterThatNoLongerParsesDoesNotBreakTheList() {
        var view = save("dave", Map.of("name", "Old " + UUID.randomUUID(), "filter", Map.of("severity", List.of("S1"))));
        long id = GlobalId.decode(view.getString("view.id"), "BugView").orElseThrow();
        // as if a later version had removed a value: S9 does not exist
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update bug_view set filter = cast(:f as jsonb) where id = :id")
                .setParameter("f", "{\"v\":1,\"severity\":[\"S9\",\"S1\"],\"label\":\"kept\"}").setParameter("id", id).executeUpdate());
        var read = ok("dave", "query($id: ID!) { node(id: $id) { ... on BugView { filter { severity label } bugs { totalCount } } } }",
                vars("id", view.getString("view.id"))).setRootPath("data.node");
        assertEquals(List.of("S1"), read.getList("filter.severity"));
        assertEquals("kept", read.getString("filter.label"));
    }

    static final String SAVE = """
            mutation($input: BugViewSaveInput!) {
              bugViewSave(input: $input) {
                view { id name shared version owner { name } filter { status severity label componentId } orderBy { field direction }
                       bugs { totalCount nodes { title severity } } }
                userErrors { field message code }
              }
            }""";

    private static JsonPath save(String user, Map<String, Object> input) {
        return ok(user, SAVE, vars("input", input)).setRootPath("data.bugViewSave");
    }

    private static void report(String title, String severity, String label, boolean confidential) {
        ok("carol", "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id } } }",
                vars("input", Map.of("title", title, "severity", severity, "labels", List.of(label), "confidential", confidential)));
    }

    @Test
    void aSavedViewShowsItsBugsInItsOrder() {
        String label = "view-" + UUID.randomUUID().toString().substring(0, 8);
        report("View low", "S4", label, false);
        report("View critical", "S1", label, false);
        report("View high", "S2", label, false);
        var saved = save("dave", Map.of("name", "My " + label, "filter", Map.of("label", label, "severity", List.of("S1", "S2", "S4")),
                "orderBy", Map.of("field", "SEVERITY", "direction", "ASC")));
        assertEquals(List.of(), saved.getList("userErrors"));
        assertEquals("Dave", saved.getString("view.owner.name"));
        assertEquals(List.of("S1", "S2", "S4"), saved.getList("view.filter.severity"));
        assertEquals("SEVERITY", saved.getString("view.orderBy.field"));
        assertEquals(List.of("View critical", "View high", "View low"), saved.getList("view.bugs.nodes.title"));
        var listed = ok("dave", "{ bugViews(first: 100) { nodes { name } } }").getList("data.bugViews.nodes.name");
        assertTrue(listed.contains("My " + label));
    }

    @Test
    void personalViewsAreInvisibleToOthersAndSharedOnesShowEachOnlyWhatTheyMaySee() {
        String label = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        report("Public bug", "S3", label, false);
        report("Secret bug", "S1", label, true);
        var personal = save("erin", Map.of("name", "Erin's " + label, "filter", Map.of("label", label)));
        String personalId = personal.getString("view.id");
        assertEquals("NOT_FOUND", run("dave", "query($id: ID!) { node(id: $id) { id } }", vars("id", personalId)).getString("errors[0].extensions.code"));
        assertFalse(ok("dave", "{ bugViews(first: 100) { nodes { id } } }").getList("data.bugViews.nodes.id").contains(personalId));

        var shared = save("bob", Map.of("name", "Team " + label, "filter", Map.of("label", label), "shared", true));
        assertEquals(2, shared.getInt("view.bugs.totalCount"));
        String query = "query($id: ID!) { node(id: $id) { ... on BugView { name shared bugs { totalCount nodes { title } } } } }";
        var asDave = ok("dave", query, vars("id", shared.getString("view.id"))).setRootPath("data.node");
        assertEquals(true, asDave.getBoolean("shared"));
        assertEquals(List.of("Public bug"), asDave.getList("bugs.nodes.title"));
        assertEquals(1, asDave.getInt("bugs.totalCount"));
    }

    @Test
    void onlyEngineersShareViews() {
        var json = run("carol", SAVE, vars("input", Map.of("name", "Carol shares " + UUID.randomUUID(), "shared", true)));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }

    @Test
    void updatingNeedsTheVersionAndTheOwner() {
        var view = save("carol", Map.of("name", "Carol's " + UUID.randomUUID()));
        Map<String, Object> update = new HashMap<>(Map.of("id", view.getString("view.id"), "version", view.getInt("view.version"),
                "name", "Renamed " + UUID.randomUUID()));
        var renamed = save("carol", update);
        assertEquals(List.of(), renamed.getList("userErrors"));
        var stale = save("carol", update);
        assertEquals("CONFLICT", stale.getString("userErrors[0].code"));
        var shared = save("bob", Map.of("name", "Bob's shared " + UUID.randomUUID(), "shared", true));
        var notMine = run("frank", SAVE, vars("input", Map.of("id", shared.getString("view.id"), "version", shared.getInt("view.version"), "name", "Mine")));
        assertEquals("FORBIDDEN", notMine.getString("errors[0].extensions.code"));
        var invisible = run("erin", SAVE, vars("input", Map.of("id", view.getString("view.id"), "version", 1, "name", "Mine")));
        assertEquals("NOT_FOUND", invisible.getString("errors[0].extensions.code"));
    }

    @Test
    void namesAreUniquePerOwnerAndFilterIdsMustExist() {
        String name = "Dup " + UUID.randomUUID();
        save("dave", Map.of("name", name));
        var dup = save("dave", Map.of("name", name.toUpperCase()));
        assertEquals("TAKEN", dup.getString("userErrors[0].code"));
        assertEquals(List.of(), save("erin", Map.of("name", name)).getList("userErrors"), "another owner may use the name");
        var badId = save("dave", Map.of("name", "Bad " + UUID.randomUUID(), "filter", Map.of("componentId", GlobalId.encode("Component", 987_654))));
        assertEquals("NOT_FOUND", badId.getString("userErrors[0].code"));
        assertEquals(List.of("input", "filter", "componentId"), badId.getList("userErrors[0].field"));
        assertNull(badId.get("view"));
    }

    @Test
    void deletingIsForTheOwnerOrAnAdmin() {
        var mine = save("carol", Map.of("name", "Delete me " + UUID.randomUUID()));
        String delete = "mutation($id: ID!) { bugViewDelete(id: $id) { deletedViewId userErrors { code } } }";
        assertEquals(mine.getString("view.id"), ok("carol", delete, vars("id", mine.getString("view.id"))).getString("data.bugViewDelete.deletedViewId"));
        var shared = save("bob", Map.of("name", "Shared delete " + UUID.randomUUID(), "shared", true));
        assertEquals("FORBIDDEN", run("frank", delete, vars("id", shared.getString("view.id"))).getString("errors[0].extensions.code"));
        assertEquals(shared.getString("view.id"), ok("alice", delete, vars("id", shared.getString("view.id"))).getString("data.bugViewDelete.deletedViewId"));
    }
}
