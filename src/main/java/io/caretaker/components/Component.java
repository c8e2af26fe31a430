package io.caretaker.components;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Component")
@Description("A part of the product that bugs are filed against.")
public record Component(
        @Id @NonNull String id,
        @NonNull @Description("Unique name (case-insensitive).") String name,
        @Description("What the component covers.") String description,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("Optimistic-locking version.") int version,
        @Ignore Long ownerId) implements Node {

    public static final String TYPE = "Component";

    static Component of(ComponentEntity e) {
        return new Component(GlobalId.encode(TYPE, e.id), e.name, e.description, e.createdAt, e.version, e.ownerId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
