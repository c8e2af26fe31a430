package io.caretaker.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Nullable;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.UserError;

/**
 * The inputs, payloads, filter and order of the knowledge base API.
 *
 * <p>Optional lists are marked {@code @Nullable}: see the conventions in {@code io.caretaker.graphql} (package-info).
 */
public final class ArticleInputs {

    static final String LINKED_BUGS_DOC = "Bugs the article is about, at most 50: they list it among their relatedArticles.";
    static final String LINKED_RUNBOOKS_DOC = "Runbooks that go with the article, at most 50: they list it among their relatedArticles.";

    private ArticleInputs() {
    }

    @Input("ArticleCreateInput")
    @Description("A new article. It starts as a DRAFT owned by you, with its first revision.")
    public record ArticleCreateInput(
            @Description("Unique, URL-friendly name: lower-case letters and digits in groups joined by single hyphens, at most 100 characters, e.g. \"reset-a-stuck-price-feed\". Derived from the title when omitted (with -2, -3, ... appended if that one is taken); a given slug that is taken is a TAKEN user error.") String slug,
            @NonNull @Description("Title, at most 200 characters.") String title,
            @NonNull @Description("Text, in Markdown, at most 200 000 characters.") String body,
            @NonNull @Description("What kind of knowledge it holds.") ArticleCategory category,
            @Description("Tags, e.g. [\"postgres\", \"backup\"]: letters, digits and - _ . : /, at most 50 characters each, at most 20; stored in lower case, duplicates removed.") @Nullable List<@NonNull String> tags,
            @Description("When it should be reviewed again: today or later.") LocalDate reviewBy,
            @Description("What the first revision is about, at most 500 characters; \"First draft\" when omitted.") String message,
            @Description(LINKED_BUGS_DOC) @Nullable List<@NonNull String> linkedBugIds,
            @Description(LINKED_RUNBOOKS_DOC) @Nullable List<@NonNull String> linkedRunbookIds) {
    }

    @Input("ArticleUpdateInput")
    @Description("Changes to an article; omitted fields stay as they are. A change of the title or body creates a new revision; category, tags and review date change the article only.")
    public record ArticleUpdateInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("New title, at most 200 characters.") String title,
            @Description("New text, in Markdown, at most 200 000 characters.") String body,
            @Description("New category.") ArticleCategory category,
            @Description("The complete new set of tags (same rules as when creating).") @Nullable List<@NonNull String> tags,
            @Description("New review date: today or later.") LocalDate reviewBy,
            @Description("Fields to empty, e.g. [REVIEW_BY].") @Nullable List<@NonNull ArticleClearableField> clear,
            @Description("What changed and why, at most 500 characters; \"Edited\" when omitted. Recorded only when the title or body changes.") String message,
            @Description("The complete new set of linked bugs, replacing the old one ([] removes all). " + LINKED_BUGS_DOC) @Nullable List<@NonNull String> linkedBugIds,
            @Description("The complete new set of linked runbooks, replacing the old one ([] removes all). " + LINKED_RUNBOOKS_DOC) @Nullable List<@NonNull String> linkedRunbookIds) {
    }

    @org.eclipse.microprofile.graphql.Enum("ArticleClearableField")
    @Description("Optional fields of an article that articleUpdate can empty.")
    public enum ArticleClearableField {
        @Description("Remove the review date.")
        REVIEW_BY
    }

    @Type("ArticleCreatePayload")
    @Description("The result of articleCreate.")
    public record ArticleCreatePayload(
            @Description("The new article; null when there are user errors.") Article article,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Type("ArticleUpdatePayload")
    @Description("The result of articleUpdate.")
    public record ArticleUpdatePayload(
            @Description("The article as it is now; null when there are user errors.") Article article,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("ArticleFilter")
    @Description("Narrows a list of articles; all given conditions must hold.")
    public record ArticleFilter(
            @Description("Any of these categories.") @Nullable List<@NonNull ArticleCategory> category,
            @Description("Any of these statuses (drafts only for engineers and admins).") @Nullable List<@NonNull ArticleStatus> status,
            @Description("Carries this tag (case-insensitive).") String tag,
            @Description("Case-insensitive part of the title.") String query) {
    }

    @Input("ArticleOrder")
    @Description("How to order articles.")
    public record ArticleOrder(
            @NonNull @Description("What to order by.") ArticleOrderField field,
            @Description("ASC when omitted.") SortDirection direction) {

        static final ArticleOrder DEFAULT = new ArticleOrder(ArticleOrderField.UPDATED_AT, SortDirection.DESC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }

    @org.eclipse.microprofile.graphql.Enum("ArticleOrderField")
    @Description("Fields articles can be ordered by.")
    public enum ArticleOrderField {
        @Description("Title, case-insensitive.")
        TITLE(new SortKey("title", "lower(e.title)", CursorType.STRING)),
        @Description("When created.")
        CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP)),
        @Description("When last changed (the default, most recent first).")
        UPDATED_AT(new SortKey("updated", "e.updatedAt", CursorType.TIMESTAMP));

        final SortKey key;

        ArticleOrderField(SortKey key) {
            this.key = key;
        }
    }
}
