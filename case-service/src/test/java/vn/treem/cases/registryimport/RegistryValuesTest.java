package vn.treem.cases.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.treem.cases.child.CaregiverRelationship;
import vn.treem.cases.child.Sex;

/** How the headings and values of a commune officer's spreadsheet are read. */
class RegistryValuesTest {

    @Test
    void headingsAreMatchedWithoutAccentsCaseOrPunctuation() {
        assertThat(RegistryColumn.ofHeading("HỌ VÀ TÊN")).contains(RegistryColumn.FULL_NAME);
        assertThat(RegistryColumn.ofHeading("ho va ten")).contains(RegistryColumn.FULL_NAME);
        assertThat(RegistryColumn.ofHeading("Full name")).contains(RegistryColumn.FULL_NAME);
        assertThat(RegistryColumn.ofHeading("Mã xã / phường")).contains(RegistryColumn.COMMUNE);
        assertThat(RegistryColumn.ofHeading("Số định danh cá nhân")).contains(RegistryColumn.PERSONAL_ID);
        assertThat(RegistryColumn.ofHeading("STT")).isEmpty();
    }

    @Test
    void aHeaderRowSaysWhatIsMissingAndWhatIsIgnored() {
        RegistryColumn.Header header = RegistryColumn.Header.of(List.of("STT", "Họ và tên", "Ngày sinh", "Dân tộc"));

        assertThat(header.missing()).containsExactly(RegistryColumn.SEX, RegistryColumn.COMMUNE);
        assertThat(header.ignored()).containsExactly("STT");
        assertThat(header.positions()).containsEntry(RegistryColumn.FULL_NAME, 1);
        assertThat(header.usable()).isFalse();
    }

    @Test
    void accentsTellAGrandmotherFromAFather() {
        assertThat(RegistryValues.relationship("Bà")).contains(CaregiverRelationship.GRANDPARENT);
        assertThat(RegistryValues.relationship("Ba")).contains(CaregiverRelationship.FATHER);
        assertThat(RegistryValues.relationship("mẹ")).contains(CaregiverRelationship.MOTHER);
        assertThat(RegistryValues.relationship("Mother")).contains(CaregiverRelationship.MOTHER);
        assertThat(RegistryValues.relationship("nguoi giam ho")).contains(CaregiverRelationship.GUARDIAN);
        assertThat(RegistryValues.relationship("hàng xóm")).isEmpty();
    }

    @Test
    void sexEthnicityAndDatesAreReadInEitherLanguage() {
        assertThat(RegistryValues.sex("Nữ")).contains(Sex.FEMALE);
        assertThat(RegistryValues.sex("nu")).contains(Sex.FEMALE);
        assertThat(RegistryValues.sex("Male")).contains(Sex.MALE);
        assertThat(RegistryValues.sex("x")).isEmpty();
        assertThat(RegistryValues.ethnicity("Mông")).contains("08");
        assertThat(RegistryValues.ethnicity("1")).contains("01");
        assertThat(RegistryValues.ethnicity("55")).isEmpty();
        assertThat(RegistryValues.date("01/05/2016")).contains(LocalDate.of(2016, 5, 1));
        assertThat(RegistryValues.date("1.5.2016")).contains(LocalDate.of(2016, 5, 1));
        assertThat(RegistryValues.date("2016-05-01")).contains(LocalDate.of(2016, 5, 1));
        assertThat(RegistryValues.date("31/02/2016")).isEmpty();
        assertThat(RegistryValues.date("May 2016")).isEmpty();
    }

    @Test
    void leadingZerosDroppedByASpreadsheetArePutBack() {
        assertThat(RowChecker.digits("4", 5, 1)).isEqualTo("00004");
        assertThat(RowChecker.digits("1216012345", 12, 10)).isEqualTo("001216012345");
        assertThat(RowChecker.digits("001 216 012 345", 12, 10)).isEqualTo("001216012345");
        assertThat(RowChecker.digits("12345", 12, 10)).isEqualTo("12345");
        assertThat(RowChecker.digits("Ba Đình", 5, 1)).isEqualTo("Ba Đình");
    }
}
