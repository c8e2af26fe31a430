package io.caretaker.users;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("UserFilter")
@Description("Narrows the list of users.")
public record UserFilter(@Description("Case-insensitive part of the name or email.") String query) {
}
