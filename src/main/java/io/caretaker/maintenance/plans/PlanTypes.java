package io.caretaker.maintenance.plans;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

/** The API types of maintenance plans. */
public final class PlanTypes {

    private PlanTypes() {
    }

    @Type("MaintenancePlan")
    @Description("A maintenance plan imported from the checklist Markdown format: numbered sections of items, each not started, in progress or complete; maintenancePlanExport writes it back with the progress computed.")
    public record MaintenancePlan(
            @Id @NonNull String id,
            @NonNull @Description("The plan's title (its \"#\" line).") String title,
            @NonNull @Description("When it was imported.") OffsetDateTime createdAt,
            @NonNull @Description("When an item last changed.") OffsetDateTime updatedAt,
            @Ignore long dbId,
            @Ignore long importedById) implements Node {

        public static final String TYPE = "MaintenancePlan";

        static MaintenancePlan of(MaintenancePlanEntity e) {
            return new MaintenancePlan(GlobalId.encode(TYPE, e.id), e.title, e.createdAt, e.updatedAt, e.id, e.importedById);
        }

        @Ignore
        @Override
        public String getId() {
            return id;
        }
    }

    @Type("PlanSection")
    @Description("A numbered section of a plan (\"### 4. Database Maintenance\") with its items.")
    public record PlanSection(
            @NonNull @Description("Its number in the plan.") int number,
            @NonNull @Description("Its title.") String title,
            @Description("The \"##\" group it belongs to, e.g. \"Routine Maintenance\".") String group,
            @NonNull @Description("The Notes cell of its row in the progress table.") String notes,
            @NonNull @Description("Its items, in order.") List<@NonNull PlanItem> items,
            @NonNull @Description("How far it is.") PlanProgress progress) {
    }

    @Type("PlanItem")
    @Description("An item of a plan: its text, its state with who set it when, and what it links to.")
    public record PlanItem(
            @Id @NonNull String id,
            @NonNull @Description("Its place in the whole plan, from 1.") int position,
            @NonNull @Description("Its text, e.g. \"Implement regular backup procedures\".") String text,
            @NonNull @Description("Its state.") PlanItemStatus status,
            @Description("When its state or links last changed; null if never since the import.") OffsetDateTime updatedAt,
            @NonNull @Description("Optimistic-locking version: send it back with maintenancePlanItemUpdate.") int version,
            @Ignore long dbId,
            @Ignore long planId,
            @Ignore Long updatedById,
            @Ignore Long runbookId,
            @Ignore Long articleId,
            @Ignore Long bugId,
            @Ignore Long recurringTaskId) implements Node {

        public static final String TYPE = "PlanItem";

        static PlanItem of(PlanItemEntity e) {
            return new PlanItem(GlobalId.encode(TYPE, e.id), e.position, e.text, e.status, e.updatedAt, e.version, e.id,
                    e.planId, e.updatedById, e.runbookId, e.articleId, e.bugId, e.recurringTaskId);
        }

        @Ignore
        @Override
        public String getId() {
            return id;
        }
    }

    @Type("PlanProgress")
    @Description("Items done, in progress and open (not started), and in total.")
    public record PlanProgress(@NonNull @Description("Complete.") int done, @NonNull @Description("In progress.") int inProgress,
            @NonNull @Description("Not started.") int open, @NonNull @Description("All items.") int total) {

        static PlanProgress of(List<PlanItem> items) {
            int done = (int) items.stream().filter(i -> i.status() == PlanItemStatus.COMPLETE).count();
            int inProgress = (int) items.stream().filter(i -> i.status() == PlanItemStatus.IN_PROGRESS).count();
            return new PlanProgress(done, inProgress, items.size() - done - inProgress, items.size());
        }
    }

    @org.eclipse.microprofile.graphql.Enum("ActivityCadence")
    @Description("How often an ongoing activity of a plan recurs.")
    public enum ActivityCadence {
        @Description("Every day at 09:00 (cron \"0 9 * * *\").")
        DAILY("0 9 * * *"),
        @Description("Mondays at 09:00 (cron \"0 9 * * 1\").")
        WEEKLY("0 9 * * 1"),
        @Description("The first of each month at 09:00 (cron \"0 9 1 * *\").")
        MONTHLY("0 9 1 * *"),
        @Description("The first of January, April, July and October at 09:00 (cron \"0 9 1 1,4,7,10 *\").")
        QUARTERLY("0 9 1 1,4,7,10 *");

        final String cron;

        ActivityCadence(String cron) {
            this.cron = cron;
        }
    }

    @Type("SuggestedRecurringTask")
    @Description("A line of the plan's \"Ongoing Activities\" that names a cadence: offered as a recurring task (maintenancePlanCreateRecurringTasks).")
    public record SuggestedRecurringTask(
            @NonNull @Description("The line, which becomes the task's title.") String activity,
            @NonNull @Description("The cadence the line names.") ActivityCadence cadence,
            @NonNull @Description("The cron expression the task gets (UTC).") String cron,
            @NonNull @Description("Whether a recurring task with this title exists already.") boolean created) {
    }
}
