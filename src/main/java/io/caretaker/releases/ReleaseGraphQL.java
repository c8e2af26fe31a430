package io.caretaker.releases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.bugs.NestedBugConnection;
import io.caretaker.features.FeatureRequest;
import io.caretaker.features.FeatureRequestQueries;
import io.caretaker.features.NestedFeatureRequestConnection;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.releases.ReleaseInputs.ReleaseCreateInput;
import io.caretaker.releases.ReleaseInputs.ReleaseCreatePayload;
import io.caretaker.releases.ReleaseInputs.ReleaseFilter;
import io.caretaker.releases.ReleaseInputs.ReleaseOrder;
import io.caretaker.releases.ReleaseInputs.ReleaseShipInput;
import io.caretaker.releases.ReleaseInputs.ReleaseShipPayload;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/**
 * Releases, and the release fields of other types (Bug.fixedIn, FeatureRequest.targetRelease): they
 * live here so that bugs and features need not know how releases are loaded.
 */
@GraphQLApi
public class ReleaseGraphQL {

    @Inject
    ReleaseQueries queries;

    @Inject
    ReleaseService releases;

    @Inject
    UserLoader users;

    @Inject
    BugQueries bugs;

    @Inject
    FeatureRequestQueries features;

    @Inject
    CurrentUser currentUser;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("A release by its semantic version, e.g. \"1.4.0\". NOT_FOUND if there is none.")
    public Release release(@NonNull @Description("The semantic version, exactly as the release was created with.") String version) {
        return queries.byVersion(version)
                .orElseThrow(() -> ApiError.notFound("Could not find a release with version '" + version + "'."));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Releases, latest release date first unless ordered otherwise.")
    public @NonNull ReleaseConnection releases(@Description("Narrows the list.") ReleaseFilter filter,
            @Description("Order of the list: latest release date first when omitted.") ReleaseOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new ReleaseConnection(queries.page(filter, orderBy, request), () -> queries.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Creates a release. Its version must be a semantic version that no other release has.")
    public ReleaseCreatePayload releaseCreate(@NonNull @Description("The new release.") ReleaseCreateInput input) {
        return releases.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Marks a release as shipped, now. Engineers.")
    public ReleaseShipPayload releaseShip(@Id @NonNull @Description("The release.") String id,
            @NonNull @Description("The version you read.") ReleaseShipInput input) {
        return releases.ship(id, input);
    }

    @Description("The bugs fixed in it (resolved as FIXED with this release), by key; only those you may see.")
    public List<@NonNull NestedBugConnection> fixedBugs(@Source List<Release> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Release::dbId).toList();
        Map<Long, Page<Bug>> pages = bugs.fixedIn(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> bugs.fixedInCounts(ids));
        return list.stream().map(r -> new NestedBugConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId()))).toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<NestedBugConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("The feature requests shipped in it (SHIPPED, targeting this release), by title.")
    public List<@NonNull NestedFeatureRequestConnection> shippedFeatures(@Source List<Release> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Release::dbId).toList();
        Map<Long, Page<FeatureRequest>> pages = features.shippedIn(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> features.shippedInCounts(ids));
        return list.stream().map(r -> new NestedFeatureRequestConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId())))
                .toList();
    }

    @Description("The changelog, in Markdown: the features shipped in it and the bugs fixed in it, grouped by component."
            + " Confidential bugs are never listed; engineers and admins see how many there are.")
    public List<@NonNull String> changelog(@Source List<Release> list) {
        List<Long> ids = list.stream().map(Release::dbId).toList();
        Map<Long, List<String>> shipped = features.shippedTitles(ids);
        Map<Long, List<BugQueries.ChangelogEntry>> fixed = bugs.changelogEntries(ids);
        boolean counts = currentUser.seesAllConfidentialBugs();
        return list.stream().map(r -> Changelog.of(r, shipped.get(r.dbId()), fixed.get(r.dbId()), counts)).toList();
    }

    @Description("Who created it.")
    public List<@NonNull User> createdBy(@Source List<Release> list) {
        Map<Long, User> found = users.load(list.stream().map(Release::createdById).toList());
        return list.stream().map(r -> found.get(r.createdById())).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source ReleaseConnection connection) {
        return connection.totalCount();
    }

    @Description("The release that fixed it.")
    public List<Release> fixedIn(@Source List<Bug> list) {
        return resolve(list, Bug::fixedInReleaseId);
    }

    @Description("The release it is planned for.")
    public List<Release> targetRelease(@Source List<FeatureRequest> list) {
        return resolve(list, FeatureRequest::targetReleaseId);
    }

    /** The release of each source (null where it has none), with one statement for the batch. */
    private <S> List<Release> resolve(List<S> sources, Function<S, Long> releaseIdOf) {
        Map<Long, Release> found = queries.byIds(sources.stream().map(releaseIdOf).filter(Objects::nonNull).distinct().toList());
        return sources.stream().map(s -> {
            Long id = releaseIdOf.apply(s);
            return id == null ? null : found.get(id);
        }).toList();
    }

    /** Releases are visible to every signed-in role. */
    @Produces
    @ApplicationScoped
    NodeResolver releaseNodes(ReleaseQueries queries) {
        return NodeResolver.of(Release.TYPE, queries::byIds);
    }
}
