package vn.treem.plans.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.plans.content.PlanContent;

/**
 * Preparing plan content: stable assignment ids, legal bases linked to the plans of the system they name, the copy a
 * lower unit starts from, and the differences between two versions.
 */
@ApplicationScoped
public class PlanContents {

    @Inject
    ObjectMapper json;

    /** The content as stored: empty lists instead of nulls, ids on assignments, legal bases linked when possible. */
    public PlanContent normalize(PlanContent content, String unitCode) {
        if (content == null) {
            return PlanContent.empty();
        }
        List<PlanContent.Assignment> assignments = content.assignmentsOrEmpty().stream()
                .map(a -> a.id() == null ? a.withId(UUID.randomUUID()) : a).toList();
        List<PlanContent.LegalBasis> bases = content.legalBasesOrEmpty().stream().map(this::link).toList();
        return new PlanContent(content.issuingAgency(), content.signer(), content.place(), content.purpose(),
                content.requirements(), bases, content.objectivesOrEmpty(), content.tasksOrEmpty(), assignments,
                content.budgetSources() == null ? List.of() : content.budgetSources(), content.reportingOrEmpty());
    }

    /** A legal basis naming a plan of the system (same number, same date) points to it. */
    private PlanContent.LegalBasis link(PlanContent.LegalBasis basis) {
        if (basis.linkedPlanId() != null || basis.number() == null || basis.date() == null) {
            return basis;
        }
        String number = PlanNumber.normalize(basis.number());
        Optional<Plan> found = Plan.<Plan>find("number = ?1 and issueDate = ?2 and status in ?3", number, basis.date(),
                List.of(PlanStatus.ISSUED, PlanStatus.CLOSED)).firstResultOptional();
        return found.map(plan -> new PlanContent.LegalBasis(basis.documentType(), basis.number(), basis.date(),
                basis.issuer(), basis.title(), plan.id)).orElse(basis);
    }

    /** An amendment keeps the ids of assignments it keeps (same task, agency and role), so progress follows them. */
    public PlanContent keepAssignmentIds(PlanContent before, PlanContent after) {
        Map<String, UUID> ids = new HashMap<>();
        before.assignmentsOrEmpty().forEach(a -> ids.putIfAbsent(key(a), a.id()));
        List<PlanContent.Assignment> kept = after.assignmentsOrEmpty().stream()
                .map(a -> ids.containsKey(key(a)) ? a.withId(ids.remove(key(a))) : a).toList();
        return new PlanContent(after.issuingAgency(), after.signer(), after.place(), after.purpose(),
                after.requirements(), after.legalBasesOrEmpty(), after.objectivesOrEmpty(), after.tasksOrEmpty(), kept,
                after.budgetSources(), after.reportingOrEmpty());
    }

    private static String key(PlanContent.Assignment a) {
        return a.taskCode() + "|" + a.agencyName().strip().toLowerCase() + "|" + a.role();
    }

    /** What a lower unit's plan implementing {@code parent} starts from. */
    public PlanContent derived(Plan parent) {
        PlanContent content = parent.content;
        List<PlanContent.LegalBasis> bases = new ArrayList<>();
        bases.add(new PlanContent.LegalBasis("Kế hoạch", parent.number, parent.issueDate,
                content.issuingAgency(), parent.title, parent.id));
        return new PlanContent(null, null, null, content.purpose(), content.requirements(), bases,
                content.objectivesOrEmpty(), content.tasksOrEmpty(), List.of(), List.of(), List.of());
    }

    /** Leaf-level differences between two plans, as JSON pointers (arrays compared position by position). */
    public List<PlanChange> diff(PlanView before, PlanView after) {
        List<PlanChange> changes = new ArrayList<>();
        JsonNode a = json.valueToTree(before);
        JsonNode b = json.valueToTree(after);
        for (String field : List.of("id", "version", "status", "versionNumber", "supersedesId", "issuedAt",
                "closedAt")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove(field);
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove(field);
        }
        compare("", a, b, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<PlanChange> changes) {
        boolean missingBefore = before == null || before.isNull() || before.isMissingNode();
        boolean missingAfter = after == null || after.isNull() || after.isMissingNode();
        if (missingBefore && missingAfter) {
            return;
        }
        if (missingBefore) {
            changes.add(new PlanChange(path, "ADDED", null, after));
        } else if (missingAfter) {
            changes.add(new PlanChange(path, "REMOVED", before, null));
        } else if (before.isObject() && after.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "/" + name, before.get(name), after.get(name), changes);
            }
        } else if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                compare(path + "/" + i, before.get(i), after.get(i), changes);
            }
        } else if (!before.equals(after)) {
            changes.add(new PlanChange(path, "CHANGED", before, after));
        }
    }

}
