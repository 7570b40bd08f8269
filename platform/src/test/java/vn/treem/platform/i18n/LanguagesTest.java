package vn.treem.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void vietnameseIsTheDefault() {
        assertThat(Languages.negotiate(null)).isEqualTo(Languages.VIETNAMESE);
        assertThat(Languages.negotiate("")).isEqualTo(Languages.VIETNAMESE);
    }

    @Test
    void englishWhenTheCallerPrefersIt() {
        assertThat(Languages.negotiate("en-US,en;q=0.9,vi;q=0.5")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.negotiate("vi-VN,vi;q=0.9,en;q=0.5")).isEqualTo(Languages.VIETNAMESE);
    }

    @Test
    void unsupportedOrMalformedHeadersFallBackToVietnamese() {
        assertThat(Languages.negotiate("fr-FR")).isEqualTo(Languages.VIETNAMESE);
        assertThat(Languages.negotiate(";;;q=abc")).isEqualTo(Languages.VIETNAMESE);
    }

    @Test
    void platformTextsExistInBothLanguagesWithArgumentsFilledIn() {
        assertThat(Messages.text(Languages.ENGLISH, "error.UNKNOWN_UNIT", "99999"))
                .isEqualTo("There is no administrative unit with code 99999");
        assertThat(Messages.text(Languages.VIETNAMESE, "error.UNKNOWN_UNIT", "99999"))
                .isEqualTo("Không có đơn vị hành chính mã 99999");
        assertThat(Messages.text(Languages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.text(Languages.ENGLISH, "problem.precondition-required.description"))
                .contains("another person's change");
    }

    @Test
    void everyProblemTypeHasATitleAndDescriptionInBothLanguages() {
        for (var type : vn.treem.platform.problem.ProblemType.values()) {
            for (var locale : Languages.SUPPORTED) {
                assertThat(Messages.find(locale, type.key("title"))).as(type + " title " + locale).isPresent();
                assertThat(Messages.find(locale, type.key("detail"))).as(type + " detail " + locale).isPresent();
                assertThat(Messages.find(locale, type.key("description"))).as(type + " description " + locale)
                        .isPresent();
            }
        }
    }
}
