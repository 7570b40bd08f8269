package vn.treem.platform.adminunits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** The bundled datasets hold the hierarchies the domain guide describes, before and after the 2025 reform. */
class AdminUnitLoaderTest {

    @Test
    void beforeTheReformThereWere63Provinces696DistrictsAnd10035Communes() throws IOException {
        Map<AdminUnit.Level, Long> levels = countByLevel(AdminUnitLoader.BEFORE_REFORM);
        assertThat(levels).containsEntry(AdminUnit.Level.PROVINCE, 63L)
                .containsEntry(AdminUnit.Level.DISTRICT, 696L)
                .containsEntry(AdminUnit.Level.COMMUNE, 10_035L);
    }

    @Test
    void sinceJuly2025ThereAre34ProvincesAnd3321CommunesAndNoDistricts() throws IOException {
        Map<AdminUnit.Level, Long> levels = countByLevel(AdminUnitLoader.AFTER_REFORM);
        assertThat(levels).containsEntry(AdminUnit.Level.PROVINCE, 34L)
                .containsEntry(AdminUnit.Level.COMMUNE, 3_321L)
                .doesNotContainKey(AdminUnit.Level.DISTRICT);
    }

    @Test
    void communesHangUnderTheirDistrictBeforeAndUnderTheirProvinceAfter() throws IOException {
        Map<String, AdminUnit> before = parse(AdminUnitLoader.BEFORE_REFORM).stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        Map<String, AdminUnit> after = parse(AdminUnitLoader.AFTER_REFORM).stream()
                .collect(Collectors.toMap(AdminUnit::code, Function.identity()));

        assertThat(before.get("00004").parentCode()).isEqualTo("001");
        assertThat(before.get("001").parentCode()).isEqualTo("01");
        assertThat(after.get("00004").parentCode()).isEqualTo("01");
        assertThat(after.get("01").parentCode()).isEqualTo(AdminUnit.COUNTRY_CODE);
        assertThat(after.get("00004").validFrom()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(before).containsKey("34");
        assertThat(after).doesNotContainKey("34");
    }

    private static Map<AdminUnit.Level, Long> countByLevel(AdminUnitLoader.Edition edition) throws IOException {
        return parse(edition).stream().collect(Collectors.groupingBy(AdminUnit::level, Collectors.counting()));
    }

    private static List<AdminUnit> parse(AdminUnitLoader.Edition edition) throws IOException {
        try (var in = AdminUnitLoader.class.getClassLoader().getResourceAsStream(edition.resource())) {
            return AdminUnitLoader.parse(JsonMapper.builder().build().readTree(in), edition);
        }
    }
}
