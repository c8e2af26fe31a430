package io.caretaker.features;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestMergeInput;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestMergePayload;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestPayload;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestScoreInput;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestTransitionInput;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;

/** The workflow of feature requests: moves, votes, RICE scores and merges. */
@GraphQLApi
public class FeatureWorkflowGraphQL {

    @Inject
    FeatureWorkflowService workflow;

    @Inject
    FeatureRequestQueries queries;

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Moves a feature request along its workflow (PROPOSED → UNDER_REVIEW → PLANNED → IN_PROGRESS → SHIPPED, or DECLINED). A move the workflow does not allow is an INVALID_TRANSITION user error naming the allowed moves. Engineers.")
    public FeatureRequestPayload featureRequestTransition(@Id @NonNull @Description("The request.") String id,
            @NonNull @Description("The move.") FeatureRequestTransitionInput input) {
        return workflow.transition(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Votes for a feature request: one vote per person; voting again changes nothing. Closed requests (SHIPPED, DECLINED, merged) take no votes.")
    public FeatureRequestPayload featureRequestVote(@Id @NonNull @Description("The request.") String id) {
        return workflow.vote(id, true);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Takes your vote back; without a vote this changes nothing.")
    public FeatureRequestPayload featureRequestUnvote(@Id @NonNull @Description("The request.") String id) {
        return workflow.vote(id, false);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Scores a feature request with RICE (reach, impact, confidence, effort); riceScore follows and can be ordered by. Engineers.")
    public FeatureRequestPayload featureRequestScore(@Id @NonNull @Description("The request.") String id,
            @NonNull @Description("The RICE inputs.") FeatureRequestScoreInput input) {
        return workflow.score(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Merges a duplicate request into another: its votes move to the target (someone who voted for both counts once), and it becomes DECLINED, pointing to the target. Engineers.")
    public FeatureRequestMergePayload featureRequestMerge(@Id @NonNull @Description("The request to merge away.") String id,
            @NonNull @Description("The target.") FeatureRequestMergeInput input) {
        return workflow.merge(id, input);
    }

    @Description("The requests merged into this one, oldest first.")
    public List<@NonNull NestedFeatureRequestConnection> mergedRequests(@Source List<FeatureRequest> features,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = features.stream().map(FeatureRequest::dbId).toList();
        Map<Long, Page<FeatureRequest>> pages = queries.mergedInto(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.mergedIntoCounts(ids));
        return features.stream().map(f -> new NestedFeatureRequestConnection(pages.get(f.dbId()), () -> counts.get().get(f.dbId()))).toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<NestedFeatureRequestConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }
}
