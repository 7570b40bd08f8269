package vn.treem.cases.child;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.security.Roles;

@Path("/api/v1/children")
@Tag(name = "Children", description = "The registry of children known to the communes")
@Produces(MediaType.APPLICATION_JSON)
public class ChildResource {

    @Inject
    ChildQueries children;

    @GET
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.ADMIN})
    @Operation(operationId = "searchChildren", summary = "Find children", description = """
            Finds children by name without accents ("nguyen van an" finds "Nguyễn Văn An"; every word must match a \
            whole word of the name), birth year and personal identification number; at least one is needed. Only \
            children with a case in a commune within the caller's unit are found. Sorted by name, in pages of at \
            most 100 (default 20). Roles: CASE_WORKER, CASE_APPROVER, HOTLINE, ADMIN.""")
    public ChildPage search(
            @Parameter(description = "Name or part of it, accents optional", example = "nguyen van an") @QueryParam("name") String name,
            @Parameter(description = "Year of birth", example = "2016") @QueryParam("birthYear") Integer birthYear,
            @Parameter(description = "12-digit personal identification number", example = "001216012345") @QueryParam("personalIdNumber") String personalIdNumber,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return children.search(name, birthYear, personalIdNumber, limit, cursor);
    }
}
