package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Readiness covers the database and Kafka, so no traffic reaches a replica that cannot count or answer. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessIsUpAndCoversTheDatabaseKafkaAndTheEventChannels() {
        // Consumers join their group after start-up: readiness may take a moment to come up.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "SmallRye Reactive Messaging - readiness check"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'case-events'",
                        equalTo("[OK]"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'plan-events'",
                        equalTo("[OK]"));
    }
}
