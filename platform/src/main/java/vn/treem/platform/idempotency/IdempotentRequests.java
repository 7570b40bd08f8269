package vn.treem.platform.idempotency;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * {@code Idempotency-Key} on POST (IETF draft): the first answer for a key is stored in the same transaction as the
 * change it made; a retry with the same key and body gets that answer again, a reuse with another body gets 422. A
 * retry racing the first request waits on the key's row until the first commits. Records are kept 48 hours.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    RequestFingerprint fingerprints;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String key, String method, String path, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(new FieldViolation(HEADER, "TOO_LONG", MAX_KEY_LENGTH));
        }
        String scope = caller.subject() + " " + method + " " + path;
        String hash = fingerprints.of(request);
        int claimed = em.createNativeQuery("""
                insert into idempotency_record (scope, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 1) {
            Response response = action.get();
            em.createNativeQuery("""
                    update idempotency_record set status = ?1, location = ?2, body = ?3
                    where scope = ?4 and idem_key = ?5""")
                    .setParameter(1, response.getStatus())
                    .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                    .setParameter(3, write(response.getEntity()))
                    .setParameter(4, scope).setParameter(5, key)
                    .executeUpdate();
            return response;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, location, body from idempotency_record
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] first = rows.get(0);
        if (!hash.equals(first[0])) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED);
        }
        Response.ResponseBuilder replay = Response.status(((Number) first[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (first[2] != null) {
            replay.location(URI.create((String) first[2]));
        }
        if (first[3] != null) {
            replay.entity(first[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from idempotency_record where created_at < now() - interval '48 hours'")
                .executeUpdate());
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response of an idempotent request cannot be stored", e);
        }
    }

}
