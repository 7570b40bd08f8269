package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.treem.k8s.kustomize.Kustomize;
import vn.treem.k8s.kustomize.KustomizeException;

/** The Kustomize subset renderer (ADR 0015): each supported feature, and refusal of what it does not support. */
class KustomizeTest {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: registry.example/web:1.0
                      envFrom: [{configMapRef: {name: settings}}]
                      env: [{name: A, value: "1"}, {name: B, value: "2"}]
                      volumeMounts: [{name: data, mountPath: /data}]
                  volumes:
                    - name: data
                      configMap: {name: settings}
            """;

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ObjectNode only(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void resources_from_files_and_nested_directories_get_the_namespace_and_labels() throws Exception {
        write("base/web.yaml", DEPLOYMENT + "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n");
        write("base/kustomization.yaml", "resources: [web.yaml]\n");
        write("overlay/kustomization.yaml", """
                namespace: shop
                labels:
                  - pairs: {team: a}
                    includeTemplates: true
                resources: [../base]
                """);
        List<ObjectNode> docs = Kustomize.render(dir.resolve("overlay"));
        ObjectNode web = only(docs, "Deployment");
        assertThat(web.at("/metadata/namespace").asText()).isEqualTo("shop");
        assertThat(web.at("/metadata/labels/team").asText()).isEqualTo("a");
        assertThat(web.at("/spec/template/metadata/labels/team").asText()).isEqualTo("a");
        assertThat(web.at("/spec/selector/matchLabels").has("team")).as("selectors untouched").isFalse();
        assertThat(only(docs, "Namespace").at("/metadata").has("namespace")).as("cluster-scoped").isFalse();
    }

    @Test
    void a_strategic_merge_patch_merges_maps_and_lists_by_their_kubernetes_merge_key() throws Exception {
        write("web.yaml", DEPLOYMENT);
        write("patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          env: [{name: B, value: "3"}, {name: C, value: "4"}]
                          resources: {limits: {memory: 512Mi}}
                """);
        write("kustomization.yaml", "resources: [web.yaml]\npatches:\n  - path: patch.yaml\n");
        ObjectNode web = only(Kustomize.render(dir), "Deployment");
        var container = web.at("/spec/template/spec/containers/0");
        assertThat(container.path("image").asText()).isEqualTo("registry.example/web:1.0");
        assertThat(container.path("env").toString())
                .isEqualTo(
                        "[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"3\"},{\"name\":\"C\",\"value\":\"4\"}]");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
    }

    @Test
    void a_strategic_merge_patch_replaces_lists_of_custom_resources_and_null_deletes() throws Exception {
        write("pool.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: pool}
                spec: {replicas: 3, roles: [controller, broker], jvmOptions: {-Xmx: 1g}}
                """);
        write("patch.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: pool}
                spec: {roles: [broker], jvmOptions: null}
                """);
        write("kustomization.yaml", "resources: [pool.yaml]\npatches:\n  - path: patch.yaml\n");
        ObjectNode pool = only(Kustomize.render(dir), "KafkaNodePool");
        assertThat(pool.at("/spec/roles").toString()).isEqualTo("[\"broker\"]");
        assertThat(pool.at("/spec").has("jvmOptions")).isFalse();
        assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3);
    }

    @Test
    void a_json6902_patch_applies_to_every_target_matched_by_kind_and_name_pattern() throws Exception {
        write("web.yaml", DEPLOYMENT + "---\n" + DEPLOYMENT.replace("name: web\n  labels", "name: api\n  labels"));
        write("kustomization.yaml", """
                resources: [web.yaml]
                patches:
                  - target: {kind: Deployment, name: "w.*"}
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 5
                      - op: add
                        path: /spec/template/spec/containers/0/env/-
                        value: {name: Z, value: "9"}
                      - op: remove
                        path: /spec/template/spec/containers/0/env/0
                """);
        List<ObjectNode> docs = Kustomize.render(dir);
        ObjectNode web = docs.stream().filter(d -> Manifests.name(d).equals("web")).findFirst().orElseThrow();
        ObjectNode api = docs.stream().filter(d -> Manifests.name(d).equals("api")).findFirst().orElseThrow();
        assertThat(web.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat(web.at("/spec/template/spec/containers/0/env").findValuesAsText("name")).containsExactly("B", "Z");
        assertThat(api.at("/spec/replicas").asInt()).isEqualTo(2);
    }

    @Test
    void images_and_replicas_are_set_by_name() throws Exception {
        write("web.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [web.yaml]
                images:
                  - {name: registry.example/web, newTag: "2.0"}
                replicas:
                  - {name: web, count: 4}
                """);
        ObjectNode web = only(Kustomize.render(dir), "Deployment");
        assertThat(web.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.example/web:2.0");
        assertThat(web.at("/spec/replicas").asInt()).isEqualTo(4);
    }

    @Test
    void a_generated_config_map_gets_a_content_hash_and_every_reference_follows_it() throws Exception {
        write("web.yaml", DEPLOYMENT);
        write("app.conf", "x=1\n");
        write("kustomization.yaml", """
                resources: [web.yaml]
                configMapGenerator:
                  - name: settings
                    files: [app.conf]
                    literals: [MODE=prod]
                """);
        List<ObjectNode> docs = Kustomize.render(dir);
        ObjectNode cm = only(docs, "ConfigMap");
        String name = Manifests.name(cm);
        assertThat(name).matches("settings-[a-z0-9]{10}");
        assertThat(cm.at("/data/app.conf").asText()).isEqualTo("x=1\n");
        assertThat(cm.at("/data/MODE").asText()).isEqualTo("prod");
        ObjectNode web = only(docs, "Deployment");
        assertThat(web.at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name").asText()).isEqualTo(name);
        assertThat(web.at("/spec/template/spec/volumes/0/configMap/name").asText()).isEqualTo(name);

        write("app.conf", "x=2\n");
        assertThat(Manifests.name(only(Kustomize.render(dir), "ConfigMap"))).as("new content, new name")
                .isNotEqualTo(name);
    }

    @Test
    void a_patch_of_a_generated_config_map_from_an_overlay_changes_its_data_and_hash() throws Exception {
        write("base/kustomization.yaml", "configMapGenerator:\n  - name: settings\n    literals: [A=1, B=2]\n");
        write("overlay/patch.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {B: \"3\"}\n");
        write("overlay/kustomization.yaml", "resources: [../base]\npatches:\n  - path: patch.yaml\n");
        ObjectNode cm = only(Kustomize.render(dir.resolve("overlay")), "ConfigMap");
        assertThat(cm.at("/data/A").asText()).isEqualTo("1");
        assertThat(cm.at("/data/B").asText()).isEqualTo("3");
        assertThat(Manifests.name(cm)).isNotEqualTo(Manifests.name(only(Kustomize.render(dir.resolve("base")),
                "ConfigMap")));
    }

    @Test
    void unsupported_fields_unmatched_patches_duplicates_and_files_outside_the_root_are_errors() throws Exception {
        write("web.yaml", DEPLOYMENT);
        write("kustomization.yaml", "resources: [web.yaml]\ncommonLabels: {a: b}\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).isInstanceOf(KustomizeException.class)
                .hasMessageContaining("commonLabels");

        write("kustomization.yaml", "resources: [web.yaml]\npatches:\n  - target: {kind: Service}\n"
                + "    patch: '[{op: remove, path: /spec}]'\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("matches no resource");

        write("kustomization.yaml", "resources: [web.yaml, web.yaml]\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("defined twice");

        write("kustomization.yaml", "resources: [web.yaml]\nreplicas: [{name: nothing, count: 1}]\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("match no workload");

        write("sub/kustomization.yaml", "configMapGenerator:\n  - name: x\n    files: [../web.yaml]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("sub"))).hasMessageContaining("not in or below");

        write("kustomization.yaml", "resources: [web.yaml]\nlabels: [{pairs: {a: b}, includeSelectors: true}]\n");
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("includeSelectors");
    }

    @Test
    void image_names_are_split_from_tags_digests_and_registry_ports() {
        assertThat(vn.treem.k8s.kustomize.KustomizeTestAccess.imageName("registry:5000/a/b:1.0@sha256:abc"))
                .isEqualTo("registry:5000/a/b");
        assertThat(vn.treem.k8s.kustomize.KustomizeTestAccess.imageName("registry:5000/a/b"))
                .isEqualTo("registry:5000/a/b");
        assertThat(vn.treem.k8s.kustomize.KustomizeTestAccess.imageName("b:latest")).isEqualTo("b");
    }
}
