package io.caretaker.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a connection with its cursor. Subclass it per type: SmallRye names generic types badly. */
// Registered for reflection: SmallRye GraphQL reads nodes, edges, pageInfo and totalCount through the
// concrete connection class, and the native image keeps inherited methods only of registered classes.
@io.quarkus.runtime.annotations.RegisterForReflection
public abstract class Edge<T> {

    private final T node;
    private final String cursor;

    protected Edge(T node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }

    @NonNull
    @Description("Opaque cursor of this item: pass it as 'after' or 'before' to page from here.")
    public String getCursor() {
        return cursor;
    }
}
