package vn.treem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

import vn.treem.k8s.kustomize.Kustomize;

/** Every document of every kustomization parses strictly into its Java model or validates against its CRD schema. */
class ManifestSchemaTest {

    static List<String> kustomizations() {
        return Manifests.kustomizations();
    }

    @Test
    void both_overlays_and_the_shared_parts_are_found() {
        assertThat(Manifests.kustomizations()).contains("base", "overlays/local", "overlays/production",
                "operators/kafka", "operators/postgres", "operators/postgres-backup", "operators/monitoring",
                "identity");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void every_document_is_a_known_kind_valid_against_its_schema(String dir) {
        List<ObjectNode> docs = Kustomize.render(Manifests.k8sDir().resolve(dir));
        assertThat(docs).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (ObjectNode doc : docs) {
            problems.addAll(problemsOf(doc).stream().map(p -> Manifests.id(doc) + ": " + p).toList());
        }
        assertThat(problems).as(dir).isEmpty();
    }

    /** Problems of one document: strict Java model, and the CRD schema where one is vendored. */
    static List<String> problemsOf(ObjectNode doc) {
        List<String> problems = new ArrayList<>();
        var model = StrictModel.modelOf(doc);
        var schema = CrdSchemas.schemaOf(doc);
        if (model.isEmpty() && schema.isEmpty()) {
            problems.add("unknown apiVersion/kind " + StrictModel.typeKey(doc)
                    + " (no Java model and no vendored CRD serves it)");
            return problems;
        }
        model.ifPresent(type -> problems.addAll(StrictModel.problems(doc, type)));
        if (schema.isPresent()) {
            JsonSchema s = schema.get();
            problems.addAll(CrdSchemas.problems(doc, s));
            if (model.isEmpty()) {
                problems.addAll(StrictModel.metadataProblems(doc));
            }
        }
        if (!doc.path("metadata").hasNonNull("name")) {
            problems.add("no metadata.name");
        }
        return problems;
    }
}
