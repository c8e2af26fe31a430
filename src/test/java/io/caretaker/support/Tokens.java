package io.caretaker.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the OIDC provider the test run uses (Quarkus' OIDC dev service), fetched
 * with the password grant and reused until shortly before they expire.
 */
public final class Tokens {

    private record Token(String value, long expiresAtNanos) {
    }

    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String user) {
        Token token = CACHE.get(user);
        if (token == null || System.nanoTime() > token.expiresAtNanos()) {
            token = fetch(user);
            CACHE.put(user, token);
        }
        return token.value();
    }

    public static String tokenEndpoint() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/token";
    }

    private static Token fetch(String user) {
        var response = given()
                .formParam("grant_type", "password")
                .formParam("username", user)
                .formParam("password", user)
                .formParam("client_id", "quarkus-app")
                .formParam("client_secret", "secret")
                .post(tokenEndpoint())
                .then().statusCode(200).extract().jsonPath();
        long lifetime = response.getLong("expires_in");
        return new Token(response.getString("access_token"),
                System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, lifetime - 60)));
    }
}
