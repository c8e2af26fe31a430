package io.caretaker.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Every major type of the API. API records implement it with an ignored {@code getId()} that returns
 * their {@code id} component (SmallRye reads interface fields from getters only).
 */
@Interface("Node")
@Description("An object with an opaque global id, fetchable through node(id:) and nodes(ids:).")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global id of this object.")
    String getId();
}
