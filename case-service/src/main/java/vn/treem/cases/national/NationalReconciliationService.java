package vn.treem.cases.national;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import vn.treem.cases.child.Child;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.AfterCommit;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.problem.SafeLog;
import vn.treem.platform.security.Caller;

/**
 * Reconciles one commune's children with the national database: pages through the national list of the commune,
 * compares it with our registry ({@link Reconciler}) and keeps the differences (ids and field names) as the job's
 * result. Jobs run in the background, one at a time per replica; administrators ask for them and read them within their
 * unit. Optionally scheduled for every commune with registered children ({@code treem.national.reconciliation.cron}).
 */
@ApplicationScoped
public class NationalReconciliationService {

    private static final Logger LOG = Logger.getLogger(NationalReconciliationService.class);
    public static final String SCHEDULER = "scheduler";

    @Inject
    Caller caller;

    @Inject
    NationalSyncService scope;

    @Inject
    AdminUnitDirectory units;

    @Inject
    NationalChildRegistry registry;

    @Inject
    NationalChildMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "treem.national.reconciliation.page-size", defaultValue = "200")
    int pageSize;

    @ConfigProperty(name = "treem.national.reconciliation.max-pages", defaultValue = "1000")
    int maxPages;

    @ConfigProperty(name = "treem.national.reconciliation.max-differences", defaultValue = "5000")
    int maxDifferences;

    private final ExecutorService executor = Executors
            .newSingleThreadExecutor(r -> new Thread(r, "national-reconciliation"));

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a reconciliation of a commune within the caller's unit; it runs once the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReconciliationView request(ReconciliationRequest request) {
        String commune = request.communeCode();
        Optional<AdminUnit> unit = units.current(commune);
        if (unit.isEmpty() || unit.get().level() != AdminUnit.Level.COMMUNE) {
            throw ProblemException.invalid(new FieldViolation("communeCode",
                    unit.isPresent() ? "NOT_A_COMMUNE" : units.everExisted(commune) ? "RETIRED_UNIT" : "UNKNOWN_UNIT",
                    commune));
        }
        if (!scope.covers(commune)) {
            throw ProblemException.of(ProblemType.OUTSIDE_JURISDICTION,
                    ProblemType.OUTSIDE_JURISDICTION.key("detail"), commune);
        }
        if (!registry.enabled()) {
            throw ProblemException.of(ProblemType.SERVICE_UNAVAILABLE, "national.not-configured");
        }
        NationalReconciliation job = create(commune, caller.subject());
        AfterCommit.run(transactions, () -> executor.execute(() -> run(job.id)));
        return ReconciliationView.of(job);
    }

    @Transactional
    public ReconciliationView get(UUID id) {
        NationalReconciliation job = NationalReconciliation.findById(id);
        if (job == null || !scope.covers(job.communeCode)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return ReconciliationView.of(job);
    }

    /** Every commune with registered children, one after the other, when a cron expression is configured. */
    @Scheduled(identity = "national-reconciliation", cron = "${treem.national.reconciliation.cron:off}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!registry.enabled()) {
            return;
        }
        List<String> communes = QuarkusTransaction.requiringNew().call(() -> Child.getEntityManager()
                .createQuery("select distinct c.residenceCommuneCode from Child c order by 1", String.class)
                .getResultList());
        for (String commune : communes) {
            UUID id = QuarkusTransaction.requiringNew().call(() -> create(commune, SCHEDULER).id);
            run(id);
        }
    }

    private static NationalReconciliation create(String commune, String subject) {
        NationalReconciliation job = new NationalReconciliation();
        job.id = UUID.randomUUID();
        job.communeCode = commune;
        job.status = NationalReconciliation.Status.RUNNING;
        job.requestedBy = subject;
        job.requestedAt = OffsetDateTime.now();
        job.persist();
        return job;
    }

    /** Runs a job to its end: COMPLETED with the differences, or FAILED with a code. */
    void run(UUID id) {
        String commune = QuarkusTransaction.requiringNew()
                .call(() -> NationalReconciliation.<NationalReconciliation>findById(id).communeCode);
        try {
            List<NationalChildRecord> theirs = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                NationalChildPage page = registry.listByCommune(commune, token, pageSize);
                theirs.addAll(page.itemsOrEmpty());
                token = page.nextPageToken();
            } while (token != null && ++pages < maxPages);
            List<NationalChildRecord> ours = QuarkusTransaction.requiringNew()
                    .call(() -> Child.<Child>list("residenceCommuneCode", commune).stream().map(mapper::record)
                            .toList());
            Reconciler.Result result = Reconciler.compare(ours, theirs);
            QuarkusTransaction.requiringNew().run(() -> {
                NationalReconciliation job = NationalReconciliation.findById(id);
                job.status = NationalReconciliation.Status.COMPLETED;
                job.finishedAt = OffsetDateTime.now();
                job.localCount = ours.size();
                job.remoteCount = theirs.size();
                job.matchedCount = result.matched();
                job.onlyHereCount = (int) result.count(Difference.Kind.ONLY_HERE);
                job.onlyThereCount = (int) result.count(Difference.Kind.ONLY_THERE);
                job.mismatchCount = (int) result.count(Difference.Kind.MISMATCH);
                job.truncated = result.differences().size() > maxDifferences;
                job.differences = result.differences().stream().limit(maxDifferences).toList();
            });
            LOG.infof("reconciliation %s of commune %s: %d here, %d there, %d alike, %d differences", id, commune,
                    ours.size(), theirs.size(), result.matched(), result.differences().size());
        } catch (NationalRegistryException failure) {
            fail(id, failure.code());
            LOG.warnf("reconciliation %s of commune %s failed: %s", id, commune, failure.getMessage());
        } catch (RuntimeException unexpected) {
            fail(id, "INTERNAL_ERROR");
            LOG.errorf("reconciliation %s of commune %s failed: %s", id, commune, SafeLog.describe(unexpected));
        }
    }

    private static void fail(UUID id, String code) {
        QuarkusTransaction.requiringNew().run(() -> {
            NationalReconciliation job = NationalReconciliation.findById(id);
            job.status = NationalReconciliation.Status.FAILED;
            job.failureCode = code;
            job.finishedAt = OffsetDateTime.now();
        });
    }
}
