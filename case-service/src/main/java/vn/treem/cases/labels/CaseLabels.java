package vn.treem.cases.labels;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.casework.RiskLevel;
import vn.treem.cases.child.AgeBand;
import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Ethnicities;
import vn.treem.cases.child.Sex;
import vn.treem.cases.child.SpecialCircumstance;
import vn.treem.cases.deadline.DeadlineKind;
import vn.treem.cases.hotline.DeliveryState;
import vn.treem.cases.intake.Channel;
import vn.treem.cases.intake.ConcernCategory;
import vn.treem.cases.intervention.ReferralStatus;
import vn.treem.cases.intervention.ReferralTarget;
import vn.treem.cases.supportplan.MeasureType;
import vn.treem.platform.i18n.Languages;
import vn.treem.platform.i18n.Messages;

/**
 * Labels of every code list case-service uses, from {@code i18n/messages_*.properties} ({@code label.<List>.<CODE>}).
 */
public final class CaseLabels {

    private CaseLabels() {
    }

    public static Map<String, List<Label>> all() {
        Map<String, List<Label>> lists = new LinkedHashMap<>();
        lists.put("channels", labels("Channel", Channel.values()));
        lists.put("concernCategories", labels("ConcernCategory", ConcernCategory.values()));
        lists.put("sexes", labels("Sex", Sex.values()));
        lists.put("ageBands", labels("AgeBand", AgeBand.values()));
        lists.put("caseStatuses", labels("CaseStatus", CaseStatus.values()));
        lists.put("riskLevels", labels("RiskLevel", RiskLevel.values()));
        lists.put("specialCircumstances", labels("SpecialCircumstance", SpecialCircumstance.values()));
        lists.put("caregiverRelationships", labels("CaregiverRelationship", CaregiverRelationship.values()));
        lists.put("measureTypes", labels("MeasureType", MeasureType.values()));
        lists.put("referralTargets", labels("ReferralTarget", ReferralTarget.values()));
        lists.put("referralStatuses", labels("ReferralStatus", ReferralStatus.values()));
        lists.put("deadlineKinds", labels("DeadlineKind", DeadlineKind.values()));
        lists.put("webhookDeliveryStates", labels("DeliveryState", DeliveryState.values()));
        lists.put("ethnicities", Ethnicities.codes().stream().map(code -> {
            String key = "label.Ethnicity." + code;
            return new Label(code, Messages.text(Languages.VIETNAMESE, key), Messages.text(Languages.ENGLISH, key));
        }).toList());
        return lists;
    }

    private static List<Label> labels(String list, Enum<?>[] codes) {
        return Arrays.stream(codes).map(code -> {
            String key = "label." + list + "." + code.name();
            return new Label(code.name(), Messages.text(Languages.VIETNAMESE, key),
                    Messages.text(Languages.ENGLISH, key));
        }).toList();
    }
}
