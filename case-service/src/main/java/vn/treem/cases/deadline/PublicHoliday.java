package vn.treem.cases.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One non-working public-holiday date of the Vietnamese working-day calendar.
 *
 * <p>
 * The legal basis is Article 112 of the Labour Code 2019 (Bộ luật Lao động, Law No. 45/2019/QH14), which lists the paid
 * public holidays, and Article 111(3), which gives a compensatory day off (nghỉ bù) on the next working day when one of
 * them falls on the weekly rest day. Each year the Prime Minister fixes the exact Lunar New Year and National Day days
 * and may swap working days (hoán đổi ngày làm việc) to join holidays to a weekend: the weekday given off is a
 * {@link Kind#DECREED} holiday, while the Saturday or Sunday worked in exchange (ngày làm bù) is a working day and
 * therefore not a public holiday but a {@link WorkingCalendar.MakeUpWorkday}.
 *
 * @param date
 *            the day that is not worked
 * @param nameVi
 *            the Vietnamese name, e.g. {@code Tết Nguyên đán}
 * @param nameEn
 *            the English name, e.g. {@code Lunar New Year}
 * @param kind
 *            why the day is off
 */
public record PublicHoliday(LocalDate date, String nameVi, String nameEn, Kind kind) {

    /** Why a day is off. */
    public enum Kind {
        /** A day listed by Article 112 of the Labour Code 2019, as fixed for that year. */
        STATUTORY,
        /** Nghỉ bù: a statutory day fell on a Saturday or Sunday, so the next working day is off (Article 111(3)). */
        COMPENSATORY,
        /**
         * An extra day off announced for that year by the Prime Minister or the ministry, usually the day off of a day
         * swap whose make-up day is a {@link WorkingCalendar.MakeUpWorkday}.
         */
        DECREED
    }

    /**
     * Checks that every component is present.
     *
     * @param date
     *            the day that is not worked
     * @param nameVi
     *            the Vietnamese name
     * @param nameEn
     *            the English name
     * @param kind
     *            why the day is off
     * @throws NullPointerException
     *             if a component is {@code null}
     * @throws IllegalArgumentException
     *             if a name is blank
     */
    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        if (nameVi.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("A public holiday needs a Vietnamese and an English name: " + date);
        }
    }
}
