-- A People's Committee numbers its documents afresh each year: one plan per (unit, year of issue, number). The service
-- checks this first to answer 409; the index settles two requests racing with the same number. Plans without a number
-- (drafts, or documents whose number was left blank) are not constrained.
create unique index plan_number_per_unit_and_year
    on plan (issuing_unit_code, (extract(year from issue_date)), number)
    where number is not null;
