-- 0002-indexes-triggers.sql: indexes for the list and filter queries,
-- the requested amount kept equal to the sum of the budget lines, and the
-- audit log made append-only. Tables with UNIQUE (project_id, …) need no
-- separate project_id index: the unique one serves those lookups.

CREATE INDEX project_call_stage ON project (call_id, stage);
CREATE INDEX project_call_type ON project (call_id, type);
CREATE INDEX project_organization ON project (organization_id);
CREATE INDEX organization_kind ON organization (kind);
CREATE INDEX org_fact_organization ON org_fact (organization_id, kind, fact_date);
CREATE INDEX formal_review_project ON formal_review (project_id);
CREATE INDEX conflict_organization ON conflict (organization_id);
CREATE INDEX assignment_expert ON assignment (expert_id);
CREATE INDEX objection_project ON objection (project_id);
CREATE INDEX recovery_project ON recovery (project_id);
CREATE INDEX expenditure_project ON expenditure (project_id);
CREATE INDEX expenditure_budget_line ON expenditure (budget_line_id);
CREATE INDEX progress_report_project ON progress_report (project_id);
CREATE INDEX project_check_project ON project_check (project_id, kind);
CREATE INDEX penalty_organization ON penalty (organization_id, decided_on);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER budget_line_after_insert AFTER INSERT ON budget_line
BEGIN
  UPDATE project SET requested_fen = requested_fen + NEW.amount_fen WHERE id = NEW.project_id;
END;

CREATE TRIGGER budget_line_after_update AFTER UPDATE OF amount_fen, project_id ON budget_line
BEGIN
  UPDATE project SET requested_fen = requested_fen - OLD.amount_fen WHERE id = OLD.project_id;
  UPDATE project SET requested_fen = requested_fen + NEW.amount_fen WHERE id = NEW.project_id;
END;

CREATE TRIGGER budget_line_after_delete AFTER DELETE ON budget_line
BEGIN
  UPDATE project SET requested_fen = requested_fen - OLD.amount_fen WHERE id = OLD.project_id;
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log is append-only');
END;
