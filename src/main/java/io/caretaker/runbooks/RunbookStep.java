package io.caretaker.runbooks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("RunbookStep")
@Description("A step of a runbook revision. Immutable like its revision: each revision has steps of its own.")
public record RunbookStep(
        @Id @NonNull String id,
        @NonNull @Description("Place in the revision, from 1.") int position,
        @NonNull @Description("What to do, in a line.") String title,
        @NonNull @Description("How to do it, in Markdown; empty when not given.") String instructions,
        @Description("A command to run for this step; null when there is none.") String command,
        @Description("What you should see when the step went well; null when not given.") String expectedResult,
        @Ignore long dbId,
        @Ignore long revisionId) implements Node {

    public static final String TYPE = "RunbookStep";

    static RunbookStep of(RunbookStepEntity e) {
        return new RunbookStep(GlobalId.encode(TYPE, e.id), e.position, e.title, e.instructions, e.command,
                e.expectedResult, e.id, e.revisionId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
