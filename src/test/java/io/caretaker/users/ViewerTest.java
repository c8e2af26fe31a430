package io.caretaker.users;

import static io.caretaker.support.GraphQL.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ViewerTest {

    @Test
    void viewerIsMirroredFromTheToken() {
        var json = ok("bob", "{ viewer { id name email roles } }");
        assertEquals("Bob", json.getString("data.viewer.name"));
        assertEquals("bob@example.com", json.getString("data.viewer.email"));
        assertEquals(List.of("VIEWER", "REPORTER", "ENGINEER"), json.getList("data.viewer.roles"));
    }
}
