package io.caretaker.knowledge;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The line diff of two revisions of an article, as hunks and as unified diff text. */
@Type("ArticleDiff")
@Description("What changed between two revisions of an article, line by line.")
public record ArticleDiff(
        @NonNull @Description("The older side of the comparison (the revision given as from).") ArticleRevision from,
        @NonNull @Description("The newer side (the revision given as to).") ArticleRevision to,
        @NonNull @Description("Whether the title differs; the hunks compare the bodies.") boolean titleChanged,
        @NonNull @Description("Lines of the body only in to.") int linesAdded,
        @NonNull @Description("Lines of the body only in from.") int linesRemoved,
        @NonNull @Description("The changed regions of the body with the requested lines of context, in order; empty when the bodies are equal.") List<@NonNull Hunk> hunks,
        @NonNull @Description("The same diff of the bodies as unified diff text (as diff -u prints it); empty when they are equal.") String unified) {

    @Type("ArticleDiffHunk")
    @Description("A changed region of the body with its context lines.")
    public record Hunk(
            @NonNull @Description("First line of the region in from, counted from 1 (0 when from has no lines there).") int fromStart,
            @NonNull @Description("Lines of the region in from.") int fromCount,
            @NonNull @Description("First line of the region in to, counted from 1 (0 when to has no lines there).") int toStart,
            @NonNull @Description("Lines of the region in to.") int toCount,
            @NonNull @Description("The lines of the region, in reading order.") List<@NonNull Line> lines) {
    }

    @Type("ArticleDiffLine")
    @Description("One line of a hunk.")
    public record Line(
            @NonNull @Description("Whether the line was added, removed or is context.") DiffLineKind kind,
            @NonNull @Description("The text of the line, without its line break.") String text,
            @Description("Its number in from; null for an added line.") Integer fromLine,
            @Description("Its number in to; null for a removed line.") Integer toLine) {
    }

    @org.eclipse.microprofile.graphql.Enum("DiffLineKind")
    @Description("What happened to a line between two revisions.")
    public enum DiffLineKind {
        @Description("Only in the newer revision.")
        ADDED,
        @Description("Only in the older revision.")
        REMOVED,
        @Description("In both: context around a change.")
        UNCHANGED
    }
}
