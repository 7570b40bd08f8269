package vn.treem.cases.hotline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Keeps webhook signing secrets out of plain sight in the database: AES-256-GCM with the key
 * {@code treem.hotline.webhooks.secret-key}, a random 96-bit nonce per secret, stored as {@code v1:<base64 nonce and
 * ciphertext>}. Without a key, secrets are stored as given ({@code plain:}) and a warning says so at startup; a
 * malformed key stops the startup.
 */
@Startup
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final String ENCRYPTED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    WebhookConfig config;

    private final SecureRandom random = new SecureRandom();
    private Optional<SecretKey> key;

    @PostConstruct
    void init() {
        key = config.secretKey().filter(k -> !k.isBlank()).map(encoded -> {
            byte[] bytes = Base64.getDecoder().decode(encoded.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("treem.hotline.webhooks.secret-key must be 32 bytes, base64-encoded");
            }
            return new SecretKeySpec(bytes, "AES");
        });
        if (key.isEmpty()) {
            LOG.warn("treem.hotline.webhooks.secret-key is not set: webhook secrets are stored unencrypted");
        }
    }

    String seal(String secret) {
        if (key.isEmpty()) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ENCRYPTED + Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("webhook secret cannot be encrypted", e);
        }
    }

    byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length()).getBytes(StandardCharsets.UTF_8);
        }
        if (key.isEmpty() || !stored.startsWith(ENCRYPTED)) {
            throw new IllegalStateException("webhook secret is encrypted but no key is configured");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("webhook secret cannot be decrypted (wrong key?)", e);
        }
    }
}
