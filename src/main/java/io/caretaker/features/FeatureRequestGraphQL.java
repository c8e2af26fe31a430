package io.caretaker.features;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

import io.caretaker.features.FeatureRequestInputs.FeatureRequestCreateInput;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestCreatePayload;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestFilter;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestOrder;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestUpdateInput;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestUpdatePayload;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

@GraphQLApi
public class FeatureRequestGraphQL {

    @Inject
    FeatureRequestQueries queries;

    @Inject
    FeatureRequestService features;

    @Inject
    UserLoader users;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Feature requests, newest first unless ordered otherwise.")
    public @NonNull FeatureRequestConnection featureRequests(@Description("Narrows the list.") FeatureRequestFilter filter,
            @Description("Order of the list: newest first when omitted.") FeatureRequestOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new FeatureRequestConnection(queries.page(filter, orderBy, request), () -> queries.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Requests a feature. It starts as PROPOSED, requested by you.")
    public FeatureRequestCreatePayload featureRequestCreate(@NonNull @Description("The request.") FeatureRequestCreateInput input) {
        return features.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Changes a feature request. Requesters may change the title and description of their own requests; engineers anything, including the target release. Send the version you read: a stale one is a CONFLICT user error and changes nothing.")
    public FeatureRequestUpdatePayload featureRequestUpdate(@Id @NonNull @Description("The feature request.") String id,
            @NonNull @Description("The changes.") FeatureRequestUpdateInput input) {
        return features.update(id, input);
    }

    @Description("Who requested it.")
    public List<@NonNull User> requester(@Source List<FeatureRequest> list) {
        Map<Long, User> found = users.load(list.stream().map(FeatureRequest::requesterId).toList());
        return list.stream().map(f -> found.get(f.requesterId())).toList();
    }

    @Description("Whether you (the signed-in user) voted for it.")
    public List<@NonNull Boolean> viewerHasVoted(@Source List<FeatureRequest> list) {
        Set<Long> voted = queries.votedByViewer(list.stream().map(FeatureRequest::dbId).toList());
        return list.stream().map(f -> voted.contains(f.dbId())).toList();
    }

    @Description("The feature request this one was merged into as a duplicate; null unless merged.")
    public List<FeatureRequest> mergedInto(@Source List<FeatureRequest> list) {
        Map<Long, FeatureRequest> found = queries.byIds(
                list.stream().map(FeatureRequest::mergedIntoId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(f -> f.mergedIntoId() == null ? null : found.get(f.mergedIntoId())).toList();
    }

    @Description("Its votes, newest first.")
    public List<@NonNull FeatureVoteConnection> votes(@Source List<FeatureRequest> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(FeatureRequest::dbId).toList();
        Map<Long, Page<FeatureVote>> pages = queries.votes(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.voteCounts(ids));
        return list.stream().map(f -> new FeatureVoteConnection(pages.get(f.dbId()), () -> counts.get().get(f.dbId()))).toList();
    }

    @Description("Who voted.")
    public List<@NonNull User> user(@Source List<FeatureVote> list) {
        Map<Long, User> found = users.load(list.stream().map(FeatureVote::userId).toList());
        return list.stream().map(v -> found.get(v.userId())).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source FeatureRequestConnection connection) {
        return connection.totalCount();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<FeatureVoteConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    /** Feature requests are visible to every signed-in role. */
    @Produces
    @ApplicationScoped
    NodeResolver featureRequestNodes(FeatureRequestQueries queries) {
        return NodeResolver.of(FeatureRequest.TYPE, queries::byIds);
    }
}
