package vn.treem.reporting.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.platform.security.Roles;
import vn.treem.reporting.projection.ProjectionRebuild;

@Path("/api/v1/projections/rebuild")
@Tag(name = "Indicators", description = "Indicators and their values")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionResource {

    @Inject
    ProjectionRebuild rebuild;

    @Inject
    Jurisdiction jurisdiction;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildProjection", summary = "Rebuild the indicators from the start of the topics", description = """
            Empties the projected facts and counts and replays every case and plan event from the start of the \
            topics; live events wait meanwhile. The numbers come out the same. Role: ADMIN of the country (unit VN): the \
            projection is the whole country's (403 outside-jurisdiction for an administrator of a province or commune).""")
    public ProjectionRebuild.Result rebuild() {
        jurisdiction.requireToday(AdminUnit.COUNTRY_CODE);
        return rebuild.rebuild();
    }
}
