package io.caretaker.users;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;

@Input("UserOrder")
@Description("How to order users.")
public record UserOrder(@NonNull @Description("What to order by.") Field field,
        @Description("ASC when omitted.") SortDirection direction) {

    static final UserOrder DEFAULT = new UserOrder(Field.NAME, SortDirection.ASC);

    @org.eclipse.microprofile.graphql.Enum("UserOrderField")
    @Description("Fields users can be ordered by.")
    public enum Field {
        @Description("Display name, case-insensitive.")
        NAME(new SortKey("name", "lower(e.name)", CursorType.STRING)),
        @Description("When the user was last seen.")
        LAST_SEEN_AT(new SortKey("lastSeen", "e.lastSeenAt", CursorType.TIMESTAMP));

        private final SortKey key;

        Field(SortKey key) {
            this.key = key;
        }

        SortKey key() {
            return key;
        }
    }

    SortDirection directionOrDefault() {
        return direction != null ? direction : SortDirection.ASC;
    }
}
