package vn.treem.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Focused behaviour of {@link PlanDocumentParser} on short texts, plus an invented commune plan. */
class PlanDocumentParserTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();

    private static String objectives(String... items) {
        return "KẾ HOẠCH\nBảo vệ trẻ em năm 2025\n\nI. MỤC TIÊU\n2. Mục tiêu cụ thể\n" + String.join("\n", items)
                + "\n";
    }

    private List<ExtractedTarget> targets(String text) {
        return parser.parse(text).objectives().stream().flatMap(o -> o.indicators().stream())
                .flatMap(i -> i.targets().stream()).toList();
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void readsVietnameseDecimalComma() {
        assertThat(targets(objectives("- Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99,1% vào năm 2025.")))
                .singleElement().satisfies(t -> {
                    assertThat(t.value()).isEqualByComparingTo("99.1");
                    assertThat(t.year()).isEqualTo(2025);
                    assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
                    assertThat(t.yearInferred()).isFalse();
                });
    }

    @Test
    void readsRangesWithDashOrTuDen() {
        assertThat(targets(objectives("- Đến năm 2025, tỷ lệ trẻ em bị xâm hại ở mức 0,4 – 0,7%.",
                "- Đến năm 2030, tỷ lệ trẻ em bị bạo lực từ 1% đến 2%.")))
                .extracting(ExtractedTarget::year, ExtractedTarget::comparator, ExtractedTarget::value,
                        ExtractedTarget::upperValue)
                .containsExactly(tuple(2025, Comparator.RANGE, n("0.4"), n("0.7")),
                        tuple(2030, Comparator.RANGE, n("1"), n("2")));
    }

    @Test
    void mapsComparatorPhrases() {
        assertThat(targets(objectives("#### Đến năm 2026", "(1). Giảm tỷ lệ trẻ em suy dinh dưỡng xuống dưới 19%.",
                "(2). Tỷ lệ trẻ em được khai sinh đạt trên 99%.", "(3). Ít nhất 98% trẻ em được tiêm chủng.",
                "(4). Tỷ lệ trẻ em bỏ học không quá 2%.", "(5). Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn 12‰.",
                "(6). Tỷ lệ trẻ em hoàn thành tiểu học đạt 99% trở lên.", "(7). 100% xã có điểm vui chơi.",
                "(8). Tỷ lệ trẻ em suy dinh dưỡng thấp còi giảm còn 15%; tỷ lệ thừa cân 8%.")))
                .extracting(ExtractedTarget::comparator, ExtractedTarget::value)
                .containsExactly(tuple(Comparator.BELOW, n("19")), tuple(Comparator.ABOVE, n("99")),
                        tuple(Comparator.AT_LEAST, n("98")), tuple(Comparator.AT_MOST, n("2")),
                        tuple(Comparator.AT_MOST, n("12")), tuple(Comparator.AT_LEAST, n("99")),
                        tuple(Comparator.AT_LEAST, n("100")), tuple(Comparator.AT_MOST, n("15")),
                        tuple(Comparator.AT_LEAST, n("8")));
    }

    @Test
    void perMilleAndDirection() {
        ExtractedPlan p = parser.parse(objectives("- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18,5‰."));
        ExtractedIndicator i = p.objectives().get(0).indicators().get(0);
        assertThat(i.unit()).isEqualTo(MeasureUnit.PER_MILLE);
        assertThat(i.direction()).isEqualTo(Direction.DECREASE);
        assertThat(i.text()).isEqualTo("Tỷ suất tử vong trẻ em dưới 5 tuổi");
        assertThat(i.targets().get(0).value()).isEqualByComparingTo("18.5");
    }

    @Test
    void yearHeadingsApplyToTheItemsBelowThem() {
        assertThat(targets(objectives("2.1. Đến năm 2025", "(1). 50% xã phù hợp với trẻ em.",
                "(2). 90% trẻ em được tiêm chủng.", "2.2. Đến năm 2030", "(1). 70% xã phù hợp với trẻ em.")))
                .extracting(ExtractedTarget::year, ExtractedTarget::value)
                .containsExactly(tuple(2025, n("50")), tuple(2025, n("90")), tuple(2030, n("70")));
    }

    @Test
    void twoYearsInOneSentenceGiveOneIndicatorWithTwoTargets() {
        ExtractedPlan p = parser.parse(objectives(
                "- Phấn đấu tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em đạt 65% vào năm 2025 và 75%"
                        + " vào năm 2030."));
        assertThat(p.objectives()).singleElement().satisfies(o -> assertThat(o.indicators()).singleElement()
                .satisfies(i -> {
                    assertThat(i.text()).startsWith("Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em");
                    assertThat(i.targets()).extracting(ExtractedTarget::year, ExtractedTarget::value)
                            .containsExactly(tuple(2025, n("65")), tuple(2030, n("75")));
                }));
    }

    @Test
    void ageRangesAndGradesAreNotTargets() {
        assertThat(targets(objectives(
                "- Phấn đấu 86% trẻ em từ 03 đến 05 tuổi đi học mầm non, tỷ lệ trẻ em 06 tuổi vào lớp 1 đạt 100%.")))
                .extracting(ExtractedTarget::value).containsExactly(n("86"), n("100"));
    }

    @Test
    void targetsWithoutYearTakeTheLatestYearOfTheSectionAndAreFlagged() {
        ExtractedPlan p = parser.parse(objectives("- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.",
                "- Tỷ lệ xã phù hợp với trẻ em đạt 75% vào năm 2030."));
        assertThat(targets(objectives("- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.",
                "- Tỷ lệ xã phù hợp với trẻ em đạt 75% vào năm 2030.")))
                .extracting(ExtractedTarget::year, ExtractedTarget::yearInferred)
                .containsExactly(tuple(2030, true), tuple(2030, false));
        assertThat(p.warnings()).extracting(ImportWarning::code).contains("TARGET_YEAR_INFERRED");
    }

    @Test
    void relativeChangesAreWarnedNotGuessed() {
        ExtractedPlan p = parser.parse(objectives("- Giảm 10% số vụ tai nạn thương tích trẻ em so với năm 2024."));
        assertThat(targets(objectives("- Giảm 10% số vụ tai nạn thương tích trẻ em so với năm 2024."))).isEmpty();
        assertThat(p.warnings()).extracting(ImportWarning::code).contains("TARGET_NOT_UNDERSTOOD");
    }

    @Test
    void blankNumberAndDateAreWarningsNotFailures() {
        ExtractedPlan p = parser.parse("Số: /KH-UBND\n\nMường Tè, ngày tháng năm 2024\n\n## KẾ HOẠCH\n"
                + "### Phòng, chống đuối nước trẻ em\n");
        assertThat(p.number()).isNull();
        assertThat(p.issueDate()).isNull();
        assertThat(p.issueYear()).isEqualTo(2024);
        assertThat(p.place()).isEqualTo("Mường Tè");
        assertThat(p.title()).isEqualTo("Phòng, chống đuối nước trẻ em");
        assertThat(p.kind()).isEqualTo(PlanKind.THEMATIC);
        assertThat(p.warnings()).extracting(ImportWarning::code).contains("NUMBER_MISSING", "DATE_MISSING");
    }

    @Test
    void unknownTextGivesWarningsAndNoData() {
        for (String text : List.of("", "Lorem ipsum dolor sit amet.\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                "%%% 12 %", "\\*\\*\n#\n-")) {
            assertThatCode(() -> parser.parse(text)).doesNotThrowAnyException();
            ExtractedPlan p = parser.parse(text);
            assertThat(p.objectives()).isEmpty();
            assertThat(p.assignments()).isEmpty();
            assertThat(p.warnings()).extracting(ImportWarning::code).contains("NUMBER_MISSING", "TITLE_MISSING");
        }
    }

    @Test
    void reportingPhraseVariants() {
        String text = "KẾ HOẠCH\nThử nghiệm\nI. CHẾ ĐỘ BÁO CÁO\n"
                + "1. Các đơn vị báo cáo định kỳ trước ngày 10 tháng 5 và trước ngày 10 tháng 11.\n"
                + "2. Các xã báo cáo hằng năm (trước ngày 25/11) về Phòng Lao động - Thương binh và Xã hội.\n"
                + "3. Báo cáo về Sở Y tế trước ngày 20/11 hoặc đột xuất khi có yêu cầu.\n"
                + "4. Báo cáo hằng quý trước ngày 20 tháng cuối quý.\n"
                + "5. Gửi báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).\n";
        List<ExtractedReportingRule> rules = parser.parse(text).reporting();
        assertThat(rules).extracting(ExtractedReportingRule::period, ExtractedReportingRule::dueDates).containsExactly(
                tuple(ReportPeriod.SEMI_ANNUAL, List.of(MonthDay.of(5, 10), MonthDay.of(11, 10))),
                tuple(ReportPeriod.ANNUAL, List.of(MonthDay.of(11, 25))),
                tuple(ReportPeriod.ANNUAL, List.of(MonthDay.of(11, 20))), tuple(ReportPeriod.AD_HOC, List.of()),
                tuple(ReportPeriod.QUARTERLY, List.of()),
                tuple(ReportPeriod.SEMI_ANNUAL, List.of(MonthDay.of(6, 15), MonthDay.of(12, 15))));
        assertThat(rules.get(1).recipient()).isEqualTo("Phòng Lao động - Thương binh và Xã hội");
        assertThat(rules.get(2).recipient()).isEqualTo("Sở Y tế");
    }

    @Test
    void leadAndSupportRoles() {
        String text = "KẾ HOẠCH\nThử nghiệm\nI. TỔ CHỨC THỰC HIỆN\n"
                + "1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Đài Phát thanh và Truyền hình tỉnh và các"
                + " cơ quan có liên quan tổ chức khám sức khỏe cho trẻ em.\n"
                + "2. Sở Tư pháp\n- Phối hợp với Sở Y tế hướng dẫn đăng ký khai sinh.\n"
                + "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên\n"
                + "Tuyên truyền, vận động nhân dân.\n";
        ExtractedPlan p = parser.parse(text);
        assertThat(p.assignments()).extracting(ExtractedAssignment::agency, ExtractedAssignment::role,
                ExtractedAssignment::requested)
                .containsExactly(tuple("Sở Y tế", AssignmentRole.LEAD, false),
                        tuple("Sở Giáo dục và Đào tạo", AssignmentRole.SUPPORT, false),
                        tuple("Đài Phát thanh và Truyền hình tỉnh", AssignmentRole.SUPPORT, false),
                        tuple("Sở Tư pháp", AssignmentRole.SUPPORT, false),
                        tuple("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", AssignmentRole.LEAD, true));
        assertThat(p.warnings()).extracting(ImportWarning::code).contains("AGENCY_ROLE_UNCLEAR");
    }

    /** A short commune plan written for this test: not one of the shared documents. */
    private static final String COMMUNE_PLAN = """
            ỦY BAN NHÂN DÂN XÃ TÂN PHÚ

            Số: 15/KH-UBND

            Tân Phú, ngày 05 tháng 01 năm 2025

            **KẾ HOẠCH**

            **Bảo vệ trẻ em giai đoạn 2025 - 2027 trên địa bàn xã Tân Phú**

            Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016 của Quốc hội; Căn cứ Quyết định số 23/QĐ-TTg ngày \
            07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030;

            Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch như sau:

            # I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích: Nâng cao nhận thức về bảo vệ trẻ em.
            2. Yêu cầu: Bảo đảm sự phối hợp giữa các ban, ngành.

            # II. MỤC TIÊU
            1. Mục tiêu chung
            Xây dựng môi trường sống an toàn, thân thiện cho trẻ em.
            2. Chỉ tiêu cụ thể
            a) Năm 2025:
            - Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt ít nhất 98%.
            - Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 12‰.
            - Tỷ lệ trẻ em bị xâm hại duy trì ở mức 0,4 - 0,7%.
            b) Đến năm 2027:
            - Có ít nhất 3 điểm vui chơi dành cho trẻ em.
            - Tỷ lệ trẻ em từ 7 tuổi trở lên được tham vấn ý kiến đạt trên 60%.
            - Giảm 10% số vụ tai nạn thương tích so với năm 2024.

            # III. NHIỆM VỤ, GIẢI PHÁP
            1. Phòng, chống đuối nước cho trẻ em
            Tổ chức dạy bơi, kỹ năng an toàn trong môi trường nước. Cơ quan chủ trì: Trạm Y tế xã.
            2. Cập nhật dữ liệu trẻ em vào phần mềm quản lý thông tin trẻ em.

            # IV. KINH PHÍ
            Ngân sách xã bố trí 50 triệu đồng mỗi năm; vận động xã hội hóa từ doanh nghiệp.

            # V. TỔ CHỨC THỰC HIỆN
            1. Công chức Văn hóa - Xã hội
            Chủ trì, phối hợp với Trạm Y tế xã và Công an xã triển khai Kế hoạch; báo cáo Ủy ban nhân dân xã định kỳ \
            6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).
            2. Đề nghị Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã
            Tuyên truyền, vận động đoàn viên, hội viên.

            # VI. CHẾ ĐỘ BÁO CÁO
            Các ban, ngành, đoàn thể xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/11 hằng năm hoặc đột xuất.
            """;

    @Test
    void inventedCommunePlan() {
        ExtractedPlan p = parser.parse(COMMUNE_PLAN);
        assertThat(p.number()).isEqualTo("15/KH-UBND");
        assertThat(p.issueDate()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(p.place()).isEqualTo("Tân Phú");
        assertThat(p.issuer()).isEqualTo("Ủy ban nhân dân xã Tân Phú");
        assertThat(p.title()).isEqualTo("Bảo vệ trẻ em giai đoạn 2025 - 2027 trên địa bàn xã Tân Phú");
        assertThat(p.kind()).isEqualTo(PlanKind.MULTI_YEAR);
        assertThat(p.periodFromYear()).isEqualTo(2025);
        assertThat(p.periodToYear()).isEqualTo(2027);
        assertThat(p.purpose()).contains("Nâng cao nhận thức");
        assertThat(p.requirements()).contains("Bảo đảm sự phối hợp");
        assertThat(p.legalBases()).extracting(LegalReference::documentType, LegalReference::number,
                LegalReference::date, LegalReference::issuer)
                .containsExactly(tuple("Luật", "102/2016/QH13", LocalDate.of(2016, 4, 5), "Quốc hội"),
                        tuple("Quyết định", "23/QĐ-TTg", LocalDate.of(2021, 1, 7), "Thủ tướng Chính phủ"));
        assertThat(p.objectives()).first().extracting(ExtractedObjective::kind).isEqualTo(ObjectiveKind.GENERAL);
        assertThat(targets(COMMUNE_PLAN))
                .extracting(ExtractedTarget::year, ExtractedTarget::comparator, ExtractedTarget::value,
                        ExtractedTarget::upperValue)
                .containsExactly(tuple(2025, Comparator.AT_LEAST, n("98"), null),
                        tuple(2025, Comparator.AT_MOST, n("12"), null),
                        tuple(2025, Comparator.RANGE, n("0.4"), n("0.7")),
                        tuple(2027, Comparator.AT_LEAST, n("3"), null), tuple(2027, Comparator.ABOVE, n("60"), null));
        assertThat(p.objectives().stream().flatMap(o -> o.indicators().stream()).map(ExtractedIndicator::unit))
                .containsExactly(MeasureUnit.PERCENT, MeasureUnit.PER_MILLE, MeasureUnit.PERCENT, MeasureUnit.COUNT,
                        MeasureUnit.PERCENT);
        assertThat(p.warnings()).extracting(ImportWarning::code).contains("TARGET_NOT_UNDERSTOOD");
        assertThat(p.tasks()).extracting(ExtractedTask::code).containsExactly("III.1", "III.2");
        assertThat(p.tasks().get(0).themes()).contains("DROWNING_PREVENTION");
        assertThat(p.tasks().get(1).themes()).contains("DATA_AND_STATISTICS");
        assertThat(p.budgetSources()).extracting(ExtractedBudgetSource::kind, ExtractedBudgetSource::amount)
                .containsExactly(tuple(BudgetKind.LOCAL, n("50000000")), tuple(BudgetKind.SOCIALISED, null));
        assertThat(p.assignments()).extracting(ExtractedAssignment::agency, ExtractedAssignment::role,
                ExtractedAssignment::taskCode)
                .containsExactlyInAnyOrder(tuple("Trạm Y tế xã", AssignmentRole.LEAD, "III.1"),
                        tuple("Công chức Văn hóa - Xã hội", AssignmentRole.LEAD, null),
                        tuple("Trạm Y tế xã", AssignmentRole.SUPPORT, null),
                        tuple("Công an xã", AssignmentRole.SUPPORT, null),
                        tuple("Đoàn Thanh niên xã", AssignmentRole.LEAD, null),
                        tuple("Hội Liên hiệp Phụ nữ xã", AssignmentRole.LEAD, null));
        assertThat(p.reporting()).extracting(ExtractedReportingRule::period, ExtractedReportingRule::dueDates)
                .containsExactly(tuple(ReportPeriod.SEMI_ANNUAL, List.of(MonthDay.of(6, 15), MonthDay.of(12, 15))),
                        tuple(ReportPeriod.ANNUAL, List.of(MonthDay.of(11, 20))),
                        tuple(ReportPeriod.AD_HOC, List.of()));
        assertThat(p.reporting().get(1).recipient()).isEqualTo("Ủy ban nhân dân xã");
    }

    @Test
    void isDeterministicAndFast() {
        String text = PlanImportAccuracyTest.resource("/plan-documents/001_8083cb804103f92a.txt");
        ExtractedPlan first = parser.parse(text);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(parser.parse(text)).isEqualTo(first);
        }
        assertThat((System.nanoTime() - start) / 20 / 1_000_000).as("ms per document").isLessThan(500);
    }
}
