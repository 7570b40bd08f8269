package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each service's build and configuration match what the manifests expect: image name, tracing, logs. */
class ServiceBuildConfigTest {

    static java.util.List<String> services() {
        return Manifests.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void the_image_jib_builds_is_the_image_the_deployment_runs(String service) throws Exception {
        String pom = Files.readString(Manifests.repoDir().resolve(service).resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>quarkus-container-image-jib</artifactId>");
        ServiceProperties props = ServiceProperties.of(service);
        assertThat(props.raw("quarkus.container-image.build")).as("no image in a normal build").isEqualTo("false");
        assertThat(props.raw("quarkus.container-image.push")).as("no image pushed by default").isEqualTo("false");
        String image = props.raw("quarkus.container-image.registry") + "/" + props.raw("quarkus.container-image.group")
                + "/" + props.raw("quarkus.container-image.name");
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode c = Manifests.container(overlay, service);
            assertThat(c.path("image").asText()).as(overlay).startsWith(image + ":");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void tracing_is_exported_in_kubernetes_only_and_logs_are_json_there(String service) throws Exception {
        String pom = Files.readString(Manifests.repoDir().resolve(service).resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>quarkus-opentelemetry</artifactId>");
        ServiceProperties props = ServiceProperties.of(service);
        assertThat(props.raw("quarkus.otel.sdk.disabled")).isEqualTo("${OTEL_SDK_DISABLED:true}");
        assertThat(props.raw("%test.quarkus.otel.sdk.disabled")).isEqualTo("true");
        assertThat(props.raw("%local.quarkus.otel.sdk.disabled")).isEqualTo("true");
        assertThat(props.raw("quarkus.otel.exporter.otlp.endpoint")).startsWith("${OTEL_EXPORTER_OTLP_ENDPOINT:");
        assertThat(props.raw("quarkus.log.console.json.enabled")).isEqualTo("true");
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode c = Manifests.container(overlay, service);
            assertThat(Manifests.env(overlay, c, "OTEL_SDK_DISABLED")).as(overlay).hasValue("false");
            assertThat(Manifests.env(overlay, c, "OTEL_EXPORTER_OTLP_ENDPOINT")).as(overlay).isPresent();
        }
    }
}
