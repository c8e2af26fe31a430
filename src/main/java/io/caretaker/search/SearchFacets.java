package io.caretaker.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchFacets")
@Description("How the matches of a search spread over types and categories. Each facet ignores its own filter (the type counts ignore the types filter, the category counts the categories filter), so that a client can offer the other values with their counts.")
public record SearchFacets(
        @NonNull @Description("Matches per type, largest first; types without matches are left out.") List<@NonNull TypeCount> types,
        @NonNull @Description("Matches per category (articles and runbooks), largest first; categories without matches are left out.") List<@NonNull CategoryCount> categories) {

    @Type("SearchTypeCount")
    @Description("The number of matches of one type.")
    public record TypeCount(
            @NonNull @Description("The type.") SearchType type,
            @NonNull @Description("How many match.") int count) {
    }

    @Type("SearchCategoryCount")
    @Description("The number of matches in one category.")
    public record CategoryCount(
            @NonNull @Description("The category, e.g. TROUBLESHOOTING or RESTORE.") String category,
            @NonNull @Description("The type whose category it is.") SearchType type,
            @NonNull @Description("How many match.") int count) {
    }
}
