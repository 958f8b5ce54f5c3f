-- 0003-call-counters.sql: running totals per call, so that the workflow's
-- checks (expert load, money disbursed and approved in a call, the next
-- agreement number) cost the same in a call of 100 projects as in one of
-- 100 000. Triggers keep them equal to the rows they sum; the inserts at
-- the end fill them for databases that already hold data.

CREATE TABLE expert_load (
  expert_id INTEGER NOT NULL,
  call_id   INTEGER NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (expert_id, call_id)
) WITHOUT ROWID, STRICT;

CREATE TRIGGER assignment_load_insert AFTER INSERT ON assignment
BEGIN
  INSERT INTO expert_load (expert_id, call_id, n)
  VALUES (NEW.expert_id, (SELECT call_id FROM project WHERE id = NEW.project_id), 1)
  ON CONFLICT (expert_id, call_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER assignment_load_delete AFTER DELETE ON assignment
BEGIN
  UPDATE expert_load SET n = n - 1
  WHERE expert_id = OLD.expert_id
    AND call_id = (SELECT call_id FROM project WHERE id = OLD.project_id);
END;

-- Every disbursement ever made in a call, per project type.
CREATE TABLE call_disbursed (
  call_id INTEGER NOT NULL,
  type    INTEGER NOT NULL,
  amount  INTEGER NOT NULL,
  PRIMARY KEY (call_id, type)
) WITHOUT ROWID, STRICT;

CREATE TRIGGER disbursement_total_insert AFTER INSERT ON disbursement
BEGIN
  INSERT INTO call_disbursed (call_id, type, amount)
  SELECT call_id, type, NEW.amount_fen FROM project WHERE id = NEW.project_id
  ON CONFLICT (call_id, type) DO UPDATE SET amount = amount + excluded.amount;
END;

-- The money a call has committed, per type: a project counts nothing when
-- withdrawn or not approved, what was paid when revoked or failed, and its
-- approved amount otherwise (as kx_decision_approved_total() defines it).
CREATE TABLE call_approved (
  call_id INTEGER NOT NULL,
  type    INTEGER NOT NULL,
  amount  INTEGER NOT NULL,
  PRIMARY KEY (call_id, type)
) WITHOUT ROWID, STRICT;

CREATE TRIGGER project_approved_update AFTER UPDATE OF stage, approved_fen ON project
BEGIN
  INSERT INTO call_approved (call_id, type, amount)
  VALUES (NEW.call_id, NEW.type,
    (CASE WHEN NEW.approved_fen IS NULL OR NEW.stage IN ('withdrawn', 'not_approved') THEN 0
          WHEN NEW.stage IN ('revoked', 'failed_acceptance')
          THEN (SELECT coalesce(sum(amount_fen), 0) FROM disbursement WHERE project_id = NEW.id)
          ELSE NEW.approved_fen END)
    - (CASE WHEN OLD.approved_fen IS NULL OR OLD.stage IN ('withdrawn', 'not_approved') THEN 0
          WHEN OLD.stage IN ('revoked', 'failed_acceptance')
          THEN (SELECT coalesce(sum(amount_fen), 0) FROM disbursement WHERE project_id = OLD.id)
          ELSE OLD.approved_fen END))
  ON CONFLICT (call_id, type) DO UPDATE SET amount = amount + excluded.amount;
END;

CREATE INDEX agreement_sequence ON agreement (substr(number, 1, 10),
                                              CAST(substr(number, 11) AS INTEGER));

INSERT INTO expert_load (expert_id, call_id, n)
SELECT a.expert_id, p.call_id, count(*)
FROM assignment a JOIN project p ON p.id = a.project_id
GROUP BY a.expert_id, p.call_id;

INSERT INTO call_disbursed (call_id, type, amount)
SELECT p.call_id, p.type, sum(d.amount_fen)
FROM disbursement d JOIN project p ON p.id = d.project_id
GROUP BY p.call_id, p.type;

INSERT INTO call_approved (call_id, type, amount)
SELECT p.call_id, p.type,
       sum(CASE WHEN p.stage IN ('revoked', 'failed_acceptance')
                THEN (SELECT coalesce(sum(amount_fen), 0) FROM disbursement
                      WHERE project_id = p.id)
                ELSE p.approved_fen END)
FROM project p
WHERE p.approved_fen IS NOT NULL AND p.stage NOT IN ('withdrawn', 'not_approved')
GROUP BY p.call_id, p.type;
