package io.caretaker.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Metrics;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theProbesOfTheKubernetesManifestsAnswer() throws IOException {
        String deployment = Files.readString(Path.of("k8s/base/deployment.yaml"));
        Matcher paths = Pattern.compile("path: (/q/health/\\w+)").matcher(deployment);
        List<String> probes = paths.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("/q/health/started", "/q/health/live", "/q/health/ready"), probes);
        for (String probe : probes) {
            given().get(probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void metricsAreServedInPrometheusFormat() throws IOException {
        // a request of the API first: HTTP metrics exist once there was one, whatever ran before this test
        given().get("/graphql").then().statusCode(401);
        String scrape = Metrics.scrape();
        assertThat(scrape, containsString("jvm_memory_used_bytes"));
        assertThat(scrape, containsString("http_server_requests_seconds"));
        // CI lints this scrape with promtool check metrics (.ci/run)
        Path out = Path.of("target/metrics/scrape.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, scrape);
    }
}
