package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * What administrators do with the sync outbox: list the changes of their unit (pending, parked, done) and re-queue
 * parked ones once the cause is fixed. An administrator sees the items of the communes within their unit; others answer
 * 404.
 */
@ApplicationScoped
public class NationalSyncService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @Inject
    Caller caller;

    @Inject
    AdminUnitDirectory units;

    @Inject
    NationalChildRegistry registry;

    @Transactional
    public SyncItemPage page(String status, String unit, java.util.UUID childId, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<FieldViolation> violations = new ArrayList<>();
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_LIMIT));
        }
        NationalSyncItem.Status wanted = null;
        if (status != null) {
            try {
                wanted = NationalSyncItem.Status.valueOf(status);
            } catch (IllegalArgumentException unknown) {
                violations.add(new FieldViolation("status", "INVALID_VALUE"));
            }
        }
        Long after = null;
        if (cursor != null) {
            try {
                after = Long.parseLong(Cursors.decode(cursor, 1).get(0));
            } catch (NumberFormatException garbled) {
                violations.add(new FieldViolation("cursor", "INVALID_VALUE"));
            }
        }
        String scope = scope(unit, violations);
        Parameters parameters = new Parameters();
        StringBuilder where = new StringBuilder("1 = 1");
        Set<String> communes = communes(scope);
        if (communes != null) {
            where.append(" and communeCode in :communes");
            parameters.and("communes", communes);
        }
        if (wanted != null) {
            where.append(" and status = :status");
            parameters.and("status", wanted);
        }
        if (childId != null) {
            where.append(" and childId = :child");
            parameters.and("child", childId);
        }
        if (after != null) {
            where.append(" and id < :after");
            parameters.and("after", after);
        }
        List<NationalSyncItem> found = NationalSyncItem.<NationalSyncItem>find(where + " order by id desc", parameters)
                .page(0, size + 1).list();
        List<SyncItemView> items = found.stream().limit(size).map(SyncItemView::of).toList();
        String next = found.size() > size ? Cursors.encode(String.valueOf(items.get(size - 1).id())) : null;
        return new SyncItemPage(items, next);
    }

    @Transactional
    public SyncItemView item(long id) {
        return SyncItemView.of(visible(id, false));
    }

    /**
     * Puts a parked item back in the queue, due now, with its tries counted from zero; a pending item is made due now.
     * A done item cannot be re-queued (409): a new change of the record queues a new item.
     */
    @Transactional
    public SyncItemView requeue(long id) {
        NationalSyncItem item = visible(id, true);
        if (item.status == NationalSyncItem.Status.DONE) {
            throw ProblemException.of(ProblemType.CONFLICT, "national.requeue.done");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (item.status == NationalSyncItem.Status.PARKED) {
            item.status = NationalSyncItem.Status.PENDING;
            item.attempts = 0;
            item.parkedAt = null;
        }
        item.nextAttemptAt = now;
        item.requeuedAt = now;
        item.requeuedBy = caller.subject();
        return SyncItemView.of(item);
    }

    @Transactional
    public SyncSummaryView summary(String unit) {
        List<FieldViolation> violations = new ArrayList<>();
        String scope = scope(unit, violations);
        Set<String> communes = communes(scope);
        String filter = communes == null ? "" : " and commune_code in (:communes)";
        var query = NationalSyncItem.getEntityManager().createNativeQuery("""
                select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'PARKED'),
                       count(*) filter (where status = 'DONE'), min(created_at) filter (where status = 'PENDING')
                from national_sync_outbox where 1 = 1""" + filter);
        if (communes != null) {
            query.setParameter("communes", communes);
        }
        Object[] row = (Object[]) query.getSingleResult();
        OffsetDateTime oldest = row[3] == null
                ? null
                : row[3] instanceof OffsetDateTime odt
                        ? odt
                        : ((java.time.Instant) row[3]).atOffset(java.time.ZoneOffset.UTC);
        return new SyncSummaryView(scope, registry.enabled(), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), oldest);
    }

    private NationalSyncItem visible(long id, boolean forUpdate) {
        NationalSyncItem item = forUpdate
                ? NationalSyncItem.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : NationalSyncItem.findById(id);
        if (item == null || !covers(item.communeCode)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return item;
    }

    /** The unit asked for (the caller's by default), which must lie within the caller's unit. */
    String scope(String unit, List<FieldViolation> violations) {
        String scope = unit == null ? caller.unit() : unit;
        if (unit != null && !AdminUnit.COUNTRY_CODE.equals(unit) && units.current(unit).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unit));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (scope == null || !covers(scope)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), scope);
        }
        return scope;
    }

    /** True when {@code unitCode} lies within the caller's unit (today's hierarchy). */
    public boolean covers(String unitCode) {
        String mine = caller.unit();
        if (mine == null || unitCode == null) {
            return false;
        }
        return AdminUnit.COUNTRY_CODE.equals(mine) || mine.equals(unitCode)
                || units.isWithin(unitCode, mine, AdminUnitDirectory.today());
    }

    /** The communes of {@code scope}; null for the whole country. */
    private Set<String> communes(String scope) {
        return AdminUnit.COUNTRY_CODE.equals(scope) ? null : units.subtree(scope, AdminUnitDirectory.today());
    }
}
