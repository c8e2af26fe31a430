package io.caretaker.ops;

import static io.caretaker.support.GraphQL.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The Grafana dashboard of the prod overlay asks only for metrics that exist: Caretaker's, as a scrape
 * shows them, and the two that others export (Prometheus' up, CloudNativePG's backup timestamp).
 */
@QuarkusTest
class DashboardTest {

    static final Path DASHBOARD = Path.of("k8s/overlays/prod/dashboards/caretaker.json");
    static final Set<String> EXPORTED_BY_OTHERS = Set.of("up", "cnpg_collector_last_available_backup_timestamp");
    static final Pattern METRIC = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\{");

    @Test
    void everyPanelQueriesMetricsThatExist() throws IOException {
        JsonObject dashboard = new JsonObject(Files.readString(DASHBOARD));
        assertEquals("caretaker", dashboard.getString("uid"));
        ok("dave", "{ viewer { id } }"); // so that the GraphQL timer has a series
        String scrape = Metrics.scrape();

        JsonArray panels = dashboard.getJsonArray("panels");
        assertFalse(panels.isEmpty());
        Set<Integer> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            JsonObject panel = panels.getJsonObject(i);
            assertTrue(ids.add(panel.getInteger("id")), "panel ids are unique");
            JsonArray targets = panel.getJsonArray("targets");
            assertFalse(targets.isEmpty(), panel.getString("title") + " has a query");
            for (int t = 0; t < targets.size(); t++) {
                Matcher metric = METRIC.matcher(targets.getJsonObject(t).getString("expr"));
                while (metric.find()) {
                    String name = metric.group(1);
                    boolean scraped = scrape.contains("\n" + name + "{") || scrape.contains("\n" + name + " ");
                    if (!EXPORTED_BY_OTHERS.contains(name) && !scraped) {
                        missing.add(panel.getString("title") + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "metrics the dashboard asks for that no scrape shows");
    }
}
