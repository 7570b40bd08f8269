package vn.treem.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.testing.TestEvents;

/**
 * The platform's outbox relay, run in case-service (a real PostgreSQL and Kafka): its scans start above the events
 * already published, and that floor never passes an event whose transaction is still running, however many later events
 * are published meanwhile (ADR 0002, revised in session 7).
 */
@QuarkusTest
class OutboxRelayFloorTest {

    static final String TYPE = "vn.treem.case.relay-test.v1";

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @ConfigProperty(name = "treem.events.source")
    String source;

    @Test
    void anEventCommittedAfterLaterEventsWerePublishedIsStillPublished() throws Exception {
        String lateSubject = "late-" + UUID.randomUUID();
        long lateId;
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            lateId = insertEvent(late, lateSubject);
            List<String> onTime = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                onTime.add(QuarkusTransaction.requiringNew().call(() -> outbox.record("relay-test",
                        "on-time-" + UUID.randomUUID(), TYPE, OffsetDateTime.now(), Map.of("n", n))));
            }
            // Several complete runs: each would move the floor if nothing held it back.
            for (int i = 0; i < 4; i++) {
                relay.drain();
            }
            for (String eventId : onTime) {
                assertThat(published(eventId)).as("an event committed on time").isTrue();
                assertThat(rowId(eventId)).isGreaterThan(lateId);
            }
            assertThat(relay.floor()).as("the floor stays below the running transaction's event").isLessThan(lateId);
            late.commit();
        }
        relay.drain();

        List<CloudEvent> seen = TestEvents.await(topic, event -> lateSubject.equals(event.getSubject()), 1,
                Duration.ofSeconds(20));
        assertThat(seen).hasSize(1);
        assertThat(publishedRow(lateId)).isTrue();
    }

    @Test
    void scansStartAboveTheEventsAlreadyPublished() throws Exception {
        String eventId = QuarkusTransaction.requiringNew().call(() -> outbox.record("relay-test",
                "floor-" + UUID.randomUUID(), TYPE, OffsetDateTime.now(), Map.of("n", 1)));
        drainUntilTheFloorReaches(rowId(eventId));
        assertThat(published(eventId)).isTrue();
    }

    @Test
    void anEventWrittenBelowTheFloorIsPublishedByTheNextSweep() throws Exception {
        long unused;
        try (Connection taken = dataSource.getConnection()) {
            // A sequence value is not given back on rollback: this id is never used by anyone else.
            taken.setAutoCommit(false);
            unused = ((Number) single("select nextval('outbox_event_id_seq')", null, taken)).longValue();
            taken.rollback();
        }
        String eventId = QuarkusTransaction.requiringNew().call(() -> outbox.record("relay-test",
                "above-" + UUID.randomUUID(), TYPE, OffsetDateTime.now(), Map.of("n", 2)));
        drainUntilTheFloorReaches(rowId(eventId));
        // What the floor cannot see: a row that appears under an id below it (an event id taken before the scan,
        // written after). The sweep (every second in tests, every minute by default) scans from the first id.
        String belowSubject = "below-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            insertEvent(connection, belowSubject, unused);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            relay.drain();
            return publishedRow(unused);
        });
        assertThat(TestEvents.await(topic, event -> belowSubject.equals(event.getSubject()), 1,
                Duration.ofSeconds(20))).hasSize(1);
    }

    /** Complete relay runs until the floor is at or above {@code id} (two runs, when no other transaction runs). */
    private void drainUntilTheFloorReaches(long id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            relay.drain();
            return relay.floor() >= id;
        });
    }

    private long insertEvent(Connection connection, String subject) throws SQLException {
        return insertEvent(connection, subject, null);
    }

    private long insertEvent(Connection connection, String subject, Long id) throws SQLException {
        CloudEvent event = CloudEventCodec.create(source, TYPE, subject, OffsetDateTime.now(), Map.of("late", true));
        try (PreparedStatement insert = connection.prepareStatement(
                """
                        insert into outbox_event (id, event_id, aggregate_type, aggregate_id, event_type, payload, created_at)
                        values (coalesce(?, nextval('outbox_event_id_seq')), ?, 'relay-test', ?, ?, ?, now()) returning id""")) {
            insert.setObject(1, id, java.sql.Types.BIGINT);
            insert.setString(2, event.getId());
            insert.setString(3, subject);
            insert.setString(4, TYPE);
            insert.setString(5, CloudEventCodec.serializeToString(event));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long rowId(String eventId) throws SQLException {
        return ((Number) single("select id from outbox_event where event_id = ?", eventId)).longValue();
    }

    private boolean published(String eventId) throws SQLException {
        return (Boolean) single("select published_at is not null from outbox_event where event_id = ?", eventId);
    }

    private boolean publishedRow(long id) throws SQLException {
        return (Boolean) single("select published_at is not null from outbox_event where id = ?", id);
    }

    /** The value of the first row of a query with one parameter. */
    private Object single(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return single(sql, parameter, connection);
        }
    }

    private static Object single(String sql, Object parameter, Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getObject(1);
            }
        }
    }
}
