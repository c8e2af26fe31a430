package io.caretaker.users;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

@GraphQLApi
public class UserGraphQL {

    @Inject
    UserService users;

    @Inject
    UserLoader loader;

    @Inject
    CurrentUser currentUser;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("The signed-in user (or service account) making this request.")
    public @NonNull User viewer() {
        long id = currentUser.id();
        return loader.load(java.util.List.of(id)).get(id);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Users Caretaker has seen sign in, e.g. to find an assignee's id.")
    public @NonNull UserConnection users(@Description("Narrows the list.") UserFilter filter,
            @Description("Order of the list: by name when omitted.") UserOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new UserConnection(users.page(filter, orderBy, request), () -> users.count(filter));
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source UserConnection connection) {
        return connection.totalCount();
    }

    /** Users are visible to every signed-in role. */
    @Produces
    @ApplicationScoped
    NodeResolver userNodes(UserService users) {
        return NodeResolver.of(User.TYPE, users::byIds);
    }
}
