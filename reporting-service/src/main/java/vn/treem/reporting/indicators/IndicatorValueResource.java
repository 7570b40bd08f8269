package vn.treem.reporting.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.security.Roles;

@Path("/api/v1/indicator-values")
@Tag(name = "Indicator values", description = "Values of indicators per administrative unit and period")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorValueResource {

    @Inject
    IndicatorQueries indicators;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.PLANNER, Roles.REPORTER, Roles.REPORT_APPROVER, Roles.CASE_WORKER,
            Roles.CASE_APPROVER, Roles.ADMIN})
    @Operation(operationId = "getIndicatorValue", summary = "The value of an indicator for a unit and a period", description = """
            The value of an indicator for an administrative unit over a period: the sum over the unit itself and every \
            unit below it (a province adds up its communes) and over the months of the period. Periods: a year \
            (2026), a half-year (2026H1, 2026H2), a quarter (2026Q1..2026Q4) or a month (2026-05); months follow the \
            business time zone Asia/Ho_Chi_Minh. Units are taken from the administrative hierarchy valid on the last \
            day of the period, or today while the period is not over: a 2022 value of Thái Bình (34) adds up its \
            districts and communes of the time, and 34 is unknown for 2026 (merged into Hưng Yên on 1 July 2025). \
            Values are updated from case and plan events within seconds. The unit must lie within the caller's unit \
            in that hierarchy (403 outside-jurisdiction otherwise). Roles: ANALYST, PLANNER, REPORTER, \
            REPORT_APPROVER, CASE_WORKER, CASE_APPROVER, ADMIN (not HOTLINE).""")
    @APIResponse(responseCode = "200", description = "The value", content = @Content(schema = @Schema(implementation = IndicatorValue.class), examples = @ExampleObject(name = "Hà Nội, 2026", value = """
            {"indicator": "INTAKES_RECEIVED", "unit": "01", "period": "2026", "value": 3}""")))
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid: unknown indicator (allowed lists the codes), malformed period, unit unknown in the hierarchy of the period (/problems/validation-failed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem"), examples = @ExampleObject(name = "unknown indicator", value = """
            {"type": "/problems/validation-failed", "title": "Dữ liệu không hợp lệ", "status": 400,
             "detail": "Một số trường không hợp lệ; xem danh sách lỗi.",
             "instance": "/api/v1/indicator-values",
             "errors": [{"field": "indicator", "code": "UNKNOWN_VALUE",
                         "message": "Giá trị không nằm trong danh sách cho phép: INTAKES_RECEIVED, PLANS_ISSUED"}],
             "allowed": ["INTAKES_RECEIVED", "PLANS_ISSUED"]}""")))
    public IndicatorValue value(
            @Parameter(in = ParameterIn.QUERY, name = "indicator", required = true, description = "Indicator code", example = "INTAKES_RECEIVED") @QueryParam("indicator") String indicator,
            @Parameter(in = ParameterIn.QUERY, name = "unit", required = true, description = "Administrative unit code with its leading zeros: VN, a province (01), a district before 1 July 2025 (001) or a commune (00004)", example = "01") @QueryParam("unit") String unit,
            @Parameter(in = ParameterIn.QUERY, name = "period", required = true, description = "2026, 2026H1, 2026Q3 or 2026-05", example = "2026") @QueryParam("period") String period,
            @Parameter(in = ParameterIn.QUERY, name = "by", description = "Break the value down by one dimension the indicator lists (SEX, AGE_BAND, GROUP, FORM_OF_ABUSE, ETHNICITY, CHANNEL, DEADLINE_KIND)", example = "SEX") @QueryParam("by") String by) {
        return indicators.value(indicator, unit, period, by);
    }
}
