package vn.treem.cases.intake;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.casework.CaseStatus;

@Schema(name = "IntakeReceipt", description = "The case opened for an intake.")
public record IntakeReceipt(UUID caseId, UUID intakeId, UUID childId, CaseStatus status) {
}
