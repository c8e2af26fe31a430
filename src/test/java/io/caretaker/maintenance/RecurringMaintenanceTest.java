package io.caretaker.maintenance;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.caretaker.support.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Recurring tasks, their occurrences — written once each, missed ones included — and the calendar. */
@QuarkusTest
class RecurringMaintenanceTest {

    static final String CREATE = """
            mutation($input: RecurringTaskCreateInput!) { recurringTaskCreate(input: $input) {
              recurringTask { id title cron timeZone active nextDueAt version } userErrors { code field message } } }""";

    @Inject
    OccurrenceScheduler scheduler;

    @Inject
    EntityManager em;

    @Test
    void aBadCadenceIsAClearUserErrorAndCreatesNothing() {
        int before = taskCount();
        JsonPath cron = create("Rotate logs", "0 25 * * *", "UTC").setRootPath("data.recurringTaskCreate");
        assertEquals("INVALID", cron.getString("userErrors[0].code"));
        assertEquals(List.of("input", "cron"), cron.getList("userErrors[0].field"));
        assertTrue(cron.getString("userErrors[0].message").contains("0 25 * * *"), cron.getString("userErrors[0].message"));
        JsonPath fields = create("Rotate logs", "0 3 * *", "UTC").setRootPath("data.recurringTaskCreate");
        assertTrue(fields.getString("userErrors[0].message").contains("five fields"));
        JsonPath zone = create("Rotate logs", "0 3 * * *", "Mars/Olympus").setRootPath("data.recurringTaskCreate");
        assertEquals(List.of("input", "timeZone"), zone.getList("userErrors[0].field"));
        assertNull(zone.get("recurringTask"));
        assertEquals(before, taskCount());
    }

    @Test
    void theCadenceIsReadInTheTaskTimeZone() {
        JsonPath created = create("Verify the nightly backup", "0 3 * * *", "Europe/Berlin").setRootPath(
                "data.recurringTaskCreate.recurringTask");
        OffsetDateTime next = OffsetDateTime.parse(created.getString("nextDueAt"));
        assertEquals(3, next.atZoneSameInstant(ZoneId.of("Europe/Berlin")).getHour(), "03:00 in Berlin: " + next);
        assertTrue(next.isAfter(OffsetDateTime.now()));
    }

