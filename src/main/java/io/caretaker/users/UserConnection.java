package io.caretaker.users;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of users.")
public class UserConnection extends Connection<User, UserConnection.UserEdge> {

    public UserConnection(Page<User> page, IntSupplier totalCount) {
        super(page, UserEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("UserEdge")
    @Description("A user with its cursor.")
    public static class UserEdge extends Edge<User> {
        UserEdge(User node, String cursor) {
            super(node, cursor);
        }
    }
}
