package vn.treem.reporting;

import static vn.treem.reporting.Reporting.HA_NOI;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.CloudEventCodec;

/** Case and child events as case-service publishes them (docs/events), for the tests of the projection. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static CloudEvent opened(UUID caseId, String commune, String at, List<String> concerns, String sex,
            UUID child) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId.toString());
        data.put("intakeId", UUID.randomUUID().toString());
        data.put("communeCode", commune);
        data.put("provinceCode", HA_NOI);
        data.put("channel", "PHONE");
        data.put("receivedAt", at);
        data.put("concernCategories", concerns);
        data.put("childSex", sex);
        data.put("childAgeBand", "AGE_11_15");
        data.put("status", "RECEIVED");
        if (child != null) {
            data.put("childId", child.toString());
        }
        return event("vn.treem.case.case.opened.v1", caseId, at, data);
    }

    public static CloudEvent statusChanged(UUID caseId, String commune, String to, String at, Boolean initialMet) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId.toString());
        data.put("communeCode", commune);
        data.put("provinceCode", HA_NOI);
        data.put("toStatus", to);
        data.put("at", at);
        data.put("deadlines", initialMet == null
                ? List.of()
                : List.of(Map.of("kind", "INITIAL_ASSESSMENT", "dueAt", at, "met", initialMet)));
        return event("vn.treem.case.case.status-changed.v1", caseId, at, data);
    }

    public static CloudEvent serviceDelivered(UUID caseId, String commune, String on) {
        return event("vn.treem.case.case.service-delivered.v1", caseId, on + "T10:00:00+07:00",
                Map.of("caseId", caseId.toString(), "serviceId", UUID.randomUUID().toString(), "communeCode", commune,
                        "serviceType", "MEDICAL_CARE", "deliveredOn", on));
    }

    public static CloudEvent deadlineMissed(UUID caseId, String commune, String kind, String due) {
        return event("vn.treem.case.case.deadline-missed.v1", caseId, due,
                Map.of("caseId", caseId.toString(), "communeCode", commune, "provinceCode", HA_NOI, "kind", kind,
                        "dueAt", due, "missedAt", OffsetDateTime.parse(due).plusMinutes(1).toString()));
    }

    public static CloudEvent child(UUID childId, String commune, String at, List<Map<String, Object>> groups) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childId", childId.toString());
        data.put("residenceCommuneCode", commune);
        data.put("residenceProvinceCode", HA_NOI);
        data.put("sex", "FEMALE");
        data.put("ageBand", "AGE_6_10");
        data.put("ethnicity", "01");
        data.put("groups", groups);
        data.put("at", at);
        return CloudEventCodec.create("/case-service", "vn.treem.case.child.registered.v1", childId.toString(),
                OffsetDateTime.parse(at), data);
    }

    private static CloudEvent event(String type, UUID caseId, String at, Map<String, Object> data) {
        return CloudEventCodec.create("/case-service", type, caseId.toString(), OffsetDateTime.parse(at), data);
    }
}
