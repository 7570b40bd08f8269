package vn.treem.plans.importing;

import java.math.BigDecimal;

/**
 * A funding source named in the budget section.
 *
 * @param kind
 *            central, local, socialised, donor or other
 * @param text
 *            the sentence it came from
 * @param amount
 *            amount in VND when stated ("500 triệu đồng"), else {@code null}
 */
public record ExtractedBudgetSource(BudgetKind kind, String text, BigDecimal amount) {
}
