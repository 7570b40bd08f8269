-- The national child database (docs/integrations/national-child-db.md, ADR 0012).

-- Changes to push, written in the same transaction as the change itself. A child row carries no personal data: the
-- worker reads the child's current record when it pushes. A case row carries the status summary (codes and ids
-- only), so that every step reaches the national system in order.
create table national_sync_outbox (
    id               bigserial    primary key,
    kind             varchar(20)  not null,    -- CHILD or CASE_STATUS
    child_id         uuid         not null,
    case_id          uuid,
    commune_code     varchar(10)  not null,    -- the commune of the change: who may see and re-queue the item
    payload          jsonb,                    -- CASE_STATUS: the status summary as it was at the change
    status           varchar(10)  not null,    -- PENDING, DONE or PARKED
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_attempt_at  timestamptz,
    last_error_code  varchar(60),              -- ours (e.g. REMOTE_5XX, REJECTED, TIMEOUT), never the remote's text
    last_error_status integer,                 -- the remote's HTTP status, when it answered
    last_error_detail varchar(500),            -- the remote's error and field codes only, never values
    idempotency_key  varchar(120),
    remote_outcome   varchar(20),              -- CREATED, UPDATED or DUPLICATE
    national_id      varchar(60),
    created_at       timestamptz  not null,
    done_at          timestamptz,
    parked_at        timestamptz,
    requeued_at      timestamptz,
    requeued_by      varchar(100)
);
create index national_sync_due on national_sync_outbox (next_attempt_at, id) where status = 'PENDING';
create index national_sync_child_pending on national_sync_outbox (child_id, id) where status = 'PENDING';
create index national_sync_unit on national_sync_outbox (commune_code, status, id);

-- Who looked a personal identification number up in the national database, when, and what came back. The number
-- itself is not kept: the national ids and our child ids found are enough to audit.
create table national_lookup_log (
    id               bigserial    primary key,
    subject          varchar(100) not null,
    unit_code        varchar(10),
    at               timestamptz  not null,
    outcome          varchar(20)  not null,    -- FOUND, NOT_FOUND, UNAVAILABLE
    national_ids     varchar(500),
    child_ids        varchar(500)
);
create index national_lookup_log_at on national_lookup_log (at desc);

-- Reconciliation jobs: our registry against the national one, for one commune.
create table national_reconciliation (
    id               uuid         primary key,
    commune_code     varchar(10)  not null,
    status           varchar(10)  not null,    -- RUNNING, COMPLETED, FAILED
    requested_by     varchar(100) not null,
    requested_at     timestamptz  not null,
    finished_at      timestamptz,
    failure_code     varchar(60),
    local_count      integer,
    remote_count     integer,
    matched_count    integer,
    only_here_count  integer,
    only_there_count integer,
    mismatch_count   integer,
    differences      jsonb,                    -- ids and field names only, never values
    truncated        boolean      not null default false
);
create index national_reconciliation_unit on national_reconciliation (commune_code, requested_at desc);
