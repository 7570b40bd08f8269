-- Children in special circumstances (issue #9): the changes of the months after the last year-end count kept are read
-- by month range, from the index alone.
create index child_stock_month on child_stock (month, commune_code) include (assisted, delta);
