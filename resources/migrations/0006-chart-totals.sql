-- 0006-chart-totals.sql: the money the fund charts show, kept up to date
-- by triggers so a chart of a call with 100 000 disbursements reads a few
-- hundred rows instead of all of them (issue 6).
--
-- chart_money: per call, organization and project type, every disbursement
-- and every recovery ever made (the budget chart sums it per type, the
-- organizations chart per organization). chart_month: per call and month
-- ('YYYY-MM') of payment, the money disbursed (the timeline).

CREATE TABLE chart_money (
  call_id         INTEGER NOT NULL,
  organization_id INTEGER NOT NULL,
  type            INTEGER NOT NULL,
  disbursed       INTEGER NOT NULL DEFAULT 0,
  recovered       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (call_id, organization_id, type)
) WITHOUT ROWID, STRICT;

CREATE TABLE chart_month (
  call_id INTEGER NOT NULL,
  month   TEXT NOT NULL,
  amount  INTEGER NOT NULL,
  PRIMARY KEY (call_id, month)
) WITHOUT ROWID, STRICT;

CREATE TRIGGER chart_disbursement_insert AFTER INSERT ON disbursement
BEGIN
  INSERT INTO chart_money (call_id, organization_id, type, disbursed)
  SELECT call_id, organization_id, type, NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, organization_id, type) DO UPDATE SET disbursed = disbursed + excluded.disbursed;
  INSERT INTO chart_month (call_id, month, amount)
  SELECT call_id, substr(NEW.paid_on, 1, 7), NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, month) DO UPDATE SET amount = amount + excluded.amount;
END;

CREATE TRIGGER chart_disbursement_delete AFTER DELETE ON disbursement
BEGIN
  UPDATE chart_money SET disbursed = disbursed - OLD.amount_fen
  WHERE (call_id, organization_id, type) =
        (SELECT call_id, organization_id, type FROM project WHERE id = OLD.project_id);
  UPDATE chart_month SET amount = amount - OLD.amount_fen
  WHERE call_id = (SELECT call_id FROM project WHERE id = OLD.project_id)
    AND month = substr(OLD.paid_on, 1, 7);
END;

CREATE TRIGGER chart_disbursement_update AFTER UPDATE OF project_id, paid_on, amount_fen ON disbursement
BEGIN
  UPDATE chart_money SET disbursed = disbursed - OLD.amount_fen
  WHERE (call_id, organization_id, type) =
        (SELECT call_id, organization_id, type FROM project WHERE id = OLD.project_id);
  UPDATE chart_month SET amount = amount - OLD.amount_fen
  WHERE call_id = (SELECT call_id FROM project WHERE id = OLD.project_id)
    AND month = substr(OLD.paid_on, 1, 7);
  INSERT INTO chart_money (call_id, organization_id, type, disbursed)
  SELECT call_id, organization_id, type, NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, organization_id, type) DO UPDATE SET disbursed = disbursed + excluded.disbursed;
  INSERT INTO chart_month (call_id, month, amount)
  SELECT call_id, substr(NEW.paid_on, 1, 7), NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, month) DO UPDATE SET amount = amount + excluded.amount;
END;

CREATE TRIGGER chart_recovery_insert AFTER INSERT ON recovery
BEGIN
  INSERT INTO chart_money (call_id, organization_id, type, recovered)
  SELECT call_id, organization_id, type, NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, organization_id, type) DO UPDATE SET recovered = recovered + excluded.recovered;
END;

CREATE TRIGGER chart_recovery_delete AFTER DELETE ON recovery
BEGIN
  UPDATE chart_money SET recovered = recovered - OLD.amount_fen
  WHERE (call_id, organization_id, type) =
        (SELECT call_id, organization_id, type FROM project WHERE id = OLD.project_id);
END;

CREATE TRIGGER chart_recovery_update AFTER UPDATE OF project_id, amount_fen ON recovery
BEGIN
  UPDATE chart_money SET recovered = recovered - OLD.amount_fen
  WHERE (call_id, organization_id, type) =
        (SELECT call_id, organization_id, type FROM project WHERE id = OLD.project_id);
  INSERT INTO chart_money (call_id, organization_id, type, recovered)
  SELECT call_id, organization_id, type, NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, organization_id, type) DO UPDATE SET recovered = recovered + excluded.recovered;
END;

-- A project moved to another call, organization or type takes its money along.
CREATE TRIGGER chart_project_move AFTER UPDATE OF call_id, organization_id, type ON project
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.organization_id IS NOT NEW.organization_id
     OR OLD.type IS NOT NEW.type
BEGIN
  UPDATE chart_money
  SET disbursed = disbursed - (SELECT coalesce(sum(amount_fen), 0) FROM disbursement WHERE project_id = OLD.id),
      recovered = recovered - (SELECT coalesce(sum(amount_fen), 0) FROM recovery WHERE project_id = OLD.id)
  WHERE call_id = OLD.call_id AND organization_id = OLD.organization_id AND type = OLD.type;
  INSERT INTO chart_money (call_id, organization_id, type, disbursed, recovered)
  SELECT NEW.call_id, NEW.organization_id, NEW.type,
         (SELECT coalesce(sum(amount_fen), 0) FROM disbursement WHERE project_id = NEW.id),
         (SELECT coalesce(sum(amount_fen), 0) FROM recovery WHERE project_id = NEW.id)
  WHERE true
  ON CONFLICT (call_id, organization_id, type) DO UPDATE
  SET disbursed = disbursed + excluded.disbursed, recovered = recovered + excluded.recovered;
  INSERT INTO chart_month (call_id, month, amount)
  SELECT OLD.call_id, substr(paid_on, 1, 7), -amount_fen FROM disbursement WHERE project_id = OLD.id
  ON CONFLICT (call_id, month) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO chart_month (call_id, month, amount)
  SELECT NEW.call_id, substr(paid_on, 1, 7), amount_fen FROM disbursement WHERE project_id = NEW.id
  ON CONFLICT (call_id, month) DO UPDATE SET amount = amount + excluded.amount;
END;

INSERT INTO chart_money (call_id, organization_id, type, disbursed, recovered)
SELECT p.call_id, p.organization_id, p.type, sum(coalesce(d.total, 0)), sum(coalesce(r.total, 0))
FROM project p
LEFT JOIN (SELECT project_id, sum(amount_fen) AS total FROM disbursement GROUP BY project_id) d
  ON d.project_id = p.id
LEFT JOIN (SELECT project_id, sum(amount_fen) AS total FROM recovery GROUP BY project_id) r
  ON r.project_id = p.id
WHERE d.total IS NOT NULL OR r.total IS NOT NULL
GROUP BY p.call_id, p.organization_id, p.type;

INSERT INTO chart_month (call_id, month, amount)
SELECT p.call_id, substr(d.paid_on, 1, 7), sum(d.amount_fen)
FROM disbursement d JOIN project p ON p.id = d.project_id
GROUP BY p.call_id, substr(d.paid_on, 1, 7);
