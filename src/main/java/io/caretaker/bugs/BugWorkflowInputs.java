package io.caretaker.bugs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.bugs.BugInputs.BugClearableField;
import io.caretaker.graphql.UserError;
import io.smallrye.graphql.api.Nullable;

/** Inputs and payloads of the bug workflow: transitions, triage, duplicates, bulk updates, watching. */
public final class BugWorkflowInputs {

    private BugWorkflowInputs() {
    }

    @Input("BugTransitionInput")
    @Description("A move of the workflow.")
    public record BugTransitionInput(
            @NonNull @Description("The status to move to; the workflow decides which moves are allowed (see docs/api.md).") BugStatus to,
            @Description("Why it is resolved: required for RESOLVED, not allowed otherwise (DUPLICATE goes through bugMarkDuplicate).") Resolution resolution,
            @Id @Description("With RESOLVED as FIXED: the release that fixes it.") String fixedInReleaseId,
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version) {
    }

    @Input("BugTriageInput")
    @Description("The triage of a NEW or REOPENED bug, in one action that moves it to TRIAGED.")
    public record BugTriageInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("How bad it is; the reporter's estimate stays when omitted.") Severity severity,
            @NonNull @Description("How soon it will be worked on.") Priority priority,
            @Id @Description("The component it concerns.") String componentId,
            @Id @Description("Who works on it; they start watching it.") String assigneeId,
            @Nullable @Description("The complete new set of labels; the labels stay when omitted.") List<@NonNull String> labels) {
    }

    @Input("BugMarkDuplicateInput")
    @Description("The bug this one duplicates.")
    public record BugMarkDuplicateInput(
            @Id @NonNull @Description("The original bug: it gains this bug's reporter and watchers as watchers.") String originalId,
            @NonNull @Description("The version of the duplicate you read; a stale one is a CONFLICT and changes nothing.") int version) {
    }

    @Input("BugsBulkUpdateInput")
    @Description("Changes applied to every bug of a bulk update; omitted fields stay as they are. All bugs change, or none.")
    public record BugsBulkUpdateInput(
            @Description("New severity.") Severity severity,
            @Description("New priority.") Priority priority,
            @Id @Description("New component.") String componentId,
            @Id @Description("New assignee.") String assigneeId,
            @Nullable @Description("Labels to add.") List<@NonNull String> addLabels,
            @Nullable @Description("Labels to remove.") List<@NonNull String> removeLabels,
            @Nullable @Description("Fields to empty, e.g. [ASSIGNEE].") List<@NonNull BugClearableField> clear,
            @Description("A move of the workflow for every bug, e.g. CLOSED.") BugStatus to,
            @Description("The resolution, with to: RESOLVED.") Resolution resolution) {
    }

    @Type("BugTransitionPayload")
    @Description("The result of bugTransition.")
    public record BugTransitionPayload(
            @Description("The bug as it is now; null when there are user errors.") Bug bug,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugTriagePayload")
    @Description("The result of bugTriage.")
    public record BugTriagePayload(
            @Description("The bug as it is now; null when there are user errors.") Bug bug,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugMarkDuplicatePayload")
    @Description("The result of bugMarkDuplicate.")
    public record BugMarkDuplicatePayload(
            @Description("The duplicate, now RESOLVED as DUPLICATE; null when there are user errors.") Bug bug,
            @Description("The original bug.") Bug original,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugsBulkUpdatePayload")
    @Description("The result of bugsBulkUpdate: every bug changed, or none.")
    public record BugsBulkUpdatePayload(
            @Description("The bugs as they are now, in the order of ids; null when there are user errors.") List<@NonNull Bug> bugs,
            @NonNull @Description("What to fix, per bug (field [\"ids\", index]) or in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugWatchPayload")
    @Description("The result of bugWatch and bugUnwatch.")
    public record BugWatchPayload(
            @Description("The bug.") Bug bug,
            @NonNull @Description("Whether you watch it now.") boolean watching,
            @NonNull @Description("Always empty: watching twice, or unwatching a bug you do not watch, changes nothing and is no error.") List<@NonNull UserError> userErrors) {
    }

    @Type("SimilarBug")
    @Description("A bug that may report the same problem, with how similar its title is.")
    public record SimilarBug(
            @NonNull @Description("The bug.") Bug bug,
            @NonNull @Description("Similarity of the titles, from 0 (nothing alike) to 1 (the same words).") double score) {
    }
}
