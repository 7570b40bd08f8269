-- Indicators added by administrators (issue #5): reported by agencies, alongside the built-in catalog.
create table custom_indicator (
    code            varchar(60)   primary key,
    name_vi         varchar(300)  not null,
    name_en         varchar(300)  not null,
    definition_vi   varchar(2000),
    definition_en   varchar(2000),
    unit            varchar(20)   not null,
    numerator       varchar(300)  not null,
    denominator     varchar(300),
    factor          integer       not null,
    period_types    varchar(100)  not null,
    lead_agency     varchar(300),
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null
);
