package io.caretaker.bugs.views;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.BugConnection;
import io.caretaker.bugs.BugQueries;
import io.caretaker.bugs.views.BugViewInputs.BugViewDeletePayload;
import io.caretaker.bugs.views.BugViewInputs.BugViewSaveInput;
import io.caretaker.bugs.views.BugViewInputs.BugViewSavePayload;
import io.caretaker.bugs.views.BugViewInputs.BugViewsFilter;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** Saved views of bugs: personal ones for everyone, shared ones curated by engineers. */
@GraphQLApi
public class BugViewGraphQL {

    @Inject
    BugViewService views;

    @Inject
    BugQueries bugs;

    @Inject
    UserLoader users;

    @Mutation
    @RolesAllowed(Roles.VIEWER)
    @Description("Saves a view of bugs: a new one, or one of yours. Sharing with the team (shared: true) is for engineers.")
    public BugViewSavePayload bugViewSave(@NonNull @Description("The view.") BugViewSaveInput input) {
        return views.save(input);
    }

    @Mutation
    @RolesAllowed(Roles.VIEWER)
    @Description("Deletes one of your views (admins may also delete shared views).")
    public BugViewDeletePayload bugViewDelete(@Id @NonNull @Description("The view.") String id) {
        return views.delete(id);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Your views and the ones shared with the team, by name.")
    public @NonNull BugViewConnection bugViews(@Description("Narrows the list.") BugViewsFilter filter,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new BugViewConnection(views.page(filter, request), () -> views.count(filter));
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source BugViewConnection connection) {
        return connection.totalCount();
    }

    @Description("Who saved it.")
    public List<@NonNull User> owner(@Source List<BugView> list) {
        Map<Long, User> found = users.load(list.stream().map(BugView::ownerId).toList());
        return list.stream().map(v -> found.get(v.ownerId())).toList();
    }

    @NonNull
    @Description("The bugs the view shows you: its filter and order, among the bugs you may see (a shared view shows everyone only what they may see).")
    public BugConnection bugs(@Source BugView view,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new BugConnection(bugs.page(view.bugFilter(), view.bugOrder(), request), () -> bugs.count(view.bugFilter()));
    }

    @Produces
    @ApplicationScoped
    NodeResolver bugViewNodes(BugViewService views) {
        return NodeResolver.of(BugView.TYPE, views::byIds);
    }
}
