package vn.treem.reporting.exports;

import java.time.OffsetDateTime;
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
 */
@ApplicationScoped
public class ExportJobService {

    private static final Logger LOG = Logger.getLogger(ExportJobService.class);
    /** Exports produced at the same time, to spare the database. */
    private static final int PARALLEL_JOBS = 2;
    private static final int PROGRESS_STEP = 5;

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
            ExportJob found = em.find(ExportJob.class, id);
            found.status = ExportJobStatus.RUNNING;
            found.startedAt = OffsetDateTime.now();
            return found;
        });
        AtomicInteger recorded = new AtomicInteger();
        try {
            ExportRequest request = exports.restore(job.kind, job.unitCode, job.period, job.hierarchyDate,
                    job.indicator);
            ExportFile file = exports.render(request, progress -> {
                if (progress < 100 && progress - recorded.get() >= PROGRESS_STEP) {
                    recorded.set(progress);
                    QuarkusTransaction.requiringNew().run(() -> em
                            .createNativeQuery("update export_job set progress = ?1 where id = ?2")
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

    @Scheduled(every = "6h", delayed = "5m")
    void purgeOld() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from export_job where created_at < now() - interval '7 days'")
                .executeUpdate());
    }
}
