package vn.treem.platform.testing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sample values from a Prometheus/OpenMetrics exposition ({@code /q/metrics}). A sample line is
 * {@code name{labels} value}, possibly followed by an exemplar ({@code # {trace_id=...} 1.0 1795459781.987}) when
 * tracing is on: the value is the first number after the label set, never the exemplar's.
 */
public final class TestMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)");

    private TestMetrics() {
    }

    /** The sum of the samples of {@code metric} whose label set contains every one of {@code labels}. */
    public static double sum(String exposition, String metric, String... labels) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (sample.find() && sample.group(1).equals(metric)) {
                String labelSet = sample.group(2) == null ? "" : sample.group(2);
                if (Arrays.stream(labels).allMatch(labelSet::contains)) {
                    total += Double.parseDouble(sample.group(3));
                }
            }
        }
        return total;
    }
}
