package vn.treem.platform.retry;

import java.time.Duration;

/** Waits between attempts of the background workers that retry deliveries (webhooks, the national child database). */
public final class Backoff {

    private Backoff() {
    }

    /**
     * The wait after the {@code attempt}-th failed attempt: {@code initial} doubled after each failure
     * ({@code initial × 2^(attempt − 1)}; the first failure waits {@code initial}), never more than {@code max}.
     */
    public static Duration exponential(Duration initial, Duration max, int attempt) {
        long millis = initial.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
