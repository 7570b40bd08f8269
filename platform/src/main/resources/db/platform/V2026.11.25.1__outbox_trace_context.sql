-- The W3C trace context of the request that wrote an event (docs/operations.md, "Tracing and logs"): the relay sends
-- it as the record's traceparent header, so a consumer's span continues the writer's trace. Ids only.
alter table outbox_event add column traceparent varchar(60);
