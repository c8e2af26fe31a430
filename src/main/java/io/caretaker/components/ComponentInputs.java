package io.caretaker.components;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.UserError;

/** The input, filter, order and payload types of the components API. */
public final class ComponentInputs {

    private ComponentInputs() {
    }

    @Input("ComponentCreateInput")
    @Description("A new component.")
    public record ComponentCreateInput(
            @NonNull @Description("Unique name, at most 100 characters.") String name,
            @Description("What the component covers.") String description,
            @Id @Description("The user who owns the component.") String ownerId) {
    }

    @Type("ComponentCreatePayload")
    @Description("The result of componentCreate.")
    public record ComponentCreatePayload(
            @Description("The new component; null when there are user errors.") Component component,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("ComponentFilter")
    @Description("Narrows the list of components.")
    public record ComponentFilter(@Description("Case-insensitive part of the name.") String query) {
    }

    @Input("ComponentOrder")
    @Description("How to order components.")
    public record ComponentOrder(@NonNull @Description("What to order by.") Field field,
            @Description("ASC when omitted.") SortDirection direction) {

        static final ComponentOrder DEFAULT = new ComponentOrder(Field.NAME, SortDirection.ASC);

        @org.eclipse.microprofile.graphql.Enum("ComponentOrderField")
        @Description("Fields components can be ordered by.")
        public enum Field {
            @Description("Name, case-insensitive.")
            NAME(new SortKey("name", "lower(e.name)", CursorType.STRING)),
            @Description("Creation time.")
            CREATED_AT(new SortKey("created", "e.createdAt", CursorType.TIMESTAMP));

            final SortKey key;

            Field(SortKey key) {
                this.key = key;
            }
        }

        SortDirection directionOrDefault() {
            return direction != null ? direction : SortDirection.ASC;
        }
    }
}
