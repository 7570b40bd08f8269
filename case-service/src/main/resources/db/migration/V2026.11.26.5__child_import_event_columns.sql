-- Bulk import, revised (ADR 0013, session 4): the child.registered events are built in SQL from the staging rows, so
-- the two values of the event that Java derives from today's hierarchy and today's date are staged with each row.
alter table child_import_row add column province_code varchar(10);
alter table child_import_row add column age_band varchar(20);
