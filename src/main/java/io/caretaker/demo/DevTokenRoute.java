package io.caretaker.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev mode only: {@code GET /dev/token?user=bob} answers an access token of a demo user from the OIDC
 * dev service, whose port is random, so that the README's curl example works as written. The route
 * does not exist in any other launch mode.
 */
@ApplicationScoped
public class DevTokenRoute {

    static final Set<String> DEMO_USERS = Set.of("alice", "bob", "carol", "dave");

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    java.util.Optional<String> authServerUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void install(@Observes Router router) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return;
        }
        router.get("/dev/token").blockingHandler(this::token);
    }

    private void token(RoutingContext ctx) {
        String user = ctx.request().getParam("user", "bob");
        if (!DEMO_USERS.contains(user) || authServerUrl.isEmpty()) {
            ctx.response().setStatusCode(400).end("Ask for one of the demo users: " + String.join(", ", DEMO_USERS.stream().sorted().toList()) + "\n");
            return;
        }
        String form = "grant_type=password&client_id=quarkus-app&client_secret=secret&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(authServerUrl.get() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String token = new JsonObject(response.body()).getString("access_token");
            ctx.response().putHeader("Content-Type", "text/plain").end(token);
        } catch (IOException | RuntimeException e) {
            ctx.response().setStatusCode(502).end("The OIDC dev service did not answer: " + e.getMessage() + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.response().setStatusCode(503).end();
        }
    }
}
