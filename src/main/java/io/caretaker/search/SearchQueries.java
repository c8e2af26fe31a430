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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.caretaker.graphql.Cursor;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.search.SearchInputs.SearchFilter;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

/**
 * Full-text search over search_document (see V13__search.sql): one ranked list across articles, runbooks
 * and bugs, keyset-paged on (rank, type, id), and the counts per type and category, in one statement.
 *
 * <p>The work of a search is bounded whatever it matches: every match is found through the GIN index and
 * pre-ranked by its title alone (cheap: no body is read), the best of those (caretaker.search.ranked-hits,
 * 200) get the full rank (title and body, which means reading the document), and only the rows of the
 * page are highlighted. A query matching tens of thousands of objects therefore lists its best 200,
 * ranked exactly among themselves, and counts all of them.
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
    /** The two kinds of rows of the statement: a hit of the page, or the count of one type and category. */
    private static final int HIT = 0;

    /** A hit as the database found it: what, how good, and the highlighted (not yet escaped) texts. */
    public record Hit(SearchType type, long objectId, float rank, String title, String snippet) {
    }

    /**
     * The number of matches of one type and category (null for bugs) under the filter's tags and the
     * caller's visibility, but not its types and categories: the caller applies those, to count the total
     * and each facet ignoring its own filter.
     */
    public record Bucket(SearchType type, String category, int count) {
    }

    /** A page of hits and the counts of all matches. */
    public record Result(Page<Hit> page, List<Bucket> buckets) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** How many matches, the best by their titles, are fully ranked and can be paged through. */
    @ConfigProperty(name = "caretaker.search.ranked-hits", defaultValue = "200")
    int ranked;

    public Result search(SearchText text, SearchFilter filter, PageRequest request) {
        Cursor cursor = request.after() == null ? null : Cursor.decode(request.after(), ORDERING, CURSOR_TYPES);
        Map<String, Object> parameters = new HashMap<>();
        String narrowing = narrowing(filter, parameters);
        String after = cursor == null ? "" : """

                 where x.rank < cast(:cursorRank as real)
                    or (x.rank = cast(:cursorRank as real) and (x.type > :cursorType or (x.type = :cursorType and x.object_id > :cursorId)))""";
        // materialized: matches is read twice (candidates, counts); scored so that the rank is computed once
        // per candidate (inlined, PostgreSQL would compute it again for each use of the score)
        String sql = """
                with q as (select %1$s as query),
                matches as materialized (
                    select * from search_matches((select query from q), :viewer, :seesAll, cast(:tags as text[]))),
                candidates as (
                    select m.type, m.object_id from matches m where true%2$s
                    order by m.title_rank desc, m.object_id desc
                    limit :ranked),
                scored as materialized (
                    select c.type, c.object_id, %3$s as score
                    from candidates c join search_document d on d.type = c.type and d.object_id = c.object_id cross join q),
                ranked as (
                    select s.type, s.object_id, cast(s.score / (s.score + 1) as real) as rank from scored s),
                page as (
                    select * from ranked x%4$s
                    order by x.rank desc, x.type, x.object_id
                    limit :limit)
                select %7$d as part, p.type, p.object_id, p.rank,
                       ts_headline(%5$s, d.title, q.query, :titleOptions),
                       ts_headline(%5$s, left(d.body, %6$d), q.query, :bodyOptions),
                       cast(null as varchar) as category, 0 as matches
                from page p join search_document d on d.type = p.type and d.object_id = p.object_id cross join q
                union all
                select 1, m.type, null, null, null, null, m.category, count(*) from matches m group by m.type, m.category
                order by 1, 4 desc, 2, 3""".formatted(tsquery(text), narrowing, RANK, after, CONFIG, HIGHLIGHT_CHARS, HIT);
        Query query = em.createNativeQuery(sql);
        bindText(query, text);
        parameters.forEach(query::setParameter);
        query.setParameter("viewer", currentUser.id())
                .setParameter("seesAll", currentUser.has(Roles.ENGINEER))
                .setParameter("tags", tags(filter))
                .setParameter("ranked", ranked)
                .setParameter("limit", request.size() + 1)
                .setParameter("titleOptions", TITLE_OPTIONS)
                .setParameter("bodyOptions", BODY_OPTIONS);
        if (cursor != null) {
            query.setParameter("cursorRank", cursor.values().get(0))
                    .setParameter("cursorType", cursor.values().get(1))
                    .setParameter("cursorId", cursor.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Hit> hits = new ArrayList<>();
        List<Bucket> buckets = new ArrayList<>();
        for (Object[] row : rows) {
            SearchType type = SearchType.valueOf((String) row[1]);
            if (((Number) row[0]).intValue() == HIT) {
                hits.add(new Hit(type, ((Number) row[2]).longValue(), ((Number) row[3]).floatValue(), (String) row[4], (String) row[5]));
            } else {
                buckets.add(new Bucket(type, (String) row[6], ((Number) row[7]).intValue()));
            }
        }
        boolean more = hits.size() > request.size();
        List<Hit> shown = hits.subList(0, Math.min(hits.size(), request.size()));
        List<String> cursors = shown.stream()
                .map(hit -> Cursor.encode(ORDERING, hit.objectId(), Arrays.asList(hit.rank(), hit.type().name()), CURSOR_TYPES))
                .toList();
        return new Result(new Page<>(List.copyOf(shown), cursors, more, cursor != null), Collections.unmodifiableList(buckets));
    }

    /**
     * The whole text through websearch_to_tsquery; a last word still being typed as a prefix, stemmed or
     * not ("databa" finds "database" unstemmed, "databases" finds "databas" stemmed).
     */
    private static String tsquery(SearchText text) {
        // The word being typed may be the start of a stemmed word ("databa" of "databas") or of an unstemmed
        // one (a stopword, a name): both forms, unless the stem is a prefix of the word as typed ("key" of
        // "keys"), which already matches everything the other would. Each costs a pass over the index
        // entries it matches, so the common case pays once.
        String prefix = "(select case when e.stem is null then s.query when s.word like e.stem || '%' then e.query"
                + " else e.query || s.query end"
                + " from (select to_tsquery(" + CONFIG + ", :prefix) as query, (ts_lexize('english_stem', :word))[1] as stem) e,"
                + " (select to_tsquery('simple', :prefix) as query, :word as word) s)";
        if (text.prefix() == null) {
            return "websearch_to_tsquery(" + CONFIG + ", :head)";
        }
        // a single word being typed has no head (an empty tsquery would only add a notice)
        return text.head().isEmpty() ? prefix : "(websearch_to_tsquery(" + CONFIG + ", :head) && " + prefix + ")";
    }

    private static void bindText(Query query, SearchText text) {
        if (text.prefix() == null || !text.head().isEmpty()) {
            query.setParameter("head", text.head());
        }
        if (text.prefix() != null) {
            query.setParameter("prefix", text.prefix() + ":*").setParameter("word", text.prefix());
        }
    }

    /** The filter's types and categories, which narrow the hits but not the counts. */
    private static String narrowing(SearchFilter filter, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (filter != null && filter.types() != null && !filter.types().isEmpty()) {
            sql.append(" and m.type in (:types)");
            parameters.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (filter != null && filter.categories() != null && !filter.categories().isEmpty()) {
            sql.append(" and m.category in (:categories)");
            parameters.put("categories", filter.categories());
        }
        return sql.toString();
    }

    /** The tags every match must have; none (an empty array) when the filter names none. */
    private static String[] tags(SearchFilter filter) {
        if (filter == null || filter.tags() == null) {
            return new String[0];
        }
        return filter.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
}
