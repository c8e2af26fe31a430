package io.caretaker.components;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of components.")
public class ComponentConnection extends Connection<Component, ComponentConnection.ComponentEdge> {

    public ComponentConnection(Page<Component> page, IntSupplier totalCount) {
        super(page, ComponentEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ComponentEdge")
    @Description("A component with its cursor.")
    public static class ComponentEdge extends Edge<Component> {
        ComponentEdge(Component node, String cursor) {
            super(node, cursor);
        }
    }
}
