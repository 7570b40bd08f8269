-- reporting-service schema, first slice: monthly counts per indicator and administrative unit, projected from events.
-- Codes and counts only: the reporting side never holds personal data.

-- One row per indicator, unit and calendar month (business time zone Asia/Ho_Chi_Minh). unit_code is the code the
-- event carried, as it was on the event's date (a pre-2025 code for events dated before the reform). A value for a
-- period and unit is the sum over the unit's subtree and the months of the period.
create table indicator_count (
    indicator varchar(60) not null,
    unit_code varchar(10) not null,
    month     date        not null,   -- first day of the month
    value     bigint      not null,
    primary key (indicator, unit_code, month),
    constraint indicator_count_month_is_first_day check (extract(day from month) = 1)
);
