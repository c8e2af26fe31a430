package io.caretaker.sla;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.caretaker.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * SLA clocks and the breach check. The test profile gives S4 a 3 s triage and 6 s resolve target, so
 * these tests watch clocks run out in seconds; they run the check themselves (its schedule is off).
 */
@QuarkusTest
class SlaTest {

    @Inject
    SlaCheck check;

    static final String SLA = "query($id: ID!) { node(id: $id) { ... on Bug { createdAt sla { triageDueAt resolveDueAt state breaches } } } }";

    private static JsonPath report(String title, String severity) {
        return ok("carol", "mutation($t: String!, $s: Severity) { bugCreate(input: {title: $t, severity: $s}) { bug { id version } } }",
                vars("t", title, "s", severity)).setRootPath("data.bugCreate.bug");
    }

    private static JsonPath sla(String id) {
        return ok("bob", SLA, vars("id", id)).setRootPath("data.node");
    }

    private static void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    @Test
    void dueTimesFollowTheSeverityTargets() {
        var bug = sla(report("SLA due times", "S1").getString("id"));
        OffsetDateTime created = OffsetDateTime.parse(bug.getString("createdAt"));
        assertEquals(created.plusHours(1), OffsetDateTime.parse(bug.getString("sla.triageDueAt")));
        assertEquals(created.plusHours(24), OffsetDateTime.parse(bug.getString("sla.resolveDueAt")));
        assertEquals("ON_TRACK", bug.getString("sla.state"));
        assertEquals(List.of(), bug.getList("sla.breaches"));
    }

    @Test
    void anUntriagedBugGoesAtRiskThenBreaches() throws InterruptedException {
        String id = report("SLA clock runs out", "S4").getString("id");
        assertEquals("ON_TRACK", sla(id).getString("sla.state"));
        sleep(2_600); // 80 % of the 3 s triage window has passed
        assertEquals("AT_RISK", sla(id).getString("sla.state"));
        sleep(700);
        var breached = sla(id);
        assertEquals("BREACHED", breached.getString("sla.state"));
        assertEquals(List.of("TRIAGE"), breached.getList("sla.breaches"));
    }

    @Test
    void aBugTriagedInTimeStaysOnTrackForTriage() throws InterruptedException {
        var bug = report("SLA triaged in time", "S4");
        ok("bob", "mutation($id: ID!, $v: Int!) { bugTriage(id: $id, input: {version: $v, priority: P3}) { bug { status } } }",
                vars("id", bug.getString("id"), "v", bug.getInt("version")));
        sleep(3_200);
        var after = sla(bug.getString("id"));
        assertEquals(List.of(), after.getList("sla.breaches"), "triaged before its due time");
        assertTrue(List.of("ON_TRACK", "AT_RISK").contains(after.getString("sla.state")));
    }

    @Test
    void startingWorkOnAReopenedBugStopsItsTriageClock() throws InterruptedException {
        var bug = report("SLA reopened and started", "S4");
        String move = "mutation($id: ID!, $to: BugStatus!, $r: Resolution, $v: Int!) { bugTransition(id: $id, input: {to: $to, resolution: $r, version: $v}) { bug { version } } }";
        int version = ok("bob", move, vars("id", bug.getString("id"), "to", "RESOLVED", "r", "CANNOT_REPRODUCE", "v", bug.getInt("version")))
                .getInt("data.bugTransition.bug.version");
        version = ok("bob", move, vars("id", bug.getString("id"), "to", "REOPENED", "v", version)).getInt("data.bugTransition.bug.version");
        ok("bob", move, vars("id", bug.getString("id"), "to", "IN_PROGRESS", "v", version));
        sleep(3_300);
        assertEquals(List.of(), sla(bug.getString("id")).getList("sla.breaches"), "work started before the triage due time");
    }

    @Test
    void aBugResolvedLateShowsTheBreachForGood() throws InterruptedException {
        var bug = report("SLA resolved late", "S4");
        sleep(6_300);
        ok("bob", "mutation($id: ID!, $v: Int!) { bugTransition(id: $id, input: {to: RESOLVED, resolution: WONT_FIX, version: $v}) { bug { status } } }",
                vars("id", bug.getString("id"), "v", bug.getInt("version")));
        var resolved = sla(bug.getString("id"));
        assertEquals("BREACHED", resolved.getString("sla.state"));
        assertEquals(List.of("TRIAGE", "RESOLVE"), resolved.getList("sla.breaches"));
    }

    @Test
    void theCheckRecordsEachBreachOnceAndCountsIt() throws InterruptedException {
        check.recordBreaches(); // what other tests left behind is recorded before we measure
        double before = breachesCounted("S4", "TRIAGE");
        String id = report("SLA recorded once", "S4").getString("id");
        sleep(3_300);
        int first = check.recordBreaches();
        assertTrue(first >= 1, "at least our bug's triage breach");
        check.recordBreaches();
        var breaches = ok("bob", "{ slaBreaches(first: 100, filter: {severity: S4, kind: TRIAGE}) { nodes { kind severity dueAt bug { id } } } }")
                .getList("data.slaBreaches.nodes.bug.id");
        assertEquals(1, breaches.stream().filter(id::equals).count(), "recorded once however often the check runs");
        double after = breachesCounted("S4", "TRIAGE");
        assertTrue(after - before >= 1, "the counter grew with the recorded breach");
        int recordedNow = check.recordBreaches();
        assertEquals(after, breachesCounted("S4", "TRIAGE") - recordedNow, "nothing counted twice");
    }

    @Test
    void theOpenBugGaugeMatchesTheOpenBugsOfTheApi() {
        report("SLA gauge", "S3");
        check.refreshOpenBugs();
        int open = ok("bob", "{ bugs(filter: {severity: [S3], status: [NEW, TRIAGED, IN_PROGRESS, REOPENED]}) { totalCount } }")
                .getInt("data.bugs.totalCount");
        assertEquals(open, (int) metric("caretaker_bugs_open\\{severity=\"S3\"\\}"));
    }

    private static double breachesCounted(String severity, String kind) {
        return metric("caretaker_sla_breaches_total\\{kind=\"" + kind + "\",severity=\"" + severity + "\"\\}");
    }

    private static double metric(String pattern) {
        String metrics = given().port(GraphQL.port()).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("^" + pattern + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    void onlyEngineersReadBreaches() {
        var json = GraphQL.run("carol", "{ slaBreaches { totalCount } }");
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }
}
