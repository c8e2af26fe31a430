package io.caretaker.runbooks;

import java.util.List;
import java.util.Locale;
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
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.markdown.Markdown;
import io.caretaker.runbooks.RunbookInputs.RunbookCreateInput;
import io.caretaker.runbooks.RunbookInputs.RunbookCreatePayload;
import io.caretaker.runbooks.RunbookInputs.RunbookFilter;
import io.caretaker.runbooks.RunbookInputs.RunbookOrder;
import io.caretaker.runbooks.RunbookInputs.RunbookReviseInput;
import io.caretaker.runbooks.RunbookInputs.RunbookRevisePayload;
import io.caretaker.runbooks.RunbookQueries.RevisionKey;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

@GraphQLApi
public class RunbookGraphQL {

    @Inject
    RunbookQueries queries;

    @Inject
    RunbookService runbooks;

    @Inject
    UserLoader users;

    @Inject
    Markdown markdown;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("A runbook by its slug, e.g. \"restore-postgres\". NOT_FOUND if there is none.")
    public Runbook runbook(@NonNull @Description("The slug (case-insensitive: slugs are lower case).") String slug) {
        return queries.bySlug(slug.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ApiError.notFound("Could not find a runbook with slug '" + slug + "'."));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Runbooks, by title unless ordered otherwise.")
    public @NonNull RunbookConnection runbooks(@Description("Narrows the list.") RunbookFilter filter,
            @Description("Order of the list: by title, A to Z, when omitted.") RunbookOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new RunbookConnection(queries.page(filter, orderBy, request), () -> queries.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Creates a runbook with its first revision, made by you. Engineers and admins.")
    public RunbookCreatePayload runbookCreate(@NonNull @Description("The new runbook.") RunbookCreateInput input) {
        return runbooks.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Makes a new revision of a runbook (its number one higher), with the given steps or the current ones, and applies the metadata changes. Earlier revisions stay as they were. Send the version you read: a stale one is a CONFLICT user error and changes nothing. Engineers and admins.")
    public RunbookRevisePayload runbookRevise(@Id @NonNull @Description("The runbook.") String id,
            @NonNull @Description("The new revision and changes.") RunbookReviseInput input) {
        return runbooks.revise(id, input);
    }

    @Description("The user who keeps it up to date.")
    public List<User> owner(@Source List<Runbook> list) {
        Map<Long, User> found = users.load(list.stream().map(Runbook::ownerId).filter(Objects::nonNull).toList());
        return list.stream().map(r -> r.ownerId() == null ? null : found.get(r.ownerId())).toList();
    }

    @Description("The revision to follow today: the newest one.")
    public List<@NonNull RunbookRevision> currentRevision(@Source List<Runbook> list) {
        Map<RevisionKey, RunbookRevision> found = queries.revisionsByKeys(list.stream().map(RunbookGraphQL::current).toList());
        return list.stream().map(r -> found.get(current(r))).toList();
    }

    @Description("All its revisions, newest first.")
    public List<@NonNull RunbookRevisionConnection> revisions(@Source List<Runbook> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Runbook::dbId).distinct().toList();
        Map<Long, Page<RunbookRevision>> pages = queries.revisions(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.revisionCounts(ids));
        return list.stream()
                .map(r -> new RunbookRevisionConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId())))
                .toList();
    }

    @Description("The steps of the current revision, in order.")
    public List<@NonNull RunbookStepConnection> steps(@Source List<Runbook> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        Map<RevisionKey, RunbookRevision> revisions = queries.revisionsByKeys(list.stream().map(RunbookGraphQL::current).toList());
        List<Long> revisionIds = revisions.values().stream().map(RunbookRevision::dbId).toList();
        Map<Long, Page<RunbookStep>> pages = queries.steps(revisionIds, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.stepCounts(revisionIds));
        return list.stream().map(r -> {
            RunbookRevision revision = revisions.get(current(r));
            if (revision == null) {
                // only if the runbook was deleted while this request ran
                return new RunbookStepConnection(Page.empty(), () -> 0);
            }
            return new RunbookStepConnection(pages.get(revision.dbId()), () -> counts.get().get(revision.dbId()));
        }).toList();
    }

    @Description("The purpose as HTML. " + Markdown.HTML_DOC)
    public List<@NonNull String> purposeHtml(@Source List<Runbook> list) {
        return list.stream().map(r -> markdown.toHtml(r.purpose())).toList();
    }

    @Description("The instructions as HTML. " + Markdown.HTML_DOC)
    public List<@NonNull String> bodyHtml(@Source List<RunbookStep> list) {
        return list.stream().map(s -> markdown.toHtml(s.instructions())).toList();
    }

    @Description("Who made it.")
    public List<@NonNull User> author(@Source List<RunbookRevision> list) {
        Map<Long, User> found = users.load(list.stream().map(RunbookRevision::authorId).toList());
        return list.stream().map(r -> found.get(r.authorId())).toList();
    }

    @Description("The runbook it is a revision of.")
    public List<@NonNull Runbook> runbook(@Source List<RunbookRevision> list) {
        Map<Long, Runbook> found = queries.byIds(list.stream().map(RunbookRevision::runbookId).distinct().toList());
        return list.stream().map(r -> found.get(r.runbookId())).toList();
    }

    // Named apart from steps(List<Runbook>): both take a List, which Java erases to the same signature.
    @Name("steps")
    @Description("Its steps, in order.")
    public List<@NonNull RunbookStepConnection> revisionSteps(@Source List<RunbookRevision> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(RunbookRevision::dbId).distinct().toList();
        Map<Long, Page<RunbookStep>> pages = queries.steps(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.stepCounts(ids));
        return list.stream()
                .map(r -> new RunbookStepConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId())))
                .toList();
    }

    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> nestedTotalCount(@Source List<NestedRunbookConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source RunbookConnection connection) {
        return connection.totalCount();
    }

    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> revisionsTotalCount(@Source List<RunbookRevisionConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> stepsTotalCount(@Source List<RunbookStepConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    private static RevisionKey current(Runbook runbook) {
        return new RevisionKey(runbook.dbId(), runbook.currentRevisionNumber());
    }

    @Produces
    @ApplicationScoped
    NodeResolver runbookNodes(RunbookQueries queries) {
        return NodeResolver.of(Runbook.TYPE, queries::byIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver runbookRevisionNodes(RunbookQueries queries) {
        return NodeResolver.of(RunbookRevision.TYPE, queries::revisionsByIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver runbookStepNodes(RunbookQueries queries) {
        return NodeResolver.of(RunbookStep.TYPE, queries::stepsByIds);
    }
}
