-- Plan progress (issue #5, item 5): targets, assignments and actuals of issued plans, from plan events.
-- Codes, ids, numbers and agency names only: no personal data.

-- A plan as far as its progress is concerned: the version in force of a series.
create table progress_plan (
    series_id         uuid          primary key,
    plan_id           uuid          not null,
    version_number    integer       not null,
    parent_plan_id    uuid,                      -- the higher plan (a version of it) this plan implements
    issuing_unit_code varchar(10)   not null,
    issue_date        date          not null,
    period_from_year  integer       not null,
    period_to_year    integer       not null,
    targets           jsonb         not null,    -- [{indicatorCode, catalogIndicator, unit, direction, year, comparator, value, upperValue, baselineValue, baselineYear}]
    assignments       jsonb         not null,    -- [{assignmentId, taskCode, agencyName, role, deadline}]
    closed_on         date,
    updated_at        timestamptz   not null
);
create index progress_plan_parent on progress_plan (parent_plan_id);

-- Every version id seen, to find the series a derived plan's parent version belongs to.
create table progress_plan_version (
    plan_id   uuid  primary key,
    series_id uuid  not null
);

-- The latest reported status of an assignment (OVERDUE is derived when read).
create table progress_assignment (
    assignment_id uuid          primary key,
    series_id     uuid          not null,
    status        varchar(12)   not null,
    changed_at    timestamptz   not null
);

-- Actual values reported on a plan (plan-service's indicator-actual.reported events), for its issuing unit.
create table progress_actual (
    series_id      uuid           not null,
    indicator_code varchar(30)    not null,
    year           integer        not null,
    unit_code      varchar(10)    not null,
    value          numeric(18, 4) not null,
    reported_at    timestamptz    not null,
    primary key (series_id, indicator_code, year)
);
