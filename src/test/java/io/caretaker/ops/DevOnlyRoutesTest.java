package io.caretaker.ops;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dev-mode helper that hands out demo tokens does not exist outside dev mode. */
@QuarkusTest
class DevOnlyRoutesTest {

    @Test
    void devTokenRouteIsAbsentOutsideDevMode() {
        given().queryParam("user", "alice").get("/dev/token").then().statusCode(404);
    }
}
