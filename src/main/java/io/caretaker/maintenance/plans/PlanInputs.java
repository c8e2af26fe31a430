package io.caretaker.maintenance.plans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.UserError;
import io.caretaker.maintenance.RecurringTask;
import io.caretaker.maintenance.plans.PlanTypes.MaintenancePlan;
import io.caretaker.maintenance.plans.PlanTypes.PlanItem;
import io.smallrye.graphql.api.Nullable;

/** The inputs and payloads of maintenance plans. */
public final class PlanInputs {

    private PlanInputs() {
    }

    @Input("MaintenancePlanImportInput")
    @Description("A plan in the checklist Markdown format.")
    public record MaintenancePlanImportInput(
            @NonNull @Description("The Markdown, at most 1 000 000 characters.") String markdown) {
    }

    @Type("MaintenancePlanPayload")
    @Description("The result of maintenancePlanImport.")
    public record MaintenancePlanPayload(
            @Description("The imported plan; null when there are user errors.") MaintenancePlan plan,
            @NonNull @Description("What to fix, each naming its line (\"line 12: ...\"); nothing is imported while there are any.") List<@NonNull UserError> userErrors) {
    }

    @org.eclipse.microprofile.graphql.Enum("PlanItemLink")
    @Description("What a plan item can link to.")
    public enum PlanItemLink {
        @Description("A runbook.")
        RUNBOOK,
        @Description("An article.")
        ARTICLE,
        @Description("A bug.")
        BUG,
        @Description("A recurring task.")
        RECURRING_TASK
    }

    @Input("MaintenancePlanItemUpdateInput")
    @Description("Changes to a plan item; omitted fields stay as they are.")
    public record MaintenancePlanItemUpdateInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("The new state.") PlanItemStatus status,
            @Id @Description("Link to this runbook.") String runbookId,
            @Id @Description("Link to this article.") String articleId,
            @Id @Description("Link to this bug (one you can see).") String bugId,
            @Id @Description("Link to this recurring task.") String recurringTaskId,
            @Description("Links to remove.") @Nullable List<@NonNull PlanItemLink> clear) {
    }

    @Type("PlanItemPayload")
    @Description("The result of maintenancePlanItemUpdate.")
    public record PlanItemPayload(
            @Description("The item as it is now; null when there are user errors.") PlanItem item,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("PlanRecurringTasksPayload")
    @Description("The result of maintenancePlanCreateRecurringTasks.")
    public record PlanRecurringTasksPayload(
            @NonNull @Description("The recurring tasks created now (suggestions created before are left alone).") List<@NonNull RecurringTask> created,
            @NonNull @Description("What went wrong; empty on success.") List<@NonNull UserError> userErrors) {
    }
}
