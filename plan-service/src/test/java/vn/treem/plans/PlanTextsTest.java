package vn.treem.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.treem.plans.plan.PlanStatus;
import vn.treem.plans.plan.PlanType;
import vn.treem.platform.i18n.Messages;

/** Every code a plan carries has a label, and every plan-service message a text, in Vietnamese and English. */
class PlanTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyPlanTypeAndStatusHasALabel(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Stream.concat(Stream.of(PlanType.values()).map(type -> "label.PlanType." + type),
                Stream.of(PlanStatus.values()).map(status -> "label.PlanStatus." + status))
                .forEach(key -> assertThat(Messages.find(locale, key)).as(key).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theServiceSpecificMessagesExist(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(Messages.text(locale, "plan.number-taken", "42/KH-UBND", "34", "2022")).contains("42/KH-UBND")
                .contains("34").contains("2022");
        assertThat(Messages.text(locale, "error.PERIOD_ENDS_BEFORE_START", "2027")).contains("2027");
    }

    @org.junit.jupiter.api.Test
    void labelsDifferBetweenLanguages() {
        assertThat(Messages.text(Locale.forLanguageTag("vi"), "label.PlanType.ANNUAL")).isEqualTo("Kế hoạch năm");
        assertThat(Messages.text(Locale.forLanguageTag("en"), "label.PlanType.ANNUAL")).isEqualTo("Annual plan");
    }
}
