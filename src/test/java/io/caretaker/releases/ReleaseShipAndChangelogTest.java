package io.caretaker.releases;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Shipping releases, and the changelog generated from what was fixed and shipped in them. */
@QuarkusTest
class ReleaseShipAndChangelogTest {

    private static String uniqueVersion() {
        return "7." + (System.nanoTime() % 1000) + "." + (Math.abs(UUID.randomUUID().hashCode()) % 100000);
    }

    private static JsonPath release(String version, String name, String date) {
        return ok("bob", "mutation($v: String!, $n: String, $d: Date!) { releaseCreate(input: {version: $v, name: $n, releaseDate: $d}) { release { id lockVersion } } }",
                vars("v", version, "n", name, "d", date)).setRootPath("data.releaseCreate.release");
    }

    private static String component(String name) {
        return ok("alice", "mutation($n: String!) { componentCreate(input: {name: $n}) { component { id } } }", vars("n", name))
                .getString("data.componentCreate.component.id");
    }

    /** Reports a bug and resolves it as FIXED in the release; returns its key. */
    private static String fixed(String title, String severity, String componentId, String releaseId, boolean confidential) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("title", title, "severity", severity, "confidential", confidential));
        if (componentId != null) {
            input.put("componentId", componentId);
        }
        var bug = ok("carol", "mutation($input: BugCreateInput!) { bugCreate(input: $input) { bug { id key version } } }",
                vars("input", input)).setRootPath("data.bugCreate.bug");
        var done = ok("bob", """
                mutation($id: ID!, $v: Int!, $r: ID!) { bugTransition(id: $id, input: {to: RESOLVED, resolution: FIXED, fixedInReleaseId: $r, version: $v}) {
                  bug { status } userErrors { message } } }""", vars("id", bug.getString("id"), "v", bug.getInt("version"), "r", releaseId));
        assertEquals("RESOLVED", done.getString("data.bugTransition.bug.status"));
        return bug.getString("key");
    }

    /** Requests a feature, plans it for the release and ships it. */
    private static void shipped(String title, String releaseId) {
        var feature = ok("carol", "mutation($t: String!) { featureRequestCreate(input: {title: $t}) { featureRequest { id version } } }",
                vars("t", title)).setRootPath("data.featureRequestCreate.featureRequest");
        String id = feature.getString("id");
        int version = ok("bob", "mutation($id: ID!, $v: Int!, $r: ID!) { featureRequestUpdate(id: $id, input: {version: $v, targetReleaseId: $r}) { featureRequest { version } } }",
                vars("id", id, "v", feature.getInt("version"), "r", releaseId)).getInt("data.featureRequestUpdate.featureRequest.version");
        for (String to : List.of("UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "SHIPPED")) {
            version = ok("bob", "mutation($id: ID!, $to: FeatureStatus!, $v: Int!) { featureRequestTransition(id: $id, input: {to: $to, version: $v}) { featureRequest { version } } }",
                    vars("id", id, "to", to, "v", version)).getInt("data.featureRequestTransition.featureRequest.version");
        }
    }

    @Test
    void theChangelogListsShippedFeaturesAndFixesByComponent() {
        String version = uniqueVersion();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String release = release(version, "Portfolio insights", "2026-11-13").getString("id");
        String wallet = component("Wallet " + tag);
        String matching = component("Matching " + tag);
        String minor = fixed("Fee shown as 0.00 for tiny orders", "S4", wallet, release, false);
        String stop = fixed("Stop-loss triggers one tick late", "S2", matching, release, false);
        String critical = fixed("Partial fills double-counted", "S1", matching, release, false);
        String loose = fixed("Typo on the sign-up page", "S4", null, release, false);
        fixed("Keys in the logs", "S1", wallet, release, true);
        fixed("Session fixation", "S2", null, release, true);
        shipped("Trailing stop orders", release);
        shipped("Price alerts by push notification", release);

        String expected = """
                ## %s — Portfolio insights (2026-11-13)

                ### New
                - Price alerts by push notification
                - Trailing stop orders

                ### Fixed
                #### Matching %s
                - %s Partial fills double-counted
                - %s Stop-loss triggers one tick late
                #### Wallet %s
                - %s Fee shown as 0.00 for tiny orders
                #### Other
                - %s Typo on the sign-up page
                """.formatted(version, tag, critical, stop, tag, minor, loose);
        String query = "query($v: String!) { release(version: $v) { changelog } }";
        assertEquals(expected, ok("dave", query, vars("v", version)).getString("data.release.changelog"));
        assertEquals(expected + "\n_Also fixed: 2 confidential bugs (not listed)._\n",
                ok("bob", query, vars("v", version)).getString("data.release.changelog"));
    }

    @Test
    void anEmptyReleaseSaysSo() {
        String version = uniqueVersion();
        release(version, null, "2027-01-31");
        assertEquals("## " + version + " (2027-01-31)\n\nNo changes recorded.\n",
                ok("dave", "query($v: String!) { release(version: $v) { changelog } }", vars("v", version)).getString("data.release.changelog"));
    }

    @Test
    void fixedBugsAndShippedFeaturesAreListedAndConfidentialFixesHidden() {
        String version = uniqueVersion();
        String release = release(version, "Lists", "2026-12-01").getString("id");
        fixed("Listed fix", "S3", null, release, false);
        fixed("Hidden fix", "S3", null, release, true);
        shipped("Listed feature", release);
        String query = "query($v: String!) { release(version: $v) { fixedBugs { totalCount nodes { title } } shippedFeatures { totalCount nodes { title } } } }";
        var dave = ok("dave", query, vars("v", version)).setRootPath("data.release");
        assertEquals(List.of("Listed fix"), dave.getList("fixedBugs.nodes.title"));
        assertEquals(1, dave.getInt("fixedBugs.totalCount"));
        assertEquals(List.of("Listed feature"), dave.getList("shippedFeatures.nodes.title"));
        assertEquals(2, ok("bob", query, vars("v", version)).getInt("data.release.fixedBugs.totalCount"));
    }

    static final String SHIP = """
            mutation($id: ID!, $v: Int!) { releaseShip(id: $id, input: {lockVersion: $v}) { release { shippedAt lockVersion } userErrors { code message field } } }""";

    @Test
    void shippingSetsTheTimeOnce() {
        var release = release(uniqueVersion(), null, "2026-11-30");
        var shipped = ok("bob", SHIP, vars("id", release.getString("id"), "v", release.getInt("lockVersion"))).setRootPath("data.releaseShip");
        assertNotNull(shipped.getString("release.shippedAt"));
        var again = ok("bob", SHIP, vars("id", release.getString("id"), "v", shipped.getInt("release.lockVersion"))).setRootPath("data.releaseShip");
        assertEquals("INVALID", again.getString("userErrors[0].code"));
        var stale = ok("bob", SHIP, vars("id", release.getString("id"), "v", release.getInt("lockVersion"))).setRootPath("data.releaseShip");
        assertEquals("CONFLICT", stale.getString("userErrors[0].code"));
        assertNull(stale.get("release"));
    }
}
