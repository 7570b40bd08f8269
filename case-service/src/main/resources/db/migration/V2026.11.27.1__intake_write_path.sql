-- The intake write path (issue #9, docs/benchmarks.md "Intake write path: CPU per intake").

-- The national sync worker claims the first due PENDING item in id order. With national_sync_due (next_attempt_at, id)
-- the planner walked the primary key from the first item ever written and filtered out every DONE one, so each
-- claim cost grew with the table (1.2 s a claim with 50,000 items done, under intake load). This index holds only the
-- PENDING items, in claim order: a claim reads the first few. The due index served nothing else.
create index national_sync_pending on national_sync_outbox (id) where status = 'PENDING';
drop index national_sync_due;

-- A queue table: a few rows PENDING among many DONE, the PENDING ones coming and going fast. With the default
-- thresholds (10 % of the table changed) the statistics of a large table still say "no PENDING items" under a
-- backlog, and the planner then checks "an earlier item of the same child is pending" by reading every PENDING item
-- instead of national_sync_child_pending, once for each claim. Analyse and vacuum after a fixed number of changes.
alter table national_sync_outbox set (autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 500,
    autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000);
