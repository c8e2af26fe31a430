package io.caretaker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.BugQueries;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Node;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.Where;
import io.caretaker.knowledge.ArticleCategory;
import io.caretaker.knowledge.ArticleQueries;
import io.caretaker.runbooks.RunbookCategory;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.search.SearchInputs.SearchFilter;
import io.caretaker.security.Roles;

/** One search across the knowledge base, runbooks and bugs, and the record of what it failed to find. */
@GraphQLApi
public class SearchGraphQL {

    /** Every category a filter may name: those of articles and of runbooks. */
    static final Set<String> CATEGORIES = new TreeSet<>(concat(ArticleCategory.values(), RunbookCategory.values()));

    @Inject
    SearchQueries search;

    @Inject
    KnowledgeGaps gaps;

    @Inject
    ArticleQueries articles;

    @Inject
    RunbookQueries runbooks;

    @Inject
    BugQueries bugs;

    @Inject
    EntityManager em;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Searches articles, runbooks (with their steps) and bugs at once, best match first. The query uses web search syntax: words must all match (in any form: \"restoring\" finds \"restore\"), \"quoted phrases\" match in order, -word excludes, or offers alternatives; the last word, while you are still typing it (no space after it), also matches as a prefix. Titles weigh more than bodies. When more than 200 objects match (configurable), the list holds the 200 whose titles match best, ranked among themselves (refine the query to reach others); totalCount and facets count every match. Drafts are found only by engineers and admins, archived articles not at all, confidential bugs only by their reporter, engineers and admins. A search that finds nothing, without a filter, is recorded as a knowledge gap.")
    public @NonNull SearchConnection search(
            @NonNull @Description("What to look for, at most 200 characters, e.g. \"restore trading db\" or \"\\\"rate limit\\\" -binance\".") String query,
            @Description("Narrows the search.") SearchFilter filter,
            @Description(PageRequest.FIRST_DOC) Integer first,
            @Description(PageRequest.AFTER_DOC) String after) {
        SearchText text = SearchText.parse(query);
        checkCategories(filter);
        PageRequest request = PageRequest.of(first, after, null, null);
        SearchQueries.Result result = search.search(text, filter, request);
        Page<SearchQueries.Hit> page = result.page();
        if (page.items().isEmpty() && after == null && (filter == null || !filter.narrows())) {
            gaps.record(text);
        }
        Map<SearchType, Map<Long, ? extends Node>> objects = objects(page.items());
        Page<SearchHit> hits = page.mapPresent(hit -> {
            Node object = objects.get(hit.type()).get(hit.objectId());
            return object == null ? null : new SearchHit(object, hit.type(), hit.rank(), Highlights.title(hit.title()),
                    Highlights.snippet(hit.snippet()));
        });
        List<SearchQueries.Bucket> buckets = result.buckets();
        return new SearchConnection(hits, () -> total(buckets, filter), () -> facets(buckets, filter));
    }

    @NonNull
    @Description("How many objects match, across all pages.")
    public int totalCount(@Source SearchConnection connection) {
        return connection.totalCount();
    }

    @NonNull
    @Description("How the matches spread over types and categories (all of them, not only this page).")
    public SearchFacets facets(@Source SearchConnection connection) {
        return connection.facets();
    }

    @Query
    @RolesAllowed(Roles.ENGINEER)
    @Description("Searches that found nothing, grouped by normalized query, the most searched first: what the knowledge base should answer next. Engineers and admins.")
    public @NonNull KnowledgeGapConnection knowledgeGaps(
            @Description("Order of the list: most searches first when omitted.") KnowledgeGaps.Order orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        KnowledgeGaps.Order order = orderBy != null ? orderBy : KnowledgeGaps.Order.DEFAULT;
        return new KnowledgeGapConnection(KeysetPager.page(em, KnowledgeGapEntity.class, e -> e.id, Where.all(),
                order.field().key, order.directionOrDefault(), request).map(KnowledgeGap::of),
                () -> KeysetPager.count(em, KnowledgeGapEntity.class, Where.all()));
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source KnowledgeGapConnection connection) {
        return connection.totalCount();
    }

