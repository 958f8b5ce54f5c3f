-- 0004-audit-log.sql: the audit log read a page at a time, newest first,
-- for one table or a range of days, without a scan of millions of rows.

CREATE INDEX audit_log_entity_seq ON audit_log (entity, id);
CREATE INDEX audit_log_at ON audit_log (at);
