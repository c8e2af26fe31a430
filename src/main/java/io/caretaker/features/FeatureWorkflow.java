package io.caretaker.features;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow of a feature request, in one place:
 * <ul>
 * <li>PROPOSED → UNDER_REVIEW or DECLINED</li>
 * <li>UNDER_REVIEW → PLANNED, DECLINED or PROPOSED</li>
 * <li>PLANNED → IN_PROGRESS, DECLINED or UNDER_REVIEW</li>
 * <li>IN_PROGRESS → SHIPPED or PLANNED</li>
 * <li>DECLINED → UNDER_REVIEW (reconsidered)</li>
 * <li>SHIPPED is final, and a request merged into another moves nowhere.</li>
 * </ul>
 */
public final class FeatureWorkflow {

    private static final Map<FeatureStatus, Set<FeatureStatus>> MOVES = new EnumMap<>(FeatureStatus.class);
    static {
        MOVES.put(FeatureStatus.PROPOSED, EnumSet.of(FeatureStatus.UNDER_REVIEW, FeatureStatus.DECLINED));
        MOVES.put(FeatureStatus.UNDER_REVIEW, EnumSet.of(FeatureStatus.PLANNED, FeatureStatus.DECLINED, FeatureStatus.PROPOSED));
        MOVES.put(FeatureStatus.PLANNED, EnumSet.of(FeatureStatus.IN_PROGRESS, FeatureStatus.DECLINED, FeatureStatus.UNDER_REVIEW));
        MOVES.put(FeatureStatus.IN_PROGRESS, EnumSet.of(FeatureStatus.SHIPPED, FeatureStatus.PLANNED));
        MOVES.put(FeatureStatus.DECLINED, EnumSet.of(FeatureStatus.UNDER_REVIEW));
        MOVES.put(FeatureStatus.SHIPPED, EnumSet.noneOf(FeatureStatus.class));
    }

    private FeatureWorkflow() {
    }

    /** Whether a request still takes votes and can be merged into: not shipped, declined or merged. */
    public static boolean isOpen(FeatureRequestEntity feature) {
        return feature.mergedIntoId == null && feature.status != FeatureStatus.SHIPPED && feature.status != FeatureStatus.DECLINED;
    }

    /** Why a move is not allowed, naming the moves that are; empty when it is allowed. */
    public static Optional<String> refusal(FeatureRequestEntity feature, FeatureStatus to) {
        if (feature.mergedIntoId != null) {
            return Optional.of("This request was merged into another one and moves nowhere any more.");
        }
        Set<FeatureStatus> allowed = MOVES.get(feature.status);
        if (allowed.contains(to)) {
            return Optional.empty();
        }
        if (allowed.isEmpty()) {
            return Optional.of("A " + feature.status + " request is final and moves nowhere.");
        }
        List<String> names = allowed.stream().map(Enum::name).toList();
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return Optional.of("A " + feature.status + " request can move to " + list + ", not to " + to + ".");
    }
}
