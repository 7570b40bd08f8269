package vn.treem.reporting.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.idempotency.IdempotentRequests;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.platform.security.Roles;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Statistical indicators on children and child protection (Circular 13/2021)")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorAdministration administration;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Jurisdiction jurisdiction;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.PLANNER, Roles.REPORTER, Roles.REPORT_APPROVER, Roles.CASE_WORKER,
            Roles.CASE_APPROVER, Roles.ADMIN})
    @Operation(operationId = "listIndicators", summary = "The indicator catalog", description = """
            The indicators reporting-service computes, with their Vietnamese and English names, what a value counts, \
            where values come from (COMPUTED from case and plan events) and the period types they can be asked for. \
            Roles: ANALYST, PLANNER, REPORTER, REPORT_APPROVER, CASE_WORKER, CASE_APPROVER, ADMIN (not HOTLINE).""")
    @APIResponse(responseCode = "200", description = "The catalog", content = @Content(schema = @Schema(implementation = IndicatorView.Page.class), examples = @ExampleObject(name = "catalog", value = """
            {"items": [
              {"code": "INTAKES_RECEIVED",
               "nameVi": "Số tin báo về trẻ em cần được bảo vệ đã tiếp nhận",
               "nameEn": "Reports of concern about children received",
               "unit": "count", "source": "COMPUTED", "periodTypes": ["YEAR", "HALF_YEAR", "QUARTER", "MONTH"]},
              {"code": "PLANS_ISSUED",
               "nameVi": "Số kế hoạch về công tác trẻ em được ban hành",
               "nameEn": "Plans on child affairs issued",
               "unit": "count", "source": "COMPUTED", "periodTypes": ["YEAR", "HALF_YEAR", "QUARTER", "MONTH"]}
            ]}""")))
    public IndicatorView.Page list() {
        return administration.catalog();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addIndicator", summary = "Add an indicator to the catalog", description = """
            Adds an indicator whose values agencies report (source REPORTED): code, Vietnamese and English names and \
            definitions, unit, formula, period types, lead agency. A code already in the catalog is a 409. Role: \
            ADMIN of the country (unit VN): the catalog is national (403 outside-jurisdiction for an administrator of a \
            province or commune).""")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response add(@NotNull @Valid IndicatorRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        jurisdiction.requireToday(AdminUnit.COUNTRY_CODE);
        return idempotency.once(key, "POST", uri.getPath(), request,
                () -> Response.status(Response.Status.CREATED).entity(administration.add(request)).build());
    }
}
