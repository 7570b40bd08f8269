package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.treem.cases.CaseFixtures.open;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearerFor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Notes and files on a case: allow-listed types checked against their content, a size limit, logged downloads. */
@QuarkusTest
class NotesAndAttachmentsTest {

    static final String WORKER = bearerFor("notes-worker", BA_DINH, "CASE_WORKER");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void notesAreAddedAndReadInOrder() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        for (String text : List.of("Đã gặp gia đình", "Đã gặp nhà trường")) {
            given().header("Authorization", WORKER).contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        }

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(200).body("", hasSize(2)).body("[1].text", equalTo("Đã gặp nhà trường"))
                .body("[0].author", equalTo("notes-worker"));
    }

    @Test
    void aPdfIsStoredAndDownloadedByteForByte() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        String id = given().header("Authorization", WORKER).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "biên bản họp.pdf")
                .when().post("/api/v1/cases/" + caseId + "/attachments")
                .then().statusCode(201).body("sizeBytes", equalTo(PDF.length)).extract().path("id");

        var download = given().header("Authorization", WORKER)
                .when().get("/api/v1/cases/" + caseId + "/attachments/" + id).then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff")).contentType("application/pdf").extract();
        assertThat(download.asByteArray()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).contains("bi%C3%AAn%20b%E1%BA%A3n");
    }

    @Test
    void aTypeOutsideTheAllowListIsRefused() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", WORKER).contentType("application/x-msdownload").body(new byte[]{'M', 'Z'})
                .queryParam("fileName", "anh.exe").when().post("/api/v1/cases/" + caseId + "/attachments")
                .then().statusCode(415).body("allowed", org.hamcrest.Matchers.hasItem("application/pdf"));
    }

    @Test
    void aFileWhoseBytesDoNotMatchItsTypeIsRefused() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));

        given().header("Authorization", WORKER).contentType("image/png").body(PDF).queryParam("fileName", "anh.png")
                .when().post("/api/v1/cases/" + caseId + "/attachments")
                .then().statusCode(400).body("errors[0].code", equalTo("CONTENT_NOT_OF_TYPE"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/attachments")
                .then().body("", hasSize(0));
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        String caseId = open(WORKER, BA_DINH, "Trẻ " + UUID.randomUUID(), List.of("NEGLECT"));
        byte[] big = Arrays.copyOf(PDF, 70_000);

        given().header("Authorization", WORKER).contentType("application/pdf").body(big)
                .queryParam("fileName", "lon.pdf").when().post("/api/v1/cases/" + caseId + "/attachments")
                .then().statusCode(413);
    }
}
