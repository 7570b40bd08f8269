package vn.treem.cases.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.casework.CaseStatus;

@Schema(name = "IntakeStatus", description = "Where the case opened for an intake stands; no personal data")
public record IntakeStatusView(UUID intakeId, UUID caseId, CaseStatus status, OffsetDateTime receivedAt,
        OffsetDateTime updatedAt) {
}
