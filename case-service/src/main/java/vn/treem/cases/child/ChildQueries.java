package vn.treem.cases.child;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Parameters;
import vn.treem.cases.access.RecordAccess;
import vn.treem.cases.access.RecordType;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;

/**
 * Finding children in the registry: by name without accents ("nguyen van an" finds "Nguyễn Văn An", every word must
 * match a whole word), birth year, personal identification number and unit; and delta sync by last change. A caller
 * finds only the children within reach ({@link RecordAccess}); every child found is written to the access log.
 */
@ApplicationScoped
public class ChildQueries {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @Inject
    AdminUnitDirectory units;

    @Inject
    RecordAccess access;

    @ConfigProperty(name = "treem.sync.settle", defaultValue = "PT2S")
    Duration settle;

    @Transactional
    public ChildView read(UUID id) {
        Child child = access.visibleChild(id, false);
        access.log(RecordType.CHILD, child.id, "READ", "identity", "caregivers", "groups");
        return ChildView.of(child);
    }

    @Transactional
    public ChildPage search(String name, Integer birthYear, String personalIdNumber, String unit,
            OffsetDateTime updatedSince, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<FieldViolation> violations = new ArrayList<>();
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_LIMIT));
        }
        List<String> words = name == null ? List.of() : NameKey.words(name);
        boolean sync = updatedSince != null;
        if (words.isEmpty() && birthYear == null && (personalIdNumber == null || personalIdNumber.isBlank())
                && unit == null && !sync) {
            violations.add(new FieldViolation("name", "SEARCH_CRITERION_REQUIRED"));
        }
        if (unit != null && units.current(unit).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unit));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        Parameters parameters = new Parameters();
        StringBuilder where = new StringBuilder(access.childFilter("ch", parameters));
        for (int i = 0; i < words.size(); i++) {
            where.append(" and ch.nameKey like :word").append(i);
            parameters.and("word" + i, "% " + words.get(i) + " %");
        }
        if (birthYear != null) {
            where.append(" and ch.birthDate between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(birthYear, 1, 1)).and("yearEnd", LocalDate.of(birthYear, 12, 31));
        }
        if (personalIdNumber != null && !personalIdNumber.isBlank()) {
            where.append(" and ch.personalIdNumber = :personalId");
            parameters.and("personalId", personalIdNumber.strip());
        }
        if (unit != null) {
            where.append(" and ch.residenceCommuneCode in :unitTree");
            parameters.and("unitTree", units.subtree(unit, AdminUnitDirectory.today()));
        }
        OffsetDateTime until = null;
        String order;
        if (sync) {
            until = OffsetDateTime.now().minus(settle);
            where.append(" and ch.updatedAt >= :since and ch.updatedAt < :until");
            parameters.and("since", updatedSince).and("until", until);
            order = " order by ch.updatedAt, ch.id";
        } else {
            order = " order by ch.nameKey, ch.id";
        }
        if (cursor != null && !cursor.isBlank()) {
            List<String> after = Cursors.decode(cursor, 2);
            if (sync) {
                where.append(" and (ch.updatedAt > :afterKey or (ch.updatedAt = :afterKey and ch.id > :afterId))");
                parameters.and("afterKey", Cursors.timePart(after.get(0)));
            } else {
                where.append(" and (ch.nameKey > :afterKey or (ch.nameKey = :afterKey and ch.id > :afterId))");
                parameters.and("afterKey", after.get(0));
            }
            parameters.and("afterId", Cursors.uuidPart(after.get(1)));
        }
        List<Child> found = Child.<Child>find("from Child ch where " + where + order, parameters)
                .page(0, size + 1).list();
        List<ChildSummary> items = found.stream().limit(size).map(ChildSummary::of).toList();
        items.forEach(c -> access.log(RecordType.CHILD, c.id(), "SEARCH", "identity"));
        String next = null;
        if (found.size() > size) {
            Child last = found.get(size - 1);
            next = Cursors.encode(sync ? last.updatedAt.toString() : last.nameKey, last.id.toString());
        }
        return new ChildPage(items, next, until);
    }

}
