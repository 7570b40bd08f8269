package vn.treem.cases.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.security.Caller;

/**
 * Finding children in the registry: by name without accents ("nguyen van an" finds "Nguyễn Văn An", every word must
 * match a whole word), by birth year, by personal identification number. A caller finds only children with a case in a
 * commune within their unit.
 */
@ApplicationScoped
public class ChildQueries {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @Inject
    AdminUnitDirectory units;

    @Inject
    Caller caller;

    @Transactional
    public ChildPage search(String name, Integer birthYear, String personalIdNumber, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<FieldViolation> violations = new ArrayList<>();
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_LIMIT));
        }
        List<String> words = name == null ? List.of() : NameKey.words(name);
        if (words.isEmpty() && birthYear == null && (personalIdNumber == null || personalIdNumber.isBlank())) {
            violations.add(new FieldViolation("name", "SEARCH_CRITERION_REQUIRED"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and nameKey like :word").append(i);
            parameters.and("word" + i, "% " + words.get(i) + " %");
        }
        if (birthYear != null) {
            where.append(" and birthDate between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(birthYear, 1, 1)).and("yearEnd", LocalDate.of(birthYear, 12, 31));
        }
        if (personalIdNumber != null && !personalIdNumber.isBlank()) {
            where.append(" and personalIdNumber = :personalId");
            parameters.and("personalId", personalIdNumber.strip());
        }
        if (!AdminUnit.COUNTRY_CODE.equals(caller.unit())) {
            where.append(" and exists (select 1 from ProtectionCase c where c.child = ch"
                    + " and c.communeCode in :communes)");
            parameters.and("communes", units.subtree(caller.unit(), AdminUnitDirectory.today()));
        }
        if (cursor != null && !cursor.isBlank()) {
            List<String> after = Cursors.decode(cursor, 2);
            where.append(" and (nameKey > :afterKey or (nameKey = :afterKey and id > :afterId))");
            parameters.and("afterKey", after.get(0)).and("afterId", uuid(after.get(1)));
        }
        List<Child> found = Child.<Child>find("from Child ch where " + where + " order by nameKey, id", parameters)
                .page(0, size + 1).list();
        List<ChildSummary> items = found.stream().limit(size).map(ChildSummary::of).toList();
        if (found.size() <= size) {
            return new ChildPage(items, null);
        }
        Child last = found.get(size - 1);
        return new ChildPage(items, Cursors.encode(last.nameKey, last.id.toString()));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException garbled) {
            throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
        }
    }
}
