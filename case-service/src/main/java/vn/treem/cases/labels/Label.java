package vn.treem.cases.labels;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseLabel", description = "Human label of a code, in Vietnamese and English")
public record Label(@Schema(example = "HOTLINE_111") String code, @Schema(example = "Tổng đài 111") String vi,
        @Schema(example = "Hotline 111") String en) {
}
