package vn.treem.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.treem.cases.IntakeRequests.BA_DINH;
import static vn.treem.platform.testing.TestTokens.bearer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void publishedEventsAreCountedInPrometheusMetrics() {
        given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, "Mai Thị Lan"))
                .when().post("/api/v1/intakes").then().statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("treem_outbox_published_total\\{[^}]*\\} [1-9]"));
    }

    @Test
    void theLogTellsWhichCaseWasOpenedButNeverTheChildsName() throws Exception {
        String name = "Tên Riêng " + UUID.randomUUID();
        String caseId = given().header("Authorization", bearer(BA_DINH, "CASE_WORKER"))
                .contentType(ContentType.JSON).body(IntakeRequests.valid(BA_DINH, name))
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");
        Path log = Path.of("target", "case-service-test.log");

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains(caseId));
        assertThat(Files.readString(log)).doesNotContain(name);
    }
}
