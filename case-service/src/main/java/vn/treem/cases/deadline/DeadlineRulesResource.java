package vn.treem.cases.deadline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/deadline-rules")
@Tag(name = "Cases", description = "Child-protection cases and their process (Decree 56/2017)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DeadlineRulesResource {

    @Inject
    DeadlineService deadlines;

    @GET
    @Path("/{provinceCode}")
    @Operation(operationId = "getDeadlineRules", summary = "Time limits in force in a province", description = """
            The statutory defaults (Decree 56/2017: 12 hours, 5 and 7 working days, 15 days) or the province's \
            stricter rules. Any authenticated user.""")
    public DeadlineRules rules(
            @Parameter(description = "Province code (current hierarchy)", example = "01") @PathParam("provinceCode") String provinceCode) {
        return deadlines.rulesOf(provinceCode);
    }
}
