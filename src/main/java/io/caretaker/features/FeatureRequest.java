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
        @Ignore long dbId,
        @Ignore long requesterId,
        @Ignore Long targetReleaseId,
        @Ignore Long mergedIntoId) implements Node {

    public static final String TYPE = "FeatureRequest";

    static FeatureRequest of(FeatureRequestEntity e) {
        return new FeatureRequest(GlobalId.encode(TYPE, e.id), e.title, e.description, e.status, e.voteCount,
                e.createdAt, e.updatedAt, e.version, e.id, e.requesterId, e.targetReleaseId, e.mergedIntoId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
