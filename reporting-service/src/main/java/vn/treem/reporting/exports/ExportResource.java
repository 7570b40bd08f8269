package vn.treem.reporting.exports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/exports")
@Tag(name = "Exports", description = "The consolidated report as .xlsx and CSV, a PDF summary, trend charts")
@RolesAllowed({Roles.ANALYST, Roles.REPORT_APPROVER, Roles.PLANNER, Roles.ADMIN})
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private static final String RULES = """
             Rows are the unit's direct sub-units in the hierarchy of the period's last day (today's while the period \
            runs; a 2024 report of a province lists its former districts, a 2026 one its communes), then a total \
            row for the unit itself; columns are the COMPUTED indicators of the catalog. Small-count rule: below \
            province level (communes, former districts) counts from 1 to 4 show as "<5" and shares whose numerator \
            or denominator is 1 to 4 are hidden; province and national figures are exact (docs/exports.md). The unit \
            must lie within the caller's unit (403 outside-jurisdiction). Roles: ANALYST, REPORT_APPROVER, PLANNER, \
            ADMIN. Large units take seconds: POST /api/v1/export-jobs runs the same export in the background.""";
    private static final String UNIT = "Administrative unit: VN, a province, a district before 1 July 2025 or a commune";

    @Inject
    ExportService exports;

    @GET
    @Path("/consolidated.xlsx")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportConsolidatedXlsx", summary = "The consolidated report of a period as an Excel workbook", description = """
            One sheet: a title row, a frozen header row of Vietnamese indicator names, one row per sub-unit (code, \
            name, figures), a bold total row, the small-count legend and the source. Counts are numbers (#,##0), \
            shares fractions formatted as per cent (0.0%), a suppressed figure the text "<5" with a note."""
            + RULES)
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX))
    @APIResponse(responseCode = "400", description = "Missing or malformed unit or period, or a unit unknown in the period's hierarchy", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response xlsx(
            @Parameter(description = UNIT, required = true, example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "2026, 2026H1, 2026Q3 or 2026-05", required = true, example = "2026") @QueryParam("period") String period) {
        return download(exports.render(exports.prepare(ExportKind.CONSOLIDATED_XLSX, unit, period, null), p -> {
        }));
    }

    @GET
    @Path("/consolidated.csv")
    @Produces({CSV, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportConsolidatedCsv", summary = "The consolidated report of a period as CSV", description = """
            RFC 4180: UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), comma-separated, CRLF, \
            dot as decimal separator. A header line, one line per sub-unit, the total line, an empty line, the \
            small-count legend and the source. Shares are per cent with one decimal (50.0)."""
            + RULES)
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "Missing or malformed unit or period, or a unit unknown in the period's hierarchy", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response csv(@Parameter(description = UNIT, required = true, example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "2026, 2026H1, 2026Q3 or 2026-05", required = true, example = "2026") @QueryParam("period") String period) {
        return download(exports.render(exports.prepare(ExportKind.CONSOLIDATED_CSV, unit, period, null), p -> {
        }));
    }

    @GET
    @Path("/summary.pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportSummaryPdf", summary = "A PDF summary of a period for a unit", description = """
            A4: the unit's figure for every computed indicator, the monthly trend of one indicator over the \
            period's year as a chart, that indicator by sub-unit, the small-count legend. Vietnamese text in an \
            embedded DejaVu Sans font (searchable).""" + RULES)
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "Missing or malformed unit or period, unknown or REPORTED indicator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response pdf(@Parameter(description = UNIT, required = true, example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "2026, 2026H1, 2026Q3 or 2026-05", required = true, example = "2026") @QueryParam("period") String period,
            @Parameter(description = "The computed indicator of the chart (default INTAKES_RECEIVED)", example = "ABUSED_CHILDREN") @QueryParam("indicator") String indicator) {
        return download(exports.render(exports.prepare(ExportKind.SUMMARY_PDF, unit, period, indicator), p -> {
        }));
    }

    @GET
    @Path("/charts/trend.svg")
    @Produces({SVG, Problem.MEDIA_TYPE})
    @Operation(operationId = "trendChartSvg", summary = "An indicator's monthly trend over a year as SVG", description = """
            A line chart (800 × 400) of the indicator's value per month of the year for the unit, months not yet \
            begun left out; the series is named after the indicator. Below province level a month whose figure \
            falls under the small-count rule is a gap. The unit must lie within the caller's unit in the hierarchy \
            of the year's last day (today's for the running year). Roles: ANALYST, REPORT_APPROVER, PLANNER, ADMIN.""")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "400", description = "Missing or unknown indicator, unit or year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response svg(
            @Parameter(description = "A computed indicator", required = true, example = "ABUSED_CHILDREN") @QueryParam("indicator") String indicator,
            @Parameter(description = UNIT, required = true, example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "A year", required = true, example = "2026") @QueryParam("year") String year) {
        ExportRequest request = exports.prepareChart(indicator, unit, year);
        return Response.ok(TrendChart.svg(exports.trend(request)), SVG + ";charset=UTF-8").build();
    }

    @GET
    @Path("/charts/trend.png")
    @Produces({PNG, Problem.MEDIA_TYPE})
    @Operation(operationId = "trendChartPng", summary = "An indicator's monthly trend over a year as PNG", description = """
            The same chart as trend.svg, as an 800 × 400 PNG image. Roles: ANALYST, REPORT_APPROVER, PLANNER, \
            ADMIN.""")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = PNG))
    @APIResponse(responseCode = "400", description = "Missing or unknown indicator, unit or year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response png(
            @Parameter(description = "A computed indicator", required = true, example = "ABUSED_CHILDREN") @QueryParam("indicator") String indicator,
            @Parameter(description = UNIT, required = true, example = "01") @QueryParam("unit") String unit,
            @Parameter(description = "A year", required = true, example = "2026") @QueryParam("year") String year) {
        ExportRequest request = exports.prepareChart(indicator, unit, year);
        return Response.ok(TrendChart.png(exports.trend(request)), PNG).build();
    }

    /** A file as a download, also used by the export jobs' resource. */
    static Response download(ExportFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
