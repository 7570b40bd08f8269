package vn.treem.cases.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.cases.child.ChildDetails;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IntakeRequest", description = """
        A report of concern about a child (form Mẫu 01, Decree 56/2017 Art. 25). Give either childId (a child already \
        in the registry) or child (a new one). Hotline 111 clients add their own reference (hotlineReference).""")
public record IntakeRequest(
        @NotNull @Schema(required = true, example = "HOTLINE_111") Channel channel,
        @NotBlank @Pattern(regexp = "\\d{5}") @Schema(required = true, description = "Code of the commune where it happened (current hierarchy, 5 digits)", example = "00004") String communeCode,
        @NotNull @Schema(required = true, description = "When the report was received", example = "2026-11-20T08:30:00+07:00") OffsetDateTime receivedAt,
        @NotEmpty @Size(max = 12) @Schema(required = true, example = "[\"VIOLENCE\"]") List<@NotNull ConcernCategory> concernCategories,
        @Schema(description = "A child already in the registry") UUID childId,
        @Valid @Schema(description = "A child not yet in the registry") ChildDetails child,
        @Schema(description = "Register the child even though the registry holds possible duplicates (after a 409 possible-duplicate)") Boolean confirmNewChild,
        @Size(max = 300) @Schema(description = "Where it happened", example = "Nhà riêng, tổ dân phố 5") String place,
        @Size(max = 300) @Schema(description = "Where the child is now", example = "Đang ở nhà bà ngoại") String childWhereabouts,
        @Size(max = 2000) @Schema(description = "The child's condition", example = "Có vết bầm ở tay, sợ hãi") String childCondition,
        @Size(max = 4000) @Schema(description = "What happened, as reported", example = "Hàng xóm nghe thấy tiếng trẻ khóc và tiếng đánh nhiều lần") String situation,
        @Size(max = 2000) @Schema(description = "What was already done, by whom", example = "Trưởng tổ dân phố đã đến nhà nhắc nhở") String actionsTaken,
        @Valid @Schema(description = "The person who reported; only with their consent") Informant informant,
        @Schema(description = "The informant agreed to be recorded; required for informant to be stored", example = "true") Boolean informantConsent,
        @Pattern(regexp = REFERENCE_PATTERN) @Schema(description = """
                HOTLINE only: the hotline's own reference for the report (call or ticket id), unique per hotline \
                client; 1 to 64 letters, digits, '.', '_', ':' or '-'. Sending the same reference again returns the \
                intake already opened for it (200), or 409 when the report differs.""", example = "111-2026-004512") String hotlineReference) {

    /** What a hotline reference looks like; it is used in URLs, so no slashes or spaces. */
    public static final String REFERENCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
}
