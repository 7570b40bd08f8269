package vn.treem.plans.importing;

import java.time.LocalDate;

/**
 * A document the plan is based on or implements ("Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về
 * …").
 *
 * @param documentType
 *            Chỉ thị, Kế hoạch, Luật, Nghị định, Quyết định, Chương trình hành động, Thông tư, Công văn …
 * @param number
 *            e.g. {@code 28-CT/TW}
 * @param date
 *            issue date when stated
 * @param issuer
 *            e.g. "Bộ Chính trị", as written
 * @param title
 *            what follows the issuer ("về …"), shortened; may be {@code null}
 */
public record LegalReference(String documentType, String number, LocalDate date, String issuer, String title) {
}
