package io.caretaker.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Sends GraphQL documents to the running app as a given user, over HTTP, with a real token. */
public final class GraphQL {

    private GraphQL() {
    }

    public static Response post(String user, String document, Map<String, ?> variables) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        return given()
                .port(port())
                .auth().oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql");
    }

    /** Runs a document and returns the JSON of a 200 response (data and errors). */
    public static JsonPath run(String user, String document, Map<String, ?> variables) {
        return post(user, document, variables).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath run(String user, String document) {
        return run(user, document, null);
    }

    /** Runs a document that must succeed without any error, and returns its JSON. */
    public static JsonPath ok(String user, String document, Map<String, ?> variables) {
        JsonPath json = run(user, document, variables);
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("Expected no errors but got " + errors + " for\n" + document);
        }
        return json;
    }

    public static JsonPath ok(String user, String document) {
        return ok(user, document, null);
    }

    /**
     * The port of the app under test, read from the configuration rather than from REST Assured's
     * defaults, which Quarkus sets only around each test method (not yet in {@code @BeforeAll}).
     * With {@code quarkus.http.test-port=0} Quarkus publishes the port it picked under the same key.
     */
    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
