package vn.treem.cases.child;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.treem.cases.child.PersonalIdNumber.Problem.ID_BIRTH_YEAR_MISMATCH;
import static vn.treem.cases.child.PersonalIdNumber.Problem.ID_FORMAT;
import static vn.treem.cases.child.PersonalIdNumber.Problem.ID_PROVINCE;
import static vn.treem.cases.child.PersonalIdNumber.Problem.ID_SEX_MISMATCH;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class PersonalIdNumberTest {

    private static final Predicate<String> PROVINCES = Set.of("01", "34", "79")::contains;
    private static final LocalDate BORN_2016 = LocalDate.of(2016, 5, 1);

    @Test
    void aNumberOfAGirlBornIn2016RegisteredInHaNoiIsWellFormed() {
        assertThat(PersonalIdNumber.check("001316012345", Sex.FEMALE, BORN_2016, PROVINCES)).isEmpty();
        assertThat(PersonalIdNumber.check("079216000001", Sex.MALE, BORN_2016, PROVINCES)).isEmpty();
    }

    @Test
    void theCenturyDigitEncodesSexAndCentury() {
        assertThat(PersonalIdNumber.birthYear("001216000000")).contains(2016);
        assertThat(PersonalIdNumber.birthYear("001199000000")).contains(1999);
        assertThat(PersonalIdNumber.birthYear("001990000000")).contains(1890);
        assertThat(PersonalIdNumber.check("001216012345", Sex.FEMALE, BORN_2016, PROVINCES))
                .containsExactly(ID_SEX_MISMATCH);
    }

    @Test
    void aBirthYearOtherThanTheChildsIsReported() {
        assertThat(PersonalIdNumber.check("001315012345", Sex.FEMALE, BORN_2016, PROVINCES))
                .containsExactly(ID_BIRTH_YEAR_MISMATCH);
        assertThat(PersonalIdNumber.check("001116012345", Sex.FEMALE, BORN_2016, PROVINCES))
                .containsExactly(ID_BIRTH_YEAR_MISMATCH);
    }

    @Test
    void anUnknownProvinceOfRegistrationIsReported() {
        assertThat(PersonalIdNumber.check("099316012345", Sex.FEMALE, BORN_2016, PROVINCES))
                .containsExactly(ID_PROVINCE);
        assertThat(PersonalIdNumber.check("101316012345", Sex.FEMALE, BORN_2016, PROVINCES))
                .containsExactly(ID_PROVINCE);
    }

    @Test
    void whatIsUnknownOfTheChildIsNotHeldAgainstTheNumber() {
        assertThat(PersonalIdNumber.check("001216012345", Sex.UNKNOWN, null, PROVINCES)).isEmpty();
    }

    @Test
    void anythingButTwelveDigitsIsMalformed() {
        assertThat(PersonalIdNumber.check("00131601234", Sex.FEMALE, BORN_2016, PROVINCES)).containsExactly(ID_FORMAT);
        assertThat(PersonalIdNumber.check("00131601234X", Sex.FEMALE, BORN_2016, PROVINCES)).containsExactly(ID_FORMAT);
    }
}
