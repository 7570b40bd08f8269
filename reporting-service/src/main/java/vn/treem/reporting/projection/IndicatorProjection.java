package vn.treem.reporting.projection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.Inbox;
import vn.treem.reporting.indicators.IndicatorCount;

/**
 * Keeps the monthly indicator counts up to date from case and plan events, exactly once per event: the event id is
 * recorded in the platform inbox in the same transaction as the counts it changes, so a redelivered event changes
 * nothing. Events of types no indicator uses are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class IndicatorProjection {

    /** This consumer's name in the inbox and in {@code treem_events_consumed_total}. */
    public static final String CONSUMER = "reporting.indicators";

    @Inject
    Inbox inbox;

    @Inject
    CaseFacts facts;

    /** Taken shared by every event applied, exclusively by a rebuild ({@link ProjectionRebuild}). */
    static final long REBUILD_LOCK = 0x7265_6275_696cL;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Applies {@code event} in a transaction of its own; true if it was applied, false for a redelivery. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(CloudEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, REBUILD_LOCK)
                .getSingleResult();
        return applyHere(event);
    }

    /**
     * Applies {@code event} in the caller's transaction (a batch, or a rebuild replaying the topics). Data a rule
     * cannot use throws {@link IllegalArgumentException} without marking the transaction for rollback: the caller
     * decides (a rebuild skips the event, a batch rolls back).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalArgumentException.class)
    public boolean applyHere(CloudEvent event) {
        List<Contribution> contributions = IndicatorRules.contributions(event);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return false;
        }
        for (Contribution c : contributions) {
            IndicatorCount.add(c.indicator(), c.unitCode(), c.month(), c.amount());
        }
        facts.apply(event);
        return true;
    }
}
