package io.caretaker.knowledge;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleArchiveInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleArchivePayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleFeedbackInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleFeedbackPayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticlePublishInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticlePublishPayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleRestoreInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleRestorePayload;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** The life of an article after it is written: publishing, archiving, restoring, diffs and feedback. */
@GraphQLApi
public class ArticleWorkflowGraphQL {

    @Inject
    ArticleWorkflowService workflow;

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleFeedbackQueries feedback;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserLoader users;

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Publishes a DRAFT (or an ARCHIVED article again): everyone can read it and search finds it. Another move is an INVALID_TRANSITION user error. Engineers.")
    public ArticlePublishPayload articlePublish(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("The version you read, and optionally a new review date.") ArticlePublishInput input) {
        return workflow.publish(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Archives a DRAFT or PUBLISHED article: it stays readable by its slug but leaves search and the stale list. Another move is an INVALID_TRANSITION user error. Engineers.")
    public ArticleArchivePayload articleArchive(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("The version you read.") ArticleArchiveInput input) {
        return workflow.archive(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Makes the title and text of an old revision current again, as a new revision: the history is kept whole. Engineers.")
    public ArticleRestorePayload articleRestore(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("The revision to restore and the version you read.") ArticleRestoreInput input) {
        return workflow.restore(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.REPORTER)
    @Description("Says whether a published article helped you, with an optional comment. One per person and article: sending it again replaces your earlier feedback. Reporters and up.")
    public ArticleFeedbackPayload articleFeedback(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("Your verdict.") ArticleFeedbackInput input) {
        return workflow.feedback(id, input);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("What changed in an article's body between two of its revisions, line by line (and whether the title changed). NOT_FOUND if you may not see the article.")
    public @NonNull ArticleDiff articleDiff(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("The number of the older revision.") int from,
            @NonNull @Description("The number of the newer revision.") int to,
            @Description("Unchanged lines to show around each change: 3 when omitted, 0 to 10000.") Integer context) {
        int lines = context == null ? RevisionDiff.DEFAULT_CONTEXT : context;
        if (lines < 0 || lines > RevisionDiff.MAX_CONTEXT) {
            throw ApiError.badUserInput("context must be between 0 and " + RevisionDiff.MAX_CONTEXT + " (it is " + lines + ").");
        }
        long articleId = GlobalId.decode(id, Article.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        Article article = queries.visibleByIds(List.of(articleId)).get(articleId);
        if (article == null) {
            throw ApiError.nodeNotFound(id);
        }
        Map<Integer, ArticleRevision> revisions = queries.revisionsByNumber(articleId, List.of(from, to));
        for (int number : List.of(from, to)) {
            if (!revisions.containsKey(number)) {
                throw ApiError.badUserInput("The article has no revision " + number + ": its revisions are 1 to "
                        + article.currentRevisionNumber() + ".");
            }
        }
        return RevisionDiff.of(revisions.get(from), revisions.get(to), lines);
    }

    @Description("How many found it helpful and how many did not.")
    public List<@NonNull ArticleFeedbackCounts> feedbackCounts(@Source List<Article> list) {
        Map<Long, ArticleFeedbackCounts> counts = feedback.counts(list.stream().map(Article::dbId).distinct().toList());
        return list.stream().map(a -> counts.getOrDefault(a.dbId(), ArticleFeedbackCounts.NONE)).toList();
    }

    @Description("The share of feedback that found it helpful, from 0 to 1; null before anyone gave feedback.")
    public List<Double> helpfulRatio(@Source List<Article> list) {
        Map<Long, ArticleFeedbackCounts> counts = feedback.counts(list.stream().map(Article::dbId).distinct().toList());
        return list.stream().map(a -> counts.getOrDefault(a.dbId(), ArticleFeedbackCounts.NONE).ratio()).toList();
    }

    @Description("Your own feedback on it; null when you gave none.")
    public List<ArticleFeedback> myFeedback(@Source List<Article> list) {
        Map<Long, ArticleFeedback> mine = feedback.of(currentUser.id(), list.stream().map(Article::dbId).distinct().toList());
        return list.stream().map(a -> mine.get(a.dbId())).toList();
    }

    @RolesAllowed(Roles.ENGINEER)
    @Description("All feedback on it with the comments, most recently changed first. Engineers and admins, who keep the knowledge base.")
    public List<@NonNull ArticleFeedbackConnection> feedback(@Source List<Article> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Article::dbId).distinct().toList();
        Map<Long, Page<ArticleFeedback>> pages = feedback.pages(ids, request);
        Lazy<Map<Long, Integer>> totals = Lazy.of(() -> feedback.totals(ids));
        return list.stream()
                .map(a -> new ArticleFeedbackConnection(pages.get(a.dbId()), () -> totals.get().get(a.dbId())))
                .toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<ArticleFeedbackConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("Who gave it.")
    public List<@NonNull User> user(@Source List<ArticleFeedback> list) {
        Map<Long, User> found = users.load(list.stream().map(ArticleFeedback::userId).toList());
        return list.stream().map(f -> found.get(f.userId())).toList();
    }
}
