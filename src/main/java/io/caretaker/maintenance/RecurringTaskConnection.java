package io.caretaker.maintenance;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of recurring tasks.")
public class RecurringTaskConnection extends Connection<RecurringTask, RecurringTaskConnection.RecurringTaskEdge> {

    public RecurringTaskConnection(Page<RecurringTask> page, IntSupplier totalCount) {
        super(page, RecurringTaskEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("RecurringTaskEdge")
    @Description("An item with its cursor.")
    public static class RecurringTaskEdge extends Edge<RecurringTask> {
        RecurringTaskEdge(RecurringTask node, String cursor) {
            super(node, cursor);
        }
    }
}
