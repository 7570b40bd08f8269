-- Facts projected from case events (issue #5): one row per case and per registered child, codes and dates only — no
-- names, birth dates, ID numbers or free text. Computed indicators are counted from these facts on query, per commune
-- and up the hierarchy; rebuilding them from the start of the topics gives the same rows.
create table case_fact (
    case_id             uuid        primary key,
    intake_commune_code varchar(10) not null,  -- where it happened, as received (flows count here)
    commune_code        varchar(10) not null,  -- handling commune now (a transfer moves it)
    province_code       varchar(10),
    opened_at           timestamptz not null,
    channel             varchar(30),
    abused              boolean     not null,  -- a form of abuse among the concerns
    child_id            uuid,
    child_sex           varchar(10),
    child_age_band      varchar(12),
    status              varchar(30) not null,
    status_at           timestamptz,
    intervention_at     timestamptz,           -- first service delivered or start of the intervention
    initial_on_time     boolean,               -- initial assessment within its statutory limit
    closed_at           timestamptz,
    services            integer     not null default 0,
    referrals           integer     not null default 0
);
create index case_fact_intake on case_fact (intake_commune_code, opened_at);
create index case_fact_child on case_fact (child_id);

create table case_fact_concern (
    case_id uuid        not null references case_fact (case_id) on delete cascade,
    concern varchar(40) not null,
    primary key (case_id, concern)
);

create table case_fact_deadline_missed (
    case_id      uuid        not null,
    kind         varchar(30) not null,
    due_at       timestamptz not null,
    missed_at    timestamptz not null,
    commune_code varchar(10) not null,
    primary key (case_id, kind, due_at)
);
create index case_fact_deadline_missed_when on case_fact_deadline_missed (commune_code, missed_at);

create table child_fact (
    child_id      uuid        primary key,
    commune_code  varchar(10) not null,
    province_code varchar(10),
    sex           varchar(10),
    age_band      varchar(12),
    ethnicity     varchar(2),
    registered_at timestamptz not null,
    updated_at    timestamptz not null
);
create index child_fact_commune on child_fact (commune_code);

create table child_fact_group (
    child_id   uuid       not null references child_fact (child_id) on delete cascade,
    position   integer    not null,
    group_code varchar(3) not null,
    since      date,
    until      date,
    primary key (child_id, position)
);
