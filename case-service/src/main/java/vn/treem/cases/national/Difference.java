package vn.treem.cases.national;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One difference between our registry and the national one: ids and field names, never values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalReconciliationDifference")
public record Difference(
        @Schema(description = "ONLY_HERE (ours, not in the national list of the commune), ONLY_THERE (national, not ours) or MISMATCH", example = "MISMATCH") Kind kind,
        @Schema(description = "Our child") UUID childId,
        @Schema(description = "The national record", example = "TE-01-0000123") String nationalId,
        @Schema(description = "MISMATCH: the fields that differ", example = "[\"birthDate\", \"specialCircumstances\"]") List<String> fields,
        @Schema(description = "ONLY_THERE: our child with the same personal identification number, who may be this one") UUID candidateChildId) {

    public enum Kind {
        ONLY_HERE, ONLY_THERE, MISMATCH
    }
}
