-- plan-service schema, first slice: plans as issued. Objectives, targets, tasks, assignments, budget sources and the
-- reporting regime come with issue #4.
create table plan (
    id                uuid         primary key,
    number            varchar(50),
    title             varchar(500) not null,
    issuing_unit_code varchar(10)  not null,
    issue_date        date         not null,
    period_from_year  integer      not null,
    period_to_year    integer      not null,
    type              varchar(20)  not null,
    status            varchar(20)  not null,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint plan_period check (period_from_year <= period_to_year)
);
create index plan_issuer on plan (issuing_unit_code, issue_date);
create index plan_listing on plan (issue_date desc, id desc);
