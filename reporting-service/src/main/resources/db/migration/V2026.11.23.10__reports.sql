-- Periodic reports (báo cáo định kỳ) expected under the plans' reporting regimes, their content and approval.
-- Codes, ids, agency names and report texts only: no personal data.

-- A plan as far as its reports are concerned: all versions of a plan share a series.
create table report_series (
    series_id         uuid         primary key,
    plan_id           uuid,                    -- the version in force; null while only a closure is known
    version_number    integer      not null,   -- 0 while only a closure is known
    issuing_unit_code varchar(10),
    assignments       jsonb        not null,   -- [{assignmentId, taskCode, agencyName, role, deadline}]
    indicators        jsonb        not null,   -- [{code, catalogIndicator, unit}]: the indicators reports state
    closed_on         date,                    -- no report due after this day is expected
    updated_at        timestamptz  not null
);

create table periodic_report (
    id               uuid          primary key,
    series_id        uuid          not null references report_series (series_id),
    plan_id          uuid          not null,
    recipient_unit   varchar(10)   not null,   -- the issuing unit of the plan
    recipient        varchar(300),              -- as the plan names it
    reporting_unit   varchar(10)   not null,
    reporter_agency  varchar(300),              -- as the plan names it
    regime           varchar(12)   not null,   -- MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL
    period_code      varchar(10)   not null,   -- 2026, 2026H1, 2026Q3, 2026-05
    period_start     date          not null,
    period_end       date          not null,
    due_date         date          not null,
    status           varchar(12)   not null,   -- EXPECTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, CANCELLED
    progress         jsonb         not null,   -- [{assignmentId, status, narrative}]
    indicator_values jsonb         not null,   -- [{indicatorCode, value, numerator, denominator}]
    submitted_at     timestamptz,              -- latest submission
    submitted_by     varchar(100),
    decided_at       timestamptz,
    decided_by       varchar(100),
    decision_comment varchar(2000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    constraint periodic_report_status check (status in
        ('EXPECTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED')),
    constraint periodic_report_period check (period_start <= period_end)
);

-- One live expectation per series, reporter, regime, period and due date.
create unique index periodic_report_expectation on periodic_report
    (series_id, reporting_unit, coalesce(reporter_agency, ''), regime, period_code, due_date)
    where status <> 'CANCELLED';
create index periodic_report_unit_period on periodic_report (reporting_unit, period_start, period_end);
create index periodic_report_due on periodic_report (due_date, reporting_unit, id);
