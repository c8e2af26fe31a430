package io.caretaker.bugs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

import io.caretaker.bugs.BugInputs.BugCommentAddInput;
import io.caretaker.bugs.BugInputs.BugCommentAddPayload;
import io.caretaker.bugs.BugInputs.BugCreateInput;
import io.caretaker.bugs.BugInputs.BugCreatePayload;
import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.BugInputs.BugOrder;
import io.caretaker.bugs.BugInputs.BugUpdateInput;
import io.caretaker.bugs.BugInputs.BugUpdatePayload;
import io.caretaker.components.Component;
import io.caretaker.components.ComponentService;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

@GraphQLApi
public class BugGraphQL {

    @Inject
    BugQueries queries;

    @Inject
    BugService bugs;

    @Inject
    UserLoader users;

    @Inject
    ComponentService components;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("A bug by its human key, e.g. \"BUG-42\". NOT_FOUND if it does not exist or you may not see it.")
    public Bug bug(@NonNull @Description("The key, e.g. BUG-42 (case-insensitive).") String key) {
        long number = Bug.parseKey(key).orElseThrow(
                () -> ApiError.badUserInput("'" + key + "' is not a bug key: expected BUG-<number>, e.g. BUG-42."));
        return queries.visibleByNumber(number)
                .orElseThrow(() -> ApiError.notFound("Could not find a bug with key '" + key + "'."));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Bugs you may see, newest first unless ordered otherwise.")
    public @NonNull BugConnection bugs(@Description("Narrows the list.") BugFilter filter,
            @Description("Order of the list: newest first when omitted.") BugOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new BugConnection(queries.page(filter, orderBy, request), () -> queries.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Reports a bug. It starts as NEW, reported by you.")
    public BugCreatePayload bugCreate(@NonNull @Description("The report.") BugCreateInput input) {
        return bugs.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Changes a bug. Reporters may change the content of their own bugs; engineers anything. Send the version you read: a stale one is a CONFLICT user error and changes nothing.")
    public BugUpdatePayload bugUpdate(@Id @NonNull @Description("The bug.") String id,
            @NonNull @Description("The changes.") BugUpdateInput input) {
        return bugs.update(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Adds a comment to a bug you can see.")
    public BugCommentAddPayload bugCommentAdd(@Id @NonNull @Description("The bug.") String id,
            @NonNull @Description("The comment.") BugCommentAddInput input) {
        return bugs.addComment(id, input);
    }

    @Description("Labels, alphabetically.")
    public List<@NonNull List<@NonNull String>> labels(@Source List<Bug> list) {
        Map<Long, List<String>> labels = queries.labels(list.stream().map(Bug::dbId).toList());
        return list.stream().map(b -> labels.get(b.dbId())).toList();
    }

    @Description("The component it concerns.")
    public List<Component> component(@Source List<Bug> list) {
        Map<Long, Component> found = components.byIds(list.stream().map(Bug::componentId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(b -> b.componentId() == null ? null : found.get(b.componentId())).toList();
    }

    @Description("Who reported it.")
    public List<@NonNull User> reporter(@Source List<Bug> list) {
        Map<Long, User> found = users.load(peopleOf(list));
        return list.stream().map(b -> found.get(b.reporterId())).toList();
    }

    @Description("Who works on it.")
    public List<User> assignee(@Source List<Bug> list) {
        Map<Long, User> found = users.load(peopleOf(list));
        return list.stream().map(b -> b.assigneeId() == null ? null : found.get(b.assigneeId())).toList();
    }

    @Description("The bug this one duplicates, when resolved as DUPLICATE (null if you may not see it).")
    public List<Bug> duplicateOf(@Source List<Bug> list) {
        Map<Long, Bug> found = queries.visibleByIds(list.stream().map(Bug::duplicateOfId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(b -> b.duplicateOfId() == null ? null : found.get(b.duplicateOfId())).toList();
    }

    @Description("How many comments it has.")
    public List<@NonNull Integer> commentCount(@Source List<Bug> list) {
        Map<Long, Integer> counts = queries.commentCounts(list.stream().map(Bug::dbId).toList());
        return list.stream().map(b -> counts.get(b.dbId())).toList();
    }

    @Description("Its comments, oldest first.")
    public List<@NonNull CommentConnection> comments(@Source List<Bug> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Bug::dbId).toList();
        Map<Long, Page<Comment>> pages = queries.comments(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.commentCounts(ids));
        return list.stream().map(b -> new CommentConnection(pages.get(b.dbId()), () -> counts.get().get(b.dbId()))).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source BugConnection connection) {
        return connection.totalCount();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<CommentConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("Who wrote it.")
    public List<@NonNull User> author(@Source List<Comment> list) {
        Map<Long, User> found = users.load(list.stream().map(Comment::authorId).toList());
        return list.stream().map(c -> found.get(c.authorId())).toList();
    }

    @Description("The bug it comments on.")
    public List<@NonNull Bug> bug(@Source List<Comment> list) {
        Map<Long, Bug> found = queries.visibleByIds(list.stream().map(Comment::bugId).distinct().toList());
        return list.stream().map(c -> found.get(c.bugId())).toList();
    }

    /** Reporters and assignees together: one user query serves both fields. */
    private static Collection<Long> peopleOf(List<Bug> list) {
        List<Long> ids = new ArrayList<>(list.size() * 2);
        for (Bug bug : list) {
            ids.add(bug.reporterId());
            if (bug.assigneeId() != null) {
                ids.add(bug.assigneeId());
            }
        }
        return ids;
    }

    @Produces
    @ApplicationScoped
    NodeResolver bugNodes(BugQueries queries) {
        return NodeResolver.of(Bug.TYPE, queries::visibleByIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver commentNodes(BugQueries queries) {
        return NodeResolver.of(Comment.TYPE, queries::visibleCommentsByIds);
    }
}
