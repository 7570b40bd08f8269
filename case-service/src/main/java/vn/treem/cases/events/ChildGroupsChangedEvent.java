package vn.treem.cases.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code vn.treem.case.child.groups-changed.v1}: the special-circumstance groups a child entered or left. */
public record ChildGroupsChangedEvent(
        UUID childId,
        String residenceCommuneCode,
        String residenceProvinceCode,
        String sex,
        String ageBand,
        List<String> added,
        List<String> removed,
        List<ChildRecordEvent.Group> groups,
        OffsetDateTime at) {

    public static final String TYPE = "vn.treem.case.child.groups-changed.v1";
}
