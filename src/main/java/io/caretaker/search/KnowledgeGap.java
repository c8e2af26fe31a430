package io.caretaker.search;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KnowledgeGap")
@Description("Searches that found nothing, grouped by their normalized text: knowledge the team looked for and the knowledge base lacks.")
public record KnowledgeGap(
        @NonNull @Description("The normalized query: lower case, without accents or punctuation, single spaces.") String query,
        @NonNull @Description("The latest wording someone typed.") String exampleQuery,
        @NonNull @Description("How many searches for it found nothing.") int searches,
        @NonNull @Description("The first such search.") OffsetDateTime firstSeenAt,
        @NonNull @Description("The latest such search.") OffsetDateTime lastSeenAt) {

    static KnowledgeGap of(KnowledgeGapEntity e) {
        return new KnowledgeGap(e.normalizedQuery, e.exampleQuery, (int) Math.min(Integer.MAX_VALUE, e.searches),
                e.firstSeenAt, e.lastSeenAt);
    }
}
