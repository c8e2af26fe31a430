package io.caretaker.features;

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

/**
 * The inputs, payloads, filter and order of the feature requests API.
 *
 * <p>Optional lists of input records carry {@link Nullable}: SmallRye builds input records from their
 * constructor parameters and merges the {@code @NonNull} of the element type into the list itself
 * (smallrye-graphql issue 753), which would make {@code List<@NonNull X>} a required {@code [X!]!}.
 */
public final class FeatureRequestInputs {

    private FeatureRequestInputs() {
    }

    @Input("FeatureRequestCreateInput")
    @Description("A new feature request.")
    public record FeatureRequestCreateInput(
            @NonNull @Description("One-line summary, at most 200 characters.") String title,
            @Description("Details, in Markdown: what you need and why.") String description) {
    }

    @Input("FeatureRequestUpdateInput")
    @Description("Changes to a feature request; omitted fields stay as they are. Requesters may change the title and description of their own requests; engineers may change anything, including the target release.")
    public record FeatureRequestUpdateInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("New summary.") String title,
            @Description("New details, in Markdown.") String description,
            @Id @Description("The release it is planned for (engineers).") String targetReleaseId,
            @Nullable @Description("Fields to empty, e.g. [TARGET_RELEASE]; a field named here is emptied even if a new value is given too.") List<@NonNull FeatureRequestClearableField> clear) {
    }

    @org.eclipse.microprofile.graphql.Enum("FeatureRequestClearableField")
    @Description("Optional fields of a feature request that featureRequestUpdate can empty.")
    public enum FeatureRequestClearableField {
        @Description("Remove the target release (engineers).")
        TARGET_RELEASE
    }

    @Type("FeatureRequestCreatePayload")
    @Description("The result of featureRequestCreate.")
    public record FeatureRequestCreatePayload(
            @Description("The new feature request; null when there are user errors.") FeatureRequest featureRequest,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("FeatureRequestUpdatePayload")
    @Description("The result of featureRequestUpdate.")
    public record FeatureRequestUpdatePayload(
            @Description("The feature request as it is now; null when there are user errors.") FeatureRequest featureRequest,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("FeatureRequestFilter")
    @Description("Narrows a list of feature requests; all given conditions must hold.")
    public record FeatureRequestFilter(
            @Nullable @Description("Any of these statuses.") List<@NonNull FeatureStatus> status,
            @Id @Description("Requested by this user.") String requesterId,
            @Description("Case-insensitive part of the title.") String query) {
    }

    @Input("FeatureRequestOrder")
    @Description("How to order feature requests.")
    public record FeatureRequestOrder(@NonNull @Description("What to order by.") FeatureRequestOrderField field,
            @Description("ASC when omitted.") SortDirection direction) {

        static final FeatureRequestOrder DEFAULT = new FeatureRequestOrder(FeatureRequestOrderField.CREATED_AT, SortDirection.DESC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }

    @org.eclipse.microprofile.graphql.Enum("FeatureRequestOrderField")
    @Description("Fields feature requests can be ordered by.")
    public enum FeatureRequestOrderField {
        @Description("When requested (the default, newest first).")
        CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP)),
        @Description("When last changed.")
        UPDATED_AT(new SortKey("updated", "e.updatedAt", CursorType.TIMESTAMP)),
        @Description("The number of votes.")
        VOTES(new SortKey("votes", "e.voteCount", CursorType.INT)),
        @Description("RICE score; requests not scored yet come last when DESC.")
        RICE_SCORE(new SortKey("rice", "coalesce(e.riceScore, -1)", CursorType.DECIMAL));

        final SortKey key;

        FeatureRequestOrderField(SortKey key) {
            this.key = key;
        }
    }
}
