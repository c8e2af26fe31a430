package io.caretaker.features;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.UserError;

/** Inputs and payloads of the feature-request workflow: moves, votes, RICE scores, merges. */
public final class FeatureWorkflowInputs {

    private FeatureWorkflowInputs() {
    }

    @Input("FeatureRequestTransitionInput")
    @Description("A move of the feature-request workflow.")
    public record FeatureRequestTransitionInput(
            @NonNull @Description("The status to move to.") FeatureStatus to,
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version) {
    }

    @Input("FeatureRequestScoreInput")
    @Description("RICE inputs; the score is reach × impact × confidence ÷ effort.")
    public record FeatureRequestScoreInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @NonNull @Description("People affected per quarter, 0 or more.") int reach,
            @NonNull @Description("0.25 (minimal), 0.5 (low), 1 (medium), 2 (high) or 3 (massive).") double impact,
            @NonNull @Description("How sure the estimates are, above 0 and at most 1 (e.g. 0.8).") double confidence,
            @NonNull @Description("Person-months of work, above 0 and at most 1000.") double effort) {
    }

    @Input("FeatureRequestMergeInput")
    @Description("The request to merge this one into.")
    public record FeatureRequestMergeInput(
            @Id @NonNull @Description("The request that stays; it gains the merged request's votes.") String intoId,
            @NonNull @Description("The version of the merged request you read; a stale one is a CONFLICT and changes nothing.") int version) {
    }

    @Type("FeatureRequestPayload")
    @Description("The result of featureRequestTransition, featureRequestScore, featureRequestVote and featureRequestUnvote.")
    public record FeatureRequestPayload(
            @Description("The request as it is now; null when there are user errors.") FeatureRequest featureRequest,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("FeatureRequestMergePayload")
    @Description("The result of featureRequestMerge.")
    public record FeatureRequestMergePayload(
            @Description("The merged request, now DECLINED and pointing to the target; null when there are user errors.") FeatureRequest featureRequest,
            @Description("The request that stays, with the votes of both.") FeatureRequest into,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }
}
