package io.caretaker.features;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a feature request stands: PROPOSED → UNDER_REVIEW → PLANNED → IN_PROGRESS → SHIPPED, or DECLINED.")
public enum FeatureStatus {
    @Description("Requested, not yet looked at.")
    PROPOSED,
    @Description("The team is weighing it.")
    UNDER_REVIEW,
    @Description("Accepted and planned, usually for a target release.")
    PLANNED,
    @Description("Someone is building it.")
    IN_PROGRESS,
    @Description("Built and released.")
    SHIPPED,
    @Description("It will not be built.")
    DECLINED
}
