package io.caretaker.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleFeedbackCounts")
@Description("How many people found an article helpful, and how many did not (one vote each, their latest).")
public record ArticleFeedbackCounts(
        @NonNull @Description("Found it helpful.") int helpful,
        @NonNull @Description("Did not.") int notHelpful) {

    static final ArticleFeedbackCounts NONE = new ArticleFeedbackCounts(0, 0);

    /** helpful / (helpful + notHelpful); null without any feedback. */
    Double ratio() {
        int total = helpful + notHelpful;
        return total == 0 ? null : (double) helpful / total;
    }
}
