package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Article")
@Description("A knowledge base article: what the team knows about a problem, a practice or the system. Drafts are visible only to engineers and admins.")
public record Article(
        @Id @NonNull String id,
        @NonNull @Description("Unique, URL-friendly name, e.g. \"order-book-freezes\"; fetch with article(slug:).") String slug,
        @NonNull @Description("Title of the current revision.") String title,
        @NonNull @Description("Text of the current revision, in Markdown.") String body,
        @NonNull @Description("What kind of knowledge it holds.") ArticleCategory category,
        @NonNull @Description("Tags, alphabetically, in lower case.") List<@NonNull String> tags,
        @NonNull @Description("DRAFT, PUBLISHED or ARCHIVED.") ArticleStatus status,
        @Description("When it should be reviewed again; stale past it.") LocalDate reviewBy,
        @Description("When it was first published; null for a draft never published.") OffsetDateTime publishedAt,
        @Description("When it was archived; null unless it is ARCHIVED.") OffsetDateTime archivedAt,
        @NonNull @Description("How often it was opened: each article(slug:) that returns it counts.") int viewCount,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When anything about it last changed.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version: send it back with an update.") int version,
        @Ignore long dbId,
        @Ignore long ownerId,
        @Ignore int currentRevisionNumber) implements Node {

    public static final String TYPE = "Article";

    static Article of(ArticleEntity e) {
        return new Article(GlobalId.encode(TYPE, e.id), e.slug, e.title, e.body, e.category, List.of(e.tags), e.status,
                e.reviewBy, e.publishedAt, e.archivedAt, (int) Math.min(Integer.MAX_VALUE, e.viewCount), e.createdAt, e.updatedAt, e.version, e.id, e.ownerId, e.currentRevision);
    }

    /** With the view just counted. */
    Article withViewCount(long count) {
        return new Article(id, slug, title, body, category, tags, status, reviewBy, publishedAt, archivedAt,
                (int) Math.min(Integer.MAX_VALUE, count), createdAt, updatedAt, version, dbId, ownerId, currentRevisionNumber);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
