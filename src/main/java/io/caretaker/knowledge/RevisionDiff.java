package io.caretaker.knowledge;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.caretaker.knowledge.ArticleDiff.DiffLineKind;
import io.caretaker.knowledge.ArticleDiff.Hunk;
import io.caretaker.knowledge.ArticleDiff.Line;

/**
 * Line diffs of article bodies with java-diff-utils (Myers): the deltas are laid out as one aligned
 * sequence of lines, then cut into hunks that keep {@code context} unchanged lines around each change,
 * the way {@code diff -u} does.
 */
final class RevisionDiff {

    static final int DEFAULT_CONTEXT = 3;
    static final int MAX_CONTEXT = 10_000;

    private RevisionDiff() {
    }

    static ArticleDiff of(ArticleRevision from, ArticleRevision to, int context) {
        List<String> before = lines(from.body());
        List<String> after = lines(to.body());
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> aligned = align(before, after, patch);
        int added = (int) aligned.stream().filter(l -> l.kind() == DiffLineKind.ADDED).count();
        int removed = (int) aligned.stream().filter(l -> l.kind() == DiffLineKind.REMOVED).count();
        String unified = patch.getDeltas().isEmpty() ? "" : String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(
                "revision " + from.number(), "revision " + to.number(), before, patch, context)) + "\n";
        return new ArticleDiff(from, to, !from.title().equals(to.title()), added, removed, hunks(aligned, context), unified);
    }

    /** Lines without their breaks; a trailing line break does not make an empty last line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** Every line of both sides once, in order: unchanged lines between the deltas, removed before added. */
    private static List<Line> align(List<String> before, List<String> after, Patch<String> patch) {
        List<Line> lines = new ArrayList<>(Math.max(before.size(), after.size()));
        int b = 0;
        int a = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (b < delta.getSource().getPosition()) {
                lines.add(new Line(DiffLineKind.UNCHANGED, before.get(b), ++b, ++a));
            }
            for (String text : delta.getSource().getLines()) {
                lines.add(new Line(DiffLineKind.REMOVED, text, ++b, null));
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new Line(DiffLineKind.ADDED, text, null, ++a));
            }
        }
        while (b < before.size()) {
            lines.add(new Line(DiffLineKind.UNCHANGED, before.get(b), ++b, ++a));
        }
        return lines;
    }

    private static List<Hunk> hunks(List<Line> lines, int context) {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == DiffLineKind.UNCHANGED) {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            // extend over changes closer to each other than twice the context
            int end = i;
            int unchangedRun = 0;
            for (int j = i; j < lines.size(); j++) {
                if (lines.get(j).kind() == DiffLineKind.UNCHANGED) {
                    unchangedRun++;
                    if (unchangedRun > 2 * context) {
                        break;
                    }
                } else {
                    unchangedRun = 0;
                    end = j;
                }
            }
            int stop = Math.min(lines.size(), end + context + 1);
            hunks.add(hunk(lines.subList(start, stop)));
            i = stop;
        }
        return hunks;
    }

    private static Hunk hunk(List<Line> lines) {
        int fromStart = 0;
        int toStart = 0;
        int fromCount = 0;
        int toCount = 0;
        for (Line line : lines) {
            if (line.fromLine() != null) {
                fromStart = fromStart == 0 ? line.fromLine() : fromStart;
                fromCount++;
            }
            if (line.toLine() != null) {
                toStart = toStart == 0 ? line.toLine() : toStart;
                toCount++;
            }
        }
        return new Hunk(fromStart, fromCount, toStart, toCount, List.copyOf(lines));
    }
}
