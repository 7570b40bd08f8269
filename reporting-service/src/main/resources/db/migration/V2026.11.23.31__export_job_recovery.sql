-- Export jobs survive a restart (docs/exports.md, "Jobs"): a running job beats a heartbeat; a job whose heartbeat
-- stopped (its process died) is queued again, at most three attempts in all, and any queued job is picked up by a sweep.
alter table export_job add column heartbeat_at timestamptz;
alter table export_job add column attempts integer not null default 0;
create index export_job_unfinished on export_job (status, created_at) where status in ('QUEUED', 'RUNNING');
