-- Plans as living data (issue #4): content (objectives, targets, tasks, assignments, budget, reporting) as one JSON
-- document per version (docs/adr/0011), the DRAFT → ISSUED → CLOSED lifecycle, versions of amended plans, the parent
-- a plan implements, and the directory of agencies per unit.
alter table plan add column content jsonb not null default '{}'::jsonb;
alter table plan add column series_id uuid;
update plan set series_id = id;
alter table plan alter column series_id set not null;
alter table plan add column version_number integer not null default 1;
alter table plan add column supersedes_id uuid references plan (id);
alter table plan add column parent_plan_id uuid references plan (id);
alter table plan add column issued_at timestamptz;
alter table plan add column closed_at timestamptz;
alter table plan add column updated_at timestamptz;
update plan set issued_at = created_at, updated_at = created_at;
alter table plan alter column updated_at set not null;
create unique index plan_series_version on plan (series_id, version_number);
create index plan_parent on plan (parent_plan_id) where parent_plan_id is not null;

-- An amendment keeps the number of the plan it amends: the uniqueness of numbers holds among current versions only.
drop index plan_number_per_unit_and_year;
create unique index plan_number_per_unit_and_year
    on plan (issuing_unit_code, (extract(year from issue_date)), number)
    where number is not null and status in ('ISSUED', 'CLOSED');

create table agency (
    id          uuid         primary key,
    unit_code   varchar(10)  not null,
    name        varchar(300) not null,
    kind        varchar(30)  not null,
    active_from date,
    active_to   date,
    replaced_by uuid references agency (id),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);
create unique index agency_name_per_unit on agency (unit_code, lower(name));