    /** The objects of a page, one statement per type present, each through its own visibility rule. */
    private Map<SearchType, Map<Long, ? extends Node>> objects(List<SearchQueries.Hit> hits) {
        Map<SearchType, List<Long>> ids = new EnumMap<>(SearchType.class);
        for (SearchType type : SearchType.values()) {
            ids.put(type, new ArrayList<>());
        }
        hits.forEach(hit -> ids.get(hit.type()).add(hit.objectId()));
        Map<SearchType, Map<Long, ? extends Node>> objects = new EnumMap<>(SearchType.class);
        objects.put(SearchType.ARTICLE, ids.get(SearchType.ARTICLE).isEmpty() ? Map.of() : articles.visibleByIds(ids.get(SearchType.ARTICLE)));
        objects.put(SearchType.RUNBOOK, ids.get(SearchType.RUNBOOK).isEmpty() ? Map.of() : runbooks.byIds(ids.get(SearchType.RUNBOOK)));
        objects.put(SearchType.BUG, ids.get(SearchType.BUG).isEmpty() ? Map.of() : bugs.visibleByIds(ids.get(SearchType.BUG)));
        return objects;
    }

    private static int total(List<SearchQueries.Bucket> buckets, SearchFilter filter) {
        return buckets.stream().filter(b -> typeMatches(b, filter) && categoryMatches(b, filter))
                .mapToInt(SearchQueries.Bucket::count).sum();
    }

    private static SearchFacets facets(List<SearchQueries.Bucket> buckets, SearchFilter filter) {
        Map<SearchType, Integer> types = new EnumMap<>(SearchType.class);
        Map<String, SearchFacets.CategoryCount> categories = new HashMap<>();
        for (SearchQueries.Bucket bucket : buckets) {
            if (categoryMatches(bucket, filter)) {
                types.merge(bucket.type(), bucket.count(), Integer::sum);
            }
            if (bucket.category() != null && typeMatches(bucket, filter)) {
                categories.merge(bucket.category(), new SearchFacets.CategoryCount(bucket.category(), bucket.type(), bucket.count()),
                        (a, b) -> new SearchFacets.CategoryCount(a.category(), a.type(), a.count() + b.count()));
            }
        }
        List<SearchFacets.TypeCount> typeCounts = types.entrySet().stream()
                .map(e -> new SearchFacets.TypeCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SearchFacets.TypeCount::count).reversed()
                        .thenComparing(SearchFacets.TypeCount::type))
                .toList();
        List<SearchFacets.CategoryCount> categoryCounts = categories.values().stream()
                .sorted(Comparator.comparingInt(SearchFacets.CategoryCount::count).reversed()
                        .thenComparing(SearchFacets.CategoryCount::category))
                .toList();
        return new SearchFacets(typeCounts, categoryCounts);
    }

    private static boolean typeMatches(SearchQueries.Bucket bucket, SearchFilter filter) {
        return filter == null || filter.types() == null || filter.types().isEmpty() || filter.types().contains(bucket.type());
    }

    private static boolean categoryMatches(SearchQueries.Bucket bucket, SearchFilter filter) {
        return filter == null || filter.categories() == null || filter.categories().isEmpty()
                || filter.categories().contains(bucket.category());
    }

    private static void checkCategories(SearchFilter filter) {
        if (filter == null || filter.categories() == null) {
            return;
        }
        List<String> unknown = filter.categories().stream().filter(c -> !CATEGORIES.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw ApiError.badUserInput("Unknown categor" + (unknown.size() == 1 ? "y " : "ies ") + String.join(", ", unknown)
                    + ": use article categories (" + names(ArticleCategory.values()) + ") or runbook categories ("
                    + names(RunbookCategory.values()) + ").");
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<String> concat(Enum<?>[] a, Enum<?>[] b) {
        List<String> all = new ArrayList<>();
        Arrays.stream(a).map(Enum::name).forEach(all::add);
        Arrays.stream(b).map(Enum::name).forEach(all::add);
        return all;
    }
}
