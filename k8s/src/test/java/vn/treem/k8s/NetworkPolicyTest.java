package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may connect to whom, evaluated from the rendered NetworkPolicies. */
class NetworkPolicyTest {

    private static final String PRODUCTION = "overlays/production";
    private static final int HTTP = 8080;
    private static final int POSTGRES = 5432;

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_pod_of_the_namespace_is_covered_by_a_deny_by_default_policy(String overlay) {
        NetworkPolicies net = new NetworkPolicies(overlay);
        for (var pod : net.podsInNamespace()) {
            assertThat(net.selecting(pod)).as(pod.name()).isNotEmpty();
            assertThat(net.allows("elsewhere", pod.name(), HTTP)).as("another namespace → " + pod.name()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void only_the_ingress_controller_reaches_the_gateway_and_only_the_gateway_reaches_the_services(String overlay) {
        NetworkPolicies net = new NetworkPolicies(overlay);
        assertThat(net.allows("ingress-nginx", "gateway", HTTP)).isTrue();
        for (String service : Manifests.BACKEND_SERVICES) {
            assertThat(net.allows("gateway", service, HTTP)).as("gateway → " + service).isTrue();
            assertThat(net.allows("ingress-nginx", service, HTTP)).as("ingress → " + service).isFalse();
            assertThat(net.allows("monitoring", service, HTTP)).as("Prometheus → " + service).isTrue();
            for (String other : Manifests.BACKEND_SERVICES) {
                if (!other.equals(service)) {
                    assertThat(net.allows(other, service, HTTP)).as(other + " → " + service).isFalse();
                }
            }
        }
        assertThat(net.allows("gateway", "plan-service", 9999)).as("only the HTTP port").isFalse();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void each_database_is_reachable_only_from_its_owner_its_replicas_the_operator_and_prometheus(String overlay) {
        NetworkPolicies net = new NetworkPolicies(overlay);
        List<String> clients = List.of("gateway", "plan-service", "case-service", "reporting-service", "keycloak");
        for (var cluster : Manifests.ofKind(overlay, "Cluster")) {
            String db = Manifests.name(cluster);
            String owner = cluster.at("/metadata/labels/treem.vn~1database-owner").asText();
            assertThat(clients).contains(owner);
            for (String client : clients) {
                assertThat(net.allows(client, db, POSTGRES)).as(client + " → " + db).isEqualTo(client.equals(owner));
            }
            assertThat(net.allows(db, db, POSTGRES)).as("replication within " + db).isTrue();
            assertThat(net.allows("cnpg-system", db, 8000)).as("operator → " + db).isTrue();
            assertThat(net.allows("monitoring", db, 9187)).as("Prometheus → " + db).isTrue();
            assertThat(net.allows("monitoring", db, POSTGRES)).as("Prometheus never queries " + db).isFalse();
            assertThat(net.allows("ingress-nginx", db, POSTGRES)).isFalse();
        }
    }

    @Test
    void keycloak_serves_logins_through_the_ingress_and_keys_to_the_services_only() {
        NetworkPolicies net = new NetworkPolicies(PRODUCTION);
        assertThat(net.allows("ingress-nginx", "keycloak", HTTP)).isTrue();
        for (String service : Manifests.BACKEND_SERVICES) {
            assertThat(net.allows(service, "keycloak", HTTP)).as(service + " fetches the token keys").isTrue();
        }
        assertThat(net.allows("elsewhere", "keycloak", HTTP)).isFalse();
        assertThat(net.allows("ingress-nginx", "keycloak", 9000)).as("management port not public").isFalse();
    }
}
