package vn.treem.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-in services on dynamic ports: WireMock for plan-service and case-service, and for reporting-service a port
 * where nothing listens (connection refused).
 */
public class Backends implements QuarkusTestResourceLifecycleManager {

    private WireMockServer plan;
    private WireMockServer cases;

    @Override
    public Map<String, String> start() {
        plan = start("plan");
        cases = start("case");
        return Map.of(
                "treem.gateway.services.plan.url", "http://127.0.0.1:" + plan.port(),
                "treem.gateway.services.case.url", "http://127.0.0.1:" + cases.port(),
                "treem.gateway.services.reporting.url", "http://127.0.0.1:" + portWithNothingListening());
    }

    private static WireMockServer start(String name) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1").containerThreads(20).gzipDisabled(true));
        server.start();
        return server;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(plan,
                new TestInjector.AnnotatedAndMatchesType(PlanBackend.class, WireMockServer.class));
        injector.injectIntoFields(cases,
                new TestInjector.AnnotatedAndMatchesType(CaseBackend.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (plan != null) {
            plan.stop();
        }
        if (cases != null) {
            cases.stop();
        }
    }

    private static int portWithNothingListening() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
