package vn.treem.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/**
 * Writes many records to the real test broker through one producer, as the outbox relay does (structured mode, keyed by
 * subject, {@code content-type} header), and tells when each was acknowledged by the broker.
 */
final class EventBurst implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    EventBurst() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEvents.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code event} and waits for the broker; returns the moment it was acknowledged. */
    Instant publish(String topic, CloudEvent event) {
        await(send(topic, event));
        return Instant.now();
    }

    /** Sends every event, in order, then waits for all of them. */
    void publishAll(String topic, List<CloudEvent> events) {
        List<Future<RecordMetadata>> sent = events.stream().map(event -> send(topic, event)).toList();
        sent.forEach(EventBurst::await);
    }

    /** Sends bytes that are no CloudEvent, without headers. */
    void publishRaw(String topic, String key, String value) {
        await(producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8))));
    }

    private Future<RecordMetadata> send(String topic, CloudEvent event) {
        var record = new ProducerRecord<>(topic, event.getSubject(), CloudEventCodec.serialize(event));
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return producer.send(record);
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not publish a test event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
