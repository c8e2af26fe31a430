package io.caretaker.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** When the identity provider cannot be reached, clients get a JSON 503, not a text error page. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.ProviderDown.class)
class IdentityProviderDownTest {

    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/unreachable",
                    "quarkus.oidc.devservices.enabled", "false",
                    "quarkus.oidc.connection-retry-count", "0");
        }
    }

    @Test
    void aTokenThatCannotBeCheckedIsServiceUnavailable() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2ln")
                .contentType("application/json").body("{\"query\": \"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(503)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("INTERNAL"))
                .body("errors[0].message", startsWith("Authentication is unavailable: the identity provider cannot be reached"));
    }

    @Test
    void noTokenIsStillUnauthenticated() {
        given().contentType("application/json").body("{\"query\": \"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
