package vn.treem.plans.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.events.Outbox;

/**
 * An event written inside a trace leaves with the writer's W3C traceparent as a Kafka header, so the consumer's span
 * continues the trace (docs/operations.md, "Tracing and logs"); an event written outside a trace carries none.
 */
@QuarkusTest
class OutboxTraceContextTest {

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventWrittenInATraceCarriesItsTraceparentAndOneWrittenOutsideCarriesNone() {
        String traced = UUID.randomUUID().toString();
        String untraced = UUID.randomUUID().toString();
        SpanContext writer = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope scope = Context.current().with(Span.wrap(writer)).makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.record("test", traced, "vn.treem.test.traced.v1",
                    OffsetDateTime.now(), Map.of("id", traced)));
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test", untraced, "vn.treem.test.untraced.v1",
                OffsetDateTime.now(), Map.of("id", untraced)));

        Map<String, ConsumerRecord<String, byte[]>> records = read(List.of(traced, untraced));

        assertThat(header(records.get(traced), "traceparent"))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(header(records.get(untraced), "traceparent")).isNull();
    }

    private Map<String, ConsumerRecord<String, byte[]>> read(List<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (found.size() < keys.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        found.put(record.key(), record);
                    }
                }
            }
        }
        assertThat(found).as("both events published").containsOnlyKeys(keys);
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
