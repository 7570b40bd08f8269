package vn.treem.cases.national;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * The HTTP API of the national child database as docs/integrations/national-child-db.md defines it. Base URL:
 * {@code quarkus.rest-client.national-child-db.url}; bearer tokens from the OAuth2 client {@code national} (client
 * credentials). Errors become {@link NationalRegistryException}s; a 409 (already applied) is an answer.
 */
@RegisterRestClient(configKey = "national-child-db")
@OidcClientFilter("national")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NationalChildDbClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    String SOURCE_SYSTEM = "X-Source-System";

    @PUT
    @Path("/api/v1/children/{externalId}")
    Response putChild(@PathParam("externalId") String externalId, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(SOURCE_SYSTEM) String sourceSystem, NationalChildRecord record);

    @POST
    @Path("/api/v1/case-status-reports")
    Response postCaseStatus(@HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(SOURCE_SYSTEM) String sourceSystem,
            NationalCaseStatusReport report);

    /** A search by personal identification number, sent in the body so that it never appears in a URL. */
    @POST
    @Path("/api/v1/children/search")
    NationalChildPage search(PersonalIdQuery query);

    @GET
    @Path("/api/v1/children")
    NationalChildPage listByCommune(@QueryParam("communeCode") String communeCode,
            @QueryParam("pageToken") String pageToken, @QueryParam("pageSize") int pageSize);

    record PersonalIdQuery(String personalIdNumber) {
    }

    /** Statuses and codes only: the remote's messages may quote the data sent and are dropped. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status == 409) {
            return null;
        }
        if (status == 401 || status == 403) {
            return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.AUTH_REJECTED,
                    status, null);
        }
        if (status == 429) {
            return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.RATE_LIMITED,
                    status, retryAfter(response));
        }
        if (status == 408 || status == 504) {
            return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.TIMEOUT, status,
                    null);
        }
        if (status >= 500) {
            return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.REMOTE_5XX, status,
                    retryAfter(response));
        }
        return new NationalRegistryException.Rejected(status, ErrorCodes.of(response));
    }

    private static Duration retryAfter(Response response) {
        String value = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value.strip()));
    }

    /** The codes of a national error answer, e.g. {@code VALIDATION_FAILED: birthDate=OUT_OF_RANGE}. */
    final class ErrorCodes {

        private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,60}");
        private static final ObjectMapper JSON = new ObjectMapper();

        private ErrorCodes() {
        }

        static String of(Response response) {
            try {
                String body = response.hasEntity() ? response.readEntity(String.class) : null;
                return body == null || body.isBlank() ? null : of(JSON.readTree(body));
            } catch (RuntimeException | java.io.IOException unreadable) {
                return null;
            }
        }

        static String of(JsonNode body) {
            List<String> parts = new ArrayList<>();
            String code = safe(body.path("code").asText(null));
            for (JsonNode error : body.path("errors")) {
                String field = safe(error.path("field").asText(null));
                String fieldCode = safe(error.path("code").asText(null));
                if (field != null || fieldCode != null) {
                    parts.add((field == null ? "?" : field) + "=" + (fieldCode == null ? "?" : fieldCode));
                }
                if (parts.size() == 10) {
                    break;
                }
            }
            String detail = (code == null ? "" : code) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
            return detail.isEmpty() ? null : detail;
        }

        private static String safe(String value) {
            return value != null && CODE.matcher(value).matches() ? value : null;
        }
    }
}
