package io.caretaker.bugs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Nullable;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.bugs.BugWorkflowInputs.SimilarBug;
import io.caretaker.graphql.UserError;

/**
 * The inputs, payloads, filter and order of the bugs API.
 *
 * <p>Optional lists are marked {@code @Nullable}: see the conventions in {@code io.caretaker.graphql} (package-info).
 */
public final class BugInputs {

    private BugInputs() {
    }

    @Input("BugCreateInput")
    @Description("A new bug report.")
    public record BugCreateInput(
            @NonNull @Description("One-line summary, at most 200 characters.") String title,
            @Description("Details, in Markdown.") String description,
            @Description("How bad it is, as the reporter sees it; S3 when omitted. Triage may change it.") Severity severity,
            @Id @Description("The component it concerns.") String componentId,
            @Description("Labels, e.g. [\"regression\", \"ui\"]: letters, digits and - _ . : /, at most 50 characters each; stored in lower case.") @Nullable List<@NonNull String> labels,
            @Description("Where it happens: version, browser, OS, exchange, ...") String environment,
            @Description("How to make it happen, in Markdown.") String stepsToReproduce,
            @Description("Hide it from everyone but you, engineers and admins (e.g. a security problem). False when omitted.") Boolean confidential) {
    }

    @Input("BugUpdateInput")
    @Description("Changes to a bug; omitted fields stay as they are. Reporters may change the content of their own bugs; severity, priority, component and assignee are for engineers.")
    public record BugUpdateInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("New summary.") String title,
            @Description("New details, in Markdown.") String description,
            @Description("New severity (engineers).") Severity severity,
            @Description("New priority (engineers).") Priority priority,
            @Id @Description("New component (engineers).") String componentId,
            @Id @Description("New assignee (engineers).") String assigneeId,
            @Description("The complete new set of labels.") @Nullable List<@NonNull String> labels,
            @Description("New environment.") String environment,
            @Description("New steps to reproduce.") String stepsToReproduce,
            @Description("Make it confidential, or not.") Boolean confidential,
            @Id @Description("The release that fixes it (engineers).") String fixedInReleaseId,
            @Description("Fields to empty, e.g. [ASSIGNEE] to unassign.") @Nullable List<@NonNull BugClearableField> clear) {
    }

    @org.eclipse.microprofile.graphql.Enum("BugClearableField")
    @Description("Optional fields of a bug that bugUpdate can empty.")
    public enum BugClearableField {
        @Description("Remove the priority (engineers).")
        PRIORITY,
        @Description("Remove the component (engineers).")
        COMPONENT,
        @Description("Unassign (engineers).")
        ASSIGNEE,
        @Description("Remove the environment.")
        ENVIRONMENT,
        @Description("Remove the steps to reproduce.")
        STEPS_TO_REPRODUCE,
        @Description("Remove the fixed-in release (engineers).")
        FIXED_IN
    }

    @Input("BugCommentAddInput")
    @Description("A new comment.")
    public record BugCommentAddInput(@NonNull @Description("The text, in Markdown, at most 20 000 characters.") String body) {
    }

    @Type("BugCreatePayload")
    @Description("The result of bugCreate.")
    public record BugCreatePayload(
            @Description("The new bug; null when there are user errors.") Bug bug,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors,
            @NonNull @Description("Bugs with similar titles, best first (at most 5): it may be a duplicate of one of them.") List<@NonNull SimilarBug> similarBugs) {
    }

    @Type("BugUpdatePayload")
    @Description("The result of bugUpdate.")
    public record BugUpdatePayload(
            @Description("The bug as it is now; null when there are user errors.") Bug bug,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugCommentAddPayload")
    @Description("The result of bugCommentAdd.")
    public record BugCommentAddPayload(
            @Description("The new comment; null when there are user errors.") Comment comment,
            @Description("The bug commented on.") Bug bug,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("BugFilter")
    @Description("Narrows a list of bugs; all given conditions must hold.")
    public record BugFilter(
            @Description("Any of these statuses.") @Nullable List<@NonNull BugStatus> status,
            @Description("Any of these severities.") @Nullable List<@NonNull Severity> severity,
            @Description("Any of these priorities.") @Nullable List<@NonNull Priority> priority,
            @Id @Description("Filed against this component.") String componentId,
            @Id @Description("Assigned to this user.") String assigneeId,
            @Id @Description("Reported by this user.") String reporterId,
            @Description("True: only assigned bugs; false: only unassigned ones.") Boolean assigned,
            @Description("Carries this label.") String label,
            @Description("Only confidential (true) or only open (false) bugs.") Boolean confidential,
            @Description("Case-insensitive part of the title.") String query) {
    }

    @Input("BugOrder")
    @Description("How to order bugs.")
    public record BugOrder(@NonNull @Description("What to order by.") BugOrderField field,
            @Description("ASC when omitted.") SortDirection direction) {

        static final BugOrder DEFAULT = new BugOrder(BugOrderField.CREATED_AT, SortDirection.DESC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }

    @org.eclipse.microprofile.graphql.Enum("BugOrderField")
    @Description("Fields bugs can be ordered by.")
    public enum BugOrderField {
        @Description("When reported (the default, newest first).")
        CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP)),
        @Description("When last changed.")
        UPDATED_AT(new SortKey("updated", "e.updatedAt", CursorType.TIMESTAMP)),
        @Description("The number of the key.")
        NUMBER(new SortKey("number", "e.number", CursorType.LONG)),
        @Description("Severity: S1 first when ASC.")
        SEVERITY(new SortKey("severity", "e.severityRank", CursorType.INT)),
        @Description("Priority: P0 first when ASC; bugs without priority last.")
        PRIORITY(new SortKey("priority", "e.priorityRank", CursorType.INT));

        final SortKey key;

        BugOrderField(SortKey key) {
            this.key = key;
        }
    }
}
