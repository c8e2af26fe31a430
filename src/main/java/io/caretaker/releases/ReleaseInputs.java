package io.caretaker.releases;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.UserError;

/** The input, payload, filter and order types of the releases API. */
public final class ReleaseInputs {

    private ReleaseInputs() {
    }

    @Input("ReleaseCreateInput")
    @Description("A new release.")
    public record ReleaseCreateInput(
            @NonNull @Description("The semantic version (SemVer 2.0.0), e.g. 1.4.0 or 2.0.0-rc.1; unique. Numbers have at most 10 digits.") String version,
            @Description("An optional name, at most 200 characters.") String name,
            @NonNull @Description("The date it is planned for or went out.") LocalDate releaseDate,
            @Description("Release notes, in Markdown.") String notes) {
    }

    @Type("ReleaseCreatePayload")
    @Description("The result of releaseCreate.")
    public record ReleaseCreatePayload(
            @Description("The new release; null when there are user errors.") Release release,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("ReleaseFilter")
    @Description("Narrows a list of releases; all given conditions must hold.")
    public record ReleaseFilter(
            @Description("True: only shipped releases; false: only those not shipped yet.") Boolean shipped,
            @Description("Case-insensitive part of the version or the name.") String query) {
    }

    @Input("ReleaseOrder")
    @Description("How to order releases.")
    public record ReleaseOrder(@NonNull @Description("What to order by.") ReleaseOrderField field, @Description("ASC when omitted.") SortDirection direction) {

        static final ReleaseOrder DEFAULT = new ReleaseOrder(ReleaseOrderField.RELEASE_DATE, SortDirection.DESC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }

    @org.eclipse.microprofile.graphql.Enum("ReleaseOrderField")
    @Description("Fields releases can be ordered by.")
    public enum ReleaseOrderField {
        @Description("The release date (the default, latest first).")
        RELEASE_DATE(new SortKey("date", "e.releaseDate", CursorType.DATE)),
        @Description("Semantic-version precedence: 1.0.0-rc.1 before 1.0.0 before 1.0.1 before 1.10.0 when ASC.")
        VERSION(new SortKey("version", "e.versionSort", CursorType.STRING)),
        @Description("When it was created.")
        CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP));

        final SortKey key;

        ReleaseOrderField(SortKey key) {
            this.key = key;
        }
    }

    @Input("ReleaseShipInput")
    @Description("Shipping a release.")
    public record ReleaseShipInput(
            @NonNull @Description("The lockVersion you read; a stale one is a CONFLICT and changes nothing.") int lockVersion) {
    }

    @Type("ReleaseShipPayload")
    @Description("The result of releaseShip.")
    public record ReleaseShipPayload(
            @Description("The release as it is now; null when there are user errors.") Release release,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }
}
