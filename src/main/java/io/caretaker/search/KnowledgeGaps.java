package io.caretaker.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;

/** Records searches that found nothing; an upsert per normalized query, so concurrent searches count exactly. */
@ApplicationScoped
public class KnowledgeGaps {

    private static final int MAX = 200;

    @Inject
    EntityManager em;

    /** Counts a search that found nothing; text without any word (only punctuation) is not a gap. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SearchText text) {
        String normalized = cut(text.normalized());
        if (normalized.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into knowledge_gap (normalized_query, example_query, searches, first_seen_at, last_seen_at)
                values (:normalized, :example, 1, :now, :now)
                on conflict (normalized_query) do update
                    set searches = knowledge_gap.searches + 1, example_query = excluded.example_query,
                        last_seen_at = excluded.last_seen_at""")
                .setParameter("normalized", normalized)
                .setParameter("example", cut(text.raw().strip()))
                .setParameter("now", Timestamps.now())
                .executeUpdate();
    }

    private static String cut(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX);
    }

    @org.eclipse.microprofile.graphql.Enum("KnowledgeGapOrderField")
    @Description("Fields knowledge gaps can be ordered by.")
    public enum OrderField {
        @Description("How many searches found nothing (the default, most first).")
        SEARCHES(new SortKey("searches", "e.searches", CursorType.LONG)),
        @Description("The latest such search.")
        LAST_SEEN_AT(new SortKey("lastSeen", "e.lastSeenAt", CursorType.TIMESTAMP));

        final SortKey key;

        OrderField(SortKey key) {
            this.key = key;
        }
    }

    @Input("KnowledgeGapOrder")
    @Description("How to order knowledge gaps.")
    public record Order(
            @NonNull @Description("What to order by.") OrderField field,
            @Description("DESC when omitted: the most searched or the latest first.") SortDirection direction) {

        static final Order DEFAULT = new Order(OrderField.SEARCHES, SortDirection.DESC);

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.DESC;
        }
    }
}
