package io.caretaker.sla;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.bugs.Severity;

@Type("SlaBreach")
@Description("A missed SLA target of a bug, as recorded by the scheduled check.")
public record SlaBreach(
        @NonNull @Description("Which target.") SlaKind kind,
        @NonNull @Description("The bug's severity when it was recorded.") Severity severity,
        @NonNull @Description("When it was due.") OffsetDateTime dueAt,
        @NonNull @Description("When the check recorded it.") OffsetDateTime recordedAt,
        @Ignore long id,
        @Ignore long bugId) {

    static SlaBreach of(SlaBreachEntity e) {
        return new SlaBreach(e.kind, e.severity, e.dueAt, e.recordedAt, e.id, e.bugId);
    }
}
