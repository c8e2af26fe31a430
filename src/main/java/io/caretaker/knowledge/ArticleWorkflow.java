package io.caretaker.knowledge;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an article may go from each status. A draft is published or dropped (archived); a published
 * article is archived when it no longer holds; an archived one can be published again.
 */
final class ArticleWorkflow {

    private static final Map<ArticleStatus, Set<ArticleStatus>> MOVES = Map.of(
            ArticleStatus.DRAFT, EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED),
            ArticleStatus.PUBLISHED, EnumSet.of(ArticleStatus.ARCHIVED),
            ArticleStatus.ARCHIVED, EnumSet.of(ArticleStatus.PUBLISHED));

    private ArticleWorkflow() {
    }

    static boolean allows(ArticleStatus from, ArticleStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** Why the move is refused, naming the moves that are allowed. */
    static String refusal(ArticleStatus from, ArticleStatus to) {
        String allowed = MOVES.get(from).stream().map(s -> s.name()).sorted().collect(Collectors.joining(" or "));
        String what = from == to ? "The article is " + from + " already" : "A " + from + " article cannot become " + to;
        return what + "; from " + from + " it can become " + allowed + ".";
    }
}
