package vn.treem.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.CloudEventCodec;

/** Reads and writes CloudEvents on the real test Kafka broker. */
public final class TestEvents {

    private TestEvents() {
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /**
     * Reads {@code topic} from the beginning until {@code expected} events matching {@code filter} have arrived or
     * {@code timeout} passed, and returns every match seen (so a test can also check that no more than expected came).
     */
    public static List<CloudEvent> await(String topic, Predicate<CloudEvent> filter, int expected, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<CloudEvent> matches = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matches.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    CloudEvent event = CloudEventCodec.deserialize(record.value());
                    if (filter.test(event)) {
                        matches.add(event);
                    }
                }
            }
        }
        return matches;
    }

    /**
     * Writes an event exactly as the outbox relay does: structured mode, keyed by its subject, with the
     * {@code content-type: application/cloudevents+json} header.
     */
    public static void publish(String topic, CloudEvent event) {
        send(topic, event.getSubject(), CloudEventCodec.serialize(event), true);
    }

    /** Writes arbitrary bytes, without headers (e.g. a record that is not a CloudEvent). */
    public static void publishRaw(String topic, String key, byte[] value) {
        send(topic, key, value, false);
    }

    private static void send(String topic, String key, byte[] value, boolean cloudEvent) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            if (cloudEvent) {
                record.headers().add("content-type",
                        CloudEventCodec.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event to " + topic, e);
        }
    }
}
