package vn.treem.reporting.projection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.CloudEventCodec;

/**
 * Keeps the case and child facts ({@code case_fact}, {@code child_fact}) up to date from case-service's events. Each
 * event is applied once (the caller checks the inbox in the same transaction); the result depends only on the events of
 * each case or child, which arrive in order (they are keyed by case or child id), so a rebuild from the start of the
 * topic gives the same rows.
 */
@ApplicationScoped
public class CaseFacts {

    /** Concerns that are forms of abuse (xâm hại) in Circular 13/2021 statistics. */
    static final Set<String> ABUSE = Set.of("VIOLENCE", "EXPLOITATION", "SEXUAL_ABUSE", "TRAFFICKING", "ABANDONMENT",
            "NEGLECT", "OTHER_ABUSE");

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalArgumentException.class)
    public void apply(CloudEvent event) {
        String type = event.getType();
        if (!type.startsWith("vn.treem.case.")) {
            return;
        }
        JsonNode data = CloudEventCodec.data(event);
        if (data == null) {
            throw new IllegalArgumentException("event " + event.getId() + " has no data");
        }
        // The child whose count in child_stock the event may change, and the owner (child, or case without a child)
        // whose flow counts it may change: their contributions are taken out before the first change the transaction
        // makes to their facts, and put back, recomputed from the facts, once before it commits (Restock).
        KnownCase known = switch (type) {
            case "vn.treem.case.case.status-changed.v1", "vn.treem.case.case.deadline-missed.v1",
                    "vn.treem.case.case.service-delivered.v1" ->
                knownCase(uuid(data, "caseId"));
            default -> null;
        };
        UUID stockChild = stockChild(type, data, known);
        UUID flowOwner = flowOwner(type, data, known);
        Restock restock = restock();
        if (stockChild != null && restock.stock.add(stockChild)) {
            em.createNativeQuery("select cast(child_restock_one(cast(?1 as uuid), -1) as varchar)")
                    .setParameter(1, stockChild).getSingleResult();
        }
        if (flowOwner != null && restock.flow.add(flowOwner)) {
            em.createNativeQuery("select cast(flow_restock_one(cast(?1 as uuid), -1) as varchar)")
                    .setParameter(1, flowOwner).getSingleResult();
        }
        applyFacts(type, data);
    }

    /**
     * The children and owners whose contributions the current transaction took out of {@code child_stock} and
     * {@code flow_count}; they are put back all at once, recomputed from the facts as they then stand, just before the
     * transaction commits: one statement per batch of events instead of one per event. A rollback drops the lot.
     */
    static final class Restock {

        final Set<UUID> stock = new LinkedHashSet<>();
        final Set<UUID> flow = new LinkedHashSet<>();
    }

    private Restock restock() {
        Restock restock = (Restock) transactions.getResource(Restock.class);
        if (restock == null) {
            Restock pending = new Restock();
            transactions.putResource(Restock.class, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {

                @Override
                public void beforeCompletion() {
                    putBack(pending);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing after: the counts were put back in the transaction
                }
            });
            restock = pending;
        }
        return restock;
    }

    private void putBack(Restock restock) {
        if (!restock.stock.isEmpty()) {
            em.createNativeQuery("select cast(child_restock(cast(string_to_array(?1, ',') as uuid[]), 1) as varchar)")
                    .setParameter(1, join(restock.stock)).getSingleResult();
        }
        if (!restock.flow.isEmpty()) {
            em.createNativeQuery("select cast(flow_restock(cast(string_to_array(?1, ',') as uuid[]), 1) as varchar)")
                    .setParameter(1, join(restock.flow)).getSingleResult();
        }
    }

    private static String join(Set<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }

    /**
     * The owner whose contribution to {@code flow_count} and {@code flow_overlap} (flow indicators per commune and
     * period) an event of {@code type} can change: the child of the case, or the case when it has no child; null for
     * events that change no flow (referrals, closure, child records).
     */
    private UUID flowOwner(String type, JsonNode data, KnownCase known) {
        return switch (type) {
            case "vn.treem.case.case.opened.v1" -> {
                UUID child = optionalUuid(data, "childId");
                yield child != null ? child : uuid(data, "caseId");
            }
            case "vn.treem.case.case.status-changed.v1", "vn.treem.case.case.deadline-missed.v1",
                    "vn.treem.case.case.service-delivered.v1" ->
                known == null ? null : known.childId() != null ? known.childId() : known.caseId();
            default -> null;
        };
    }

    /** A case as the facts know it: its id and its child's (null for a case without a registered child). */
    private record KnownCase(UUID caseId, UUID childId) {
    }

    /** The case in {@code case_fact}, or null when no event has opened it yet; read once per event. */
    private KnownCase knownCase(UUID caseId) {
        List<?> child = em.createNativeQuery("select cast(child_id as varchar) from case_fact where case_id = ?1")
                .setParameter(1, caseId).getResultList();
        if (child.isEmpty()) {
            return null;
        }
        return new KnownCase(caseId, child.get(0) == null ? null : UUID.fromString(child.get(0).toString()));
    }

    private void applyFacts(String type, JsonNode data) {
        switch (type) {
            case "vn.treem.case.case.opened.v1" -> opened(data);
            case "vn.treem.case.case.status-changed.v1" -> statusChanged(data);
            case "vn.treem.case.case.deadline-missed.v1" -> deadlineMissed(data);
            case "vn.treem.case.case.service-delivered.v1" -> serviceDelivered(data);
            case "vn.treem.case.case.referral-made.v1" -> sql("update case_fact set referrals = referrals + 1"
                    + " where case_id = ?1", uuid(data, "caseId"));
            case "vn.treem.case.case.closed.v1" -> sql("update case_fact set closed_at = ?2 where case_id = ?1",
                    uuid(data, "caseId"), time(data, "closedAt"));
            case "vn.treem.case.child.registered.v1", "vn.treem.case.child.updated.v1" -> child(data, true);
            case "vn.treem.case.child.groups-changed.v1" -> child(data, false);
            default -> {
                // other case events carry nothing the indicators use
            }
        }
    }

    /**
     * The child whose contribution to {@code child_stock} (children in special circumstances per commune and month) an
     * event of {@code type} can change: a child event's child, or the child of a case whose intervention can start;
     * null for other events.
     */
    private UUID stockChild(String type, JsonNode data, KnownCase known) {
        return switch (type) {
            case "vn.treem.case.child.registered.v1", "vn.treem.case.child.updated.v1",
                    "vn.treem.case.child.groups-changed.v1" ->
                uuid(data, "childId");
            case "vn.treem.case.case.status-changed.v1", "vn.treem.case.case.service-delivered.v1" ->
                known == null ? null : known.childId();
            default -> null;
        };
    }

    private void opened(JsonNode d) {
        UUID caseId = uuid(d, "caseId");
        boolean abused = false;
        for (JsonNode concern : d.path("concernCategories")) {
            abused |= ABUSE.contains(concern.asText());
        }
        sql("""
                insert into case_fact (case_id, intake_commune_code, commune_code, province_code, opened_at, channel,
                    abused, child_id, child_sex, child_age_band, status, status_at)
                values (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?4) on conflict (case_id) do nothing""",
                caseId, required(d, "communeCode"), text(d, "provinceCode"), time(d, "receivedAt"),
                text(d, "channel"), abused, optionalUuid(d, "childId"), text(d, "childSex"), text(d, "childAgeBand"),
                d.path("status").asText("RECEIVED"));
        for (JsonNode concern : d.path("concernCategories")) {
            sql("insert into case_fact_concern (case_id, concern) values (?1, ?2) on conflict do nothing", caseId,
                    concern.asText());
        }
    }

    private void statusChanged(JsonNode d) {
        UUID caseId = uuid(d, "caseId");
        Timestamp at = time(d, "at");
        String to = required(d, "toStatus");
        sql("""
                update case_fact set status = ?2, status_at = ?3, commune_code = coalesce(?4, commune_code),
                    intervention_at = case when ?2 = 'IN_INTERVENTION' then coalesce(intervention_at, ?3)
                                           else intervention_at end,
                    closed_at = case when ?2 = 'CLOSED' then ?3 when ?2 = 'REOPENED' then null else closed_at end
                where case_id = ?1""", caseId, to, at, text(d, "communeCode"));
        for (JsonNode outcome : d.path("deadlines")) {
            if ("INITIAL_ASSESSMENT".equals(outcome.path("kind").asText())) {
                sql("update case_fact set initial_on_time = ?2 where case_id = ?1 and initial_on_time is null",
                        caseId, outcome.path("met").asBoolean());
            }
        }
    }

    private void deadlineMissed(JsonNode d) {
        UUID caseId = uuid(d, "caseId");
        sql("""
                insert into case_fact_deadline_missed (case_id, kind, due_at, missed_at, commune_code)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""", caseId, required(d, "kind"),
                time(d, "dueAt"), time(d, "missedAt"), required(d, "communeCode"));
        if ("INITIAL_ASSESSMENT".equals(d.path("kind").asText())) {
            sql("update case_fact set initial_on_time = false where case_id = ?1", caseId);
        }
    }

    private void serviceDelivered(JsonNode d) {
        LocalDate on = LocalDate.parse(required(d, "deliveredOn"));
        Timestamp start = Timestamp.from(on.atStartOfDay(AdminUnitDirectory.BUSINESS_ZONE).toInstant());
        sql("""
                update case_fact set services = services + 1, intervention_at = least(coalesce(intervention_at, ?2), ?2)
                where case_id = ?1""", uuid(d, "caseId"), start);
    }

    /** A child's record: residence, sex, age band, ethnicity, groups (with {@code full}) or the groups only. */
    private void child(JsonNode d, boolean full) {
        UUID childId = uuid(d, "childId");
        sql("""
                insert into child_fact (child_id, commune_code, province_code, sex, age_band, ethnicity, registered_at,
                    updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
                on conflict (child_id) do update set commune_code = excluded.commune_code,
                    province_code = excluded.province_code, sex = coalesce(excluded.sex, child_fact.sex),
                    age_band = coalesce(excluded.age_band, child_fact.age_band),
                    ethnicity = case when ?8 then excluded.ethnicity else child_fact.ethnicity end,
                    updated_at = excluded.updated_at""",
                childId, required(d, "residenceCommuneCode"), text(d, "residenceProvinceCode"), text(d, "sex"),
                text(d, "ageBand"), text(d, "ethnicity"), time(d, "at"), full);
        sql("delete from child_fact_group where child_id = ?1", childId);
        int position = 0;
        for (JsonNode group : d.path("groups")) {
            sql("""
                    insert into child_fact_group (child_id, position, group_code, since, until)
                    values (?1, ?2, ?3, ?4, ?5)""", childId, position++, group.path("code").asText(),
                    date(group, "since"), date(group, "until"));
        }
    }

    private void sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(required(d, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a UUID: " + field);
        }
    }

    private static UUID optionalUuid(JsonNode d, String field) {
        String text = text(d, field);
        return text == null ? null : UUID.fromString(text);
    }

    private static String required(JsonNode d, String field) {
        String text = text(d, field);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return text;
    }

    private static String text(JsonNode d, String field) {
        JsonNode node = d.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Timestamp time(JsonNode d, String field) {
        return Timestamp.from(OffsetDateTime.parse(required(d, field)).toInstant());
    }

    private static java.sql.Date date(JsonNode d, String field) {
        String text = text(d, field);
        return text == null ? null : java.sql.Date.valueOf(LocalDate.parse(text));
    }
}
