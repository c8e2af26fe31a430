package io.caretaker.maintenance.plans;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PlanItemStatus")
@Description("The state of a plan item; in the Markdown format { }, {IP} and {X}.")
public enum PlanItemStatus {
    @Description("{ } — not started.")
    NOT_STARTED,
    @Description("{IP} — in progress.")
    IN_PROGRESS,
    @Description("{X} — complete.")
    COMPLETE;

    MaintenancePlanDocument.Status marker() {
        return MaintenancePlanDocument.Status.valueOf(name());
    }

    static PlanItemStatus of(MaintenancePlanDocument.Status status) {
        return valueOf(status.name());
    }
}