    @Test
    void occurrencesThatFellDueWhileDownAreWrittenOnceEvenByTwoWritersAtOnce() throws Exception {
        String id = created(create("Rotate the debug log", "* * * * *", "UTC"));
        long task = GlobalId.decode(id, RecurringTask.TYPE).orElseThrow();
        scheduler.writeDue(); // nothing before the test's "downtime"
        // Caretaker was down for the last 10 minutes: the task was scheduled until then
        OffsetDateTime downSince = setScheduledUntil(task, 10);
        int written = scheduler.writeDue();
        assertTrue(written >= 10, "one per minute that passed: " + written);
        everyMinuteOnceSince(downSince, dueTimes(task));
        scheduler.writeDue();
        everyMinuteOnceSince(downSince, dueTimes(task)); // a second run writes none twice

        // down again, then two writers (two replicas) at the same moment
        downSince = setScheduledUntil(task, 30);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(scheduler::writeDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(scheduler::writeDue);
        one.get();
        two.get();
        everyMinuteOnceSince(downSince, dueTimes(task));
    }

    @Test
    void openOccurrencesPastDueAreOverdueUntilCompletedOrSkipped() {
        String id = created(create("Check certificate expiry", "* * * * *", "UTC"));
        long task = GlobalId.decode(id, RecurringTask.TYPE).orElseThrow();
        setScheduledUntil(task, 3);
        scheduler.writeDue();
        JsonPath list = ok("dave", """
                query($task: ID!) { occurrences(filter: {taskId: $task, overdue: true}) { totalCount
                  nodes { id dueAt status overdue version task { title } } } }""", vars("task", id))
                .setRootPath("data.occurrences");
        assertTrue(list.getInt("totalCount") >= 3);
        assertTrue(list.getBoolean("nodes[0].overdue"));
        assertEquals("Check certificate expiry", list.getString("nodes[0].task.title"));

        long overdue = ok("dave", "{ occurrences(filter: {overdue: true}) { totalCount } }").getLong("data.occurrences.totalCount");
        assertEquals(overdue, scheduler.refreshOverdue());
        assertTrue(Metrics.scrape().matches("(?s).*\\ncaretaker_occurrences_overdue " + overdue + "\\.0\\n.*"));

        String first = list.getString("nodes[0].id");
        JsonPath stale = close("occurrenceComplete", first, 7, "done");
        assertEquals("CONFLICT", stale.getString("userErrors[0].code"));
        JsonPath done = close("occurrenceComplete", first, 0, "Renewed two certificates").setRootPath(
                "data.occurrenceComplete.occurrence");
        assertEquals("DONE", done.getString("status"));
        assertFalse(done.getBoolean("overdue"));
        assertEquals("Bob", done.getString("completedBy.name").split(" ")[0]);
        JsonPath again = close("occurrenceSkip", first, done.getInt("version"), "twice");
        assertEquals("INVALID_TRANSITION", again.getString("userErrors[0].code"));

        String second = list.getString("nodes[1].id");
        JsonPath noReason = close("occurrenceSkip", second, 0, " ");
        assertEquals("REQUIRED", noReason.getString("userErrors[0].code"));
        assertEquals("SKIPPED", close("occurrenceSkip", second, 0, "Freeze week").getString("occurrence.status"));
        JsonPath refused = run("dave", "mutation($id: ID!) { occurrenceComplete(id: $id, input: {version: 0}) {"
                + " occurrence { id } } }", vars("id", list.getString("nodes[2].id")));
        assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"));
    }

    @Test
    void aPausedTaskWritesNothingAndResumesFromNow() {
        String id = created(create("Prune old images", "* * * * *", "UTC"));
        long task = GlobalId.decode(id, RecurringTask.TYPE).orElseThrow();
        JsonPath paused = ok("bob", """
                mutation($id: ID!) { recurringTaskUpdate(id: $id, input: {version: 0, active: false}) {
                  recurringTask { active nextDueAt version } userErrors { message } } }""", vars("id", id))
                .setRootPath("data.recurringTaskUpdate.recurringTask");
        assertFalse(paused.getBoolean("active"));
        assertNull(paused.get("nextDueAt"));
        setScheduledUntil(task, 5);
        scheduler.writeDue();
        assertEquals(0, dueTimes(task).size(), "paused: nothing written");
        ok("bob", "mutation($id: ID!, $v: Int!) { recurringTaskUpdate(id: $id, input: {version: $v, active: true}) {"
                + " userErrors { message } } }", vars("id", id, "v", paused.getInt("version")));
        scheduler.writeDue();
        assertTrue(dueTimes(task).size() <= 1, "resumed from now: no burst of the paused minutes");
    }

    @Test
    void theCalendarShowsOccurrencesWhatIsComingDrillsAndReleases() {
        String id = created(create("Weekly backup verification", "0 6 * * 1", "UTC"));
        String drilled = ok("bob", """
                mutation($slug: String!) { runbookCreate(input: {slug: $slug, title: "Calendar drill", category: BACKUP,
                  drillIntervalDays: 30, steps: [{title: "Restore"}]}) { runbook { slug } } }""",
                vars("slug", "cal-" + System.nanoTime())).getString("data.runbookCreate.runbook.slug");
        String version = "9." + (System.nanoTime() % 100000) + ".0";
        ok("bob", "mutation($v: String!, $d: Date!) { releaseCreate(input: {version: $v, releaseDate: $d}) { release { id } } }",
                vars("v", version, "d", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toLocalDate().toString()));

        // a week from now holds exactly one Monday 06:00 that is still to come
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        JsonPath calendar = ok("dave", """
                query($from: DateTime!, $to: DateTime!) { maintenanceCalendar(from: $from, to: $to) {
                  occurrences { dueAt } upcoming { dueAt task { title } } drillsDue { slug } releases { version } } }""",
                vars("from", from.toString(), "to", from.plusDays(7).toString())).setRootPath("data.maintenanceCalendar");
        List<String> weekly = calendar.getList("upcoming.findAll { it.task.title == 'Weekly backup verification' }.dueAt");
        assertEquals(1, weekly.size(), "one Monday 06:00 in a week: " + weekly);
        assertEquals(6, OffsetDateTime.parse(weekly.get(0)).getHour());
        assertTrue(calendar.getList("drillsDue.slug").contains(drilled));
        assertTrue(calendar.getList("releases.version").contains(version));

        JsonPath backwards = run("dave", "query($from: DateTime!) { maintenanceCalendar(from: $from, to: $from) { from } }",
                vars("from", from.toString()));
        assertEquals("BAD_USER_INPUT", backwards.getString("errors[0].extensions.code"));
        JsonPath tooWide = run("dave", "query($from: DateTime!, $to: DateTime!) { maintenanceCalendar(from: $from, to: $to) { from } }",
                vars("from", from.toString(), "to", from.plusDays(400).toString()));
        assertEquals("BAD_USER_INPUT", tooWide.getString("errors[0].extensions.code"));
        assertTrue(id != null);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static JsonPath create(String title, String cron, String zone) {
        return ok("bob", CREATE, vars("input", vars("title", title, "cron", cron, "timeZone", zone)));
    }

    private static String created(JsonPath payload) {
        assertEquals(List.of(), payload.getList("data.recurringTaskCreate.userErrors"));
        return payload.getString("data.recurringTaskCreate.recurringTask.id");
    }

    private static JsonPath close(String mutation, String id, int version, String note) {
        return ok("bob", "mutation($id: ID!, $v: Int!, $note: String) { " + mutation + "(id: $id, input: {version: $v, note: $note}) {"
                + " occurrence { id status overdue version completedBy { name } } userErrors { code field message } } }",
                vars("id", id, "v", version, "note", note)).setRootPath("data." + mutation);
    }

    private static int taskCount() {
        return ok("dave", "{ recurringTasks { totalCount } }").getInt("data.recurringTasks.totalCount");
    }

    /** Pretends the task's occurrences were written only up to some minutes ago; returns that time. */
    private OffsetDateTime setScheduledUntil(long task, int minutesAgo) {
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo).withSecond(30).withNano(0);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from occurrence where task_id = :t and due_at > :u")
                    .setParameter("t", task).setParameter("u", until).executeUpdate();
            em.createNativeQuery("update recurring_task set scheduled_until = :u where id = :t")
                    .setParameter("u", until).setParameter("t", task).executeUpdate();
        });
        return until;
    }

    private List<OffsetDateTime> dueTimes(long task) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select o.dueAt from OccurrenceEntity o where o.taskId = :t order by o.dueAt", OffsetDateTime.class)
                .setParameter("t", task).getResultList());
    }

    /**
     * The due times of a minutely task are every whole minute after {@code since}, each once, none missing, up
     * to the last minute that has passed (a minute may turn while the test runs, so "up to now" is checked
     * as "the last one is less than a minute old").
     */
    private static void everyMinuteOnceSince(OffsetDateTime since, List<OffsetDateTime> due) {
        assertEquals(due.size(), new HashSet<>(due).size(), "no due time twice: " + due);
        assertEquals(since.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1).toInstant(), due.get(0).toInstant(), "the first missed");
        for (int i = 1; i < due.size(); i++) {
            assertEquals(60, ChronoUnit.SECONDS.between(due.get(i - 1), due.get(i)), "none lost between " + due.get(i - 1));
        }
        assertTrue(due.get(due.size() - 1).isAfter(OffsetDateTime.now().minusMinutes(1).minusSeconds(5)), "caught up: " + due);
    }
}
