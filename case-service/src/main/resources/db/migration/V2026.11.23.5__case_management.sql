-- Case management (issue #3): the child registry, Mẫu 01 intakes, the Decree 56/2017 workflow with its deadlines,
-- support plans, services, referrals, notes, attachments, consent, assignments and the access log.

-- Child registry ------------------------------------------------------------------------------------------------
alter table child add column ethnicity varchar(2);
alter table child add column residence_commune_code varchar(10);
alter table child add column created_by varchar(100);
alter table child add column updated_at timestamptz;
-- Sexually abused or trafficked (group G11/G12, or such a case): only assigned workers and approvers see the child.
alter table child add column sensitive boolean not null default false;
update child c set updated_at = c.created_at, created_by = 'migration',
    residence_commune_code = (select p.commune_code from protection_case p where p.child_id = c.id
                              order by p.opened_at limit 1);
update child set residence_commune_code = '00000' where residence_commune_code is null;
alter table child alter column updated_at set not null;
alter table child alter column created_by set not null;
alter table child alter column residence_commune_code set not null;
create index child_updated on child (updated_at, id);
create index child_residence on child (residence_commune_code);
create index child_same_person on child (name_key, birth_date);

-- Parents and caregivers (người chăm sóc): personal data of adults around the child.
create table child_caregiver (
    child_id         uuid         not null references child (id) on delete cascade,
    position         integer      not null,
    full_name        varchar(150) not null,
    relationship     varchar(30)  not null,
    phone            varchar(20),
    guardian         boolean      not null default false,
    lives_with_child boolean      not null default false,
    primary key (child_id, position)
);

-- Special-circumstance groups (Law on Children Art. 10.1; sub-groups of Decree 56/2017) with their validity.
create table child_group (
    child_id   uuid        not null references child (id) on delete cascade,
    position   integer     not null,
    group_code varchar(3)  not null,
    sub_group  varchar(60),
    since      date,
    until      date,
    primary key (child_id, position)
);

-- Cases ---------------------------------------------------------------------------------------------------------
alter table protection_case add column incident_commune_code varchar(10);
update protection_case set incident_commune_code = commune_code;
alter table protection_case alter column incident_commune_code set not null;
alter table protection_case add column sensitive boolean not null default false;
alter table protection_case add column risk_level varchar(10);
alter table protection_case add column emergency boolean;
alter table protection_case add column residual_risk varchar(10);
alter table protection_case add column separation_ends_on date;
alter table protection_case add column transfer_from_status varchar(30);
alter table protection_case add column transfer_to_commune_code varchar(10);
alter table protection_case add column closed_at timestamptz;
create index protection_case_updated on protection_case (updated_at, id);
create index protection_case_transfer on protection_case (transfer_to_commune_code)
    where transfer_to_commune_code is not null;

-- Every step of the workflow, with the data recorded at that step (assessments, decisions, reasons).
create table case_transition (
    id          bigserial    primary key,
    case_id     uuid         not null references protection_case (id),
    kind        varchar(20)  not null,
    from_status varchar(30),
    to_status   varchar(30)  not null,
    at          timestamptz  not null,
    by_subject  varchar(100) not null,
    details     jsonb
);
create index case_transition_case on case_transition (case_id, id);

-- Statutory deadlines of a case (Decree 56/2017 Arts. 26, 28, 32), per province rules.
create table case_deadline (
    id           uuid        primary key,
    case_id      uuid        not null references protection_case (id),
    kind         varchar(30) not null,
    due_at       timestamptz not null,
    met_at       timestamptz,
    missed_at    timestamptz,
    cancelled_at timestamptz
);
create index case_deadline_case on case_deadline (case_id);
create index case_deadline_open on case_deadline (due_at) where met_at is null and cancelled_at is null;

-- Workers assigned to a case; sexual-abuse and trafficking cases are visible to workers only through this.
create table case_assignment (
    case_id     uuid         not null references protection_case (id),
    subject     varchar(100) not null,
    assigned_by varchar(100) not null,
    assigned_at timestamptz  not null,
    primary key (case_id, subject)
);
create index case_assignment_subject on case_assignment (subject);

-- Intake: the rest of form Mẫu 01. The informant is stored only with their consent.
alter table intake add column place varchar(300);
alter table intake add column child_whereabouts varchar(300);
alter table intake add column child_condition varchar(2000);
alter table intake add column situation varchar(4000);
alter table intake add column actions_taken varchar(2000);
alter table intake add column informant jsonb;
alter table intake add column informant_consent boolean not null default false;

-- Support and intervention plans (Mẫu 04) and their approval decision (Mẫu 05).
create table support_plan (
    id              uuid         primary key,
    case_id         uuid         not null references protection_case (id),
    status          varchar(20)  not null,
    goals           jsonb        not null,
    measures        jsonb        not null,
    author          varchar(100) not null,
    drafted_at      timestamptz  not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_number varchar(50),
    decision_reason varchar(2000),
    version         bigint       not null default 0
);
create index support_plan_case on support_plan (case_id, drafted_at);

create table service_delivery (
    id           uuid         primary key,
    case_id      uuid         not null references protection_case (id),
    service_type varchar(40)  not null,
    provider     varchar(200) not null,
    delivered_on date         not null,
    outcome      varchar(2000),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null
);
create index service_delivery_case on service_delivery (case_id);

create table referral (
    id            uuid         primary key,
    case_id       uuid         not null references protection_case (id),
    target_type   varchar(40)  not null,
    target_name   varchar(200) not null,
    reason        varchar(2000) not null,
    status        varchar(20)  not null,
    status_reason varchar(2000),
    legal_basis   varchar(20)  not null,
    basis_by      varchar(100) not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index referral_case on referral (case_id);

-- Consent (Personal Data Protection Law 91/2025): of the child (7 or older) and of the parent or guardian.
create table consent (
    id          uuid         primary key,
    case_id     uuid         not null references protection_case (id),
    subject     varchar(20)  not null,
    purpose     varchar(20)  not null,
    target_type varchar(40),
    decision    varchar(10)  not null,
    given_by    varchar(150),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index consent_case on consent (case_id, recorded_at);

create table case_note (
    id         uuid         primary key,
    case_id    uuid         not null references protection_case (id),
    text       varchar(8000) not null,
    author     varchar(100) not null,
    created_at timestamptz  not null
);
create index case_note_case on case_note (case_id, created_at);

create table case_attachment (
    id           uuid         primary key,
    case_id      uuid         not null references protection_case (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    storage_key  varchar(100) not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
create index case_attachment_case on case_attachment (case_id);

-- The database implementation of the attachment store port (object storage can replace it).
create table attachment_blob (
    storage_key varchar(100) primary key,
    content     bytea        not null
);

-- Access log: every read and write of a child or a case (who, when, what, which fields).
alter table case_access_log rename to access_log;
alter table access_log rename column case_id to record_id;
alter table access_log add column record_type varchar(10) not null default 'CASE';
alter table access_log add column fields varchar(1000);
alter index case_access_log_case rename to access_log_record;
