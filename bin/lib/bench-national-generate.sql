-- Synthetic national data for the national statistics benchmark (issue #9), written into a case-service database in
-- the shape case-service writes it (child, child_group, protection_case, intake, intake_concern, case_transition,
-- case_deadline, service_delivery). Deterministic: every random draw is a hash of (seed, key), never random(), so
-- the same seed and scale give the same rows in any order of evaluation. Run by bin/lib/bench-national generate with
-- psql variables seed, scale. Names are synthetic ("Trẻ tổng hợp …"): no real person's data.
\set ON_ERROR_STOP on
\timing on
set max_parallel_workers_per_gather = 0;

-- A uniform draw in [0, 1) from the seed and a key (PostgreSQL's hashtextextended, seeded; an inlinable function).
select format($f$create function pg_temp.rnd(k text) returns float8 language sql immutable parallel safe as
    'select (hashtextextended(k, %s) & 2147483647)::float8 / 2147483648.0'$f$, :'seed'::bigint) \gexec

-- The day the generated history ends ("today" of the dataset): fixed, so the data does not depend on the clock.
create temp table g_param as select timestamptz '2026-11-23 00:00+07' as asof,
    timestamptz '2021-11-23 00:00+07' as start;

-- Provinces: scale 1 is the province with the median number of communes; scale s adds the next s-1 provinces
-- closest to that median; scale 34 is the whole country.
create temp table g_province as
with p as (select parent_code as code, count(*) as communes from admin_unit
           where level = 'COMMUNE' and valid_to is null group by parent_code),
     m as (select percentile_disc(0.5) within group (order by communes) as median from p)
select p.code, p.communes from p, m order by abs(p.communes - m.median), p.code limit :scale;

-- Child population per commune: 25 million children (under 16) over 3,321 communes, about 7,528 each on average,
-- spread from 0.3× to 1.7× of that. About 1 in 20 is in special circumstances (0.7× to 1.3× of 5 % per commune).
-- Cases: about 1.5 reports of concern a year per 1,000 children (0.6× to 1.4× per commune), over five years.
create temp table g_commune as
select u.code, u.parent_code as province_code,
       greatest(300, round(7528 * (0.3 + 1.4 * pg_temp.rnd('pop' || u.code))))::int as population
from admin_unit u join g_province p on p.code = u.parent_code
where u.level = 'COMMUNE' and u.valid_to is null;
alter table g_commune add column n_sc int, add column n_cases int;
update g_commune set n_sc = round(population * 0.05 * (0.7 + 0.6 * pg_temp.rnd('sc' || code)))::int,
    n_cases = round(population * 0.0015 * 5 * (0.6 + 0.8 * pg_temp.rnd('cases' || code)))::int;

-- Children in special circumstances ---------------------------------------------------------------------------------
create temp table g_child as
select md5(:'seed' || ':child:' || c.code || ':' || n)::uuid as id, c.code as commune, n,
       (select asof from g_param) - (pg_temp.rnd('reg' || c.code || n) * 1825) * interval '1 day' as registered_at,
       ((select asof from g_param)::date - (pg_temp.rnd('age' || c.code || n) * 16 * 365.25)::int) as birth_date,
       case when pg_temp.rnd('sex' || c.code || n) < 0.51 then 'MALE' else 'FEMALE' end as sex,
       case when pg_temp.rnd('eth' || c.code || n) < 0.85 then '01'
            else lpad((2 + floor(pg_temp.rnd('eth2' || c.code || n) * 53))::int::text, 2, '0') end as ethnicity
from g_commune c, generate_series(1, c.n_sc) n;

-- The 14 groups (Law on Children Art. 10.1, G01–G14): plausible shares of the primary group, in percent:
-- orphans 5, abandoned 1, without family care 6, disabilities 35, HIV 3, in conflict with the law 4, drugs 1,
-- out of school 14, psychological harm from violence 3, exploited 5, sexually abused 2, trafficked 1,
-- fatal or long-term illness in poor households 19, migrants and refugees 1. 12 % have a second group.
create temp table g_share (code varchar(3), upto float8);
insert into g_share values ('G01', .05), ('G02', .06), ('G03', .12), ('G04', .47), ('G05', .50), ('G06', .54),
    ('G07', .55), ('G08', .69), ('G09', .72), ('G10', .77), ('G11', .79), ('G12', .80), ('G13', .99), ('G14', 1.0);

create temp table g_child_group as
select ch.id as child_id, pos as position,
       (select s.code from g_share s where s.upto > r.g order by s.upto limit 1) as group_code,
       ch.registered_at, pg_temp.rnd('until' || pos || ch.id) as r_until
from g_child ch cross join generate_series(0, 1) pos
cross join lateral (select pg_temp.rnd('grp' || pos || ch.id) as g) r
where pos = 0 or pg_temp.rnd('second' || ch.id) < 0.12;
analyze g_child_group;
-- A second group equal to the first is dropped (one membership per group).
delete from g_child_group g where g.position = 1 and exists
    (select 1 from g_child_group f where f.child_id = g.child_id and f.position = 0 and f.group_code = g.group_code);

-- Cases ---------------------------------------------------------------------------------------------------------------
-- Channels: hotline 111 30 %, phone 15, in person 25, third party 8, school 8, police 6, health facility 5, online 3.
-- Concerns (primary): violence 28 %, neglect 20, sexual abuse 9, exploitation 6, abandonment 4, trafficking 1,
-- other abuse 5, at risk of abuse 12, special circumstances 8, drowning 2, traffic accident 3, other injury 2;
-- 20 % name a second concern.
create temp table g_channel (code varchar(30), upto float8);
insert into g_channel values ('HOTLINE_111', .30), ('PHONE', .45), ('IN_PERSON', .70), ('THIRD_PARTY', .78),
    ('SCHOOL', .86), ('POLICE', .92), ('HEALTH_FACILITY', .97), ('ONLINE', 1.0);
create temp table g_concern (code varchar(40), upto float8);
insert into g_concern values ('VIOLENCE', .28), ('NEGLECT', .48), ('SEXUAL_ABUSE', .57), ('EXPLOITATION', .63),
    ('ABANDONMENT', .67), ('TRAFFICKING', .68), ('OTHER_ABUSE', .73), ('AT_RISK_OF_ABUSE', .85),
    ('SPECIAL_CIRCUMSTANCES', .93), ('DROWNING', .95), ('TRAFFIC_ACCIDENT', .98), ('OTHER_INJURY', 1.0);

-- Each case: received at a uniform time of the five years; the child is one of the commune's children in special
-- circumstances half of the time, else a child registered at intake. The statutory process (Decree 56/2017):
-- initial assessment within 12 h (88 % on time, the rest 12–72 h), assessment 1–3 days later, support plan drafted
-- 1.5–7 days after the initial assessment (due after 5 working days, taken as 7 calendar days), approved 0.5–3 days
-- later (due after 7 working days, 9 calendar days), intervention 0–2 days later, review after 30–150 days, closure
-- 5–30 days after that. 6 % of cases stall before one of the steps (the later deadlines are then missed).
create temp table g_case as
select md5(:'seed' || ':case:' || c.code || ':' || n)::uuid as id, c.code as commune, c.province_code, n,
       (select start from g_param) + pg_temp.rnd('open' || c.code || n) * interval '1825 days' as opened_at,
       case when c.n_sc > 0 and pg_temp.rnd('known' || c.code || n) < 0.5
            then md5(:'seed' || ':child:' || c.code || ':'
                     || (1 + floor(pg_temp.rnd('which' || c.code || n) * c.n_sc))::int)::uuid end as known_child,
       md5(:'seed' || ':intake-child:' || c.code || ':' || n)::uuid as new_child,
       md5(:'seed' || ':intake:' || c.code || ':' || n)::uuid as intake_id,
       (select s.code from g_channel s where s.upto > r.ch order by s.upto limit 1) as channel,
       (select s.code from g_concern s where s.upto > r.cc order by s.upto limit 1) as concern1,
       case when pg_temp.rnd('cc2?' || c.code || n) < 0.2 then
           (select s.code from g_concern s where s.upto > r.cc2 order by s.upto limit 1)
       end as concern2,
       case when pg_temp.rnd('ia' || c.code || n) < 0.88 then pg_temp.rnd('iat' || c.code || n) * 11.9
            else 12 + pg_temp.rnd('iat' || c.code || n) * 60 end as h_ia,
       1 + pg_temp.rnd('as' || c.code || n) * 2 as d_assess,
       1.5 + pg_temp.rnd('dr' || c.code || n) * 5.5 as d_drafted,
       0.5 + pg_temp.rnd('ap' || c.code || n) * 2.5 as d_approved,
       pg_temp.rnd('iv' || c.code || n) * 2 as d_interv,
       30 + pg_temp.rnd('rv' || c.code || n) * 120 as d_review,
       5 + pg_temp.rnd('cl' || c.code || n) * 25 as d_closed,
       case when pg_temp.rnd('stall?' || c.code || n) < 0.06 then 1 + floor(pg_temp.rnd('stall' || c.code || n) * 7)::int
            else 99 end as stall_before
from g_commune c cross join generate_series(1, c.n_cases) n
cross join lateral (select pg_temp.rnd('ch' || c.code || n) as ch, pg_temp.rnd('cc' || c.code || n) as cc,
                           pg_temp.rnd('cc2' || c.code || n) as cc2) r;
alter table g_case add column child_id uuid;
update g_case set child_id = coalesce(known_child, new_child);

-- The steps and their times (step k = 1..7 after RECEIVED), cut at the stall and at the dataset's "today".
create temp table g_step as
with t as (
    select id, stall_before, opened_at,
           opened_at + h_ia * interval '1 hour' as t1,
           opened_at + h_ia * interval '1 hour' + d_assess * interval '1 day' as t2,
           opened_at + h_ia * interval '1 hour' + d_drafted * interval '1 day' as t3,
           opened_at + h_ia * interval '1 hour' + (d_drafted + d_approved) * interval '1 day' as t4,
           opened_at + h_ia * interval '1 hour' + (d_drafted + d_approved + d_interv) * interval '1 day' as t5,
           opened_at + h_ia * interval '1 hour' + (d_drafted + d_approved + d_interv + d_review) * interval '1 day'
               as t6,
           opened_at + h_ia * interval '1 hour'
               + (d_drafted + d_approved + d_interv + d_review + d_closed) * interval '1 day' as t7
    from g_case)
select s.id as case_id, s.k, s.status, s.at from (
    select id, stall_before, 1 as k, 'INITIAL_ASSESSMENT' as status, t1 as at from t
    union all select id, stall_before, 2, 'ASSESSMENT', t2 from t
    union all select id, stall_before, 3, 'PLAN_DRAFTED', t3 from t
    union all select id, stall_before, 4, 'PLAN_APPROVED', t4 from t
    union all select id, stall_before, 5, 'IN_INTERVENTION', t5 from t
    union all select id, stall_before, 6, 'UNDER_REVIEW', t6 from t
    union all select id, stall_before, 7, 'CLOSED', t7 from t) s
where s.k < s.stall_before and s.at < (select asof from g_param);
create index on g_step (case_id, k);
analyze g_case;
analyze g_step;

-- Writing the case-service tables --------------------------------------------------------------------------------------
insert into child (id, full_name, sex, birth_date, created_at, version, name_key, ethnicity, residence_commune_code,
    created_by, updated_at, sensitive)
select id, 'Trẻ tổng hợp ' || commune || '-' || n, sex, birth_date, registered_at, 0,
       ' tre tong hop ' || commune || ' ' || n || ' ', ethnicity, commune, 'bench-national', registered_at,
       false
from g_child;
-- Children registered at intake (not in a group): born 0–16 years before the intake.
insert into child (id, full_name, sex, birth_date, created_at, version, name_key, ethnicity, residence_commune_code,
    created_by, updated_at, sensitive)
select new_child, 'Trẻ tổng hợp ' || commune || '-i' || n,
       case when pg_temp.rnd('isex' || id) < 0.5 then 'MALE' else 'FEMALE' end,
       (opened_at at time zone 'Asia/Ho_Chi_Minh')::date - (pg_temp.rnd('iage' || id) * 16 * 365.25)::int - 1,
       opened_at, 0, ' tre tong hop ' || commune || ' i' || n || ' ', '01', commune, 'bench-national', opened_at,
       false
from g_case where known_child is null;

insert into child_group (child_id, position, group_code, since, until)
select child_id, position, group_code,
       (registered_at at time zone 'Asia/Ho_Chi_Minh')::date - (r_until * 700)::int,
       case when r_until < 0.15
            then (registered_at at time zone 'Asia/Ho_Chi_Minh')::date + (100 + r_until * 4000)::int end
from g_child_group;

insert into protection_case (id, child_id, status, commune_code, province_code, opened_at, created_by, created_at,
    updated_at, version, incident_commune_code, sensitive, risk_level, emergency, closed_at)
select c.id, c.child_id, coalesce(last.status, 'RECEIVED'), c.commune, c.province_code, c.opened_at,
       'bench-national', c.opened_at, coalesce(last.at, c.opened_at), coalesce(last.k, 0), c.commune,
       c.concern1 in ('SEXUAL_ABUSE', 'TRAFFICKING') or coalesce(c.concern2 in ('SEXUAL_ABUSE', 'TRAFFICKING'), false),
       case when last.k >= 1 then (array['HIGH', 'MEDIUM', 'LOW'])[1 + floor(pg_temp.rnd('risk' || c.id) * 3)::int]
       end,
       case when last.k >= 1 then false end,
       case when last.status = 'CLOSED' then last.at end
from g_case c
left join lateral (select s.k, s.status, s.at from g_step s where s.case_id = c.id order by s.k desc limit 1) last
    on true;

insert into intake (id, case_id, channel, commune_code, received_at, recorded_by, recorded_at, informant_consent)
select intake_id, id, channel, commune, opened_at, 'bench-national', opened_at, false from g_case;
insert into intake_concern (intake_id, category)
select intake_id, concern1 from g_case
union select intake_id, concern2 from g_case where concern2 is not null;

insert into case_transition (case_id, kind, from_status, to_status, at, by_subject)
select id, 'OPENED', null, 'RECEIVED', opened_at, 'bench-national' from g_case
union all
select s.case_id, 'STATUS', coalesce(p.status, 'RECEIVED'), s.status, s.at, 'bench-national'
from g_step s left join g_step p on p.case_id = s.case_id and p.k = s.k - 1
order by 1, 5;

-- Deadlines: initial assessment (receipt + 12 h), support plan (+7 days) and plan approval (+9 days) after the
-- initial assessment. Met by their step (late or not); missed when their due time passed first; cancelled at closure.
create temp table g_deadline as
select c.id as case_id, 'INITIAL_ASSESSMENT' as kind, c.opened_at + interval '12 hours' as due_at, s1.at as met_at
from g_case c left join g_step s1 on s1.case_id = c.id and s1.k = 1
union all
select c.id, 'SUPPORT_PLAN', s1.at + interval '7 days', s3.at
from g_case c join g_step s1 on s1.case_id = c.id and s1.k = 1 left join g_step s3 on s3.case_id = c.id and s3.k = 3
union all
select c.id, 'PLAN_APPROVAL', s1.at + interval '9 days', s4.at
from g_case c join g_step s1 on s1.case_id = c.id and s1.k = 1 left join g_step s4 on s4.case_id = c.id and s4.k = 4;
insert into case_deadline (id, case_id, kind, due_at, met_at, missed_at)
select md5(case_id || kind)::uuid, case_id, kind, due_at, met_at,
       case when due_at < coalesce(met_at, (select asof from g_param)) then due_at end
from g_deadline;

-- Services for cases in intervention: one to three, a fortnight apart, from the day the intervention started.
insert into service_delivery (id, case_id, service_type, provider, delivered_on, recorded_by, recorded_at)
select md5(s.case_id || ':service:' || j)::uuid, s.case_id,
       (array['COUNSELLING', 'HEALTH_CARE', 'EDUCATION_SUPPORT', 'LEGAL_AID'])[1 + j],
       'bench-national', (s.at at time zone 'Asia/Ho_Chi_Minh')::date + 14 * j, 'bench-national', s.at + j * interval '14 days'
from g_step s, generate_series(0, 2) j
where s.k = 5 and j < 1 + floor(pg_temp.rnd('services' || s.case_id) * 3)
  and s.at + j * interval '14 days' < (select asof from g_param);

analyze child;
analyze child_group;
analyze protection_case;
analyze intake;
analyze intake_concern;
analyze case_transition;
analyze case_deadline;
analyze service_delivery;
select 'provinces', count(*) from g_province
union all select 'communes', count(*) from g_commune
union all select 'child population (not registered)', sum(population) from g_commune
union all select 'child', count(*) from child
union all select 'child_group', count(*) from child_group
union all select 'protection_case', count(*) from protection_case
union all select 'case_transition', count(*) from case_transition
union all select 'case_deadline', count(*) from case_deadline
union all select 'service_delivery', count(*) from service_delivery;
