package vn.treem.plans.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.plans.content.AssignmentRole;
import vn.treem.plans.content.BudgetKind;
import vn.treem.plans.content.Comparator;
import vn.treem.plans.content.Direction;
import vn.treem.plans.content.MeasureUnit;
import vn.treem.plans.content.ObjectiveKind;
import vn.treem.plans.content.PlanContent;
import vn.treem.plans.content.ReportPeriod;
import vn.treem.plans.content.Theme;
import vn.treem.plans.importing.ExtractedPlan;
import vn.treem.plans.importing.PlanDocumentParser;
import vn.treem.plans.plan.PlanRequest;
import vn.treem.plans.plan.PlanService;
import vn.treem.plans.plan.PlanStatus;
import vn.treem.plans.plan.PlanType;
import vn.treem.plans.plan.PlanView;
import vn.treem.platform.adminunits.AdminUnitDirectory;

/**
 * Plan document import: the deterministic parser ({@link PlanDocumentParser}) extracts what it can; the result is
 * stored as a DRAFT of the caller's unit for a planner to check, complete and issue, with the parser's warnings.
 */
@ApplicationScoped
public class PlanImportService {

    @Inject
    PlanService plans;

    private final PlanDocumentParser parser = new PlanDocumentParser();

    @Transactional(Transactional.TxType.MANDATORY)
    public PlanImportResult importDocument(PlanImportRequest request) {
        ExtractedPlan extracted = parser.parse(request.text());
        List<PlanImportResult.Warning> warnings = new ArrayList<>();
        extracted.warnings().forEach(w -> warnings.add(new PlanImportResult.Warning(w.code(), w.message(),
                clip(w.excerpt(), 300))));
        LocalDate issueDate = extracted.issueDate();
        if (issueDate == null) {
            issueDate = AdminUnitDirectory.today();
            warnings.add(new PlanImportResult.Warning("ISSUE_DATE_PROVISIONAL",
                    "No issue date in the document: the draft takes today's date until it is issued", null));
        }
        int from = extracted.periodFromYear() != null ? extracted.periodFromYear() : issueDate.getYear();
        int to = extracted.periodToYear() != null ? Math.max(from, extracted.periodToYear()) : from;
        String title = extracted.title() == null || extracted.title().isBlank()
                ? "Kế hoạch (chưa rõ tiêu đề)"
                : clip(extracted.title(), 500);
        PlanContent content = content(extracted);
        PlanRequest draft = new PlanRequest(clip(extracted.number(), 50), title, request.issuingUnitCode(), issueDate,
                from, to, extracted.kind() == null ? null : PlanType.valueOf(extracted.kind().name()),
                PlanStatus.DRAFT, null, content);
        PlanView plan = plans.issue(draft);
        return new PlanImportResult(plan, warnings, counts(plan.content()));
    }

    private static PlanContent content(ExtractedPlan e) {
        List<PlanContent.LegalBasis> bases = e.legalBases().stream().limit(50)
                .map(l -> new PlanContent.LegalBasis(clip(l.documentType(), 100), clip(l.number(), 50), l.date(),
                        clip(l.issuer(), 200), clip(l.title(), 1000), null))
                .toList();
        int[] indicatorNumber = {0};
        List<PlanContent.Objective> objectives = e.objectives().stream().limit(100)
                .map(o -> new PlanContent.Objective(clip(o.code(), 20), ObjectiveKind.valueOf(o.kind().name()),
                        clip(o.text() == null || o.text().isBlank() ? "(không có nội dung)" : o.text(), 4000),
                        o.indicators().stream().limit(100).map(i -> new PlanContent.Indicator(
                                String.valueOf(++indicatorNumber[0]), clip(i.text(), 1000),
                                MeasureUnit.valueOf(i.unit().name()), Direction.valueOf(i.direction().name()), null,
                                i.targets().stream().filter(t -> t.year() >= 2000 && t.year() <= 2100).limit(50)
                                        .map(t -> new PlanContent.Target(t.year(),
                                                Comparator.valueOf(t.comparator().name()), t.value(), t.upperValue()))
                                        .toList(),
                                null)).toList()))
                .toList();
        List<PlanContent.Task> tasks = e.tasks().stream().limit(300)
                .map(t -> new PlanContent.Task(clip(t.code(), 20), clip(t.title(), 500), clip(t.text(), 20000),
                        t.themes().stream().map(PlanImportService::theme).distinct().limit(20).toList()))
                .toList();
        List<PlanContent.Assignment> assignments = e.assignments().stream().limit(1000)
                .map(a -> new PlanContent.Assignment(null, clip(a.taskCode(), 20), null, clip(a.agency(), 300),
                        AssignmentRole.valueOf(a.role().name()), clip(a.responsibilities(), 8000), a.deadline(),
                        period(a.recurrence())))
                .toList();
        List<PlanContent.BudgetSource> budget = e.budgetSources().stream().limit(20)
                .map(b -> new PlanContent.BudgetSource(BudgetKind.valueOf(b.kind().name()), clip(b.text(), 1000),
                        b.amount()))
                .toList();
        List<PlanContent.ReportingRule> reporting = e.reporting().stream().limit(50)
                .map(r -> new PlanContent.ReportingRule(
                        clip(r.reporter() == null || r.reporter().isBlank() ? "(chưa rõ)" : r.reporter(), 300),
                        clip(r.recipient(), 300), ReportPeriod.valueOf(r.period().name()),
                        r.dueDates().stream().map(d -> String.format(Locale.ROOT, "%02d-%02d", d.getMonthValue(),
                                d.getDayOfMonth())).toList(),
                        clip(r.text(), 2000)))
                .toList();
        return new PlanContent(clip(e.issuer(), 200), null, clip(e.place(), 100), clip(e.purpose(), 20000),
                clip(e.requirements(), 20000), bases, objectives, tasks, assignments, budget, reporting);
    }

    private static Theme theme(String name) {
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Theme.OTHER;
        }
    }

    private static ReportPeriod period(String recurrence) {
        try {
            return recurrence == null ? null : ReportPeriod.valueOf(recurrence);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static PlanImportResult.Counts counts(PlanContent c) {
        int indicators = c.objectivesOrEmpty().stream()
                .mapToInt(o -> o.indicators() == null ? 0 : o.indicators().size()).sum();
        int targets = c.objectivesOrEmpty().stream().flatMap(o -> o.indicators() == null
                ? java.util.stream.Stream.empty()
                : o.indicators().stream()).mapToInt(i -> i.targets() == null ? 0 : i.targets().size()).sum();
        return new PlanImportResult.Counts(c.legalBasesOrEmpty().size(), c.objectivesOrEmpty().size(), indicators,
                targets, c.tasksOrEmpty().size(), c.assignmentsOrEmpty().size(),
                c.budgetSources() == null ? 0 : c.budgetSources().size(), c.reportingOrEmpty().size());
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
