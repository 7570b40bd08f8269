package vn.treem.cases.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every read of a case or a child leaves exactly one entry in its access log, naming the reader. The reads of a case
 * are taken from the OpenAPI document (every GET under {@code /api/v1/cases/{id}}), so a new read endpoint that forgets
 * to log fails here.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogCompletenessTest {

    static final String COMMUNE = "00004";
    static final String OTHER_PROVINCE = "79";
    static final String WORKER = bearerFor("access-owner", COMMUNE, "CASE_WORKER");
    /** The access log itself is the audit trail of the reads: reading it is not a read of the case's content. */
    static final List<String> NOT_A_READ_OF_THE_CASE = List.of("/api/v1/cases/{id}/access-log");

    String caseId;
    String childId;
    String intakeId;
    String attachmentId;
    java.time.OffsetDateTime openedFrom;

    /** Once per class, from the first test (RestAssured knows the test port only inside a test). */
    @BeforeEach
    void openACaseWithAnAttachment() {
        if (caseId != null) {
            return;
        }
        openedFrom = java.time.OffsetDateTime.now().minusSeconds(1).withNano(0);
        Map<String, Object> child = Map.of("fullName", "Trẻ " + UUID.randomUUID(), "sex", "MALE", "birthDate",
                "2016-05-01");
        var receipt = given().header("Authorization", WORKER).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "communeCode", COMMUNE, "receivedAt", "2026-11-20T08:30:00+07:00",
                        "concernCategories", List.of("NEGLECT"), "child", child))
                .when().post("/api/v1/intakes").then().statusCode(201).extract().jsonPath();
        caseId = receipt.getString("caseId");
        childId = receipt.getString("childId");
        intakeId = receipt.getString("intakeId");
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(Map.of("text", "Đã gặp gia đình"))
                .when().post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        attachmentId = given().header("Authorization", WORKER).contentType("application/pdf")
                .body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).queryParam("fileName", "bien-ban.pdf")
                .when().post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyReadEndpointOfACaseInTheOpenApiDocumentLogsEachReadExactlyOnce() {
        List<String> reads = caseReadPaths();
        assertThat(reads).as("GET endpoints under /api/v1/cases/{id}").hasSizeGreaterThanOrEqualTo(8)
                .contains("/api/v1/cases/{id}", "/api/v1/cases/{caseId}/notes",
                        "/api/v1/cases/{caseId}/attachments/{attachmentId}");
        for (String template : reads) {
            String path = template.replace("{id}", caseId).replace("{caseId}", caseId)
                    .replace("{attachmentId}", attachmentId);
            assertThat(path).as(template + ": every path parameter filled").doesNotContain("{");
            String reader = "reader-" + UUID.randomUUID();
            for (int time = 1; time <= 2; time++) {
                given().header("Authorization", bearerFor(reader, COMMUNE, "CASE_WORKER")).when().get(path).then()
                        .statusCode(200);
                assertThat(entries("CASE", caseId, reader)).as("entries after read %d of %s", time, template)
                        .hasSize(time);
            }
        }
    }

    @Test
    void readsOfACaseOutsideItsPathLogOnceEach() {
        String reader = "reader-" + UUID.randomUUID();
        given().header("Authorization", bearerFor(reader, COMMUNE, "CASE_WORKER")).when()
                .get("/api/v1/intakes/" + intakeId).then().statusCode(200);
        assertThat(entries("CASE", caseId, reader)).as("the intake receipt").containsExactly("READ");

        String lister = "lister-" + UUID.randomUUID();
        int listed = given().header("Authorization", bearerFor(lister, COMMUNE, "CASE_WORKER"))
                .queryParam("limit", 100).queryParam("updatedSince", openedFrom.toString()).when().get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.id").indexOf(caseId);
        assertThat(listed).as("the case is on the first page of its commune's list").isNotNegative();
        assertThat(entries("CASE", caseId, lister)).as("a list that shows the case").containsExactly("LIST");
    }

    @Test
    void everyReadOfAChildLogsOnce() {
        String reader = "reader-" + UUID.randomUUID();
        given().header("Authorization", bearerFor(reader, COMMUNE, "CASE_WORKER")).when()
                .get("/api/v1/children/" + childId).then().statusCode(200);
        given().header("Authorization", bearerFor(reader, COMMUNE, "CASE_WORKER")).when()
                .get("/api/v1/children/" + childId).then().statusCode(200);
        assertThat(entries("CHILD", childId, reader)).containsExactly("READ", "READ");
    }

    @Test
    void aReadRefusedOutsideTheJurisdictionDisclosesNothingAndLogsNoRead() {
        String outsider = "outsider-" + UUID.randomUUID();
        given().header("Authorization", bearerFor(outsider, OTHER_PROVINCE, "CASE_WORKER")).when()
                .get("/api/v1/cases/" + caseId).then().statusCode(404);
        assertThat(entries("CASE", caseId, outsider)).isEmpty();
    }

    private static List<String> caseReadPaths() {
        JsonPath openApi = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> reads = new ArrayList<>();
        paths.forEach((path, operations) -> {
            boolean underACase = path.startsWith("/api/v1/cases/{");
            if (underACase && operations.containsKey("get") && !NOT_A_READ_OF_THE_CASE.contains(path)) {
                reads.add(path);
            }
        });
        return reads;
    }

    /** The actions logged on a record for one reader, oldest first. */
    private static List<String> entries(String type, String recordId, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AccessLog.<AccessLog>find(
                "recordType = ?1 and recordId = ?2 and subject = ?3 order by id", RecordType.valueOf(type),
                UUID.fromString(recordId), subject).list().stream().map(entry -> entry.action).toList());
    }
}
