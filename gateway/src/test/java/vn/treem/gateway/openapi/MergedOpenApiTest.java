package vn.treem.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.gateway.support.Backends;
import vn.treem.gateway.support.CaseBackend;
import vn.treem.gateway.support.PlanBackend;

/**
 * /q/openapi merges, at run time, the gateway's own document with the live documents of plan-service and case-service
 * (WireMock) while reporting-service is down.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @PlanBackend
    WireMockServer plan;

    @CaseBackend
    WireMockServer cases;

    @BeforeEach
    void servicesPublishTheirDocuments() throws Exception {
        plan.resetAll();
        cases.resetAll();
        // The services describe problems with the same platform class as the gateway, hence the same schema.
        JsonNode own = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi-gateway")
                .then().statusCode(200).extract().asString());
        JsonNode problem = own.at("/components/schemas/Problem");
        assertThat(problem.isObject()).isTrue();

        ObjectNode planDocument = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "Treem plan-service", "version": "1"},
                 "security": [{"bearer": []}],
                 "tags": [{"name": "Plans", "description": "Annual child-protection plans"}],
                 "paths": {"/api/v1/plans": {"get": {"operationId": "listPlans", "tags": ["Plans"], "responses": {
                    "200": {"description": "Plans", "content": {"application/json": {"schema":
                       {"$ref": "#/components/schemas/Plan"}}}},
                    "401": {"description": "No token", "content": {"application/problem+json": {"schema":
                       {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                    "Plan": {"type": "object", "properties": {"year": {"type": "integer", "examples": [2026]},
                       "labels": {"type": "array", "items": {"$ref": "#/components/schemas/Label"}}}},
                    "Label": {"type": "object", "properties": {"code": {"type": "string"},
                       "vi": {"type": "string"}, "en": {"type": "string"}}}},
                  "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}""");
        ObjectNode caseDocument = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "Treem case-service", "version": "1"},
                 "security": [{"bearer": []}],
                 "tags": [{"name": "Case labels", "description": "Labels of case codes"}],
                 "paths": {"/api/v1/case-labels": {"get": {"operationId": "listCaseLabels",
                    "tags": ["Case labels"], "responses": {
                    "200": {"description": "Labels", "content": {"application/json": {"schema": {"type": "array",
                       "items": {"$ref": "#/components/schemas/Label"}}}}},
                    "401": {"description": "No token", "content": {"application/problem+json": {"schema":
                       {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                    "Label": {"type": "object", "properties": {"code": {"type": "string"},
                       "group": {"type": "string"}}}},
                  "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}""");
        ((ObjectNode) planDocument.at("/components/schemas")).set("Problem", problem);
        ((ObjectNode) caseDocument.at("/components/schemas")).set("Problem", problem);
        if (own.at("/components/schemas/ProblemFieldError").isObject()) {
            ((ObjectNode) planDocument.at("/components/schemas")).set("ProblemFieldError",
                    own.at("/components/schemas/ProblemFieldError"));
            ((ObjectNode) caseDocument.at("/components/schemas")).set("ProblemFieldError",
                    own.at("/components/schemas/ProblemFieldError"));
        }
        publish(plan, planDocument);
        publish(cases, caseDocument);
    }

    private static void publish(WireMockServer service, JsonNode document) {
        service.stubFor(WireMock.get(urlPathEqualTo("/q/openapi")).withQueryParam("format", WireMock.equalTo("json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(document.toString())));
    }

    @Test
    void theMergedDocumentHoldsEveryAvailableServicesPathsAndTheGatewaysOwn() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("openapi", equalTo("3.1.0"))
                .body("paths", hasKey("/api/v1/plans"))
                .body("paths", hasKey("/api/v1/case-labels"))
                .body("paths", hasKey("/api/v1/dev/tokens"))
                .body("paths", hasKey("/problems/{slug}"))
                .body("tags.name", hasItem("Plans"))
                .body("tags.name", hasItem("Development tokens"))
                .body("components.securitySchemes", hasKey("bearer"));
    }

    @Test
    void aSameNamedDifferentSchemaIsRenamedForItsServiceAndTheRenamingListed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                // Services are merged by name: case-service keeps Label, plan-service's becomes plan_Label.
                .body("components.schemas.Label.properties", hasKey("group"))
                .body("components.schemas.plan_Label.properties", hasKey("vi"))
                .body("paths.'/api/v1/case-labels'.get.responses.'200'.content.'application/json'.schema.items.'$ref'",
                        equalTo("#/components/schemas/Label"))
                .body("components.schemas.Plan.properties.labels.items.'$ref'",
                        equalTo("#/components/schemas/plan_Label"))
                .body("paths.'/api/v1/plans'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Plan"))
                .body("info.'x-treem-merge'.renamed.find { it.from == 'Label' }.service", equalTo("plan-service"))
                .body("info.'x-treem-merge'.renamed.find { it.from == 'Label' }.to", equalTo("plan_Label"));
    }

    @Test
    void identicalSchemasAreKeptOnce() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("plan_Problem")))
                .body("components.schemas", not(hasKey("case_Problem")))
                .body("info.'x-treem-merge'.renamed.from", not(hasItem("Problem")));
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndListedWhileTheDocumentIsStillServed() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.'x-treem-unavailable'", equalTo(java.util.List.of("reporting-service")))
                .body("info.'x-treem-merge'.sources", equalTo(java.util.List.of("gateway", "case-service",
                        "plan-service")));
    }

    @Test
    void aServiceAnsweringWithAnErrorIsListedAsUnavailable() {
        cases.resetAll();
        cases.stubFor(WireMock.get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(500)));

        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.'x-treem-unavailable'", hasItem("case-service"))
                .body("paths", not(hasKey("/api/v1/case-labels")))
                .body("paths", hasKey("/api/v1/plans"));
    }

    @Test
    void eachServicesSecurityRequirementStaysOnItsOwnOperations() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/plans'.get.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/dev/tokens'.post.security", equalTo(java.util.List.of()));
    }

    @Test
    void yamlIsServedWhenAskedFor() {
        String yaml = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .extract().asString();

        assertThat(yaml).contains("openapi: \"3.1.0\"").contains("/api/v1/plans:");
    }

    @Test
    void theGatewaysOwnDocumentStaysAvailableOnItsOwn() {
        given().queryParam("format", "json").when().get("/q/openapi-gateway")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/dev/tokens"))
                .body("paths", not(hasKey("/api/v1/plans")));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        String page = given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("url: '/q/openapi'").doesNotContain("openapi-gateway");
    }
}
