package vn.treem.reporting.projection;

import java.time.YearMonth;

/** What one event adds to one indicator: {@code amount} for {@code unitCode} in {@code month}. */
public record Contribution(String indicator, String unitCode, YearMonth month, long amount) {
}
