package vn.treem.plans.importing;

/**
 * How a target value is compared with the actual value.
 * <ul>
 * <li>{@code AT_LEAST} (≥): "đạt X", "ít nhất X", "tối thiểu X", "X trở lên", "không dưới X", a bare "X%" on an
 * indicator that should rise;</li>
 * <li>{@code ABOVE} (&gt;): "trên X", "đạt trên X", "hơn X";</li>
 * <li>{@code AT_MOST} (≤): "tối đa X", "không quá X", "xuống còn X", "X trở xuống", a bare "X%" on an indicator that
 * should fall;</li>
 * <li>{@code BELOW} (&lt;): "dưới X", "xuống dưới X", "thấp hơn X";</li>
 * <li>{@code EQUAL} (=): "khoảng X", "bằng X", "ở mức X";</li>
 * <li>{@code RANGE} (value ≤ actual ≤ upperValue): "từ X đến Y%", "X - Y%".</li>
 * </ul>
 */
public enum Comparator {
    AT_LEAST, ABOVE, AT_MOST, BELOW, EQUAL, RANGE
}
