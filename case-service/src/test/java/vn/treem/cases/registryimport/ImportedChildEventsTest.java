package vn.treem.cases.registryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.treem.cases.registryimport.ImportFiles.HOAN_KIEM;
import static vn.treem.cases.registryimport.ImportFiles.csv;
import static vn.treem.cases.registryimport.ImportFiles.finished;
import static vn.treem.cases.registryimport.ImportFiles.idNumber;
import static vn.treem.cases.registryimport.ImportFiles.upload;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.cases.child.Child;
import vn.treem.cases.child.ChildService;
import vn.treem.cases.events.ChildRecordEvent;
import vn.treem.platform.events.CloudEventCodec;

/**
 * The {@code child.registered} events of imported children are built in SQL (ADR 0013, revised): each must be, byte for
 * byte but its random id, the event the registry's own builder ({@link ChildService#event}) and the platform's
 * {@link CloudEventCodec} write for the same child at the same time; and each new child is queued for the national
 * child database like a child registered one by one.
 */
@QuarkusTest
class ImportedChildEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChildService registry;

    @ConfigProperty(name = "treem.events.source")
    String source;

    /** One outbox row of an imported child. */
    record Stored(String eventId, String payload, OffsetDateTime createdAt) {
    }

    @Test
    void theSqlBuiltEventOfEachImportedChildIsTheCodecsEventForThatChild() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String withAll = idNumber(false, 2016);
        String csv = csv(List.of(ChildImportTest.HEADER,
                row("1", "Sùng Thị Mỷ " + tag, "01/05/2016", "Nữ", "Mông", HOAN_KIEM, withAll, "G09; G04",
                        "Sùng A Páo", "Cha", "0987654321"),
                row("2", "Đinh Văn Tèo " + tag, "07/11/2012", "Nam", "", HOAN_KIEM, "", "", "", "", ""),
                row("3", "Lương Văn Ba " + tag, "07/11/2020", "Nam", "Kinh", HOAN_KIEM, "", "G01", "", "", "")));

        String job = upload(ChildImportTest.WORKER, csv).then().statusCode(202).extract().path("id");
        finished(ChildImportTest.WORKER, job).then().body("rowsImported", equalTo(3));

        List<UUID> children = childrenNamedWith(tag);
        assertThat(children).hasSize(3);
        for (UUID child : children) {
            List<Stored> stored = outbox(child);
            assertThat(stored).as("one event per child").hasSize(1);
            Stored row = stored.get(0);
            CloudEvent built = CloudEventCodec.deserialize(row.payload().getBytes(StandardCharsets.UTF_8));
            assertThat(built.getId()).isEqualTo(row.eventId());
            OffsetDateTime at = OffsetDateTime.parse(CloudEventCodec.data(built).path("at").asText());
            assertThat(at.toInstant()).isEqualTo(row.createdAt().toInstant());

            CloudEvent expected = QuarkusTransaction.requiringNew().call(() -> {
                Child found = Child.findById(child);
                assertThat(found.createdAt.toInstant()).as("the event's time is the child's").isEqualTo(
                        at.toInstant());
                return CloudEventCodec.create(source, ChildRecordEvent.REGISTERED, child.toString(), at,
                        registry.event(found, at));
            });
            String codec = CloudEventCodec.serializeToString(expected).replace(expected.getId(), built.getId());
            assertThat(row.payload()).isEqualTo(codec);
            // What the consumers do with it (reporting-service reads the data as a ChildRecordEvent).
            assertThat(CloudEventCodec.requireData(built, ChildRecordEvent.class))
                    .isEqualTo(CloudEventCodec.requireData(expected, ChildRecordEvent.class));
        }
        UUID grouped = UUID.fromString(query("select id::text from child where personal_id_number = ?", withAll)
                .get(0));
        assertThat(outbox(grouped).get(0).payload()).contains("{\"code\":\"G04\"").contains("{\"code\":\"G09\"")
                .contains("\"ethnicity\":\"");
    }

    @Test
    void eachImportedChildIsQueuedForTheNationalDatabase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = csv(List.of(ChildImportTest.HEADER,
                row("1", "Hà Văn Quốc " + tag, "03/02/2015", "Nam", "", HOAN_KIEM, "", "", "", "", ""),
                row("2", "Hà Thị Gia " + tag, "04/03/2016", "Nữ", "", HOAN_KIEM, "", "", "", "", "")));

        String job = upload(ChildImportTest.WORKER, csv).then().statusCode(202).extract().path("id");
        finished(ChildImportTest.WORKER, job).then().body("rowsImported", equalTo(2));
        // The same file again: nothing new, nothing queued again.
        String again = upload(ChildImportTest.WORKER, csv).then().statusCode(202).extract().path("id");
        finished(ChildImportTest.WORKER, again).then().body("rowsImported", equalTo(0));

        List<UUID> children = childrenNamedWith(tag);
        assertThat(children).hasSize(2);
        for (UUID child : children) {
            assertThat(query("select kind || ' ' || status || ' ' || commune_code from national_sync_outbox"
                    + " where child_id = ?", child)).containsExactly("CHILD PENDING " + HOAN_KIEM);
        }
    }

    private static List<String> row(String... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private List<UUID> childrenNamedWith(String tag) throws Exception {
        return query("select id::text from child where full_name like ? order by birth_date desc", "%" + tag)
                .stream().map(UUID::fromString).toList();
    }

    private List<Stored> outbox(UUID child) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select event_id, payload, created_at from outbox_event
                        where aggregate_type = 'child' and aggregate_id = ? and event_type = ?""")) {
            query.setString(1, child.toString());
            query.setString(2, ChildRecordEvent.REGISTERED);
            List<Stored> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Stored(rows.getString(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class)));
                }
            }
            return found;
        }
    }

    private List<String> query(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }
}
