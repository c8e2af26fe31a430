package io.caretaker.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.caretaker.support.GraphQL;
import io.caretaker.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Tools authenticate as OIDC service accounts with the client-credentials grant; the provider's group
 * ("user" here) maps to a Caretaker role through caretaker.security.role-mapping.
 */
@QuarkusTest
class ServiceAccountTest {

    private static String clientCredentialsToken() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "quarkus-app").formParam("client_secret", "secret")
                .post(Tokens.tokenEndpoint())
                .then().statusCode(200).extract().jsonPath().getString("access_token");
    }

    private static JsonPath call(String token, String query) {
        return given().port(GraphQL.port()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("query", query)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void serviceAccountWithAMappedRoleReportsABug() {
        String token = clientCredentialsToken();
        JsonPath viewer = call(token, "{ viewer { name roles } }");
        assertEquals(List.of("VIEWER", "REPORTER"), viewer.getList("data.viewer.roles"));
        JsonPath created = call(token, """
                mutation { bugCreate(input: {title: "Nightly build: order matching tests failed", severity: S2}) {
                  bug { title reporter { name } } userErrors { message } } }""");
        assertEquals("Nightly build: order matching tests failed", created.getString("data.bugCreate.bug.title"));
        assertEquals(viewer.getString("data.viewer.name"), created.getString("data.bugCreate.bug.reporter.name"));
    }

    @Test
    void serviceAccountCannotGoBeyondItsRole() {
        JsonPath json = call(clientCredentialsToken(), "mutation { componentCreate(input: {name: \"CI\"}) { component { id } } }");
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }
}
