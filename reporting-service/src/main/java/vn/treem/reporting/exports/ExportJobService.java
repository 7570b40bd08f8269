package vn.treem.reporting.exports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * Long exports as jobs: a job is validated and its unit checked against the caller's jurisdiction when it is created,
 * queued, then produced on a managed executor (at most two at a time) that records its progress; the file is kept in
 * the job's row. A job is visible only to its creator (404 for anyone else). Jobs are purged after 7 days.
 * <p>
 * Nothing is stranded by a restart: a job is claimed atomically (QUEUED → RUNNING) by one process, beats a heartbeat
 * while it runs, and a sweep on every replica queues again a RUNNING job whose heartbeat stopped ({@code
 * treem.exports.stale-after}; FAILED after {@value #MAX_ATTEMPTS} attempts) and starts any job left QUEUED longer than
 * {@code treem.exports.pick-up-after} (its start event was lost with its process).
 */
@ApplicationScoped
public class ExportJobService {

    private static final Logger LOG = Logger.getLogger(ExportJobService.class);
    /** Exports produced at the same time, to spare the database. */
    private static final int PARALLEL_JOBS = 2;
    private static final int PROGRESS_STEP = 5;
    static final int MAX_ATTEMPTS = 3;

    @ConfigProperty(name = "treem.exports.stale-after", defaultValue = "PT5M")
    Duration staleAfter;

    @ConfigProperty(name = "treem.exports.pick-up-after", defaultValue = "PT30S")
    Duration pickUpAfter;

    @Inject
    ExportService exports;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Event<Queued> queued;

    private ManagedExecutor executor;

    /** Fired when a job is queued; it starts once the creating transaction has committed. */
    public record Queued(UUID id) {
    }

    @PostConstruct
    void start() {
        executor = ManagedExecutor.builder().maxAsync(PARALLEL_JOBS).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Validates the export (400, 403 as the synchronous exports do) and queues it for the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ExportJobView create(ExportJobRequest body) {
        ExportJobRequest request = body == null ? new ExportJobRequest(null, null, null, null) : body;
        ExportRequest export = exports.prepare(request.kind(), request.unit(), request.period(), request.indicator());
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.kind = export.kind();
        job.unitCode = export.unit().code();
        job.period = export.period().code();
        job.hierarchyDate = export.on();
        job.indicator = export.indicator() == null ? null : export.indicator().code();
        job.owner = caller.subject();
        job.status = ExportJobStatus.QUEUED;
        job.progress = 0;
        job.createdAt = OffsetDateTime.now();
        job.persist();
        queued.fire(new Queued(job.id));
        return ExportJobView.of(job);
    }

    @Transactional
    public ExportJobView read(UUID id) {
        return ExportJobView.of(owned(id));
    }

    /** The file of a DONE job; 409 while it is queued or running, or when it failed. */
    @Transactional
    public ExportFile file(UUID id) {
        ExportJob job = owned(id);
        if (job.status != ExportJobStatus.DONE) {
            throw ProblemException.of(ProblemType.CONFLICT, "export.job.NOT_READY", job.status.name());
        }
        byte[] content = (byte[]) em.createNativeQuery("select content from export_job where id = ?1")
                .setParameter(1, id).getSingleResult();
        return new ExportFile(job.fileName, job.mediaType, content);
    }

    private ExportJob owned(UUID id) {
        ExportJob job = ExportJob.findById(id);
        if (job == null || !job.owner.equals(caller.subject())) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return job;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued job) {
        executor.runAsync(() -> run(job.id()));
    }

    /** Produces a job's file, outside any request: its checks were made when it was created. */
    void run(UUID id) {
        ExportJob job = QuarkusTransaction.requiringNew().call(() -> {
            int claimed = em.createNativeQuery("""
                    update export_job set status = 'RUNNING', started_at = now(), heartbeat_at = now(),
                           attempts = attempts + 1
                    where id = ?1 and status = 'QUEUED'""").setParameter(1, id).executeUpdate();
            return claimed == 0 ? null : em.find(ExportJob.class, id);
        });
        if (job == null) {
            return; // another process, or an earlier sweep, has it
        }
        AtomicInteger recorded = new AtomicInteger();
        try {
            ExportRequest request = exports.restore(job.kind, job.unitCode, job.period, job.hierarchyDate,
                    job.indicator);
            ExportFile file = exports.render(request, progress -> {
                if (progress < 100 && progress - recorded.get() >= PROGRESS_STEP) {
                    recorded.set(progress);
                    QuarkusTransaction.requiringNew().run(() -> em
                            .createNativeQuery(
                                    "update export_job set progress = ?1, heartbeat_at = now() where id = ?2")
                            .setParameter(1, progress).setParameter(2, id).executeUpdate());
                }
            });
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update export_job set status = 'DONE', progress = 100, file_name = ?1, media_type = ?2,
                           content = ?3, finished_at = now() where id = ?4""")
                    .setParameter(1, file.fileName()).setParameter(2, file.mediaType())
                    .setParameter(3, file.content()).setParameter(4, id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "export job %s (%s) failed", id, job.kind);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update export_job set status = 'FAILED', finished_at = now() where id = ?1")
                    .setParameter(1, id).executeUpdate());
        }
    }

    /** Queues again the jobs whose process died, and starts the jobs nobody started. */
    @Scheduled(every = "${treem.exports.sweep-interval:1m}", delayed = "${treem.exports.sweep-delay:1m}")
    void recover() {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime stale = OffsetDateTime.now().minus(staleAfter);
            int failed = em.createNativeQuery("""
                    update export_job set status = 'FAILED', finished_at = now()
                    where status = 'RUNNING' and heartbeat_at < ?1 and attempts >= ?2""")
                    .setParameter(1, stale).setParameter(2, MAX_ATTEMPTS).executeUpdate();
            int requeued = em.createNativeQuery("""
                    update export_job set status = 'QUEUED', progress = 0
                    where status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?1)""")
                    .setParameter(1, stale).executeUpdate();
            if (failed + requeued > 0) {
                LOG.warnf("export jobs whose process stopped: %d queued again, %d failed after %d attempts", requeued,
                        failed, MAX_ATTEMPTS);
            }
            return em.createNativeQuery("""
                    select id from export_job where status = 'QUEUED' and (created_at < ?1 or attempts > 0)
                    order by created_at""", UUID.class)
                    .setParameter(1, OffsetDateTime.now().minus(pickUpAfter)).getResultList();
        });
        waiting.forEach(id -> executor.runAsync(() -> run(id)));
    }

    @Scheduled(every = "6h", delayed = "5m")
    void purgeOld() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from export_job where created_at < now() - interval '7 days'")
                .executeUpdate());
    }
}
