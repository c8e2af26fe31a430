package io.caretaker.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The endpoint follows the GraphQL-over-HTTP spec, and a malformed request is a 4xx with a JSON errors body. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static RequestSpecification asBob() {
        return given().auth().oauth2(Tokens.of("bob"));
    }

    @Test
    void postWithJsonAnswersGraphQLResponseJson() {
        asBob().contentType("application/json").body("{\"query\":\"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data.viewer.name", equalTo("Bob"));
    }

    @Test
    void getRunsAQuery() {
        asBob().queryParam("query", "query Me { viewer { name } }").queryParam("operationName", "Me")
                .get("/graphql")
                .then().statusCode(200).body("data.viewer.name", equalTo("Bob"));
    }

    @Test
    void getKeepsSpecialCharactersAndPicksTheNamedOperation() {
        asBob().queryParam("query", "query A { viewer { name } } query B { bugs(filter: {query: \"100% +1\"}) { totalCount } }")
                .queryParam("operationName", "B")
                .get("/graphql")
                .then().statusCode(200).body("data.bugs.totalCount", equalTo(0));
    }

    @Test
    void clientAskingForPlainJsonGetsPlainJson() {
        asBob().accept("application/json").contentType("application/json").body("{\"query\":\"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void invalidJsonIsBadRequest() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { name } }\"")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The request body is not valid JSON."))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void bodyThatIsNotAnObjectIsBadRequest() {
        asBob().contentType("application/json").body("[{\"query\": \"{ viewer { name } }\"}]")
                .post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void queryThatIsNotAStringIsBadRequest() {
        asBob().contentType("application/json").body("{\"query\": {\"viewer\": true}}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'query' must be a string holding a GraphQL document."));
    }

    @Test
    void missingQueryIsBadRequest() {
        asBob().contentType("application/json").body("{\"variables\": {}}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The request has no 'query': send a GraphQL document."));
    }

    @Test
    void variablesThatAreNotAnObjectAreBadRequest() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { name } }\", \"variables\": \"x\"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'variables' must be a JSON object or null."));
        asBob().queryParam("query", "{ viewer { name } }").queryParam("variables", "[1]")
                .get("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The 'variables' parameter must be a JSON object."));
    }

    @Test
    void operationNameThatIsNotAStringIsBadRequest() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { name } }\", \"operationName\": 7}")
                .post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void mutationOverGetIsMethodNotAllowed() {
        asBob().queryParam("query", "mutation { componentCreate(input: {name: \"x\"}) { userErrors { message } } }")
                .get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].message", equalTo("Only queries may be sent with GET; send mutations with POST."));
    }

    @Test
    void otherMethodsAreNotAllowed() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { name } }\"}")
                .put("/graphql")
                .then().statusCode(405).header("Allow", "GET, POST");
    }

    @Test
    void bodyThatIsNotJsonIsUnsupportedMediaType() {
        asBob().contentType("text/plain").body("{ viewer { name } }")
                .post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void documentThatDoesNotParseIsBadRequest() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { name \"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", startsWith("Syntax error"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void documentThatDoesNotValidateIsBadRequest() {
        asBob().contentType("application/json").body("{\"query\": \"{ viewer { shoeSize } }\"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("shoeSize"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("$", not(hasKey("data")));
    }

    @Test
    void severalOperationsNeedAnOperationName() {
        asBob().contentType("application/json")
                .body("{\"query\": \"query A { viewer { name } } query B { viewer { email } }\"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("operationName"));
        asBob().contentType("application/json")
                .body("{\"query\": \"query A { viewer { name } } query B { viewer { email } }\", \"operationName\": \"B\"}")
                .post("/graphql")
                .then().statusCode(200).body("data.viewer.email", equalTo("bob@example.com"));
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().contentType("application/json").body("{\"query\": \"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void invalidTokenIsUnauthenticated() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .contentType("application/json").body("{\"query\": \"{ viewer { name } }\"}")
                .post("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void schemaNeedsAToken() {
        given().get("/graphql/schema.graphql").then().statusCode(401);
        asBob().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
    }

    @Test
    void tooDeepQueryIsRefusedWithAClearError() {
        // 14 levels; the configured limit is 12
        String deep = "{ bugs { nodes { comments { nodes { bug { comments { nodes { bug { comments { nodes { bug { reporter { id } } } } } } } } } } } } }";
        asBob().contentType("application/json").body(java.util.Map.of("query", deep))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", containsString("maximum query depth exceeded"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void pageLargerThanOneHundredIsAClearError() {
        asBob().contentType("application/json").body(java.util.Map.of("query", "{ bugs(first: 101) { nodes { id } } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("'first' must be at most 100 (got 101); page through larger lists with cursors."))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void userWithoutACaretakerRoleIsForbidden() {
        given().auth().oauth2(Tokens.of("nobody")).contentType("application/json")
                .body("{\"query\": \"{ bugs { totalCount } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("Forbidden: your role does not allow 'bugs'."));
    }
}
