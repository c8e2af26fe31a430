package io.caretaker.bugs;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Bug")
@Description("A bug report and where it stands.")
public record Bug(
        @Id @NonNull String id,
        @NonNull @Description("Human key, e.g. BUG-42; fetch with bug(key:).") String key,
        @NonNull @Description("The number of the key.") int number,
        @NonNull @Description("One-line summary.") String title,
        @NonNull @Description("Details, in Markdown.") String description,
        @NonNull @Description("How bad it is.") Severity severity,
        @Description("How soon it will be worked on; set at triage.") Priority priority,
        @NonNull @Description("Where it is in the workflow.") BugStatus status,
        @Description("Why it was resolved; set when resolved.") Resolution resolution,
        @Description("Where it happens: version, browser, OS, exchange, ...") String environment,
        @Description("How to make it happen, in Markdown.") String stepsToReproduce,
        @NonNull @Description("Visible only to its reporter, engineers and admins.") boolean confidential,
        @NonNull @Description("When it was reported.") OffsetDateTime createdAt,
        @NonNull @Description("When anything about it last changed.") OffsetDateTime updatedAt,
        @Description("When it was triaged.") OffsetDateTime triagedAt,
        @Description("When work on it started.") OffsetDateTime startedAt,
        @Description("When it was resolved.") OffsetDateTime resolvedAt,
        @Description("When it was closed.") OffsetDateTime closedAt,
        @Description("When it was last reopened.") OffsetDateTime reopenedAt,
        @NonNull @Description("Optimistic-locking version: send it back with an update.") int version,
        @Ignore long dbId,
        @Ignore Long componentId,
        @Ignore long reporterId,
        @Ignore Long assigneeId,
        @Ignore Long duplicateOfId,
        @Ignore Long fixedInReleaseId) implements Node {

    public static final String TYPE = "Bug";
    private static final String KEY_PREFIX = "BUG-";

    static Bug of(BugEntity e) {
        return new Bug(GlobalId.encode(TYPE, e.id), KEY_PREFIX + e.number, Math.toIntExact(e.number), e.title,
                e.description, e.severity, e.priority, e.status, e.resolution, e.environment, e.stepsToReproduce,
                e.confidential, e.createdAt, e.updatedAt, e.triagedAt, e.startedAt, e.resolvedAt, e.closedAt,
                e.reopenedAt, e.version, e.id, e.componentId, e.reporterId, e.assigneeId, e.duplicateOfId,
                e.fixedInReleaseId);
    }

    /** The number of a key such as {@code BUG-42} (any case); empty for anything else. */
    static Optional<Long> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String upper = key.strip().toUpperCase(Locale.ROOT);
        if (!upper.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(upper.substring(KEY_PREFIX.length()));
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
