package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The validation itself: what a cluster would reject, or silently drop, is reported. */
class StrictValidationTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<String> problems(String yaml) throws Exception {
        return ManifestSchemaTest.problemsOf((ObjectNode) YAML.readTree(yaml));
    }

    @Test
    void a_valid_deployment_passes() throws Exception {
        assertThat(problems("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """)).isEmpty();
    }

    @Test
    void a_misspelt_field_of_a_builtin_kind_is_reported_with_its_path() throws Exception {
        assertThat(problems("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """)).singleElement().asString().contains("containers[0]").contains("readinesProbe");
    }

    @Test
    void a_field_of_the_wrong_type_is_reported() throws Exception {
        assertThat(problems("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  ports: {name: http}
                """)).isNotEmpty();
    }

    @Test
    void an_unknown_kind_or_version_is_reported() throws Exception {
        assertThat(problems("""
                apiVersion: apps/v1beta1
                kind: Deployment
                metadata: {name: x}
                """)).singleElement().asString().contains("unknown apiVersion/kind");
    }

    @Test
    void a_misspelt_strimzi_field_is_reported_by_the_strimzi_model_and_the_crd_schema() throws Exception {
        List<String> problems = problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t, labels: {strimzi.io/cluster: c}}
                spec:
                  partitions: 3
                  replica: 3
                """);
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("replica"));
    }

    @Test
    void a_strimzi_field_removed_from_the_v1_api_is_reported() throws Exception {
        // KafkaUser ACL "operation" (singular) was replaced by "operations" in Strimzi's v1 API.
        assertThat(problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u, labels: {strimzi.io/cluster: c}}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operation: Read
                """)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("operation"));
    }

    @Test
    void a_misspelt_cloudnativepg_field_is_reported_by_the_crd_schema() throws Exception {
        assertThat(problems("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instance: 3
                  storage: {size: 1Gi}
                """)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("instance"));
    }

    @Test
    void a_missing_required_field_of_a_custom_resource_is_reported() throws Exception {
        // ServiceMonitor endpoints need ... and PrometheusRule groups need a name.
        assertThat(problems("""
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: r}
                spec:
                  groups:
                    - rules:
                        - alert: A
                          expr: up == 0
                """)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("name"));
    }

    @Test
    void a_misspelt_metadata_field_of_a_custom_resource_is_reported() throws Exception {
        assertThat(problems("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m, label: {a: b}}
                spec:
                  selector: {matchLabels: {a: b}}
                  endpoints: [{port: http}]
                """)).singleElement().asString().contains("label");
    }
}
