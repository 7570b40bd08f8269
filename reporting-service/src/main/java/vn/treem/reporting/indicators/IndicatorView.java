package vn.treem.reporting.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

@Schema(name = "Indicator", description = "An indicator of the catalog, with its names in Vietnamese and English.")
public record IndicatorView(
        @Schema(example = "INTAKES_RECEIVED") String code,
        @Schema(example = "Số tin báo về trẻ em cần được bảo vệ đã tiếp nhận") String nameVi,
        @Schema(example = "Reports of concern about children received") String nameEn,
        @Schema(description = "What a value counts or measures", example = "count") String unit,
        @Schema(example = "COMPUTED") IndicatorSource source,
        @Schema(example = "[\"YEAR\", \"HALF_YEAR\", \"QUARTER\", \"MONTH\"]") List<PeriodType> periodTypes) {

    public static IndicatorView of(IndicatorDefinition indicator) {
        return new IndicatorView(indicator.code(), Messages.text(Languages.VIETNAMESE, indicator.nameKey()),
                Messages.text(Languages.ENGLISH, indicator.nameKey()), indicator.unit(), indicator.source(),
                indicator.periodTypes());
    }

    @Schema(name = "IndicatorList", description = "The indicators reporting-service computes.")
    public record Page(List<IndicatorView> items) {
    }
}
