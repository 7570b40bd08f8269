package vn.treem.gateway.devtokens;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DevTokenRequest", description = "Who the development token is for")
public record DevTokenRequest(
        @Schema(description = "Subject (user id), at most 100 characters", example = "can-bo-ba-dinh") String sub,
        @Schema(description = "Roles: CASE_WORKER, CASE_APPROVER, HOTLINE, PLANNER, REPORTER, REPORT_APPROVER, ANALYST, ADMIN", example = "[\"CASE_WORKER\"]") List<String> groups,
        @Schema(description = "Administrative unit the user serves: VN (national), a province (2 digits), district (3) or commune (5) code", example = "00004") String unit) {
}
