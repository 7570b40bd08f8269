package vn.treem.platform.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The SHA-256 of a request's canonical JSON: properties in name order, absent (null) ones left out. A request then
 * keeps its fingerprint when a later version of a service adds an optional field to its request type or reorders the
 * fields, so that a retry sent across an upgrade with the same {@code Idempotency-Key} (or hotline reference) and body
 * is still recognised as the same request, not refused as another one.
 */
@ApplicationScoped
public class RequestFingerprint {

    private final ObjectMapper canonical;

    @Inject
    @SuppressWarnings("deprecation") // MapperFeature on a copy: the application's modules and settings are kept
    public RequestFingerprint(ObjectMapper json) {
        canonical = json.copy().setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The fingerprint of {@code request}, 64 hexadecimal characters. */
    public String of(Object request) {
        try {
            byte[] json = canonical.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }
}
