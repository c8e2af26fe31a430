package io.caretaker.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.Node;

@Type("SearchHit")
@Description("One result of a search: the object, how well it matched, and where.")
public record SearchHit(
        @NonNull @Description("The Article, Runbook or Bug found; use fragments (... on Article) for its fields.") Node object,
        @NonNull @Description("What the object is.") SearchType type,
        @NonNull @Description("Relevance: higher is better, from 0 to 1. Matches in the title weigh more than matches in the body; the list is ordered by it.") double rank,
        @NonNull @Description("The title as HTML, with the matched words in <mark> (the rest escaped).") String highlightedTitle,
        @NonNull @Description("The best-matching passages of the body as HTML: plain text, matched words in <mark>, passages joined by \" … \". The start of the body when only the title matched.") String snippet) {
}
