package io.caretaker.maintenance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OccurrenceStatus")
@Description("Where an occurrence of a recurring task stands.")
public enum OccurrenceStatus {
    @Description("To do; overdue once its due time has passed.")
    OPEN,
    @Description("Done (occurrenceComplete).")
    DONE,
    @Description("Deliberately not done this time (occurrenceSkip).")
    SKIPPED
}
