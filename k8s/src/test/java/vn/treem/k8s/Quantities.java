package vn.treem.k8s;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 512Mi}, {@code 1G}, {@code 250m}) as numbers. */
final class Quantities {

    private static final Pattern QUANTITY = Pattern.compile("^([0-9.]+)([a-zA-Z]*)$");
    private static final Map<String, BigDecimal> FACTORS = Map.ofEntries(Map.entry("", BigDecimal.ONE),
            Map.entry("m", new BigDecimal("0.001")), Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)), Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)), Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)), Map.entry("Ti", BigDecimal.valueOf(1L << 40)));

    private Quantities() {
    }

    static long bytes(String quantity) {
        Matcher m = QUANTITY.matcher(quantity.trim());
        if (!m.matches() || !FACTORS.containsKey(m.group(2))) {
            throw new IllegalArgumentException("not a quantity: " + quantity);
        }
        return new BigDecimal(m.group(1)).multiply(FACTORS.get(m.group(2))).longValue();
    }
}
