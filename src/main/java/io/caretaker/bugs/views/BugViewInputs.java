package io.caretaker.bugs.views;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.BugInputs.BugOrder;
import io.caretaker.graphql.UserError;

/** Inputs and payloads of saved views. */
public final class BugViewInputs {

    private BugViewInputs() {
    }

    @Input("BugViewSaveInput")
    @Description("A view to save: a new one (no id) or one of yours (id and version).")
    public record BugViewSaveInput(
            @Id @Description("The view to update; omitted: a new view.") String id,
            @Description("With id: the version you read; a stale one is a CONFLICT and changes nothing.") Integer version,
            @NonNull @Description("Its name, unique among your views (case-insensitive), at most 100 characters.") String name,
            @Description("The filter; no filter shows every bug you may see.") BugFilter filter,
            @Description("The order; omitted: newest first.") BugOrder orderBy,
            @Description("Share it with the team (engineers and admins); false when omitted.") Boolean shared) {
    }

    @Input("BugViewsFilter")
    @Description("Narrows the list of views.")
    public record BugViewsFilter(@Description("Only shared (true) or only your personal (false) views.") Boolean shared) {
    }

    @Type("BugViewSavePayload")
    @Description("The result of bugViewSave.")
    public record BugViewSavePayload(
            @Description("The view as saved; null when there are user errors.") BugView view,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("BugViewDeletePayload")
    @Description("The result of bugViewDelete.")
    public record BugViewDeletePayload(
            @Id @Description("The id of the deleted view.") String deletedViewId,
            @NonNull @Description("Always empty.") List<@NonNull UserError> userErrors) {
    }
}
