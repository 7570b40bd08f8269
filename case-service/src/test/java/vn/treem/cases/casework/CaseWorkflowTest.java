package vn.treem.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/** The state machine against the process of Decree 56/2017 as issue #3 states it: every pair of statuses. */
class CaseWorkflowTest {

    private static final Map<CaseStatus, Set<CaseStatus>> LEGAL = new EnumMap<>(CaseStatus.class);

    static {
        LEGAL.put(CaseStatus.RECEIVED, EnumSet.of(CaseStatus.INITIAL_ASSESSMENT, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.INITIAL_ASSESSMENT,
                EnumSet.of(CaseStatus.EMERGENCY_PROTECTION, CaseStatus.ASSESSMENT, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.EMERGENCY_PROTECTION, EnumSet.of(CaseStatus.ASSESSMENT, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.ASSESSMENT,
                EnumSet.of(CaseStatus.EMERGENCY_PROTECTION, CaseStatus.PLAN_DRAFTED, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.PLAN_DRAFTED,
                EnumSet.of(CaseStatus.PLAN_APPROVED, CaseStatus.ASSESSMENT, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.PLAN_APPROVED, EnumSet.of(CaseStatus.IN_INTERVENTION, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.IN_INTERVENTION,
                EnumSet.of(CaseStatus.EMERGENCY_PROTECTION, CaseStatus.UNDER_REVIEW, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.UNDER_REVIEW,
                EnumSet.of(CaseStatus.CLOSED, CaseStatus.PLAN_DRAFTED, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.CLOSED, EnumSet.of(CaseStatus.REOPENED));
        LEGAL.put(CaseStatus.REOPENED, EnumSet.of(CaseStatus.INITIAL_ASSESSMENT, CaseStatus.ASSESSMENT,
                CaseStatus.PLAN_DRAFTED, CaseStatus.TRANSFERRED));
        LEGAL.put(CaseStatus.TRANSFERRED, EnumSet.noneOf(CaseStatus.class));
    }

    @Test
    void everyLegalTransitionIsAllowedAndEveryOtherIsRefused() {
        int checked = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean legal = LEGAL.get(from).contains(to);
                assertThat(CaseWorkflow.allows(from, to, null)).as(from + " → " + to).isEqualTo(legal);
                if (!legal) {
                    assertThatThrownBy(() -> CaseWorkflow.require(from, to, null))
                            .isInstanceOfSatisfying(ProblemException.class, p -> {
                                assertThat(p.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                                assertThat(p.allowed()).containsExactlyInAnyOrderElementsOf(
                                        LEGAL.get(from).stream().map(Enum::name).toList());
                            });
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(CaseStatus.values().length * CaseStatus.values().length);
    }

    @Test
    void aTransferredCaseCanOnlyReturnToTheStatusItHadBeforeTheTransfer() {
        assertThat(CaseWorkflow.next(CaseStatus.TRANSFERRED, CaseStatus.IN_INTERVENTION))
                .containsExactly(CaseStatus.IN_INTERVENTION);
        assertThat(CaseWorkflow.allows(CaseStatus.TRANSFERRED, CaseStatus.CLOSED, CaseStatus.IN_INTERVENTION))
                .isFalse();
    }

    @Test
    void aClosedCaseCanOnlyBeReopened() {
        assertThat(CaseWorkflow.next(CaseStatus.CLOSED, null)).containsExactly(CaseStatus.REOPENED);
    }
}
