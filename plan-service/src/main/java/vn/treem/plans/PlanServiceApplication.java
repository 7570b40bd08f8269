package vn.treem.plans;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import vn.treem.platform.problem.Problem;

@OpenAPIDefinition(info = @Info(title = "Treem plan-service", version = "1", description = "Plans (Kế hoạch) issued by People's Committees."), security = @SecurityRequirement(name = "bearer"), components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT"), schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class PlanServiceApplication extends Application {
}
