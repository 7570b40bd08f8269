package vn.treem.cases.casework;

import static vn.treem.cases.casework.CaseStatus.ASSESSMENT;
import static vn.treem.cases.casework.CaseStatus.CLOSED;
import static vn.treem.cases.casework.CaseStatus.EMERGENCY_PROTECTION;
import static vn.treem.cases.casework.CaseStatus.INITIAL_ASSESSMENT;
import static vn.treem.cases.casework.CaseStatus.IN_INTERVENTION;
import static vn.treem.cases.casework.CaseStatus.PLAN_APPROVED;
import static vn.treem.cases.casework.CaseStatus.PLAN_DRAFTED;
import static vn.treem.cases.casework.CaseStatus.RECEIVED;
import static vn.treem.cases.casework.CaseStatus.REOPENED;
import static vn.treem.cases.casework.CaseStatus.TRANSFERRED;
import static vn.treem.cases.casework.CaseStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * The case process of Decree 56/2017 as a state machine (docs/case-workflow.md). Any open case can be transferred when
 * the child moves; a transferred case returns to the status it had once the receiving commune accepts it (or the
 * transfer is declined). A closed case can only be reopened.
 */
public final class CaseWorkflow {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(INITIAL_ASSESSMENT, TRANSFERRED));
        NEXT.put(INITIAL_ASSESSMENT, EnumSet.of(EMERGENCY_PROTECTION, ASSESSMENT, TRANSFERRED));
        NEXT.put(EMERGENCY_PROTECTION, EnumSet.of(ASSESSMENT, TRANSFERRED));
        NEXT.put(ASSESSMENT, EnumSet.of(EMERGENCY_PROTECTION, PLAN_DRAFTED, TRANSFERRED));
        NEXT.put(PLAN_DRAFTED, EnumSet.of(PLAN_APPROVED, ASSESSMENT, TRANSFERRED));
        NEXT.put(PLAN_APPROVED, EnumSet.of(IN_INTERVENTION, TRANSFERRED));
        NEXT.put(IN_INTERVENTION, EnumSet.of(EMERGENCY_PROTECTION, UNDER_REVIEW, TRANSFERRED));
        NEXT.put(UNDER_REVIEW, EnumSet.of(CLOSED, PLAN_DRAFTED, TRANSFERRED));
        NEXT.put(CLOSED, EnumSet.of(REOPENED));
        NEXT.put(REOPENED, EnumSet.of(INITIAL_ASSESSMENT, ASSESSMENT, PLAN_DRAFTED, TRANSFERRED));
        NEXT.put(TRANSFERRED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseWorkflow() {
    }

    /** The statuses a case in {@code from} may move to; for a transferred case, the status it will return to. */
    public static List<CaseStatus> next(CaseStatus from, CaseStatus beforeTransfer) {
        if (from == TRANSFERRED) {
            return beforeTransfer == null ? List.of() : List.of(beforeTransfer);
        }
        return List.copyOf(NEXT.get(from));
    }

    /**
     * Whether a step from {@code from} to {@code to} may be taken. A transferred case takes no step until the receiving
     * commune decides ({@code /transfer-decision}), which returns it to {@code beforeTransfer}.
     */
    public static boolean allows(CaseStatus from, CaseStatus to, CaseStatus beforeTransfer) {
        return from != TRANSFERRED && next(from, beforeTransfer).contains(to);
    }

    /** Answers 409 {@code illegal-transition}, naming the allowed next steps, unless {@code from → to} is legal. */
    public static void require(CaseStatus from, CaseStatus to, CaseStatus beforeTransfer) {
        if (!allows(from, to, beforeTransfer)) {
            throw ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                    from.name(), to.name())
                    .withAllowed(next(from, beforeTransfer).stream().map(Enum::name).toList());
        }
    }
}
