package vn.treem.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The national child database, simulated by WireMock in the test JVM on a fixed free port (so that a test can stop it
 * to refuse connections, and start it again). Defaults: tokens are issued, every push is accepted, searches and lists
 * find nothing; tests add their own stubs on top (a lower priority number wins). Points case-service at it.
 */
public class NationalChildDbSimulator implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running simulator. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectSimulator {
    }

    public static final String TOKEN = "/oauth2/token";
    public static final int DEFAULT_PRIORITY = 10;

    /** Init argument: serve HTTPS only, with a certificate of a private CA that case-service is told to trust. */
    public static final String TLS = "tls";

    private WireMockServer server;
    private boolean tls;

    @Override
    public void init(Map<String, String> initArgs) {
        tls = Boolean.parseBoolean(initArgs.getOrDefault(TLS, "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String url;
        if (tls) {
            Path dir = PrivateCa.create();
            server = new WireMockServer(options().httpDisabled(true).httpsPort(freePort())
                    .keystorePath(dir.resolve("server.p12").toString()).keystoreType("PKCS12")
                    .keystorePassword(PrivateCa.PASSWORD).keyManagerPassword(PrivateCa.PASSWORD));
            server.start();
            url = "https://localhost:" + server.httpsPort();
            config.put("quarkus.tls.national.trust-store.pem.certs", dir.resolve("ca.pem").toString());
            config.put("quarkus.rest-client.national-child-db.tls-configuration-name", "national");
            config.put("quarkus.oidc-client.national.tls.tls-configuration-name", "national");
        } else {
            server = new WireMockServer(options().port(freePort()));
            server.start();
            url = "http://127.0.0.1:" + server.port();
        }
        defaults(server);
        config.put("treem.national.adapter", "http");
        config.put("quarkus.rest-client.national-child-db.url", url);
        config.put("quarkus.oidc-client.national.auth-server-url", url);
        config.put("quarkus.rest-client.national-child-db.read-timeout", "1000");
        // A token is asked for before every call, so that a failing token endpoint shows at once.
        config.put("quarkus.oidc-client.national.refresh-token-time-skew", "1H");
        return config;
    }

    /** Back to a healthy national system before a test: no stubs but the defaults, no request log, closed circuit. */
    public static void healthy(WireMockServer server,
            io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers) {
        server.resetAll();
        defaults(server);
        breakers.resetAll();
    }

    /** The answers of a healthy national system. */
    public static void defaults(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(TOKEN)).atPriority(DEFAULT_PRIORITY)
                .willReturn(
                        okJson("{\"access_token\":\"simulated-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(put(urlPathMatching("/api/v1/children/[^/]+")).atPriority(DEFAULT_PRIORITY)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"nationalId\":\"TE-SIM-1\"}")));
        server.stubFor(post(urlPathEqualTo("/api/v1/case-status-reports")).atPriority(DEFAULT_PRIORITY)
                .willReturn(aResponse().withStatus(201)));
        server.stubFor(post(urlPathEqualTo("/api/v1/children/search")).atPriority(DEFAULT_PRIORITY)
                .willReturn(okJson("{\"items\":[]}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/children")).atPriority(DEFAULT_PRIORITY)
                .willReturn(okJson("{\"items\":[]}")));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A self-signed certificate for localhost made with the JDK's keytool: the server's key and the CA to trust. */
    static final class PrivateCa {

        static final String PASSWORD = "simulator";

        private PrivateCa() {
        }

        static Path create() {
            try {
                Path dir = Files.createTempDirectory("national-ca");
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                run(List.of(keytool, "-genkeypair", "-alias", "national", "-keyalg", "RSA", "-keysize", "2048",
                        "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                        "-keystore", dir.resolve("server.p12").toString(), "-storetype", "PKCS12", "-storepass",
                        PASSWORD, "-keypass", PASSWORD));
                run(List.of(keytool, "-exportcert", "-rfc", "-alias", "national", "-keystore",
                        dir.resolve("server.p12").toString(), "-storepass", PASSWORD, "-file",
                        dir.resolve("ca.pem").toString()));
                return dir;
            } catch (IOException e) {
                throw new IllegalStateException("no certificate for the simulator", e);
            }
        }

        private static void run(List<String> command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + new String(process.getInputStream()
                            .readAllBytes()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the simulator", e);
        }
    }
}
