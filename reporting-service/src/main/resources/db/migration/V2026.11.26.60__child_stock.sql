-- National statistics (issue #9): the number of children in special circumstances, and of those assisted, on the
-- last day of a period, pre-aggregated per commune as monthly changes, so that a value is a sum over a few rows per
-- commune instead of a scan of every registered child and their groups.
--
-- A child counts on day D (always the last day of a month: periods are months, quarters, halves and years) when it
-- was registered on or before D (Vietnam's date), and one of its groups is valid on D (since <= D <= until);
-- "assisted" also needs a case of the child given intervention on or before D — exactly the conditions of
-- ComputedIndicators' fact query. Each child contributes +1 in the month its membership starts and -1 in the first
-- month whose last day it no longer covers, to the commune it lives in; the count on the last day of month M is the
-- sum of the changes of the months up to M. Every child counts in one commune only, so communes add up exactly.

-- The changes one set of children contributes, from their facts.
create function child_stock_rows(ids uuid[])
returns table (commune_code varchar(10), month date, assisted boolean, delta integer)
language sql stable as $$
with child as (
    select ch.child_id, ch.commune_code, (ch.registered_at at time zone 'Asia/Ho_Chi_Minh')::date as registered,
           (select (min(c.intervention_at) at time zone 'Asia/Ho_Chi_Minh')::date from case_fact c
            where c.child_id = ch.child_id) as intervention
    from child_fact ch where ch.child_id = any (ids)),
span as (
    select ch.child_id, ch.commune_code, a.assisted,
           greatest(coalesce(g.since, ch.registered), ch.registered,
                    case when a.assisted then ch.intervention end) as s,
           coalesce(g.until, 'infinity'::date) as e
    from child ch join child_fact_group g on g.child_id = ch.child_id
    cross join (values (false), (true)) a (assisted)
    where not a.assisted or ch.intervention is not null),
ordered as (
    select *, max(e) over (partition by child_id, assisted order by s, e
                           rows between unbounded preceding and 1 preceding) as reach
    from span where s <= e),
island as (
    select *, count(*) filter (where reach is null or s > reach + 1)
                  over (partition by child_id, assisted order by s, e) as n
    from ordered),
merged as (
    select child_id, commune_code, assisted, min(s) as s, max(e) as e from island
    group by child_id, commune_code, assisted, n),
months as (
    select commune_code, assisted, date_trunc('month', s)::date as enters,
           case when e = 'infinity'::date then null
                when e = (date_trunc('month', e) + interval '1 month - 1 day')::date
                    then (date_trunc('month', e) + interval '1 month')::date
                else date_trunc('month', e)::date end as leaves
    from merged)
select commune_code, enters, assisted, 1 from months where leaves is null or leaves > enters
union all
select commune_code, leaves, assisted, -1 from months where leaves > enters
$$;

create table child_stock (
    commune_code varchar(10) not null,
    month        date        not null,   -- first day of the month of the change
    assisted     boolean     not null,
    delta        bigint      not null,
    primary key (assisted, month, commune_code)
);

insert into child_stock (commune_code, month, assisted, delta)
select commune_code, month, assisted, sum(delta) from child_stock_rows(array(select child_id from child_fact))
group by commune_code, month, assisted;

-- Flows of a whole year for the whole country (national statistics) read case_fact by date alone.
create index case_fact_opened on case_fact (opened_at);
