package io.caretaker.bugs;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.BugWorkflowInputs.BugMarkDuplicateInput;
import io.caretaker.bugs.BugWorkflowInputs.BugMarkDuplicatePayload;
import io.caretaker.bugs.BugWorkflowInputs.BugTransitionInput;
import io.caretaker.bugs.BugWorkflowInputs.BugTransitionPayload;
import io.caretaker.bugs.BugWorkflowInputs.BugTriageInput;
import io.caretaker.bugs.BugWorkflowInputs.BugTriagePayload;
import io.caretaker.bugs.BugWorkflowInputs.BugsBulkUpdateInput;
import io.caretaker.bugs.BugWorkflowInputs.BugsBulkUpdatePayload;
import io.caretaker.bugs.BugWorkflowInputs.SimilarBug;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;

/** The triage workflow of bugs: moves, triage, duplicates, bulk updates, the inbox, likely duplicates. */
@GraphQLApi
public class BugWorkflowGraphQL {

    @Inject
    BugWorkflowService workflow;

    @Inject
    BugQueries queries;

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Moves a bug along its workflow (NEW → TRIAGED → IN_PROGRESS → RESOLVED → CLOSED, and REOPENED). A move the workflow does not allow is an INVALID_TRANSITION user error that names the allowed moves. Engineers.")
    public BugTransitionPayload bugTransition(@Id @NonNull @Description("The bug.") String id,
            @NonNull @Description("The move.") BugTransitionInput input) {
        return workflow.transition(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Triages a NEW or REOPENED bug in one action: severity, priority, component, assignee and labels, and the move to TRIAGED. Engineers.")
    public BugTriagePayload bugTriage(@Id @NonNull @Description("The bug.") String id,
            @NonNull @Description("The triage.") BugTriageInput input) {
        return workflow.triage(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Resolves a bug as a DUPLICATE of another: links both (duplicateOf, duplicates), and the duplicate's reporter and watchers start watching the original. A self-link or a cycle is a user error. Engineers.")
    public BugMarkDuplicatePayload bugMarkDuplicate(@Id @NonNull @Description("The duplicate.") String id,
            @NonNull @Description("The original.") BugMarkDuplicateInput input) {
        return workflow.markDuplicate(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Applies the same changes to up to 100 bugs: all of them change, or none (user errors name each bug that cannot change). Engineers.")
    public BugsBulkUpdatePayload bugsBulkUpdate(@NonNull @Description("The bugs, 1 to 100.") List<@NonNull String> ids,
            @NonNull @Description("The changes.") BugsBulkUpdateInput input) {
        return workflow.bulkUpdate(ids, input);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("The triage inbox: NEW and REOPENED bugs you may see, most severe first, then oldest; each with its SLA.")
    public @NonNull BugConnection triageInbox(
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new BugConnection(queries.triageInbox(request), queries::triageInboxCount);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Bugs whose titles resemble a text, best first: likely duplicates of a bug about to be reported. Only bugs you may see.")
    public @NonNull List<@NonNull SimilarBug> similarBugs(@NonNull @Description("The text, e.g. a draft title (at most 500 characters are used).") String text,
            @DefaultValue("5") @Description("How many, at most 20.") int first) {
        return queries.similar(text, checkedSimilarCount(first), null);
    }

    @Description("Bugs whose titles resemble this one's, best first: likely duplicates.")
    public List<@NonNull List<@NonNull SimilarBug>> similar(@Source List<Bug> bugs,
            @DefaultValue("5") @Description("How many per bug, at most 20.") int first) {
        Map<Long, List<SimilarBug>> similar = queries.similarTo(bugs.stream().map(Bug::dbId).toList(), checkedSimilarCount(first));
        return bugs.stream().map(b -> similar.get(b.dbId())).toList();
    }

    @Description("The bugs marked as duplicates of this one, oldest first (those you may see).")
    public List<@NonNull NestedBugConnection> duplicates(@Source List<Bug> bugs,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = bugs.stream().map(Bug::dbId).toList();
        Map<Long, Page<Bug>> pages = queries.duplicates(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.duplicateCounts(ids));
        return bugs.stream().map(b -> new NestedBugConnection(pages.get(b.dbId()), () -> counts.get().get(b.dbId()))).toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<NestedBugConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    private static int checkedSimilarCount(int first) {
        if (first < 0 || first > BugQueries.SIMILAR_MAX) {
            throw ApiError.badUserInput("'first' must be between 0 and " + BugQueries.SIMILAR_MAX + " (got " + first + ").");
        }
        return first;
    }
}
