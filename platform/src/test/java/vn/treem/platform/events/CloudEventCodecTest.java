package vn.treem.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;

class CloudEventCodecTest {

    @Test
    void anEventSurvivesAStructuredModeRoundTrip() {
        CloudEvent event = CloudEventCodec.create("/case-service", "vn.treem.case.case.opened.v1", "case-1",
                OffsetDateTime.parse("2026-11-20T08:30:00+07:00"), Map.of("communeCode", "00004"));

        String json = CloudEventCodec.serializeToString(event);
        CloudEvent read = CloudEventCodec.deserialize(json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).contains("\"specversion\":\"1.0\"").contains("\"data\":{\"communeCode\":\"00004\"}");
        assertThat(read.getId()).isEqualTo(event.getId());
        assertThat(read.getType()).isEqualTo("vn.treem.case.case.opened.v1");
        assertThat(read.getSubject()).isEqualTo("case-1");
        assertThat(read.getTime().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-20T01:30:00Z").toInstant());
        assertThat(CloudEventCodec.data(read).path("communeCode").asText()).isEqualTo("00004");
    }

    @Test
    void everyEventGetsItsOwnId() {
        var a = CloudEventCodec.create("/x", "t", "s", OffsetDateTime.now(), Map.of());
        var b = CloudEventCodec.create("/x", "t", "s", OffsetDateTime.now(), Map.of());
        assertThat(a.getId()).isNotEqualTo(b.getId());
    }

    @Test
    void somethingThatIsNotACloudEventIsRefused() {
        assertThatThrownBy(() -> CloudEventCodec.deserialize("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
