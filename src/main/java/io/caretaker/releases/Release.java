package io.caretaker.releases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Release")
@Description("A release of the product, named by its semantic version.")
public record Release(
        @Id @NonNull String id,
        @NonNull @Description("The semantic version (SemVer 2.0.0), e.g. 1.4.0 or 2.0.0-rc.1; fetch with release(version:).") String version,
        @Description("An optional name, e.g. \"Spring cleaning\".") String name,
        @NonNull @Description("The date it is planned for or went out.") LocalDate releaseDate,
        @Description("Release notes, in Markdown.") String notes,
        @Description("When it shipped; null until then.") OffsetDateTime shippedAt,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version (not the release's semantic version): send it back with an update.") int lockVersion,
        @Ignore long dbId,
        @Ignore long createdById) implements Node {

    public static final String TYPE = "Release";

    public static Release of(ReleaseEntity e) {
        return new Release(GlobalId.encode(TYPE, e.id), e.version, e.name, e.releaseDate, e.notes, e.shippedAt,
                e.createdAt, e.updatedAt, e.lockVersion, e.id, e.createdById);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
