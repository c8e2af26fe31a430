package io.caretaker.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A problem with the input of a mutation that the user can fix. The mutation changed nothing.")
public record UserError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"title\"]; null when the error concerns no single field.")
        List<@NonNull String> field,
        @NonNull @Description("What is wrong, written for the person who sent it.") String message,
        @NonNull @Description("A stable code for tools to act on.") UserErrorCode code) {
}
