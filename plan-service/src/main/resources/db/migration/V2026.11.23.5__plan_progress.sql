-- Progress of plans (issue #4 item 7): the status each assigned agency reports for its assignment, and the actual
-- values of the plan's indicators, per plan series (they carry over to amended versions).
create table assignment_progress (
    assignment_id uuid         primary key,
    series_id     uuid         not null,
    status        varchar(20)  not null,
    note          varchar(2000),
    reported_by   varchar(100) not null,
    reported_at   timestamptz  not null,
    version       bigint       not null default 0
);
create index assignment_progress_series on assignment_progress (series_id);

create table indicator_actual (
    series_id      uuid          not null,
    indicator_code varchar(30)   not null,
    year           integer       not null,
    value          numeric(18,4) not null,
    source         varchar(300),
    reported_by    varchar(100)  not null,
    reported_at    timestamptz   not null,
    primary key (series_id, indicator_code, year)
);
