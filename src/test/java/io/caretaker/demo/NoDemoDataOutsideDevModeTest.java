package io.caretaker.demo;

import static io.caretaker.support.GraphQL.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Demo data belongs to dev mode: the test profile (like production) has none. */
@QuarkusTest
class NoDemoDataOutsideDevModeTest {

    @Test
    void noDemoTeam() {
        assertEquals(List.of(), ok("bob", "{ users(filter: {query: \"Priya\"}) { nodes { name } } }").getList("data.users.nodes"));
    }
}
