package io.caretaker.bugs;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.BugWorkflowInputs.BugWatchPayload;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** What happened to a bug and who follows it: its activity history and its watchers. */
@GraphQLApi
public class BugTimelineGraphQL {

    @Inject
    BugQueries queries;

    @Inject
    BugWorkflowService workflow;

    @Inject
    UserLoader users;

    @Inject
    CurrentUser currentUser;

    @Mutation
    @RolesAllowed(Roles.VIEWER)
    @Description("Starts watching a bug you can see. Watching twice changes nothing.")
    public BugWatchPayload bugWatch(@Id @NonNull @Description("The bug.") String id) {
        return workflow.watch(id, true);
    }

    @Mutation
    @RolesAllowed(Roles.VIEWER)
    @Description("Stops watching a bug. Unwatching a bug you do not watch changes nothing.")
    public BugWatchPayload bugUnwatch(@Id @NonNull @Description("The bug.") String id) {
        return workflow.watch(id, false);
    }

    @Description("Every change to the bug, oldest first: who, when, which field, from what to what (comments and moves of the workflow included).")
    public List<@NonNull BugActivityConnection> activity(@Source List<Bug> bugs,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = bugs.stream().map(Bug::dbId).toList();
        Map<Long, Page<BugActivityItem>> pages = queries.activity(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.activityCounts(ids));
        return bugs.stream().map(b -> new BugActivityConnection(pages.get(b.dbId()), () -> counts.get().get(b.dbId()))).toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<BugActivityConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("Who made the change.")
    public List<@NonNull User> actor(@Source List<BugActivityItem> items) {
        Map<Long, User> found = users.load(items.stream().map(BugActivityItem::actorId).toList());
        return items.stream().map(i -> found.get(i.actorId())).toList();
    }

    @Description("Who watches the bug (its reporter, its assignees, commenters, and whoever chose to), earliest first.")
    public List<@NonNull BugWatcherConnection> watchers(@Source List<Bug> bugs,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = bugs.stream().map(Bug::dbId).toList();
        Map<Long, Page<BugWatcherEntity>> pages = queries.watchers(ids, request);
        Map<Long, User> people = users.load(pages.values().stream().flatMap(p -> p.items().stream()).map(w -> w.userId).toList());
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.watcherCounts(ids));
        return bugs.stream().map(b -> new BugWatcherConnection(pages.get(b.dbId()).map(w -> people.get(w.userId)),
                () -> counts.get().get(b.dbId()))).toList();
    }

    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> watcherTotalCount(@Source List<BugWatcherConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("Whether you watch this bug.")
    public List<@NonNull Boolean> viewerIsWatching(@Source List<Bug> bugs) {
        Set<Long> watched = queries.watchedBy(currentUser.id(), bugs.stream().map(Bug::dbId).toList());
        return bugs.stream().map(b -> watched.contains(b.dbId())).toList();
    }
}
