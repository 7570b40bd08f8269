package vn.treem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.treem.gateway.support.Backends;
import vn.treem.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(Backends.class)
class OperationsTest {

    @Test
    void theGatewayIsLiveAndReadyWithoutDatabaseOrKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theDatabaseAndKafkaBoundPlatformBeansAreLeftOut() {
        var beanClasses = Arc.container().beanManager().getBeans(Object.class).stream()
                .map(bean -> bean.getBeanClass().getName()).toList();

        assertThat(beanClasses).noneMatch(name -> name.startsWith("vn.treem.platform.events.")
                || name.startsWith("vn.treem.platform.adminunits.")
                || name.startsWith("vn.treem.platform.idempotency.")
                || name.equals("vn.treem.platform.security.Jurisdiction"));
        assertThat(beanClasses).contains("vn.treem.platform.problem.FallbackRoutes");
    }

    @Test
    void proxiedRequestsAreCountedInPrometheusMetricsByPrefixNotById() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/report-schedules/" + id).then().statusCode(503);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*status=\"503\",uri=\"/api/v1/report-schedules/\\{path\\}\"[^}]*\\} [1-9]")
                .doesNotContain(id));
    }

    @Test
    void theLogTellsWhichServiceFailedButNeverTheTokenBodyOrQuery() throws Exception {
        String token = TestTokens.token("00004", "CASE_WORKER");
        String secret = "Nguyễn Thị Hoa " + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();

        given().header("Authorization", "Bearer " + token)
                .queryParam("childName", secret)
                .contentType(ContentType.JSON).body("{\"fullName\":\"" + secret + "\"}")
                .when().post("/api/v1/reports/" + marker)
                .then().statusCode(503);
        Path log = Path.of("target", "gateway-test.log");

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(log) && Files.readString(log).contains(marker));
        String written = Files.readString(log);
        assertThat(written).contains("reporting-service unavailable for POST /api/v1/reports/" + marker);
        assertThat(written).doesNotContain(token).doesNotContain(secret).doesNotContain("childName");
    }
}
