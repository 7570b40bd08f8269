package vn.treem.platform.adminunits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The 2025 merger lineage, built from the bundled datasets, links each new unit to the old units that formed it. */
class MergerMapTest {

    /** Measured on the bundled data: 10,592 of 10,634 mentions (99.6 %) resolve; the floor leaves a little slack. */
    private static final double RESOLUTION_FLOOR = 0.99;

    private static MergerMap mergers;
    private static Map<String, AdminUnit> before;
    private static Map<String, AdminUnit> after;

    @BeforeAll
    static void buildFromTheBundledData() throws IOException {
        ObjectMapper json = JsonMapper.builder().build();
        mergers = AdminUnitLoader.readMergers(json);
        before = units(json, AdminUnitLoader.BEFORE_REFORM);
        after = units(json, AdminUnitLoader.AFTER_REFORM);
    }

    @Test
    void newHungYenIsFormedOfOldHungYenAndThaiBinhWhole() {
        assertThat(mergers.oldUnitsFormingNew("33")).containsExactlyInAnyOrder("33", "34");
        assertThat(mergers.predecessorsOf("33")).noneMatch(Succession::partial);
        assertThat(mergers.successorsOf("34")).containsExactly(new Succession("34", "33", false));
    }

    @Test
    void every63OldProvincesGoesWholeIntoExactlyOneOf34NewOnes() {
        Set<String> oldProvinces = codesAt(before, AdminUnit.Level.PROVINCE);
        Set<String> newProvinces = codesAt(after, AdminUnit.Level.PROVINCE);

        assertThat(oldProvinces).hasSize(63).allSatisfy(code -> assertThat(mergers.successorsOf(code))
                .singleElement().satisfies(s -> assertThat(s.partial()).isFalse()));
        assertThat(newProvinces).hasSize(34)
                .allSatisfy(code -> assertThat(mergers.oldUnitsFormingNew(code)).isNotEmpty());
        assertThat(newProvinces.stream().mapToInt(code -> mergers.oldUnitsFormingNew(code).size()).sum())
                .isEqualTo(63);
        assertThat(mergers.oldUnitsFormingNew("01")).containsExactly("01");
        assertThat(mergers.oldUnitsFormingNew("79")).containsExactlyInAnyOrder("79", "77", "74");
    }

    @Test
    void newBaDinhWardIsFormedOfQuanThanhAndTrucBachWholeAndPartsOfItsNeighbours() {
        List<Succession> predecessors = mergers.predecessorsOf("00004");

        assertThat(predecessors).filteredOn(s -> !s.partial()).extracting(s -> name(s.oldCode()))
                .containsExactlyInAnyOrder("Phường Quán Thánh", "Phường Trúc Bạch");
        assertThat(predecessors).filteredOn(Succession::partial).extracting(s -> name(s.oldCode()))
                .contains("Phường Cửa Nam", "Phường Kim Mã", "Phường Thụy Khuê", "Phường Đồng Xuân");
        assertThat(mergers.partlyMerged("00004")).isTrue();
    }

    @Test
    void aWardSplitAcrossSeveralNewWardsIsPartialInEach() {
        String kimMa = "00028";
        assertThat(name(kimMa)).isEqualTo("Phường Kim Mã");

        assertThat(mergers.successorsOf(kimMa)).extracting(Succession::newCode)
                .containsExactlyInAnyOrder("00004", "00008", "00025");
        assertThat(mergers.successorsOf(kimMa)).allMatch(Succession::partial);
    }

    @Test
    void anUnchangedCommuneHasItselfAsOnlyWholePredecessor() {
        assertThat(mergers.predecessorsOf("03004")).containsExactly(new Succession("03004", "03004", false));
        assertThat(mergers.partlyMerged("03004")).isFalse();
    }

    @Test
    void aCommuneFormedOfWholeCommunesIsNotPartlyMerged() {
        assertThat(mergers.predecessorsOf("02374")).extracting(s -> name(s.oldCode())).containsExactlyInAnyOrder(
                "Thị trấn Tân Yên", "Xã Tân Thành", "Xã Bằng Cốc", "Xã Nhân Mục");
        assertThat(mergers.partlyMerged("02374")).isFalse();
    }

    @Test
    void aDistrictHintPicksTheRightNamesakeWithinTheProvince() {
        Set<String> tanThanh = mergers.predecessorsOf("02374").stream().map(Succession::oldCode)
                .filter(code -> name(code).equals("Xã Tân Thành")).collect(Collectors.toSet());

        assertThat(tanThanh).singleElement()
                .satisfies(code -> assertThat(name(before.get(code).parentCode())).isEqualTo("Huyện Hàm Yên"));
    }

