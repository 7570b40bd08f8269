package vn.treem.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.adminunits.AdminUnitLoader;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Roles;

/**
 * Reading plans. Plans are public administrative documents, but each user sees those of their own unit and below (the
 * plans they issue or oversee) and those of the units above them (the plans they implement), as the hierarchy was on
 * each plan's issue date. Others answer 404.
 */
@ApplicationScoped
public class PlanQueries {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    AdminUnitDirectory units;

    @Inject
    Caller caller;

    @Transactional
    public PlanView read(UUID id) {
        Plan plan = Plan.findById(id);
        if (plan == null || !visible(plan)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return PlanView.of(plan);
    }

    /**
     * A page of the plans the caller may see, newest issue date first (then by id, descending). {@code limit} and
     * {@code year} arrive as the query string has them, so that "abc" is a field error and not a 404.
     */
    @Transactional
    public PlanPage list(String issuingUnit, String yearText, String limitText, String cursor) {
        List<FieldViolation> violations = new ArrayList<>();
        Integer limit = integer("limit", limitText, violations);
        Integer year = integer("year", yearText, violations);
        if (limit != null && limit < 1) {
            violations.add(new FieldViolation("limit", "TOO_SMALL", 1));
        } else if (limit != null && limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "TOO_LARGE", MAX_LIMIT));
        }
        if (year != null && (year < PlanRequest.FIRST_YEAR || year > PlanRequest.LAST_YEAR)) {
            violations.add(new FieldViolation("year", "OUT_OF_RANGE", String.valueOf(PlanRequest.FIRST_YEAR),
                    String.valueOf(PlanRequest.LAST_YEAR)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        Optional<Cursor> after = Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(Cursor::decode);

        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        Set<String> candidates = candidateUnits();
        if (candidates != null) {
            query.append(" and issuingUnitCode in :units");
            parameters.and("units", candidates);
        }
        if (issuingUnit != null && !issuingUnit.isBlank()) {
            query.append(" and issuingUnitCode = :issuingUnit");
            parameters.and("issuingUnit", issuingUnit.strip());
        }
        if (year != null) {
            query.append(" and issueDate between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(year, 1, 1)).and("yearEnd", LocalDate.of(year, 12, 31));
        }
        List<PlanView> items = new ArrayList<>();
        Cursor position = after.orElse(null);
        boolean more = true;
        while (items.size() <= size && more) {
            String page = query + (position == null
                    ? ""
                    : " and (issueDate < :afterDate or (issueDate = :afterDate and id < :afterId))");
            Parameters pageParameters = copy(parameters);
            if (position != null) {
                pageParameters.and("afterDate", position.issueDate()).and("afterId", position.id());
            }
            List<Plan> batch = Plan.<Plan>find(page + " order by issueDate desc, id desc", pageParameters)
                    .page(0, size + 1).list();
            more = batch.size() == size + 1;
            for (Plan plan : batch) {
                position = new Cursor(plan.issueDate, plan.id);
                if (visible(plan)) {
                    items.add(PlanView.of(plan));
                }
                if (items.size() > size) {
                    break;
                }
            }
        }
        if (items.size() > size) {
            PlanView last = items.get(size - 1);
            return new PlanPage(items.subList(0, size), new Cursor(last.issueDate(), last.id()).encode());
        }
        return new PlanPage(items, null);
    }

    /** Whether the caller sees {@code plan}: its issuer lies within the caller's unit, or above it. */
    /**
     * Issued plans: within the caller's unit or above it. Drafts: only planners (and admins) of the issuing unit or a
     * unit above it — a draft is not yet a public document.
     */
    public boolean visible(Plan plan) {
        String mine = caller.unit();
        if (plan.status == PlanStatus.DRAFT) {
            return (caller.hasRole(Roles.PLANNER) || caller.hasRole(Roles.ADMIN))
                    && units.isWithin(plan.issuingUnitCode, mine, plan.issueDate);
        }
        return units.isWithin(plan.issuingUnitCode, mine, plan.issueDate)
                || units.isWithin(mine, plan.issuingUnitCode, plan.issueDate);
    }

    /**
     * The unit codes whose plans the caller may see in either hierarchy (a superset, narrowed by {@link #visible});
     * null when the caller sees every unit.
     */
    private Set<String> candidateUnits() {
        String mine = caller.unit();
        if (AdminUnit.COUNTRY_CODE.equals(mine)) {
            return null;
        }
        Set<String> codes = new HashSet<>(Set.of(AdminUnit.COUNTRY_CODE));
        for (LocalDate date : List.of(AdminUnitLoader.BEFORE_REFORM.validTo(), AdminUnitDirectory.today())) {
            codes.addAll(units.subtree(mine, date));
            Optional<AdminUnit> cursor = units.find(mine, date);
            while (cursor.isPresent() && cursor.get().parentCode() != null) {
                codes.add(cursor.get().parentCode());
                cursor = units.find(cursor.get().parentCode(), date);
            }
        }
        return codes;
    }

    private static Integer integer(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            violations.add(new FieldViolation(field, "INVALID_FORMAT", "integer"));
            return null;
        }
    }

    private static Parameters copy(Parameters parameters) {
        Parameters copy = new Parameters();
        parameters.map().forEach(copy::and);
        return copy;
    }

    /** Position after the last item of a page: issue date and id. */
    record Cursor(LocalDate issueDate, UUID id) {

        String encode() {
            return Cursors.encode(issueDate.toString(), id.toString());
        }

        static Cursor decode(String text) {
            List<String> parts = Cursors.decode(text, 2);
            try {
                return new Cursor(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (RuntimeException garbled) {
                throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
            }
        }
    }
}
