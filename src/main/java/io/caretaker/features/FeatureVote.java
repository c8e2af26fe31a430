package io.caretaker.features;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FeatureVote")
@Description("A user's vote for a feature request.")
public record FeatureVote(
        @NonNull @Description("When the vote was cast.") OffsetDateTime createdAt,
        @Ignore long dbId,
        @Ignore long featureRequestId,
        @Ignore long userId) {

    static FeatureVote of(FeatureVoteEntity e) {
        return new FeatureVote(e.createdAt, e.id, e.featureRequestId, e.userId);
    }
}
