-- Tables of the shared plumbing, created in every service's own database (Flyway location db/platform).
-- Versions are dates, so that platform and service migrations interleave in the order they were written.

-- Administrative units with validity periods: the pre-2025 three-tier hierarchy and the current two-tier one.
-- A code can be reused by a different (merged, larger) unit after the reform, hence (code, valid_from) as key.
create table admin_unit (
    code        varchar(10)  not null,
    valid_from  date         not null,
    valid_to    date,                       -- last day of validity (inclusive); null = still valid
    edition     varchar(16)  not null,      -- the dataset edition the row comes from
    level       varchar(16)  not null,      -- COUNTRY, PROVINCE, DISTRICT, COMMUNE
    name        varchar(200) not null,
    parent_code varchar(10),
    primary key (code, valid_from)
);
create index admin_unit_parent on admin_unit (parent_code, valid_from);

create table admin_unit_edition (
    edition    varchar(16) primary key,
    valid_from date        not null,
    valid_to   date,
    units      integer     not null,
    checksum   varchar(64) not null,
    loaded_at  timestamptz not null
);

-- Transactional outbox: events written with the state change, published by the relay (ADR 0002).
create table outbox_event (
    id             bigserial    primary key,
    event_id       varchar(64)  not null unique,
    aggregate_type varchar(60)  not null,
    aggregate_id   varchar(64)  not null,
    event_type     varchar(200) not null,
    payload        text         not null,   -- structured-mode CloudEvent JSON (ADR 0003)
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

-- Inbox: ids of consumed events, written in the same transaction as the consumer's update.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(64)  not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- Idempotency-Key records: the first answer to a POST, replayed for retries with the same key and body.
create table idempotency_record (
    scope        varchar(300) not null,     -- caller subject + method + path
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    status       integer,
    location     varchar(500),
    body         text,
    created_at   timestamptz  not null,
    primary key (scope, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);
