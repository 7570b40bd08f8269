package vn.treem.cases.labels;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.treem.platform.security.Roles;

@Path("/api/v1/case-labels")
@Tag(name = "Case labels", description = "Vietnamese and English labels of case-service codes")
@Produces(MediaType.APPLICATION_JSON)
public class CaseLabelResource {

    @GET
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.HOTLINE, Roles.PLANNER, Roles.REPORTER,
            Roles.REPORT_APPROVER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listCaseLabels", summary = "Labels of case codes", description = """
            Every code list of case-service (channels, concern categories, sexes, age bands, case statuses, webhook \
            delivery states…) with its Vietnamese and English label. Clients show these and never hard-code labels. Any role.""")
    public Map<String, List<Label>> labels() {
        return CaseLabels.all();
    }
}
