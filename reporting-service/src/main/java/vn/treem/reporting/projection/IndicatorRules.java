package vn.treem.reporting.projection;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.cloudevents.CloudEvent;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.reporting.indicators.IndicatorCatalog;

/**
 * What each event type adds to the indicators of the {@link IndicatorCatalog}. An event type without a rule adds
 * nothing. Event data that a rule cannot use throws {@link IllegalArgumentException}: the record then goes to the
 * dead-letter topic instead of being counted wrongly.
 */
final class IndicatorRules {

    /** VN, a province (2 digits), a district (3) or a commune (5), as in docs/events. */
    private static final Pattern UNIT_CODE = Pattern.compile("VN|\\d{2}|\\d{3}|\\d{5}");

    private static final Map<String, Function<CloudEvent, List<Contribution>>> RULES = Map.of(
            CaseOpened.TYPE, IndicatorRules::caseOpened,
            PlanIssued.TYPE, IndicatorRules::planIssued);

    private IndicatorRules() {
    }

    static List<Contribution> contributions(CloudEvent event) {
        return RULES.getOrDefault(event.getType(), e -> List.of()).apply(event);
    }

    /** INTAKES_RECEIVED: one for the commune, in the month of receipt in Vietnam's time zone. */
    private static List<Contribution> caseOpened(CloudEvent event) {
        CaseOpened data = CloudEventCodec.requireData(event, CaseOpened.class);
        CloudEventCodec.require(event, data.receivedAt() != null, "receivedAt");
        YearMonth month = YearMonth.from(data.receivedAt().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE));
        return List.of(new Contribution(IndicatorCatalog.INTAKES_RECEIVED, unitCode(event, data.communeCode()),
                month, 1));
    }

    /** PLANS_ISSUED: one for the issuing unit, in the month of the issue date. */
    private static List<Contribution> planIssued(CloudEvent event) {
        PlanIssued data = CloudEventCodec.requireData(event, PlanIssued.class);
        CloudEventCodec.require(event, data.issueDate() != null, "issueDate");
        return List.of(new Contribution(IndicatorCatalog.PLANS_ISSUED, unitCode(event, data.issuingUnitCode()),
                YearMonth.from(data.issueDate()), 1));
    }

    private static String unitCode(CloudEvent event, String code) {
        CloudEventCodec.require(event, code != null && UNIT_CODE.matcher(code).matches(), "unit code");
        return code;
    }

}
