package vn.treem.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the suites that launch the services as real processes (end-to-end, fault injection) need alike. */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /** The test token verification key, as a file a launched service can be pointed at. */
    public static Path verifyKey(String prefix) {
        try (InputStream in = LocalProcesses.class.getClassLoader()
                .getResourceAsStream("testing/test-verify-key.pem")) {
            Path key = Files.createTempFile(prefix, ".pem");
            Files.write(key, in.readAllBytes());
            key.toFile().deleteOnExit();
            return key;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test verification key not found on the test classpath", e);
        }
    }

    /** A loopback port free at the time of asking. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment variable {@code name}, or {@code fallback} when unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
