package io.caretaker.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema is checked in as docs/schema.graphql, so that every change to the API is a
 * deliberate, reviewed diff.
 */
@QuarkusTest
class SchemaSnapshotTest {

    static final Path CHECKED_IN = Path.of("docs/schema.graphql");
    static final Path SERVED = Path.of("target/schema.graphql");

    @Test
    void servedSchemaMatchesTheCheckedInSnapshot() throws IOException {
        String served = given().auth().oauth2(Tokens.of("dave")).get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "";
        if (!checkedIn.equals(served)) {
            fail("""
                    The GraphQL schema changed: the served schema differs from docs/schema.graphql.
                    Review the change with
                        diff docs/schema.graphql target/schema.graphql
                    and, if it is intended, accept it with
                        cp target/schema.graphql docs/schema.graphql
                    (removals of fields go through @Deprecated with a removal date first; see docs/api.md).""");
        }
    }
}
