package vn.treem.reporting.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Indicator", description = "An indicator of the catalog, with its names and definition in Vietnamese and English.")
public record IndicatorView(
        @Schema(example = "ABUSED_CHILDREN_INTERVENTION_SHARE") String code,
        @Schema(description = "Code in Circular 13/2021/TT-BLĐTBXH, where known", example = "0605") String circularCode,
        @Schema(example = "Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ") String nameVi,
        @Schema(example = "Share of abused children who received intervention") String nameEn,
        String definitionVi,
        String definitionEn,
        @Schema(description = "count, percent or per_mille", example = "percent") String unit,
        @Schema(example = "COMPUTED") IndicatorSource source,
        IndicatorDefinition.Formula formula,
        @Schema(description = "Dimensions for ?by=") List<Disaggregation> disaggregations,
        @Schema(example = "[\"YEAR\", \"HALF_YEAR\", \"QUARTER\", \"MONTH\"]") List<PeriodType> periodTypes,
        @Schema(example = "Sở Y tế") String leadAgency,
        List<String> cooperatingAgencies) {

    public static IndicatorView of(IndicatorDefinition indicator) {
        return new IndicatorView(indicator.code(), indicator.circularCode(),
                Messages.text(Languages.VIETNAMESE, indicator.nameKey()),
                Messages.text(Languages.ENGLISH, indicator.nameKey()),
                Messages.text(Languages.VIETNAMESE, indicator.definitionKey()),
                Messages.text(Languages.ENGLISH, indicator.definitionKey()), indicator.unit(), indicator.source(),
                indicator.formula(), indicator.disaggregations(), indicator.periodTypes(), indicator.leadAgency(),
                indicator.cooperatingAgencies());
    }

    @Schema(name = "IndicatorList", description = "The indicators of the catalog.")
    public record Page(List<IndicatorView> items) {
    }
}
