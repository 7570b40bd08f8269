package vn.treem.cases.national;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Compares our records of a commune with the national system's, both in the exchange format. Records are paired by
 * external id (our child id); a national record without one is an {@code ONLY_THERE}, with our child of the same
 * personal identification number as a candidate for linking. Field names only in the result.
 */
public final class Reconciler {

    public static final List<String> FIELDS = List.of("fullName", "sex", "birthDate", "estimatedBirthYear",
            "personalIdNumber", "ethnicityCode", "residenceCommuneCode", "specialCircumstances");

    private Reconciler() {
    }

    public record Result(int matched, List<Difference> differences) {

        public long count(Difference.Kind kind) {
            return differences.stream().filter(d -> d.kind() == kind).count();
        }
    }

    public static Result compare(List<NationalChildRecord> ours, List<NationalChildRecord> theirs) {
        Map<String, NationalChildRecord> local = new LinkedHashMap<>();
        Map<String, UUID> byPersonalId = new HashMap<>();
        for (NationalChildRecord record : ours) {
            local.put(record.externalId(), record);
            if (record.personalIdNumber() != null) {
                byPersonalId.put(record.personalIdNumber(), UUID.fromString(record.externalId()));
            }
        }
        List<Difference> differences = new ArrayList<>();
        int matched = 0;
        for (NationalChildRecord remote : theirs) {
            NationalChildRecord mine = remote.externalId() == null ? null : local.remove(remote.externalId());
            if (mine == null) {
                UUID candidate = remote.personalIdNumber() == null ? null : byPersonalId.get(remote.personalIdNumber());
                differences.add(new Difference(Difference.Kind.ONLY_THERE, null, remote.nationalId(), null, candidate));
                continue;
            }
            List<String> fields = differingFields(mine, remote);
            if (fields.isEmpty()) {
                matched++;
            } else {
                differences.add(new Difference(Difference.Kind.MISMATCH, UUID.fromString(mine.externalId()),
                        remote.nationalId(), fields, null));
            }
        }
        for (NationalChildRecord mine : local.values()) {
            differences.add(new Difference(Difference.Kind.ONLY_HERE, UUID.fromString(mine.externalId()), null, null,
                    null));
        }
        return new Result(matched, differences);
    }

    /** The names of the fields whose values differ. */
    public static List<String> differingFields(NationalChildRecord a, NationalChildRecord b) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(name(a.fullName()), name(b.fullName()))) {
            fields.add("fullName");
        }
        if (!Objects.equals(a.sex(), b.sex())) {
            fields.add("sex");
        }
        if (!Objects.equals(a.birthDate(), b.birthDate())) {
            fields.add("birthDate");
        }
        if (a.birthDate() == null && b.birthDate() == null
                && !Objects.equals(a.estimatedBirthYear(), b.estimatedBirthYear())) {
            fields.add("estimatedBirthYear");
        }
        if (!Objects.equals(a.personalIdNumber(), b.personalIdNumber())) {
            fields.add("personalIdNumber");
        }
        if (!Objects.equals(a.ethnicityCode(), b.ethnicityCode())) {
            fields.add("ethnicityCode");
        }
        if (!Objects.equals(a.residenceCommuneCode(), b.residenceCommuneCode())) {
            fields.add("residenceCommuneCode");
        }
        if (!groups(a).equals(groups(b))) {
            fields.add("specialCircumstances");
        }
        return fields;
    }

    /** Names compared as Unicode NFC with spaces collapsed: the same name typed on two systems. */
    private static String name(String value) {
        return value == null
                ? null
                : Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static TreeSet<String> groups(NationalChildRecord record) {
        TreeSet<String> codes = new TreeSet<>();
        record.groupsOrEmpty().forEach(g -> codes.add(g.groupCode() + "/" + g.subGroup()));
        return codes;
    }
}
