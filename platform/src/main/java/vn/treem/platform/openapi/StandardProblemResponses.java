package vn.treem.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.treem.platform.problem.Problem;
import vn.treem.platform.problem.ProblemType;

/**
 * Documents the problem responses every operation can give, so no operation forgets them: 401, 403, 500 and 503
 * everywhere; 400, 415 and 422 on operations with a request body; 404 on operations with path parameters. Operations
 * keep any response they document themselves. Registered with {@code mp.openapi.filter}.
 */
public class StandardProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            APIResponses responses = operation.getResponses() == null
                    ? OASFactory.createAPIResponses()
                    : operation.getResponses();
            add(responses, ProblemType.UNAUTHORIZED, "No or invalid bearer token");
            add(responses, ProblemType.FORBIDDEN, "Role not allowed, or unit outside the caller's jurisdiction");
            add(responses, ProblemType.INTERNAL_ERROR, "Unexpected error; nothing was changed");
            add(responses, ProblemType.SERVICE_UNAVAILABLE, "A dependency (database, Kafka) is down");
            if (operation.getRequestBody() != null) {
                add(responses, ProblemType.VALIDATION_FAILED, "Malformed or invalid input; nothing was changed");
                add(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Body is not application/json");
                add(responses, ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused with another body");
            }
            if (path.contains("{")) {
                add(responses, ProblemType.NOT_FOUND, "Unknown, or hidden by jurisdiction");
            }
            operation.setResponses(responses);
        }));
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static void add(APIResponses responses, ProblemType type, String description) {
        String status = String.valueOf(type.status());
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description + " (" + type.uri() + ")")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
