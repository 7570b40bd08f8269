package vn.treem.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger("Treem API", "All of it");

    private static final String PROBLEM = """
            {"type": "object", "properties": {"type": {"type": "string"}, "title": {"type": "string"}}}""";

    private final JsonNode plan = json("""
            {"openapi": "3.1.0", "info": {"title": "plan-service", "version": "1"},
             "security": [{"bearer": []}],
             "tags": [{"name": "Plans"}, {"name": "Labels", "description": "plan labels"}],
             "paths": {
               "/api/v1/plans": {"get": {"operationId": "listPlans", "responses": {"200": {"description": "ok",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plan"}}}}}}},
               "/api/v1/shared": {"get": {"operationId": "planShared", "responses": {}}}
             },
             "components": {
               "schemas": {
                 "Plan": {"type": "object", "properties": {"label": {"$ref": "#/components/schemas/Label"}}},
                 "Label": {"type": "object", "properties": {"code": {"type": "string"}}},
                 "Problem": %s
               },
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
             }}""".formatted(PROBLEM));

    private final JsonNode cases = json("""
            {"openapi": "3.1.0", "info": {"title": "case-service", "version": "1"},
             "security": [{"bearer": []}],
             "tags": [{"name": "Cases"}, {"name": "Labels", "description": "case labels"}],
             "paths": {
               "/api/v1/case-labels": {"get": {"operationId": "listCaseLabels", "responses": {"200": {
                  "description": "ok", "content": {"application/json": {"schema": {"type": "array",
                  "items": {"$ref": "#/components/schemas/Label"}}}}},
                  "400": {"description": "bad", "content": {"application/problem+json": {"schema":
                  {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/cases": {"get": {"operationId": "listCases", "security": [], "responses": {"200": {
                  "description": "ok", "content": {"application/json": {"schema":
                  {"$ref": "#/components/schemas/CaseSummary"}}}}}}},
               "/api/v1/shared": {"get": {"operationId": "caseShared", "responses": {}}}
             },
             "components": {
               "schemas": {
                 "Label": {"type": "object", "properties": {"code": {"type": "string"}, "order": {"type": "integer"}}},
                 "CaseSummary": {"type": "object", "properties": {"labels": {"type": "array",
                    "items": {"$ref": "#/components/schemas/Label"}}}},
                 "Plan": {"type": "object", "properties": {"label": {"$ref": "#/components/schemas/Label"}}},
                 "Pet": {"oneOf": [{"$ref": "#/components/schemas/Label"}], "discriminator": {
                    "propertyName": "kind", "mapping": {"label": "#/components/schemas/Label"}}},
                 "Problem": %s
               },
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json":
                  {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
             }}""".formatted(PROBLEM));

    private final JsonNode gateway = json("""
            {"openapi": "3.1.0", "info": {"title": "gateway", "version": "1"},
             "tags": [{"name": "Development tokens"}],
             "paths": {"/api/v1/dev/tokens": {"post": {"operationId": "issueDevToken", "security": [],
                "responses": {}}}}}""");

    @Test
    void pathsOfEveryDocumentAreUnioned() {
        ObjectNode merged = merge();

        assertThat(names(merged.get("paths"))).containsExactlyInAnyOrder("/api/v1/dev/tokens", "/api/v1/plans",
                "/api/v1/shared", "/api/v1/case-labels", "/api/v1/cases");
        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asText()).isEqualTo("Treem API");
    }

    @Test
    void aPathDefinedTwiceIsKeptFromTheFirstDocumentAndReported() {
        ObjectNode merged = merge();

        assertThat(merged.at("/paths/~1api~1v1~1shared/get/operationId").asText()).isEqualTo("planShared");
        JsonNode conflicts = merged.at("/info/x-treem-merge/pathConflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).path("path").asText()).isEqualTo("/api/v1/shared");
        assertThat(conflicts.get(0).path("keptFrom").asText()).isEqualTo("plan-service");
        assertThat(conflicts.get(0).path("droppedFrom").asText()).isEqualTo("case-service");
    }

    @Test
    void identicalSchemasAreKeptOnce() {
        ObjectNode merged = merge();

        assertThat(merged.at("/components/schemas/Problem")).isEqualTo(json(PROBLEM));
        assertThat(names(merged.at("/components/schemas"))).doesNotContain("case_Problem", "plan_Problem");
        assertThat(merged.at("/components/responses/NotFound/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void aSameNamedDifferentSchemaIsRenamedForItsServiceWithEveryReferenceRewritten() {
        ObjectNode merged = merge();

        assertThat(merged.at("/components/schemas/Label/properties").has("order")).isFalse();
        assertThat(merged.at("/components/schemas/case_Label/properties").has("order")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1case-labels/get/responses/200/content/application~1json/schema/items"
                + "/$ref").asText()).isEqualTo("#/components/schemas/case_Label");
        assertThat(merged.at("/components/schemas/CaseSummary/properties/labels/items/$ref").asText())
                .isEqualTo("#/components/schemas/case_Label");
        assertThat(merged.at("/components/schemas/Pet/discriminator/mapping/label").asText())
                .isEqualTo("#/components/schemas/case_Label");
        assertThat(merged.at("/paths/~1api~1v1~1plans/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Plan");
        assertThat(merged.at("/components/schemas/Plan/properties/label/$ref").asText())
                .isEqualTo("#/components/schemas/Label");
    }

    @Test
    void aSchemaThatOnlyDiffersThroughARenamedReferenceIsRenamedToo() {
        ObjectNode merged = merge();

        // case's Plan is textually identical to plan's, but refers to case's Label, which is not plan's Label.
        assertThat(merged.at("/components/schemas/case_Plan/properties/label/$ref").asText())
                .isEqualTo("#/components/schemas/case_Label");
    }

    @Test
    void everyRenamingIsListed() {
        ObjectNode merged = merge();

        JsonNode renamed = merged.at("/info/x-treem-merge/renamed");
        assertThat(renamed).extracting(r -> r.path("service").asText() + ":" + r.path("from").asText() + "->"
                + r.path("to").asText())
                .containsExactlyInAnyOrder("case-service:Label->case_Label", "case-service:Plan->case_Plan");
        assertThat(merged.at("/info/x-treem-merge/sources")).extracting(JsonNode::asText)
                .containsExactly("gateway", "plan-service", "case-service");
    }

    @Test
    void aRenamedNameThatIsAlreadyTakenGetsANumber() {
        JsonNode other = json("""
                {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {
                   "Label": {"type": "string"}, "case_Label": {"type": "integer"}}}}""");

        ObjectNode merged = merger.merge(List.of(new OpenApiMerger.Part("plan", "plan-service", plan),
                new OpenApiMerger.Part("case", "case-service", other)), List.of());

        assertThat(merged.at("/components/schemas/case_Label/type").asText()).isEqualTo("integer");
        assertThat(merged.at("/components/schemas/case_Label_2/type").asText()).isEqualTo("string");
    }

    @Test
    void eachDocumentsSecurityRequirementStaysWithItsOwnOperations() {
        ObjectNode merged = merge();

        assertThat(merged.has("security")).isFalse();
        assertThat(merged.at("/paths/~1api~1v1~1plans/get/security/0").has("bearer")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1case-labels/get/security/0").has("bearer")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1cases/get/security")).isEqualTo(JSON.createArrayNode());
        assertThat(merged.at("/paths/~1api~1v1~1dev~1tokens/post/security")).isEqualTo(JSON.createArrayNode());
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void tagsAreUnionedByName() {
        ObjectNode merged = merge();

        assertThat(merged.get("tags")).extracting(t -> t.path("name").asText())
                .containsExactly("Development tokens", "Plans", "Labels", "Cases");
    }

    @Test
    void unavailableServicesAreListed() {
        ObjectNode merged = merger.merge(List.of(new OpenApiMerger.Part("gateway", "gateway", gateway)),
                List.of("reporting-service"));

        assertThat(merged.at("/info/x-treem-unavailable")).extracting(JsonNode::asText)
                .containsExactly("reporting-service");
        assertThat(merged.at("/paths").has("/api/v1/dev/tokens")).isTrue();
    }

    @Test
    void theInputDocumentsAreNotChanged() {
        JsonNode before = cases.deepCopy();

        merge();

        assertThat(cases).isEqualTo(before);
    }

    @Test
    void referencesOutsideTheRenamedComponentsAreLeftAlone() {
        Map<String, Map<String, String>> renames = Map.of("schemas", Map.of("Label", "case_Label"));

        assertThat(OpenApiMerger.rewrite("#/components/schemas/Label/properties/code", renames))
                .isEqualTo("#/components/schemas/case_Label/properties/code");
        assertThat(OpenApiMerger.rewrite("#/components/schemas/LabelSet", renames))
                .isEqualTo("#/components/schemas/LabelSet");
        assertThat(OpenApiMerger.rewrite("#/components/responses/Label", renames))
                .isEqualTo("#/components/responses/Label");
        assertThat(OpenApiMerger.rewrite("https://example.org/schemas/Label", renames))
                .isEqualTo("https://example.org/schemas/Label");
    }

    private ObjectNode merge() {
        return merger.merge(List.of(new OpenApiMerger.Part("gateway", "gateway", gateway),
                new OpenApiMerger.Part("plan", "plan-service", plan),
                new OpenApiMerger.Part("case", "case-service", cases)), List.of());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
