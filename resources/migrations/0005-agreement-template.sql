-- 0005-agreement-template.sql: the clause text of a call's responsibility
-- agreements (项目责任书), a template with {{placeholders}} the office edits
-- in the call's settings. NULL = the default text built from the policy
-- (resources/agreement/default-template.txt). Agreements already signed
-- keep the text stored with them.

ALTER TABLE call ADD COLUMN agreement_template TEXT
  CHECK (agreement_template IS NULL OR length(trim(agreement_template)) > 0);
