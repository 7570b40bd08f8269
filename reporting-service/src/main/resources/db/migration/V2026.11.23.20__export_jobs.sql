-- Export jobs (docs/exports.md): long exports run in the background; the caller polls the job and downloads the file.
-- A job is visible only to its creator (owner = the token's subject). The file holds aggregates only (codes, counts,
-- small counts suppressed below province level). Jobs are purged 7 days after creation.
create table export_job (
    id             uuid         primary key,
    kind           varchar(30)  not null,  -- CONSOLIDATED_XLSX, CONSOLIDATED_CSV, SUMMARY_PDF
    unit_code      varchar(10)  not null,
    period         varchar(10)  not null,
    hierarchy_date date         not null,  -- the hierarchy the unit was checked and is counted in
    indicator      varchar(60),            -- the chart indicator of a SUMMARY_PDF
    owner          varchar(200) not null,
    status         varchar(10)  not null,  -- QUEUED, RUNNING, DONE, FAILED
    progress       integer      not null default 0,
    file_name      varchar(200),
    media_type     varchar(100),
    content        bytea,
    created_at     timestamptz  not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    constraint export_job_progress_range check (progress between 0 and 100),
    constraint export_job_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

create index export_job_owner_created on export_job (owner, created_at desc);
