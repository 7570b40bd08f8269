package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** PostgreSQL with CloudNativePG: one cluster per database, three instances and backups in production. */
class PostgresPolicyTest {

    private static final String PRODUCTION = "overlays/production";
    private static final String BARMAN = "barman-cloud.cloudnative-pg.io";

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_service_database_has_a_cluster_of_its_own_without_superuser_access(String overlay) {
        List<JsonNode> clusters = Manifests.ofKind(overlay, "Cluster");
        for (String service : Manifests.BACKEND_SERVICES) {
            String db = ServiceProperties.of(service).databaseName();
            assertThat(clusters).as(service).filteredOn(c -> c.at("/spec/bootstrap/initdb/database").asText()
                    .equals(db)).singleElement()
                    .satisfies(c -> assertThat(c.at("/metadata/labels/treem.vn~1database-owner").asText())
                            .isEqualTo(service));
        }
        assertThat(clusters).extracting(c -> c.at("/spec/bootstrap/initdb/database").asText())
                .doesNotHaveDuplicates();
        assertThat(clusters).allMatch(c -> !c.at("/spec/enableSuperuserAccess").asBoolean(true));
    }

    @Test
    void production_clusters_have_three_instances_on_different_nodes() {
        assertThat(Manifests.ofKind(PRODUCTION, "Cluster")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.at("/spec/instances").asInt()).as(Manifests.id(c)).isEqualTo(3);
            assertThat(c.at("/spec/affinity/enablePodAntiAffinity").asBoolean()).isTrue();
        });
    }

    @Test
    void production_clusters_archive_wal_and_take_daily_base_backups_to_object_storage() {
        List<JsonNode> stores = Manifests.ofKind(PRODUCTION, "ObjectStore");
        assertThat(stores).isNotEmpty();
        for (JsonNode c : Manifests.ofKind(PRODUCTION, "Cluster")) {
            String name = Manifests.name(c);
            JsonNode plugin = c.at("/spec/plugins/0");
            assertThat(plugin.path("name").asText()).as(name).isEqualTo(BARMAN);
            assertThat(plugin.path("isWALArchiver").asBoolean()).as(name + " archives WAL").isTrue();
            String store = plugin.at("/parameters/barmanObjectName").asText();
            assertThat(stores).as(name + " uses a declared ObjectStore").anyMatch(s -> Manifests.name(s).equals(store));
            assertThat(Manifests.ofKind(PRODUCTION, "ScheduledBackup")).as(name + " has a scheduled backup")
                    .anyMatch(b -> b.at("/spec/cluster/name").asText().equals(name)
                            && b.at("/spec/method").asText().equals("plugin")
                            && b.at("/spec/pluginConfiguration/name").asText().equals(BARMAN));
        }
        assertThat(stores).allSatisfy(s -> {
            assertThat(s.at("/spec/configuration/destinationPath").asText()).startsWith("s3://");
            assertThat(s.at("/spec/retentionPolicy").asText()).matches("[0-9]+[dwm]");
        });
    }

    @Test
    void local_clusters_are_single_instances_without_backups() {
        assertThat(Manifests.ofKind("overlays/local", "Cluster"))
                .allMatch(c -> c.at("/spec/instances").asInt() == 1 && c.at("/spec/plugins").isMissingNode());
        assertThat(Manifests.ofKind("overlays/local", "ScheduledBackup")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void each_cluster_allows_the_connections_of_every_replica_its_owner_may_scale_to(String overlay) {
        for (String service : Manifests.BACKEND_SERVICES) {
            ServiceProperties props = ServiceProperties.of(service);
            int pool = Integer.parseInt(props.resolved("quarkus.datasource.jdbc.max-size"));
            int maxReplicas = Manifests.get(overlay, "HorizontalPodAutoscaler", service).at("/spec/maxReplicas")
                    .asInt();
            JsonNode cluster = Manifests.ofKind(overlay, "Cluster").stream()
                    .filter(c -> c.at("/spec/bootstrap/initdb/database").asText().equals(props.databaseName()))
                    .findFirst().orElseThrow();
            int maxConnections = cluster.at("/spec/postgresql/parameters/max_connections").asInt();
            // A few connections stay for the operator, replication and the metrics exporter.
            assertThat(maxConnections - 10).as(service + ": " + maxReplicas + " pods × pool " + pool)
                    .isGreaterThanOrEqualTo(maxReplicas * pool);
        }
    }
}
