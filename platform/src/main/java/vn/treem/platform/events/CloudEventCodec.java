package vn.treem.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/**
 * CloudEvents 1.0 in structured JSON mode (ADR 0003): the whole event, attributes and data, is the Kafka record value,
 * with content type {@code application/cloudevents+json}.
 */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final ObjectMapper DATA = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Tolerant reader: producers may add members to a v1 event; consumers ignore what they do not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private CloudEventCodec() {
    }

    /**
     * A new event. {@code type} follows {@code vn.treem.<service>.<entity>.<past-tense-verb>.v<N>}; {@code data} must
     * carry only codes, counts and ids, never personal data.
     */
    public static CloudEvent create(String source, String type, String subject, OffsetDateTime time, Object data) {
        try {
            return CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString())
                    .withSource(URI.create(source))
                    .withType(type)
                    .withSubject(subject)
                    .withTime(time.withOffsetSameInstant(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(DATA.writeValueAsBytes(data))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " cannot be written as JSON", e);
        }
    }

    public static byte[] serialize(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    public static String serializeToString(CloudEvent event) {
        return new String(serialize(event), StandardCharsets.UTF_8);
    }

    /** Reads a structured-mode event; throws {@link IllegalArgumentException} when it is not one. */
    public static CloudEvent deserialize(byte[] bytes) {
        try {
            return FORMAT.deserialize(bytes);
        } catch (RuntimeException notACloudEvent) {
            throw new IllegalArgumentException("not a structured CloudEvents JSON document", notACloudEvent);
        }
    }

    public static JsonNode data(CloudEvent event) {
        try {
            return event.getData() == null ? DATA.nullNode() : DATA.readTree(event.getData().toBytes());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("event " + event.getId() + " has unreadable data", e);
        }
    }

    public static <T> T data(CloudEvent event, Class<T> type) {
        try {
            return DATA.treeToValue(data(event), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getId() + " data is not a " + type.getSimpleName(), e);
        }
    }

    /**
     * The data of a consumed event as {@code type}, for a consumer: an event without data, or with data of another
     * shape, cannot be used and throws {@link IllegalArgumentException} (the consumers send it to their dead-letter
     * topic).
     */
    public static <T> T requireData(CloudEvent event, Class<T> type) {
        T data = data(event, type);
        require(event, data != null, "data");
        return data;
    }

    /** Throws {@link IllegalArgumentException} naming the event and {@code what} it lacks unless {@code condition}. */
    public static void require(CloudEvent event, boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(
                    "event " + event.getId() + " of type " + event.getType() + " lacks a valid " + what);
        }
    }
}
