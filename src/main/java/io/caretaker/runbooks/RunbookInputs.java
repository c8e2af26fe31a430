package io.caretaker.runbooks;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.UserError;
import io.smallrye.graphql.api.Nullable;

/** The inputs, payloads, filter and order of the runbooks API. */
public final class RunbookInputs {

    private RunbookInputs() {
    }

    @Input("RunbookStepInput")
    @Description("A step of a new revision. Its position is its place in the list of steps.")
    public record RunbookStepInput(
            @NonNull @Description("What to do, in a line; at most 200 characters.") String title,
            @Description("How to do it, in Markdown; at most 20 000 characters.") String instructions,
            @Description("A command to run for this step; at most 5 000 characters.") String command,
            @Description("What you should see when the step went well; at most 2 000 characters.") String expectedResult) {
    }

    @Input("RunbookCreateInput")
    @Description("A new runbook with its first revision.")
    public record RunbookCreateInput(
            @NonNull @Description("Unique name in URLs: lower-case letters and digits in groups joined by single hyphens, e.g. \"restore-postgres\"; at most 100 characters.") String slug,
            @NonNull @Description("One-line name, at most 200 characters.") String title,
            @Description("What the runbook is for and when to use it, in Markdown; at most 20 000 characters.") String purpose,
            @NonNull @Description("What kind of work it guides.") RunbookCategory category,
            @Id @Description("The user who keeps it up to date.") String ownerId,
            @Description("Recovery-time objective in minutes, 1 to 100 000.") Integer rtoMinutes,
            @Description("How often to rehearse it, in days, 1 to 3 650.") Integer drillIntervalDays,
            @NonNull @Description("The steps of revision 1, in order: 1 to 100 of them.") List<@NonNull RunbookStepInput> steps,
            @Description("The message of revision 1, at most 500 characters; \"Initial revision\" when omitted.") String message) {
    }

    @Input("RunbookReviseInput")
    @Description("A new revision of a runbook, with changes to its metadata; omitted fields stay as they are.")
    public record RunbookReviseInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("New one-line name.") String title,
            @Description("New purpose, in Markdown (an empty text empties it).") String purpose,
            @Description("New category.") RunbookCategory category,
            @Id @Description("New owner.") String ownerId,
            @Description("New recovery-time objective in minutes, 1 to 100 000.") Integer rtoMinutes,
            @Description("New drill interval in days, 1 to 3 650.") Integer drillIntervalDays,
            @Description("The complete steps of the new revision, in order: 1 to 100 of them. When omitted, the steps of the current revision carry over unchanged.") @Nullable List<@NonNull RunbookStepInput> steps,
            @NonNull @Description("What changes in this revision, and why; at most 500 characters.") String message,
            @Description("Fields to empty, e.g. [OWNER].") @Nullable List<@NonNull RunbookClearableField> clear) {
    }

    @org.eclipse.microprofile.graphql.Enum("RunbookClearableField")
    @Description("Optional fields of a runbook that runbookRevise can empty.")
    public enum RunbookClearableField {
        @Description("Remove the owner.")
        OWNER,
        @Description("Remove the recovery-time objective.")
        RTO_MINUTES,
        @Description("Stop drilling it: remove the drill interval.")
        DRILL_INTERVAL_DAYS
    }

    @Type("RunbookCreatePayload")
    @Description("The result of runbookCreate.")
    public record RunbookCreatePayload(
            @Description("The new runbook; null when there are user errors.") Runbook runbook,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("RunbookRevisePayload")
    @Description("The result of runbookRevise.")
    public record RunbookRevisePayload(
            @Description("The runbook as it is now, at its new revision; null when there are user errors.") Runbook runbook,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("RunbookFilter")
    @Description("Narrows a list of runbooks; all given conditions must hold.")
    public record RunbookFilter(
            @Description("Any of these categories.") @Nullable List<@NonNull RunbookCategory> category,
            @Id @Description("Owned by this user.") String ownerId,
            @Description("Case-insensitive part of the title or the slug.") String query) {
    }

    @Input("RunbookOrder")
    @Description("How to order runbooks.")
    public record RunbookOrder(@NonNull @Description("What to order by.") RunbookOrderField field,
            @Description("ASC when omitted.") SortDirection direction) {

        static final RunbookOrder DEFAULT = new RunbookOrder(RunbookOrderField.TITLE, SortDirection.ASC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }

    @org.eclipse.microprofile.graphql.Enum("RunbookOrderField")
    @Description("Fields runbooks can be ordered by.")
    public enum RunbookOrderField {
        @Description("Title, case-insensitive (the default, A to Z).")
        TITLE(new SortKey("title", "lower(e.title)", CursorType.STRING)),
        @Description("When created.")
        CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP)),
        @Description("When last revised.")
        UPDATED_AT(new SortKey("updated", "e.updatedAt", CursorType.TIMESTAMP));

        final SortKey key;

        RunbookOrderField(SortKey key) {
            this.key = key;
        }
    }
}
