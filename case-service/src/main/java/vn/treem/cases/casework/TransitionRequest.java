package vn.treem.cases.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A step of the case process. {@code to} names the status; the section of that step carries its data. Plans are drafted
 * and approved through {@code /support-plans}; a transfer is accepted or declined through {@code /transfer-decision}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseTransitionRequest", description = """
        A step of the case process. Give the section that matches "to": initialAssessment for INITIAL_ASSESSMENT, \
        emergencyProtection for EMERGENCY_PROTECTION, assessment for ASSESSMENT, review for UNDER_REVIEW, transfer for \
        TRANSFERRED; a reason for CLOSED and REOPENED.""")
public record TransitionRequest(
        @NotNull @Schema(required = true, example = "INITIAL_ASSESSMENT") CaseStatus to,
        @Size(max = 2000) @Schema(example = "Trẻ đã an toàn, gia đình hợp tác tốt") String reason,
        @Valid InitialAssessment initialAssessment,
        @Valid EmergencyProtection emergencyProtection,
        @Valid SpecificAssessment assessment,
        @Valid Review review,
        @Valid Transfer transfer) {

    /** Mẫu 02: initial assessment of risk and harm (Art. 26). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InitialAssessment")
    public record InitialAssessment(
            @NotNull @Schema(required = true, example = "HIGH") RiskLevel riskLevel,
            @NotNull @Schema(required = true, description = "Life, health or dignity seriously at risk: emergency measures needed within 12 hours of receipt", example = "true") Boolean emergency,
            @Size(max = 4000) @Schema(example = "Trẻ có nhiều vết bầm, sợ hãi khi nhắc đến cha dượng") String harmObserved,
            @Schema(description = "When the assessment was done in the field (default: now)", example = "2026-11-20T14:00:00+07:00") OffsetDateTime assessedAt) {
    }

    /** Arts. 31–32: emergency protection or temporary separation decided by the commune chairman. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EmergencyProtection")
    public record EmergencyProtection(
            @NotNull @Schema(required = true, example = "2026-11-20T16:00:00+07:00") OffsetDateTime decidedAt,
            @NotBlank @Size(max = 150) @Schema(required = true, description = "Who decided", example = "Chủ tịch UBND phường Ba Đình") String decidedBy,
            @NotNull @Schema(required = true, description = "The child is separated from the parents or caregiver", example = "true") Boolean temporarySeparation,
            @NotBlank @Size(max = 300) @Schema(required = true, description = "Place of safety", example = "Trung tâm công tác xã hội thành phố") String placeOfSafety,
            @NotNull @Schema(required = true, description = "Last day; at most 15 days after the decision unless extended", example = "2026-12-04") LocalDate endsOn) {
    }

    /** Mẫu 03: information gathered and specific assessment, with the minutes of the needs meeting (Art. 27). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SpecificAssessment")
    public record SpecificAssessment(
            @NotBlank @Size(max = 8000) @Schema(required = true, example = "Trẻ bị bạo lực kéo dài; mẹ có khả năng bảo vệ nếu được hỗ trợ") String findings,
            @NotNull @Schema(required = true, example = "2026-11-22") LocalDate needsMeetingOn,
            @NotBlank @Size(max = 8000) @Schema(required = true, description = "Minutes of the needs meeting (biên bản họp)", example = "Thành phần: cán bộ BVTE, công an xã, mẹ trẻ…") String needsMeetingMinutes) {
    }

    /** Mẫu 06: review of the child's safety and the residual risk (Art. 30). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseReview")
    public record Review(
            @NotNull @Schema(required = true, example = "LOW") RiskLevel residualRisk,
            @NotBlank @Size(max = 4000) @Schema(required = true, example = "Trẻ đi học đều, không còn dấu hiệu bị bạo lực") String childSituation,
            @NotNull @Schema(required = true, description = "CLOSE proposes closure; NEW_PLAN goes back to planning", example = "CLOSE") Recommendation recommendation) {
    }

    public enum Recommendation {
        CLOSE, NEW_PLAN
    }

    /** The child moved: the case goes to the commune where they now live, which must accept it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseTransfer")
    public record Transfer(
            @NotBlank @Pattern(regexp = "\\d{5}") @Schema(required = true, example = "00008") String toCommuneCode) {
    }
}
