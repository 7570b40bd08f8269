package vn.treem.cases.child;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A child's record as a client sends it, to register a child or replace their record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChildDetails", description = "A child. Give the birth date, or an estimated age when it is unknown.")
public record ChildDetails(
        @NotBlank @Size(max = 150) @Schema(required = true, example = "Nguyễn Văn An") String fullName,
        @NotNull @Schema(required = true, example = "MALE") Sex sex,
        @Schema(example = "2016-05-01") LocalDate birthDate,
        @Min(0) @Max(15) @Schema(description = "Estimated age in years, when the birth date is unknown", example = "9") Integer estimatedAge,
        @Pattern(regexp = "\\d{12}") @Schema(description = "12-digit personal identification number, if known (checked for structure: province, century and sex, birth year)", example = "001216012345") String personalIdNumber,
        @Pattern(regexp = Ethnicities.PATTERN) @Schema(description = "Code of the ethnic group, 01 (Kinh) to 54; labels in /api/v1/case-labels", example = "01") String ethnicity,
        @Pattern(regexp = "\\d{5}") @Schema(description = "Commune where the child lives (current hierarchy). On an intake, defaults to the commune where it happened.", example = "00004") String residenceCommuneCode,
        @Size(max = 10) @Schema(description = "Parents and caregivers") List<@NotNull @Valid CaregiverDetails> caregivers,
        @Size(max = 20) @Schema(description = "Special-circumstance groups (Law on Children Art. 10)") List<@NotNull @Valid GroupDetails> groups) {

    public List<CaregiverDetails> caregiversOrEmpty() {
        return caregivers == null ? List.of() : caregivers;
    }

    public List<GroupDetails> groupsOrEmpty() {
        return groups == null ? List.of() : groups;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Caregiver", description = "A parent or caregiver (personal data)")
    public record CaregiverDetails(
            @NotBlank @Size(max = 150) @Schema(required = true, example = "Nguyễn Thị Hoa") String fullName,
            @NotNull @Schema(required = true, example = "MOTHER") CaregiverRelationship relationship,
            @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,19}") @Schema(example = "0912345678") String phone,
            @Schema(description = "Legal guardian, whose consent counts for the child") boolean guardian,
            boolean livesWithChild) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChildGroup", description = "Membership of a special-circumstance group")
    public record GroupDetails(
            @NotNull @Schema(required = true, example = "G04") SpecialCircumstance code,
            @Pattern(regexp = "[A-Z0-9_]{1,60}") @Schema(description = "Sub-group code (Decree 56/2017)", example = "IN_CARE_FACILITY") String subGroup,
            @Schema(example = "2024-09-01") LocalDate since,
            @Schema(example = "2026-12-31") LocalDate until) {
    }
}
