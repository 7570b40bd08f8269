-- National statistics (issue #9): the flow indicators (intakes received, abused children, of those with an
-- intervention and a timely one, cases with a missed deadline) pre-counted per commune and period, so that a
-- consolidated report of the country reads about one row per commune instead of every case of the year.
--
-- The counting rules are ComputedIndicators' fact queries, unchanged: a case counts in the commune where it was
-- received, in the periods containing its opening day (Vietnam's date); an abused child counts once per period however
-- many cases it has ("with intervention": an intervention before the period's end; "timely": and its initial
-- assessment on time); a case with a missed deadline counts in the periods and communes of its missed deadlines.
--
-- Each period is pre-counted in its four forms (2026, 2026H1, 2026Q3, 2026-05). Counts per commune add up except for
-- a child (or a case, for missed deadlines) counted in two communes of the same period: flow_overlap lists those
-- (commune by commune), and a sum over a set of communes subtracts, per such subject, the communes beyond its first.
--
-- Both tables are kept by owner: a child, or a case without a registered child. An event on a case takes the owner's
-- contribution out, changes the facts, and puts it back recomputed (projection/CaseFacts), as child_stock does.

create function report_periods(d date)
returns table (period_code varchar(7), last_day date)
language sql immutable as $$
select * from (values
    (to_char(d, 'YYYY'), make_date(extract(year from d)::int, 12, 31)),
    (to_char(d, 'YYYY') || 'H' || case when extract(month from d) <= 6 then '1' else '2' end,
     (date_trunc('year', d) + case when extract(month from d) <= 6 then interval '6 months' else interval '12 months' end
         - interval '1 day')::date),
    (to_char(d, 'YYYY') || 'Q' || extract(quarter from d)::int,
     (date_trunc('quarter', d) + interval '3 months - 1 day')::date),
    (to_char(d, 'YYYY-MM'), (date_trunc('month', d) + interval '1 month - 1 day')::date)) p (period_code, last_day)
$$;

-- What the owners (child ids, or case ids of cases without a child) contribute: per commune, period and measure, the
-- count n, and the subject counted (null for intakes, which are counted per case and never overlap).
create function flow_rows(owners uuid[])
returns table (owner uuid, commune_code varchar(10), period_code varchar(7), measure varchar(40), subject uuid,
               n bigint)
language sql stable as $$
with c as (
    select coalesce(c.child_id, c.case_id) as owner, c.case_id, c.intake_commune_code as commune_code,
           (c.opened_at at time zone 'Asia/Ho_Chi_Minh')::date as opened_on, c.abused,
           c.intervention_at at time zone 'Asia/Ho_Chi_Minh' as intervention, c.initial_on_time
    from case_fact c
    where c.child_id = any (owners) or (c.child_id is null and c.case_id = any (owners))),
cp as (
    select c.*, p.period_code, p.last_day from c cross join lateral report_periods(c.opened_on) p),
missed as (
    select distinct c.owner, m.case_id, m.commune_code, p.period_code
    from c join case_fact_deadline_missed m on m.case_id = c.case_id
    cross join lateral report_periods((m.missed_at at time zone 'Asia/Ho_Chi_Minh')::date) p)
select owner, commune_code, period_code, 'INTAKES_RECEIVED'::varchar(40), null::uuid, count(*)
from cp group by owner, commune_code, period_code
union all
select distinct owner, commune_code, period_code, 'ABUSED_CHILDREN', owner, 1::bigint from cp where abused
union all
select distinct owner, commune_code, period_code, 'ABUSED_CHILDREN_WITH_INTERVENTION', owner, 1::bigint from cp
where abused and intervention < last_day + 1
union all
select distinct owner, commune_code, period_code, 'ABUSED_CHILDREN_TIMELY_INTERVENTION', owner, 1::bigint from cp
where abused and intervention < last_day + 1 and initial_on_time
union all
select owner, commune_code, period_code, 'CASES_WITH_MISSED_DEADLINE', case_id, 1::bigint from missed
$$;

-- One row per period and commune; the counts are included in the primary key's index so that a period's rows are
-- read from the index alone.
create table flow_count (
    period_code   varchar(7)  not null,
    commune_code  varchar(10) not null,
    intakes       bigint      not null default 0,
    abused        bigint      not null default 0,
    abused_intervention bigint not null default 0,
    abused_timely bigint      not null default 0,
    missed        bigint      not null default 0,
    primary key (period_code, commune_code) include (intakes, abused, abused_intervention, abused_timely, missed)
);

-- Subjects counted in more than one commune of the same period and measure, one row per commune.
create table flow_overlap (
    period_code  varchar(7)  not null,
    measure      varchar(40) not null,
    subject      uuid        not null,
    commune_code varchar(10) not null,
    owner        uuid        not null,
    primary key (period_code, measure, subject, commune_code)
);
create index flow_overlap_owner on flow_overlap (owner);

-- Takes out (sign -1) or puts back (1) what the owners contribute.
create function flow_restock(owners uuid[], sign integer)
returns void
language plpgsql as $$
begin
    if sign < 0 then
        delete from flow_overlap where owner = any (owners);
    end if;
    insert into flow_count (period_code, commune_code, intakes, abused, abused_intervention, abused_timely, missed)
    select period_code, commune_code,
           sign * coalesce(sum(n) filter (where measure = 'INTAKES_RECEIVED'), 0),
           sign * coalesce(sum(n) filter (where measure = 'ABUSED_CHILDREN'), 0),
           sign * coalesce(sum(n) filter (where measure = 'ABUSED_CHILDREN_WITH_INTERVENTION'), 0),
           sign * coalesce(sum(n) filter (where measure = 'ABUSED_CHILDREN_TIMELY_INTERVENTION'), 0),
           sign * coalesce(sum(n) filter (where measure = 'CASES_WITH_MISSED_DEADLINE'), 0)
    from flow_rows(owners) group by period_code, commune_code
    on conflict (period_code, commune_code) do update set intakes = flow_count.intakes + excluded.intakes,
        abused = flow_count.abused + excluded.abused,
        abused_intervention = flow_count.abused_intervention + excluded.abused_intervention,
        abused_timely = flow_count.abused_timely + excluded.abused_timely,
        missed = flow_count.missed + excluded.missed;
    if sign > 0 then
        insert into flow_overlap (period_code, measure, subject, commune_code, owner)
        select period_code, measure, subject, commune_code, owner
        from (select r.*, count(*) over (partition by period_code, measure, subject) as communes
              from flow_rows(owners) r where subject is not null) x
        where communes > 1;
    end if;
end
$$;

select flow_restock(array(select distinct coalesce(child_id, case_id) from case_fact), 1);

-- Children in special circumstances: the count on the last day of a year, per commune, kept next to the monthly
-- changes (child_stock), so that a value for a period ending in December reads one row per commune, and any other
-- period the year before's row plus that year's changes. The years kept are those of child_stock_year_kept (2015 to
-- 2040 here: add a year there, and its rows by the same insert as below, to keep more).
create table child_stock_year_kept (
    year integer primary key
);
insert into child_stock_year_kept select generate_series(2015, 2040);

create table child_stock_year (
    year           integer     not null,
    commune_code   varchar(10) not null,
    level          bigint      not null default 0,
    assisted_level bigint      not null default 0,
    primary key (year, commune_code) include (level, assisted_level)
);

insert into child_stock_year (year, commune_code, level, assisted_level)
select k.year, s.commune_code, coalesce(sum(s.delta) filter (where not s.assisted), 0),
       coalesce(sum(s.delta) filter (where s.assisted), 0)
from child_stock_year_kept k join child_stock s on s.month <= make_date(k.year, 12, 1)
group by k.year, s.commune_code;

-- Adds (sign 1) or takes out (-1) what the children contribute to child_stock and child_stock_year.
create function child_restock(ids uuid[], sign integer)
returns void
language sql as $$
with d as (
    select commune_code, month, assisted, sign * sum(delta) as delta from child_stock_rows(ids)
    group by commune_code, month, assisted),
changes as (
    insert into child_stock (commune_code, month, assisted, delta) select commune_code, month, assisted, delta from d
    on conflict (assisted, month, commune_code) do update set delta = child_stock.delta + excluded.delta)
insert into child_stock_year (year, commune_code, level, assisted_level)
select k.year, d.commune_code, coalesce(sum(d.delta) filter (where not d.assisted), 0),
       coalesce(sum(d.delta) filter (where d.assisted), 0)
from d join child_stock_year_kept k on d.month <= make_date(k.year, 12, 1)
group by k.year, d.commune_code
on conflict (year, commune_code) do update set level = child_stock_year.level + excluded.level,
    assisted_level = child_stock_year.assisted_level + excluded.assisted_level
$$;
