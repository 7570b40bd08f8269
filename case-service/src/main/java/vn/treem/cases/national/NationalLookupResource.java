package vn.treem.cases.national;

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

@Path("/api/v1/children/national-lookup")
@Tag(name = "Children")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
public class NationalLookupResource {

    @Inject
    NationalLookupService lookups;

    @GET
    @Operation(operationId = "lookUpChildNationally", summary = "Look a personal identification number up in the national child database", description = """
            Before registering a child, find out whether the national child database (and our registry) already \
            knows the number, so that nobody enters the child twice. National records of children living within the \
            caller's unit come with name, sex, birth date, ethnicity, residence and groups; others by id only. Every \
            lookup is logged (who, when, ids found; not the number). 400 when the number is not a personal \
            identification number; 503 when the national system is down or not configured; 504 when it is too slow. \
            Roles: CASE_WORKER, CASE_APPROVER.""")
    public NationalLookupView lookup(
            @Parameter(description = "12-digit personal identification number", required = true, example = "001216012345") @QueryParam("personalIdNumber") String personalIdNumber) {
        return lookups.lookup(personalIdNumber);
    }
}
