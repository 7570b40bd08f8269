package vn.treem.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.treem.gateway.GatewayConfig;

class ServiceDirectoryTest {

    private final ServiceDirectory directory = ServiceDirectory.of(Map.of(
            "plan", service("http://127.0.0.1:8081", "/api/v1/plans", "/api/v1/plan-imports", "/api/v1/agencies"),
            "case", service("http://127.0.0.1:8082", "/api/v1/intakes", "/api/v1/cases", "/api/v1/children"),
            "reporting", service("http://127.0.0.1:8083", "/api/v1/indicators", "/api/v1/indicator-values",
                    "/api/v1/reports", "/api/v1/report-schedules")));

    @Test
    void aPrefixOwnsItsExactPathAndEverythingBelowIt() {
        assertThat(service("/api/v1/plans")).isEqualTo("plan");
        assertThat(service("/api/v1/plans/p-1/tasks")).isEqualTo("plan");
        assertThat(service("/api/v1/cases/c-1")).isEqualTo("case");
    }

    @Test
    void aPrefixDoesNotOwnPathsThatMerelyStartWithIt() {
        assertThat(service("/api/v1/indicators")).isEqualTo("reporting");
        assertThat(service("/api/v1/indicator-values/2026Q3")).isEqualTo("reporting");
        assertThat(directory.resolve("/api/v1/plansx")).isEmpty();
        assertThat(directory.resolve("/api/v1/plan")).isEmpty();
        assertThat(directory.resolve("/api/v1/reports-archive")).isEmpty();
    }

    @Test
    void pathsNoServiceOwnsResolveToNothing() {
        assertThat(directory.resolve("/api/v1/dev/tokens")).isEmpty();
        assertThat(directory.resolve("/api/v1")).isEmpty();
        assertThat(directory.resolve(null)).isEmpty();
    }

    @Test
    void metricsSeeOneTemplatePerPrefixNotOnePathPerId() {
        assertThat(directory.resolve("/api/v1/cases/3f0c-1").orElseThrow().template("/api/v1/cases/3f0c-1"))
                .isEqualTo("/api/v1/cases/{path}");
        assertThat(directory.resolve("/api/v1/cases").orElseThrow().template("/api/v1/cases"))
                .isEqualTo("/api/v1/cases");
    }

    @Test
    void theLongestPrefixWins() {
        ServiceDirectory nested = ServiceDirectory.of(Map.of(
                "reporting", service("http://reporting:8080", "/api/v1/reports"),
                "archive", service("http://archive:8080", "/api/v1/reports/archive")));

        assertThat(nested.resolve("/api/v1/reports/archive/2019").orElseThrow().backend().name()).isEqualTo("archive");
        assertThat(nested.resolve("/api/v1/reports/r-1").orElseThrow().backend().name()).isEqualTo("reporting");
    }

    @Test
    void aPrefixClaimedByTwoServicesIsRefusedAtStartup() {
        assertThatThrownBy(() -> ServiceDirectory.of(Map.of(
                "plan", service("http://a:1", "/api/v1/agencies"),
                "case", service("http://b:2", "/api/v1/agencies/"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/api/v1/agencies");
    }

    @Test
    void aPrefixMustBeAnAbsolutePath() {
        assertThatThrownBy(() -> ServiceDirectory.of(Map.of("plan", service("http://a:1", "api/v1/plans"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBackendBuildsTheServiceUriFromItsBasePathAndTheCallersPathAndQuery() {
        Backend behindPrefix = new Backend("plan", URI.create("https://plan.internal/plan-service/"));

        assertThat(behindPrefix.uri("/api/v1/plans", "year=2026")).isEqualTo("/plan-service/api/v1/plans?year=2026");
        assertThat(behindPrefix.port()).isEqualTo(443);
        assertThat(behindPrefix.https()).isTrue();
        assertThat(behindPrefix.displayName()).isEqualTo("plan-service");
        assertThat(new Backend("case", URI.create("http://127.0.0.1:8082")).uri("/api/v1/cases", null))
                .isEqualTo("/api/v1/cases");
    }

    private String service(String path) {
        return directory.resolve(path).orElseThrow().backend().name();
    }

    private static GatewayConfig.Service service(String url, String... prefixes) {
        return new GatewayConfig.Service() {

            @Override
            public URI url() {
                return URI.create(url);
            }

            @Override
            public List<String> prefixes() {
                return List.of(prefixes);
            }
        };
    }
}
