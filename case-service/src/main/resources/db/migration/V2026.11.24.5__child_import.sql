-- Bulk import of child records from CSV and .xlsx (issue #6, ADR 0013): import jobs, their per-row report, and the
-- staging table the rows are copied into before they are checked against the registry and inserted.

-- An import job: one uploaded file, its progress and its counts. Visible only to the user who uploaded it.
create table child_import (
    id              uuid         primary key,
    owner           varchar(100) not null,      -- the uploader's subject
    owner_unit      varchar(10)  not null,      -- the unit they served when uploading: rows outside it are refused
    approver        boolean      not null,      -- the uploader was an approver (sees sensitive duplicates by id)
    file_name       varchar(200),
    format          varchar(10)  not null,      -- CSV, XLSX
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,      -- content hash of the file
    status          varchar(20)  not null,      -- QUEUED, RUNNING, DONE, FAILED
    phase           varchar(20),                -- READING, CHECKING, IMPORTING while RUNNING
    rows_read       integer      not null default 0,
    rows_valid      integer      not null default 0,
    rows_imported   integer      not null default 0,
    rows_duplicate  integer      not null default 0,
    rows_invalid    integer      not null default 0,
    ignored_columns varchar(1000),              -- headings of columns not used, as sent
    failure         varchar(40),                -- why a FAILED job failed: a code, never a message
    created_at      timestamptz  not null,
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz
);
create index child_import_owner on child_import (owner, created_at);
create index child_import_sha256 on child_import (sha256);

-- The report: why a row was not imported. Codes, columns and row numbers only, never the values of the file.
create table child_import_issue (
    import_id  uuid        not null references child_import (id) on delete cascade,
    row_number integer     not null,
    seq        integer     not null,
    kind       varchar(10) not null,            -- INVALID, DUPLICATE
    field      varchar(40) not null,
    code       varchar(40) not null,
    arg        varchar(60),                     -- a message argument: a unit code, a row number, a group code
    child_id   uuid,                            -- the registered child a duplicate row matched, when within reach
    primary key (import_id, row_number, seq)
);

-- Staging: every row read from a file, checked and ready to insert. Unlogged (a crash fails the job anyway) and
-- emptied when the job ends: it holds personal data only while a job runs.
create unlogged table child_import_row (
    import_id              uuid         not null,
    row_number             integer      not null,
    outcome                varchar(20)  not null, -- NEW (inserted by its batch), GIVEN_ID, INVALID, DUPLICATE_IN_FILE, REGISTERED
    issues                 text,                  -- INVALID: field, code, arg of each problem
    child_id               uuid,
    full_name              varchar(150),
    name_key               varchar(200),
    sex                    varchar(10),
    birth_date             date,
    personal_id_number     varchar(12),
    ethnicity              varchar(2),
    residence_commune_code varchar(10),
    groups                 varchar(100),          -- G01,G04
    sensitive              boolean,
    caregiver_name         varchar(150),
    caregiver_relationship varchar(30),
    caregiver_phone        varchar(20),
    caregiver_guardian     boolean,
    matched_child          uuid,
    matched_on             varchar(30),
    first_row              integer,
    primary key (import_id, row_number)
);

