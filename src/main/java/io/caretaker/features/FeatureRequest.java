package io.caretaker.features;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("FeatureRequest")
@Description("A request for a new feature or an improvement, and where it stands.")
public record FeatureRequest(
        @Id @NonNull String id,
        @NonNull @Description("One-line summary.") String title,
        @NonNull @Description("Details, in Markdown.") String description,
        @NonNull @Description("Where it stands.") FeatureStatus status,
        @NonNull @Description("How many users voted for it.") int voteCount,
        @NonNull @Description("When it was requested.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version: send it back with an update.") int version,
        @Description("RICE reach: people affected per quarter; null until scored.") Integer reach,
        @Description("RICE impact: 0.25 (minimal), 0.5 (low), 1 (medium), 2 (high) or 3 (massive); null until scored.") Double impact,
        @Description("RICE confidence, from 0 to 1 (e.g. 0.8); null until scored.") Double confidence,
        @Description("RICE effort in person-months; null until scored.") Double effort,
        @Description("RICE score: reach × impact × confidence ÷ effort; null until scored.") Double riceScore,
        @Ignore long dbId,
        @Ignore long requesterId,
        @Ignore Long targetReleaseId,
        @Ignore Long mergedIntoId) implements Node {

    public static final String TYPE = "FeatureRequest";

    static FeatureRequest of(FeatureRequestEntity e) {
        return new FeatureRequest(GlobalId.encode(TYPE, e.id), e.title, e.description, e.status, e.voteCount,
                e.createdAt, e.updatedAt, e.version, e.reach, number(e.impact), number(e.confidence), number(e.effort),
                number(e.riceScore), e.id, e.requesterId, e.targetReleaseId, e.mergedIntoId);
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
