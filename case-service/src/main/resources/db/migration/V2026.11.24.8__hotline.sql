-- Hotline 111 channel (issue #6 part 3, docs/adr/0014): the hotline's own reference on intakes, webhooks registered by
-- hotline clients, and the webhook outbox (one delivery per status change of a hotline case and per webhook).

-- The client (token subject of a HOTLINE caller) that sent an intake, its reference (call or ticket id), unique per
-- client, and the fingerprint of the request, so that a re-submission is recognised as the same report.
alter table intake add column hotline_client varchar(100);
alter table intake add column hotline_reference varchar(64);
alter table intake add column hotline_request_hash varchar(64);
create unique index intake_hotline_reference on intake (hotline_client, hotline_reference)
    where hotline_reference is not null;
create index intake_hotline_case on intake (case_id) where hotline_client is not null;

create table hotline_webhook (
    id         uuid          primary key,
    client     varchar(100)  not null,     -- token subject of the HOTLINE client that registered it
    url        varchar(2000) not null,
    secret     text          not null,     -- the signing secret, AES-GCM encrypted when a key is configured
    created_at timestamptz   not null,
    deleted_at timestamptz,                -- deleted webhooks are kept for the history of their deliveries
    version    bigint        not null default 0
);
create index hotline_webhook_client on hotline_webhook (client) where deleted_at is null;

-- The webhook outbox: written in the transaction of the status change, sent by WebhookDispatcher.
create table hotline_delivery (
    id                   uuid        primary key,      -- the delivery id the receiver dedupes on
    seq                  bigserial   not null unique,  -- order of writing
    webhook_id           uuid        not null references hotline_webhook (id),
    client               varchar(100) not null,
    intake_id            uuid        not null references intake (id),
    sequence             integer     not null,         -- number of the status change in the case's history
    case_status          varchar(30) not null,
    payload              text        not null,         -- the exact JSON body, the same for every attempt
    state                varchar(16) not null,         -- PENDING, DELIVERED, PARKED, CANCELLED
    attempts             integer     not null default 0,
    next_attempt_at      timestamptz not null,
    last_attempt_at      timestamptz,
    last_response_status integer,
    last_error           varchar(40),
    delivered_at         timestamptz,
    parked_at            timestamptz,
    created_at           timestamptz not null
);
create index hotline_delivery_due on hotline_delivery (next_attempt_at) where state = 'PENDING';
create index hotline_delivery_order on hotline_delivery (webhook_id, intake_id, seq) where state = 'PENDING';
create index hotline_delivery_client on hotline_delivery (client, seq);
