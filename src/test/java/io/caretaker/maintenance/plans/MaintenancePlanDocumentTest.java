package io.caretaker.maintenance.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.caretaker.maintenance.plans.MaintenancePlanDocument.Item;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Malformed;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Parsed;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Status;

/** Reading and writing the plan format, byte for byte: the seed the product grew from, and our own fixture. */
class MaintenancePlanDocumentTest {

    /** The seed in the team's shared folder: beside the project, or where CARETAKER_SHARED_DIR says (.ci/run sets it). */
    static final Path SEED = Path.of(System.getenv().getOrDefault("CARETAKER_SHARED_DIR", "../shared"), "seeds",
            "004_d014d930d4080c04.txt");

    static String fixture() throws IOException {
        try (var in = MaintenancePlanDocumentTest.class.getResourceAsStream("/plans/platform-plan.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedPlanReadsAndWritesBackTheSameBytes() throws Exception {
        assertTrue(Files.exists(SEED), "the seeds are beside the project: " + SEED.toAbsolutePath());
        String seed = Files.readString(SEED);
        Parsed plan = MaintenancePlanDocument.read(seed);
        assertEquals("Maintenance - Step by Step Guide", plan.title());
        assertEquals(13, plan.sections().size());
        assertEquals(65, plan.items().size());
        assertEquals("System Monitoring", plan.sections().get(0).group());
        assertEquals("Performance Monitoring", plan.sections().get(0).title());
        assertTrue(plan.items().stream().allMatch(i -> i.status() == Status.NOT_STARTED));
        assertEquals(List.of("Regular team meetings to review system health", "Quarterly planning for feature improvements",
                "Monthly security reviews", "Weekly backup verification", "Daily monitoring checks"), plan.ongoingActivities());
        assertEquals(seed, write(plan, plan.items()));
    }

    @Test
    void aPlanWithItemsInEveryStateAndNotesRoundTrips() throws Exception {
        String markdown = fixture();
        Parsed plan = MaintenancePlanDocument.read(markdown);
        assertEquals(List.of(Status.COMPLETE, Status.COMPLETE, Status.IN_PROGRESS, Status.NOT_STARTED),
                plan.items().subList(0, 4).stream().map(Item::status).toList());
        assertEquals("archiving waits for the new bucket", plan.sections().get(0).notes());
        assertEquals(markdown, write(plan, plan.items()));
        // the same with Windows line ends
        String crlf = markdown.replace("\n", "\r\n");
        Parsed windows = MaintenancePlanDocument.read(crlf);
        assertEquals(crlf, write(windows, windows.items()));
    }

    @Test
    void exportShowsTheItemsStatesAndComputesTheProgress() throws Exception {
        Parsed plan = MaintenancePlanDocument.read(fixture());
        List<Item> changed = plan.items().stream().map(i -> i.position() == 4
                ? new Item(i.position(), i.sectionNumber(), i.text(), i.before(), i.after(), Status.COMPLETE) : i).toList();
        String written = write(plan, changed);
        assertTrue(written.contains("- `{X}` Implement data archiving procedures\n"), written);
        assertTrue(written.contains("| Database Maintenance | 3/4 | archiving waits for the new bucket |\n"), written);
        assertTrue(written.contains("| **TOTAL** | **7/10** | |\n"), written);
        assertEquals(fixture().length() , written.length(), "only markers and counts changed");
    }

    @Test
    void malformedPlansAreRefusedWithTheirLines() {
        assertLines("Maintenance\n\n### 1. A\n- `{ }` x\n", "line 1: a plan starts with its title");
        assertLines("# Plan\n## G\n### One\n- `{ }` x\n", "line 3: sections are numbered");
        assertLines("# Plan\n## G\n### 1. A\n- `{Y}` x\n", "line 4: unknown status {Y}");
        assertLines("# Plan\n## G\n- `{ }` loose\n### 1. A\n", "line 3: an item outside a numbered section");
        assertLines("# Plan\n## G\n### 2. A\n- `{ }` x\n### 1. B\n", "line 5: section 1 comes after section 2");
        assertLines("# Plan\n## G\n### 1. A\n- `{ }` x\n## Progress Tracking\n| Section | Progress | Notes |\n|---|---|---|\n"
                + "| Nope | 0/1 | |\n", "line 8: the progress table names \"Nope\"");
        Malformed two = assertThrows(Malformed.class, () -> MaintenancePlanDocument.read("# Plan\n## G\n### x\n- `{Q}` y\n"));
        assertEquals(List.of(3, 4), two.errors().stream().map(MaintenancePlanDocument.LineError::line).toList().subList(0, 2));
    }

    private static void assertLines(String markdown, String expected) {
        Malformed malformed = assertThrows(Malformed.class, () -> MaintenancePlanDocument.read(markdown));
        assertTrue(malformed.errors().toString().contains(expected), malformed.errors().toString());
    }

    private static String write(Parsed plan, List<Item> items) {
        return MaintenancePlanDocument.write(plan.template(), plan.sections(), items, plan.totalNotes());
    }
}
