-- case-service schema, first slice: children, cases opened from intakes, the access log.

create table child (
    id               uuid         primary key,
    full_name        varchar(150) not null,
    sex              varchar(10)  not null,
    birth_date       date,
    estimated_age    integer,
    age_estimated_on date,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint child_birth_date_or_age check (birth_date is not null or estimated_age is not null)
);

create table protection_case (
    id            uuid         primary key,
    child_id      uuid         not null references child (id),
    status        varchar(30)  not null,
    commune_code  varchar(10)  not null,
    province_code varchar(10)  not null,
    opened_at     timestamptz  not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index protection_case_commune on protection_case (commune_code, opened_at);
create index protection_case_child on protection_case (child_id);

create table intake (
    id           uuid         primary key,
    case_id      uuid         not null references protection_case (id),
    channel      varchar(30)  not null,
    commune_code varchar(10)  not null,
    received_at  timestamptz  not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null
);
create index intake_case on intake (case_id);

create table intake_concern (
    intake_id uuid        not null references intake (id),
    category  varchar(40) not null,
    primary key (intake_id, category)
);

create table case_access_log (
    id      bigserial    primary key,
    case_id uuid         not null,
    subject varchar(100) not null,
    action  varchar(30)  not null,
    at      timestamptz  not null
);
create index case_access_log_case on case_access_log (case_id, at);
