package io.caretaker.bugs;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workflow of a bug, in one place. The moves:
 * <ul>
 * <li>NEW → TRIAGED or RESOLVED (e.g. a duplicate found at once)</li>
 * <li>TRIAGED → IN_PROGRESS or RESOLVED</li>
 * <li>IN_PROGRESS → TRIAGED (back to the backlog) or RESOLVED</li>
 * <li>RESOLVED → CLOSED or REOPENED</li>
 * <li>CLOSED → REOPENED</li>
 * <li>REOPENED → TRIAGED, IN_PROGRESS or RESOLVED</li>
 * </ul>
 * NEW and REOPENED bugs wait for triage; RESOLVED needs a resolution.
 */
public final class BugWorkflow {

    private static final Map<BugStatus, Set<BugStatus>> MOVES = new EnumMap<>(BugStatus.class);
    static {
        MOVES.put(BugStatus.NEW, EnumSet.of(BugStatus.TRIAGED, BugStatus.RESOLVED));
        MOVES.put(BugStatus.TRIAGED, EnumSet.of(BugStatus.IN_PROGRESS, BugStatus.RESOLVED));
        MOVES.put(BugStatus.IN_PROGRESS, EnumSet.of(BugStatus.TRIAGED, BugStatus.RESOLVED));
        MOVES.put(BugStatus.RESOLVED, EnumSet.of(BugStatus.CLOSED, BugStatus.REOPENED));
        MOVES.put(BugStatus.CLOSED, EnumSet.of(BugStatus.REOPENED));
        MOVES.put(BugStatus.REOPENED, EnumSet.of(BugStatus.TRIAGED, BugStatus.IN_PROGRESS, BugStatus.RESOLVED));
    }

    /** The statuses that wait for triage. */
    public static final Set<BugStatus> UNTRIAGED = EnumSet.of(BugStatus.NEW, BugStatus.REOPENED);

    /** The statuses of bugs that are not done. */
    public static final Set<BugStatus> OPEN = EnumSet.of(BugStatus.NEW, BugStatus.TRIAGED, BugStatus.IN_PROGRESS,
            BugStatus.REOPENED);

    private BugWorkflow() {
    }

    public static Set<BugStatus> allowedFrom(BugStatus from) {
        return MOVES.get(from);
    }

    /** Why a move is not allowed, naming the moves that are; empty when it is allowed. */
    public static Optional<String> refusal(String key, BugStatus from, BugStatus to) {
        if (allowedFrom(from).contains(to)) {
            return Optional.empty();
        }
        return Optional.of(key + " is " + from + " and cannot move to " + to + "; from " + from + " it can move to "
                + describe(allowedFrom(from)) + ".");
    }

    private static String describe(Set<BugStatus> statuses) {
        List<String> names = statuses.stream().map(Enum::name).collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
