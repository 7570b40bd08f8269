package vn.treem.gateway;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.treem.platform.problem.Problem;

/**
 * The gateway's own operations (development tokens, problem pages). SmallRye OpenAPI serves their document at
 * {@code /q/openapi-gateway}; {@code /q/openapi} merges it with the services' documents.
 */
@OpenAPIDefinition(info = @Info(title = "Treem gateway", version = "1", description = "One entry point: routes /api/v1 to the services, merges their OpenAPI documents, issues development tokens, describes problem types."), components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class GatewayApplication extends Application {
}
