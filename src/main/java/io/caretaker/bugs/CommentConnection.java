package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of comments, oldest first.")
public class CommentConnection extends Connection<Comment, CommentConnection.CommentEdge> {

    public CommentConnection(Page<Comment> page, IntSupplier totalCount) {
        super(page, CommentEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("CommentEdge")
    @Description("A comment with its cursor.")
    public static class CommentEdge extends Edge<Comment> {
        CommentEdge(Comment node, String cursor) {
            super(node, cursor);
        }
    }
}
