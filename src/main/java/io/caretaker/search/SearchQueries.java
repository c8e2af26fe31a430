package io.caretaker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.caretaker.graphql.Cursor;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.search.SearchInputs.SearchFilter;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

/**
 * Full-text search over search_document (see V13__search.sql): one ranked list across articles, runbooks
 * and bugs, keyset-paged on (rank, type, id). Matching uses the GIN index; the rank is ts_rank_cd with
 * the weights of the document (title A above body B) plus a bonus for the title alone, mapped to 0..1
 * (see {@link #RANK}); the highlights are computed for the rows of the page only.
 */
@ApplicationScoped
public class SearchQueries {

    /** The text search configuration of the documents: English stemming ("restoring" finds "restore"). */
    private static final String CONFIG = "'english'";
    /**
     * The rank: the cover density of the whole document (weighted: title A, body B; divided by 1 + log of
     * its length, so long texts that mention everything somewhere do not win), plus the cover density of
     * the title alone, which rewards a title that holds the query's words close together; mapped into 0..1.
     */
    private static final String RANK = "(ts_rank_cd(d.document, q.query, 1) + ts_rank_cd(d.title_words, q.query))";
    /** Highlights read at most this much of a body: enough for any real article, bounded for a huge one. */
    static final int HIGHLIGHT_CHARS = 20_000;
    /** Markers PostgreSQL puts around matches; the text is escaped after, then they become mark tags. */
    static final char MARK_START = '\u0002';
    static final char MARK_STOP = '\u0003';
    private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + MARK_START + ", StopSel=" + MARK_STOP;
    private static final String BODY_OPTIONS = "MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \", StartSel="
            + MARK_START + ", StopSel=" + MARK_STOP;
    static final String ORDERING = "rank";
    private static final List<CursorType> CURSOR_TYPES = List.of(CursorType.REAL, CursorType.STRING);

    /** A hit as the database found it: what, how good, and the highlighted (not yet escaped) texts. */
    public record Hit(SearchType type, long objectId, float rank, String title, String snippet) {
    }

    /** The number of matches of one type and category (null for bugs). */
    public record Bucket(SearchType type, String category, int count) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Page<Hit> hits(SearchText text, SearchFilter filter, PageRequest request) {
        Cursor cursor = request.after() == null ? null : Cursor.decode(request.after(), ORDERING, CURSOR_TYPES);
        Conditions conditions = conditions(filter, true);
        String after = cursor == null ? "" : """

                 where x.rank < cast(:cursorRank as real)
                    or (x.rank = cast(:cursorRank as real) and (x.type > :cursorType or (x.type = :cursorType and x.object_id > :cursorId)))""";
        // the rank is computed once per match; only the rows of the page are highlighted
        String sql = """
                with q as (select %1$s as query),
                page as (
                    select * from (
                        select d.type, d.object_id, cast(%2$s / (%2$s + 1) as real) as rank
                        from search_document d, q
                        where d.document @@ q.query%3$s) x%4$s
                    order by x.rank desc, x.type, x.object_id
                    limit :limit)
                select p.type, p.object_id, p.rank,
                       ts_headline(%5$s, d.title, q.query, :titleOptions),
                       ts_headline(%5$s, left(d.body, %6$d), q.query, :bodyOptions)
                from page p join search_document d on d.type = p.type and d.object_id = p.object_id cross join q
                order by p.rank desc, p.type, p.object_id""".formatted(tsquery(text), RANK, conditions.sql,
                after, CONFIG, HIGHLIGHT_CHARS);
        Query query = em.createNativeQuery(sql);
        bindText(query, text);
        conditions.bind(query);
        query.setParameter("limit", request.size() + 1)
                .setParameter("titleOptions", TITLE_OPTIONS)
                .setParameter("bodyOptions", BODY_OPTIONS);
        if (cursor != null) {
            query.setParameter("cursorRank", cursor.values().get(0))
                    .setParameter("cursorType", cursor.values().get(1))
                    .setParameter("cursorId", cursor.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > request.size();
        List<Hit> hits = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), request.size()))) {
            Hit hit = new Hit(SearchType.valueOf((String) row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).floatValue(),
                    (String) row[3], (String) row[4]);
            hits.add(hit);
            cursors.add(Cursor.encode(ORDERING, hit.objectId(), Arrays.asList(hit.rank(), hit.type().name()), CURSOR_TYPES));
        }
        return new Page<>(hits, cursors, more, cursor != null);
    }

    /**
     * The matches per type and category under the filter's tags (and the caller's visibility), but not its
     * types and categories: the caller applies those, to count the total and each facet ignoring its own.
     */
    public List<Bucket> buckets(SearchText text, SearchFilter filter) {
        Conditions conditions = conditions(filter, false);
        Query query = em.createNativeQuery("with q as (select " + tsquery(text) + " as query)"
                + " select d.type, d.category, count(*) from search_document d, q where d.document @@ q.query"
                + conditions.sql + " group by d.type, d.category");
        bindText(query, text);
        conditions.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Bucket> buckets = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            buckets.add(new Bucket(SearchType.valueOf((String) row[0]), (String) row[1], ((Number) row[2]).intValue()));
        }
        return Collections.unmodifiableList(buckets);
    }

    /**
     * The whole text through websearch_to_tsquery; a last word still being typed as a prefix, stemmed or
     * not ("databa" finds "database" unstemmed, "databases" finds "databas" stemmed).
     */
    private static String tsquery(SearchText text) {
        if (text.prefix() == null) {
            return "websearch_to_tsquery(" + CONFIG + ", :head)";
        }
        return "(websearch_to_tsquery(" + CONFIG + ", :head) && (to_tsquery(" + CONFIG + ", :prefix) || to_tsquery('simple', :prefix)))";
    }

    private static void bindText(Query query, SearchText text) {
        query.setParameter("head", text.head());
        if (text.prefix() != null) {
            query.setParameter("prefix", text.prefix() + ":*");
        }
    }

    private record Conditions(String sql, Map<String, Object> parameters) {
        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private Conditions conditions(SearchFilter filter, boolean withTypesAndCategories) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (!currentUser.has(Roles.ENGINEER)) {
            // drafts (ENGINEERS) never; a confidential bug (REPORTER) only for the one who reported it
            sql.append(" and (d.audience = 'EVERYONE' or (d.audience = 'REPORTER' and d.reporter_id = :viewer))");
            parameters.put("viewer", currentUser.id());
        }
        if (filter != null) {
            if (withTypesAndCategories && filter.types() != null && !filter.types().isEmpty()) {
                sql.append(" and d.type in (:types)");
                parameters.put("types", filter.types().stream().map(Enum::name).toList());
            }
            if (withTypesAndCategories && filter.categories() != null && !filter.categories().isEmpty()) {
                sql.append(" and d.category in (:categories)");
                parameters.put("categories", filter.categories());
            }
            if (filter.tags() != null && !filter.tags().isEmpty()) {
                sql.append(" and d.tags @> cast(:tags as text[])");
                parameters.put("tags", filter.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new));
            }
        }
        return new Conditions(sql.toString(), parameters);
    }
}
