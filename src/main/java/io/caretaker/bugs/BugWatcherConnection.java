package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of the people watching a bug, earliest first.")
public class BugWatcherConnection extends Connection<io.caretaker.users.User, BugWatcherConnection.BugWatcherEdge> {

    public BugWatcherConnection(Page<io.caretaker.users.User> page, IntSupplier totalCount) {
        super(page, BugWatcherEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("BugWatcherEdge")
    @Description("A watcher with its cursor.")
    public static class BugWatcherEdge extends Edge<io.caretaker.users.User> {
        BugWatcherEdge(io.caretaker.users.User node, String cursor) {
            super(node, cursor);
        }
    }
}
