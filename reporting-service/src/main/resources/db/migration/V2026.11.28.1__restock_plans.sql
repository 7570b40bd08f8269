-- Intake write path (issue #9, session 6): each case or child event takes its owner's contribution out of the
-- pre-counted flows and stock and puts it back (CaseFacts). The work itself is small (an index probe or two per
-- owner, ≈ 0.1–0.3 ms), but PostgreSQL planned the statements of child_restock and flow_restock again on every call:
-- ≈ 1 ms of planning per statement, 5–6 ms of PostgreSQL CPU per intake, three times what the intake's own rows cost
-- (docs/benchmarks.md, "Session 6").
--
-- child_restock becomes PL/pgSQL, whose statements are prepared once per connection (a LANGUAGE sql function is
-- planned at each call), with the same statement. The projection takes each owner out with the one-owner functions
-- below, which also fix the plans as generic: planned once for any owner, as they only ever read that owner's rows by
-- index; it puts a whole batch's owners back with one call of the array functions before the batch commits. The bulk
-- callers (the migrations, bench-national's loader) call the array functions too, whose plans stay chosen for the
-- arrays they are given (a million owners at once wants hash joins, not a million index probes).

create or replace function child_restock(ids uuid[], sign integer)
returns void
language plpgsql as $$
begin
    with d as (
        select commune_code, month, assisted, sign * sum(delta) as delta from child_stock_rows(ids)
        group by commune_code, month, assisted),
    changes as (
        insert into child_stock (commune_code, month, assisted, delta)
        select commune_code, month, assisted, delta from d
        on conflict (assisted, month, commune_code) do update set delta = child_stock.delta + excluded.delta)
    insert into child_stock_year (year, commune_code, level, assisted_level)
    select k.year, d.commune_code, coalesce(sum(d.delta) filter (where not d.assisted), 0),
           coalesce(sum(d.delta) filter (where d.assisted), 0)
    from d join child_stock_year_kept k on d.month <= make_date(k.year, 12, 1)
    group by k.year, d.commune_code
    on conflict (year, commune_code) do update set level = child_stock_year.level + excluded.level,
        assisted_level = child_stock_year.assisted_level + excluded.assisted_level;
end
$$;

-- What one child contributes to child_stock and child_stock_year, out (-1) or back (1): the projection's call. A child
-- the facts do not know yet (the event registers it) contributes nothing: one index probe instead of the whole query.
create or replace function child_restock_one(id uuid, sign integer)
returns void
language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    if exists (select 1 from child_fact where child_id = id) then
        perform child_restock(array[id], sign);
    end if;
end
$$;

-- What one owner (a child, or a case without a child) contributes to flow_count and flow_overlap: the projection's
-- call. An owner without a case in the facts (a new child, a new case) contributes nothing.
create or replace function flow_restock_one(owner uuid, sign integer)
returns void
language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    if exists (select 1 from case_fact where child_id = owner)
            or exists (select 1 from case_fact where case_id = owner and child_id is null) then
        perform flow_restock(array[owner], sign);
    end if;
end
$$;
