package vn.treem.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.CaseWorkflow;
import vn.treem.cases.child.PersonalIdNumber;
import vn.treem.cases.child.Sex;
import vn.treem.platform.problem.ProblemException;

/**
 * Property-based tests of the rules that judge outside input in case-service: the statutory process of Decree 56/2017
 * (which step may follow which) and personal ID numbers. Fixed seeds: a failure names its example and reproduces.
 */
class CaseInputProperties {

    private static final long SEED = 20261123L;
    private static final Gen<CaseStatus> STATUSES = Generate.enumValues(CaseStatus.class);

    /** Walks of up to 40 steps, each choosing (by index) one of the steps the workflow offers. */
    private static List<CaseStatus> walk(List<Integer> choices) {
        List<CaseStatus> path = new ArrayList<>(List.of(CaseStatus.RECEIVED));
        CaseStatus beforeTransfer = null;
        for (int choice : choices) {
            CaseStatus from = path.get(path.size() - 1);
            List<CaseStatus> next = CaseWorkflow.next(from, beforeTransfer);
            if (next.isEmpty()) {
                break;
            }
            CaseStatus to = next.get(choice % next.size());
            if (from == CaseStatus.TRANSFERRED) {
                beforeTransfer = null; // the receiving commune accepted: the case resumes
            } else if (to == CaseStatus.TRANSFERRED) {
                beforeTransfer = from;
            }
            path.add(to);
        }
        return path;
    }

    @Test
    void noSequenceOfStepsReachesAStatusTheProcessForbids() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 40))
                .checkAssert(choices -> {
                    List<CaseStatus> path = walk(choices);
                    for (int i = 1; i < path.size(); i++) {
                        CaseStatus from = path.get(i - 1);
                        CaseStatus to = path.get(i);
                        if (from == CaseStatus.TRANSFERRED) {
                            // the receiving commune accepted: the case resumes where it was, whatever that was
                            assertThat(to).as(path.toString()).isEqualTo(path.get(i - 2));
                            continue;
                        }
                        // closure only after a review; an approved plan only from a drafted one; intervention only
                        // on an approved plan; a reopened case only from a closed one
                        if (to == CaseStatus.CLOSED) {
                            assertThat(from).as("closed from " + path).isEqualTo(CaseStatus.UNDER_REVIEW);
                        }
                        if (to == CaseStatus.PLAN_APPROVED) {
                            assertThat(from).as(path.toString()).isEqualTo(CaseStatus.PLAN_DRAFTED);
                        }
                        if (to == CaseStatus.IN_INTERVENTION) {
                            assertThat(from).as(path.toString()).isEqualTo(CaseStatus.PLAN_APPROVED);
                        }
                        if (to == CaseStatus.REOPENED) {
                            assertThat(from).as(path.toString()).isEqualTo(CaseStatus.CLOSED);
                        }
                        assertThat(to).as("no step returns to intake: " + path).isNotEqualTo(CaseStatus.RECEIVED);
                    }
                    // a closed case's only way on is to be reopened
                    if (path.get(path.size() - 1) == CaseStatus.CLOSED) {
                        assertThat(CaseWorkflow.next(CaseStatus.CLOSED, null)).containsExactly(CaseStatus.REOPENED);
                    }
                });
    }

    @Test
    void aTransferredCaseTakesNoStepAndRequireAgreesWithAllows() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(STATUSES, STATUSES, STATUSES)
                .checkAssert((from, to, beforeTransfer) -> {
                    boolean allowed = CaseWorkflow.allows(from, to, beforeTransfer);
                    if (from == CaseStatus.TRANSFERRED) {
                        assertThat(allowed).isFalse();
                    }
                    assertThat(allowed).isEqualTo(from != CaseStatus.TRANSFERRED
                            && CaseWorkflow.next(from, beforeTransfer).contains(to));
                    boolean refused;
                    try {
                        CaseWorkflow.require(from, to, beforeTransfer);
                        refused = false;
                    } catch (ProblemException e) {
                        refused = true;
                    }
                    assertThat(refused).as(from + " → " + to).isEqualTo(!allowed);
                });
    }

    @Test
    void anythingButTwelveDigitsIsAFormatProblemAndNothingElse() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(strings().allPossible().ofLengthBetween(0, 30).assuming(s -> !s.matches("\\d{12}")))
                .checkAssert(value -> assertThat(PersonalIdNumber.check(value, Sex.MALE, LocalDate.of(2016, 5, 1),
                        code -> true)).containsExactly(PersonalIdNumber.Problem.ID_FORMAT));
    }

    @Test
    void aNumberBuiltFromProvinceSexAndBirthYearHasNoProblemAndASwappedSexIsFound() {
        Set<String> provinces = Set.of("01", "79", "34", "12");
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(Generate.pick(List.copyOf(provinces)), integers().between(1900, 2099),
                        integers().between(0, 999_999), Generate.booleans())
                .checkAssert((province, year, serial, male) -> {
                    int centuryDigit = (year / 100 - 19) * 2 + (male ? 0 : 1);
                    String number = "0" + province + centuryDigit + String.format("%02d", year % 100)
                            + String.format("%06d", serial);
                    LocalDate birth = LocalDate.of(year, 6, 1);
                    Sex sex = male ? Sex.MALE : Sex.FEMALE;
                    assertThat(PersonalIdNumber.check(number, sex, birth, provinces::contains)).as(number).isEmpty();
                    assertThat(PersonalIdNumber.check(number, male ? Sex.FEMALE : Sex.MALE, birth, provinces::contains))
                            .as(number).containsExactly(PersonalIdNumber.Problem.ID_SEX_MISMATCH);
                    assertThat(PersonalIdNumber.check(number, sex, birth, code -> false)).as(number)
                            .contains(PersonalIdNumber.Problem.ID_PROVINCE);
                });
    }
}
