package io.caretaker.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list, for cursor pagination (Relay).")
public record PageInfo(
        @NonNull @Description("More items follow the last one of this page.") boolean hasNextPage,
        @NonNull @Description("Items precede the first one of this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
