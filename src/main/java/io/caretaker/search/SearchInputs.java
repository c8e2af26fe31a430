package io.caretaker.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

/** The filter of search. Optional lists are {@code @Nullable}: see io.caretaker.graphql (package-info). */
public final class SearchInputs {

    private SearchInputs() {
    }

    @Input("SearchFilter")
    @Description("Narrows a search; all given conditions must hold.")
    public record SearchFilter(
            @Description("Any of these kinds of objects.") @Nullable List<@NonNull SearchType> types,
            @Description("Any of these categories: article categories (e.g. TROUBLESHOOTING) and runbook categories (e.g. RESTORE). Bugs have no category, so a category filter leaves them out.") @Nullable List<@NonNull String> categories,
            @Description("All of these tags (article tags and bug labels, case-insensitive). Runbooks have no tags, so a tag filter leaves them out.") @Nullable List<@NonNull String> tags) {

        boolean narrows() {
            return !(types == null || types.isEmpty()) || !(categories == null || categories.isEmpty())
                    || !(tags == null || tags.isEmpty());
        }
    }
}
