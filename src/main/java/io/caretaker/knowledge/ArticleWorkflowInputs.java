package io.caretaker.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.UserError;

/** The inputs and payloads of publishing, archiving, restoring and rating articles. */
public final class ArticleWorkflowInputs {

    private ArticleWorkflowInputs() {
    }

    @Input("ArticlePublishInput")
    @Description("Publishing a DRAFT or ARCHIVED article.")
    public record ArticlePublishInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("A new review date, today or later; the article keeps its own when omitted.") LocalDate reviewBy) {
    }

    @Input("ArticleArchiveInput")
    @Description("Archiving a DRAFT or PUBLISHED article: it leaves search and the stale list, and stays readable.")
    public record ArticleArchiveInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version) {
    }

    @Input("ArticleRestoreInput")
    @Description("Making the text of an old revision current again, as a new revision.")
    public record ArticleRestoreInput(
            @NonNull @Description("The number of the revision to restore.") int revision,
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("Why, at most 500 characters; \"Restored revision N\" when omitted.") String message) {
    }

    @Input("ArticleFeedbackInput")
    @Description("Whether an article helped you. One per person and article: sending it again replaces your earlier feedback.")
    public record ArticleFeedbackInput(
            @NonNull @Description("true when it helped, false when it did not.") boolean helpful,
            @Description("What was missing or wrong, at most 2000 characters; omitted clears an earlier comment.") String comment) {
    }

    @Type("ArticlePublishPayload")
    @Description("The result of articlePublish.")
    public record ArticlePublishPayload(
            @Description("The article as it is now; null when there are user errors.") Article article,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("ArticleArchivePayload")
    @Description("The result of articleArchive.")
    public record ArticleArchivePayload(
            @Description("The article as it is now; null when there are user errors.") Article article,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("ArticleRestorePayload")
    @Description("The result of articleRestore.")
    public record ArticleRestorePayload(
            @Description("The article with the restored text as its new current revision; null when there are user errors.") Article article,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("ArticleFeedbackPayload")
    @Description("The result of articleFeedback.")
    public record ArticleFeedbackPayload(
            @Description("The article, with its counts updated; null when there are user errors.") Article article,
            @Description("Your feedback as stored; null when there are user errors.") ArticleFeedback feedback,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }
}