    @Test
    void namesMatchAcrossTonePlacementSpacingAndTypePrefixes() {
        assertThat(MergerMap.key("Xã Hoà Bình")).isEqualTo(MergerMap.key("xã  Hòa bình"));
        assertThat(MergerMap.bareKey("Phường 01")).isEqualTo(MergerMap.bareKey("Phường 1")).isEqualTo("1");
        assertThat(MergerMap.bareKey("Phường Phường Đúc")).isEqualTo(MergerMap.key("Đúc"));
        assertThat(MergerMap.key("Xã Hòa Bình")).isNotEqualTo(MergerMap.key("Xã Hoa Bình"));
        // "Xã Đakrông" in the merger text was "Xã Đa Krông" in the old list
        assertThat(mergers.predecessorsOf("19564")).extracting(s -> name(s.oldCode())).contains("Xã Đa Krông");
    }

    @Test
    void anIslandDistrictWithoutCommunesBecomesASpecialZone() {
        assertThat(mergers.predecessorsOf("26732")).containsExactly(new Succession("755", "26732", false));
    }

    @Test
    void aMergerRecordWhoseCodeDisagreesWithTheNewEditionIsFiledUnderTheNewEditionsCode() {
        assertThat(after).containsKey("07147").doesNotContainKey("00071");
        assertThat(mergers.predecessorsOf("07147")).hasSize(3);
        assertThat(mergers.predecessorsOf("00071")).isEmpty();
    }

    @Test
    void predecessorsLieWithinTheOldProvincesThatFormedTheNewProvince() {
        for (String newCode : mergers.newCodes()) {
            AdminUnit unit = after.get(newCode);
            if (unit.level() != AdminUnit.Level.COMMUNE) {
                continue;
            }
            Set<String> provinces = mergers.oldUnitsFormingNew(unit.parentCode());
            assertThat(mergers.oldUnitsFormingNew(newCode)).allSatisfy(
                    old -> assertThat(provinces).as("%s formed from %s", newCode, old).contains(oldProvince(old)));
        }
    }

    @Test
    void atLeast99PercentOfPredecessorMentionsResolveAndEveryNewCommuneHasAPredecessor() {
        MergerMap.Stats stats = mergers.stats();
        Set<String> oldCommunes = codesAt(before, AdminUnit.Level.COMMUNE);
        long covered = oldCommunes.stream().filter(code -> !mergers.successorsOf(code).isEmpty()).count();
        long partlyMerged = codesAt(after, AdminUnit.Level.COMMUNE).stream().filter(mergers::partlyMerged).count();
        System.out.printf(
                "merger lineage: %d predecessor mentions, %d resolved (%.2f %%), %d unresolved, %d partial links;"
                        + " %d of %d old communes have a successor; %d of 3321 new communes partly merged%n",
                stats.predecessorTexts(), stats.resolved(), 100 * stats.resolutionRate(), stats.unresolved(),
                stats.partial(), covered, oldCommunes.size(), partlyMerged);
        stats.unresolvedSamples().forEach(sample -> System.out.println("  unresolved: " + sample));

        assertThat(stats.resolved() + stats.unresolved()).isEqualTo(stats.predecessorTexts());
        assertThat(stats.resolutionRate()).isGreaterThan(RESOLUTION_FLOOR);
        assertThat(stats.partial()).isPositive();
        assertThat(covered).isGreaterThan(oldCommunes.size() * 99L / 100);
        assertThat(codesAt(after, AdminUnit.Level.COMMUNE))
                .allSatisfy(code -> assertThat(mergers.predecessorsOf(code)).as(code).isNotEmpty());
    }

    private static String name(String oldCode) {
        return before.get(oldCode).name();
    }

    private static String oldProvince(String oldCode) {
        AdminUnit unit = before.get(oldCode);
        while (unit.level() != AdminUnit.Level.PROVINCE) {
            unit = before.get(unit.parentCode());
        }
        return unit.code();
    }

    private static Set<String> codesAt(Map<String, AdminUnit> units, AdminUnit.Level level) {
        return units.values().stream().filter(u -> u.level() == level).map(AdminUnit::code)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<String, AdminUnit> units(ObjectMapper json, AdminUnitLoader.Edition edition)
            throws IOException {
        try (InputStream in = AdminUnitLoader.class.getClassLoader().getResourceAsStream(edition.resource())) {
            return AdminUnitLoader.parse(json.readTree(in), edition).stream()
                    .collect(Collectors.toMap(AdminUnit::code, Function.identity()));
        }
    }
}
