package io.caretaker.components;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ComponentApiTest {

    static final String CREATE = """
            mutation($input: ComponentCreateInput!) {
              componentCreate(input: $input) { component { id name description owner { name } } userErrors { field code message } }
            }""";

    @Test
    void adminCreatesAComponentOwnedBySomeone() {
        String bob = ok("bob", "{ viewer { id } }").getString("data.viewer.id");
        String name = "Wallet " + UUID.randomUUID();
        var json = ok("alice", CREATE, vars("input", Map.of("name", name, "description", "Balances and transfers", "ownerId", bob)));
        assertEquals(name, json.getString("data.componentCreate.component.name"));
        assertEquals("Bob", json.getString("data.componentCreate.component.owner.name"));
        var listed = ok("dave", "query($q: String) { components(filter: {query: $q}) { totalCount nodes { name } } }",
                vars("q", name.substring(0, 20).toUpperCase()));
        assertEquals(List.of(name), listed.getList("data.components.nodes.name"));
    }

    @Test
    void nameIsUniqueIgnoringCase() {
        String name = "Auth " + UUID.randomUUID();
        ok("alice", CREATE, vars("input", Map.of("name", name)));
        var json = ok("alice", CREATE, vars("input", Map.of("name", name.toLowerCase())));
        assertNull(json.get("data.componentCreate.component"));
        assertEquals("TAKEN", json.getString("data.componentCreate.userErrors[0].code"));
        assertEquals(List.of("input", "name"), json.getList("data.componentCreate.userErrors[0].field"));
    }

    @Test
    void sameNameAtOnceCreatesOneComponent() throws Exception {
        String name = "Race " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonPath>> results = pool.invokeAll(java.util.Collections.nCopies(4,
                    () -> ok("alice", CREATE, vars("input", Map.of("name", name)))));
            int created = 0;
            for (Future<JsonPath> result : results) {
                if (result.get().get("data.componentCreate.component") != null) {
                    created++;
                } else {
                    assertEquals("TAKEN", result.get().getString("data.componentCreate.userErrors[0].code"));
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void engineerCannotCreateAComponent() {
        var json = run("bob", CREATE, vars("input", Map.of("name", "Nope " + UUID.randomUUID())));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
        assertNull(json.get("data.componentCreate"));
    }

    @Test
    void ownerMustExist() {
        var json = ok("alice", CREATE, vars("input", Map.of("name", "Ghost " + UUID.randomUUID(), "ownerId", "VXNlcjo5OTk5OTk")));
        assertEquals("NOT_FOUND", json.getString("data.componentCreate.userErrors[0].code"));
        assertEquals(List.of("input", "ownerId"), json.getList("data.componentCreate.userErrors[0].field"));
    }
}
