package vn.treem.plans.importing;

import java.time.LocalDate;

/**
 * An agency's role in the plan.
 *
 * @param agency
 *            agency name as written (markup and the "Đề nghị" prefix removed)
 * @param role
 *            LEAD (chủ trì, or the agency the duties are addressed to) or SUPPORT (phối hợp)
 * @param taskCode
 *            task the assignment belongs to, when it was stated inside a task; else {@code null}
 * @param responsibilities
 *            the duties text
 * @param deadlineText
 *            deadline phrase as written, or {@code null}
 * @param deadline
 *            deadline when the phrase is a full date
 * @param recurrence
 *            {@code ANNUAL}, {@code SEMI_ANNUAL}, {@code QUARTERLY}, {@code MONTHLY} or {@code null}
 * @param requested
 *            {@code true} when the plan requests rather than assigns ("Đề nghị …": courts, Fatherland Front)
 */
public record ExtractedAssignment(String agency, AssignmentRole role, String taskCode, String responsibilities,
        String deadlineText, LocalDate deadline, String recurrence, boolean requested) {
}
