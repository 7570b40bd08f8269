-- The documented bulk loader of reporting-service's facts: what reporting-service's CaseFacts would hold after
-- consuming case-service's events for the generated rows, computed with set-based SQL from the case-service tables.
-- Run against the case-service database; writes the views nat_* read by bin/lib/bench-national load, which copies
-- them into the reporting database (COPY ... TO STDOUT | COPY ... FROM STDIN).
\set ON_ERROR_STOP on
create or replace view nat_case_fact as
select p.id as case_id, i.commune_code as intake_commune_code, p.commune_code, p.province_code,
       i.received_at as opened_at, i.channel,
       exists (select 1 from intake_concern k where k.intake_id = i.id and k.category in
               ('VIOLENCE', 'EXPLOITATION', 'SEXUAL_ABUSE', 'TRAFFICKING', 'ABANDONMENT', 'NEGLECT', 'OTHER_ABUSE'))
           as abused,
       p.child_id, ch.sex as child_sex,
       case when a.age <= 5 then 'AGE_0_5' when a.age <= 10 then 'AGE_6_10' when a.age <= 15 then 'AGE_11_15'
            else 'OVER_15' end as child_age_band,
       p.status, coalesce(last.at, i.received_at) as status_at,
       least((select min(t.at) from case_transition t where t.case_id = p.id and t.to_status = 'IN_INTERVENTION'),
             (select min(s.delivered_on)::timestamp at time zone 'Asia/Ho_Chi_Minh' from service_delivery s
              where s.case_id = p.id)) as intervention_at,
       (select d.met_at is not null and d.missed_at is null from case_deadline d
        where d.case_id = p.id and d.kind = 'INITIAL_ASSESSMENT' and (d.met_at is not null or d.missed_at is not null)
        order by d.due_at limit 1) as initial_on_time,
       p.closed_at,
       (select count(*) from service_delivery s where s.case_id = p.id)::int as services,
       (select count(*) from referral r where r.case_id = p.id)::int as referrals
from protection_case p
join intake i on i.case_id = p.id
join child ch on ch.id = p.child_id
cross join lateral (select greatest(0, extract(year from age((i.received_at at time zone 'Asia/Ho_Chi_Minh')::date,
                                                             ch.birth_date)))::int as age) a
left join lateral (select t.at from case_transition t where t.case_id = p.id order by t.id desc limit 1) last on true;

create or replace view nat_case_fact_concern as
select i.case_id, k.category as concern from intake i join intake_concern k on k.intake_id = i.id;

create or replace view nat_case_fact_deadline_missed as
select d.case_id, d.kind, d.due_at, d.missed_at, p.commune_code
from case_deadline d join protection_case p on p.id = d.case_id where d.missed_at is not null;

create or replace view nat_child_fact as
select ch.id as child_id, ch.residence_commune_code as commune_code, u.parent_code as province_code, ch.sex,
       case when a.age <= 5 then 'AGE_0_5' when a.age <= 10 then 'AGE_6_10' when a.age <= 15 then 'AGE_11_15'
            else 'OVER_15' end as age_band,
       ch.ethnicity, ch.created_at as registered_at, ch.updated_at
from child ch
left join admin_unit u on u.code = ch.residence_commune_code and u.valid_to is null
cross join lateral (select greatest(0, least(16, extract(year from age((ch.created_at at time zone
        'Asia/Ho_Chi_Minh')::date, ch.birth_date))))::int as age) a;

create or replace view nat_child_fact_group as
select child_id, position, group_code, since, until from child_group;
