package vn.treem.cases.national;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.oidc.client.OidcClientException;
import vn.treem.platform.problem.SafeLog;

/**
 * The calls to the national child database through its REST client, with transport failures and error answers turned
 * into {@link NationalRegistryException}s. Retries and the circuit breaker are {@link NationalCallGuard}'s.
 */
@ApplicationScoped
public class NationalChildDbCalls {

    private static final Logger LOG = Logger.getLogger(NationalChildDbCalls.class);

    @Inject
    @RestClient
    NationalChildDbClient client;

    public NationalChildRegistry.PushResult pushChild(NationalChildRecord record, String key) {
        return pushed(() -> client.putChild(record.externalId(), key, NationalChildRecord.SOURCE_SYSTEM, record));
    }

    public NationalChildRegistry.PushResult pushCaseStatus(NationalCaseStatusReport report, String key) {
        return pushed(() -> client.postCaseStatus(key, NationalChildRecord.SOURCE_SYSTEM, report));
    }

    public List<NationalChildRecord> findByPersonalId(String personalIdNumber) {
        return call(() -> client.search(new NationalChildDbClient.PersonalIdQuery(personalIdNumber))).itemsOrEmpty();
    }

    public NationalChildPage listByCommune(String communeCode, String pageToken, int pageSize) {
        return call(() -> client.listByCommune(communeCode, pageToken, pageSize));
    }

    private NationalChildRegistry.PushResult pushed(java.util.function.Supplier<Response> request) {
        try (Response response = call(request)) {
            int status = response.getStatus();
            if (status == 409) {
                return new NationalChildRegistry.PushResult(NationalChildRegistry.Outcome.DUPLICATE,
                        nationalId(response));
            }
            if (status >= 200 && status < 300) {
                return new NationalChildRegistry.PushResult(
                        status == 201 ? NationalChildRegistry.Outcome.CREATED : NationalChildRegistry.Outcome.UPDATED,
                        nationalId(response));
            }
            throw new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.UNEXPECTED_ANSWER,
                    status, null);
        }
    }

    private static String nationalId(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            var body = response.readEntity(com.fasterxml.jackson.databind.JsonNode.class);
            String id = body == null ? null : body.path("nationalId").asText(null);
            return id != null && id.matches("[A-Za-z0-9_.:-]{1,60}") ? id : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Runs a request and turns transport failures into {@link NationalRegistryException}s. */
    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (NationalRegistryException known) {
            throw known;
        } catch (WebApplicationException answered) {
            Response response = answered.getResponse();
            if (response != null && response.getStatus() == 409) {
                @SuppressWarnings("unchecked")
                T duplicate = (T) response;
                return duplicate;
            }
            RuntimeException mapped = response == null ? null : NationalChildDbClient.toException(response);
            throw mapped != null
                    ? mapped
                    : new NationalRegistryException.Unavailable(
                            NationalRegistryException.Unavailable.UNEXPECTED_ANSWER, null, null);
        } catch (RuntimeException failed) {
            throw translate(failed);
        }
    }

    static NationalRegistryException translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NationalRegistryException known) {
                return known;
            }
            if (cause instanceof OidcClientException || fromTokenClient(cause)) {
                return new NationalRegistryException.Unavailable(
                        NationalRegistryException.Unavailable.TOKEN_UNAVAILABLE);
            }
            String name = cause.getClass().getName();
            if (cause instanceof java.util.concurrent.TimeoutException || name.contains("Timeout")) {
                return new NationalRegistryException.Unavailable(NationalRegistryException.Unavailable.TIMEOUT);
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.nio.channels.ClosedChannelException
                    || name.endsWith("ConnectionClosedException") || cause instanceof javax.net.ssl.SSLException) {
                return new NationalRegistryException.Unavailable(
                        NationalRegistryException.Unavailable.CONNECTION_FAILED);
            }
        }
        LOG.warnf("unexpected failure calling the national child database: %s", SafeLog.describe(failure));
        return new NationalRegistryException.Unavailable(failure instanceof ProcessingException
                ? NationalRegistryException.Unavailable.CONNECTION_FAILED
                : NationalRegistryException.Unavailable.UNEXPECTED_ANSWER, null, null, classes(failure));
    }

    /** The OAuth2 client fails in its own ways (even a NullPointerException) when the token endpoint is down. */
    private static boolean fromTokenClient(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("io.quarkus.oidc.client.");
    }

    /** The classes of a failure and its causes, e.g. {@code ProcessingException <- ConnectException}. */
    private static String classes(Throwable failure) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 5; cause = cause.getCause() == cause
                ? null
                : cause.getCause()) {
            out.append(depth == 1 ? "" : " <- ").append(cause.getClass().getSimpleName());
        }
        return out.length() > 300 ? out.substring(0, 300) : out.toString();
    }
}
