package vn.treem.cases.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.cases.child.Sex;

@Schema(name = "IntakeRequest", description = "A report of concern about a child (form Mẫu 01, Decree 56/2017 Art. 25).")
public record IntakeRequest(
        @NotNull @Schema(required = true, example = "HOTLINE_111") Channel channel,
        @NotBlank @Pattern(regexp = "\\d{5}") @Schema(required = true, description = "Code of the commune where it happened (current hierarchy, 5 digits)", example = "00004") String communeCode,
        @NotNull @Schema(required = true, description = "When the report was received", example = "2026-11-20T08:30:00+07:00") OffsetDateTime receivedAt,
        @NotEmpty @Size(max = 12) @Schema(required = true, example = "[\"VIOLENCE\"]") List<@NotNull ConcernCategory> concernCategories,
        @NotNull @Valid @Schema(required = true) ChildDetails child) {

    @Schema(name = "IntakeChild", description = "The child concerned. Give the birth date, or an estimated age when it is unknown.")
    public record ChildDetails(
            @NotBlank @Size(max = 150) @Schema(required = true, example = "Nguyễn Văn An") String fullName,
            @NotNull @Schema(required = true, example = "MALE") Sex sex,
            @Schema(example = "2016-05-01") LocalDate birthDate,
            @Min(0) @Max(15) @Schema(description = "Estimated age in years, when the birth date is unknown", example = "9") Integer estimatedAge,
            @Pattern(regexp = "\\d{12}") @Schema(description = "12-digit personal identification number, if known (checked for structure: province, century and sex, birth year)", example = "001216012345") String personalIdNumber) {
    }
}
