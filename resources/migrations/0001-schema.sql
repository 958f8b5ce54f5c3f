-- 0001-schema.sql: the domain of DESIGN.md, one table per entity.
-- Money columns are INTEGER fen, dates are ISO 'YYYY-MM-DD' text
-- (CHECK date(x, '+0 days') IS x rejects anything else, Feb 30 included),

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organization (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind              TEXT NOT NULL CHECK (kind IN ('city_society', 'university_sta', 'county_sta',
                                                  'grassroots_sta', 'researcher')),
  credit_code       TEXT UNIQUE CHECK (credit_code IS NULL OR length(credit_code) = 18),
  secretary_general TEXT,
  finance_staff     TEXT,
  bank_name         TEXT,
  bank_account      TEXT,
  party_branch      TEXT,
  contact_person    TEXT,
  contact_phone     TEXT,
  address           TEXT,
  note              TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;

-- Per organization and year: 社团年检 and 年度绩效考核. NULL = not known.
CREATE TABLE org_year_record (
  organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  inspection      TEXT CHECK (inspection IN ('pass', 'fail')),
  assessment      TEXT CHECK (assessment IN ('pass', 'fail')),
  note            TEXT,
  PRIMARY KEY (organization_id, year)
) STRICT;

-- Dated eligibility facts with their evidence. holds = 0 records that the
-- fact was checked and found not to hold (e.g. no party branch).
CREATE TABLE org_fact (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('management_normal', 'capable_secretary',
                                                'finance_system', 'bank_account', 'finance_staff',
                                                'party_branch_active', 'distinctive_work',
                                                'commendation', 'violation', 'notified_penalty',
                                                'uncompleted_task')),
  holds           INTEGER NOT NULL DEFAULT 1 CHECK (holds IN (0, 1)),
  fact_date       TEXT NOT NULL CHECK (date(fact_date, '+0 days') IS fact_date),
  evidence        TEXT,
  note            TEXT
) STRICT;

-- An annual call (年度申报批次) with its policy. The policy columns default
-- to the seed policy; every call keeps its own copy because the scheme is
-- a trial and is revised.
CREATE TABLE call (
  id                    INTEGER PRIMARY KEY,
  year                  INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1990 AND 2200),
  title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
  budget_fen            INTEGER NOT NULL CHECK (budget_fen >= 0),
  window_start          TEXT NOT NULL CHECK (date(window_start, '+0 days') IS window_start),
  window_end            TEXT NOT NULL CHECK (date(window_end, '+0 days') IS window_end),
  experts_per_project   INTEGER NOT NULL DEFAULT 3 CHECK (experts_per_project BETWEEN 1 AND 15),
  weight_basic          INTEGER NOT NULL DEFAULT 20 CHECK (weight_basic >= 0),
  weight_sustain        INTEGER NOT NULL DEFAULT 20 CHECK (weight_sustain >= 0),
  weight_science        INTEGER NOT NULL DEFAULT 20 CHECK (weight_science >= 0),
  weight_demo           INTEGER NOT NULL DEFAULT 20 CHECK (weight_demo >= 0),
  weight_reach          INTEGER NOT NULL DEFAULT 20 CHECK (weight_reach >= 0),
  trim_min_experts      INTEGER NOT NULL DEFAULT 5 CHECK (trim_min_experts >= 3),
  pass_line             INTEGER NOT NULL DEFAULT 60 CHECK (pass_line BETWEEN 0 AND 100),
  notice_days           INTEGER NOT NULL DEFAULT 7 CHECK (notice_days BETWEEN 1 AND 90),
  first_tranche_percent INTEGER NOT NULL DEFAULT 70 CHECK (first_tranche_percent BETWEEN 0 AND 100),
  ban_years_fraud       INTEGER NOT NULL DEFAULT 3 CHECK (ban_years_fraud BETWEEN 0 AND 20),
  ban_years_failed      INTEGER NOT NULL DEFAULT 2 CHECK (ban_years_failed BETWEEN 0 AND 20),
  inspection_years      INTEGER NOT NULL DEFAULT 2 CHECK (inspection_years BETWEEN 1 AND 10),
  commendation_years    INTEGER NOT NULL DEFAULT 5 CHECK (commendation_years BETWEEN 1 AND 20),
  note                  TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK (window_end >= window_start),
  CHECK (weight_basic + weight_sustain + weight_science + weight_demo + weight_reach = 100)
) STRICT;

-- Per call and project type (四.1–5): who may apply (bit mask over the
-- organization kinds in the order of the CHECK above: city_society = 1,
-- university_sta = 2, county_sta = 4, grassroots_sta = 8, researcher = 16)
-- and an optional cap on the money approved for the type.
CREATE TABLE call_type (
  call_id       INTEGER NOT NULL REFERENCES call (id) ON DELETE CASCADE,
  type          INTEGER NOT NULL CHECK (type BETWEEN 1 AND 5),
  allowed_kinds INTEGER NOT NULL CHECK (allowed_kinds BETWEEN 0 AND 31),
  cap_fen       INTEGER CHECK (cap_fen IS NULL OR cap_fen >= 0),
  PRIMARY KEY (call_id, type)
) STRICT;

CREATE TABLE project (
  id              INTEGER PRIMARY KEY,
  call_id         INTEGER NOT NULL REFERENCES call (id),
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  number          TEXT NOT NULL UNIQUE,
  type            INTEGER NOT NULL CHECK (type BETWEEN 1 AND 5),
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content         TEXT NOT NULL DEFAULT '',
  indicators      TEXT NOT NULL DEFAULT '',
  stage           TEXT NOT NULL DEFAULT 'draft'
                  CHECK (stage IN ('draft', 'submitted', 'returned', 'rejected', 'formal_passed',
                                   'under_expert_review', 'reviewed', 'approved', 'not_approved',
                                   'in_notice', 'notice_passed', 'withdrawn', 'agreement_signed',
                                   'funded', 'in_progress', 'midterm_passed', 'accepted',
                                   'failed_acceptance', 'revoked')),
  requested_fen   INTEGER NOT NULL DEFAULT 0 CHECK (requested_fen >= 0),
  approved_fen    INTEGER CHECK (approved_fen IS NULL OR approved_fen >= 0),
  submitted_on    TEXT CHECK (submitted_on IS NULL OR date(submitted_on, '+0 days') IS submitted_on),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

-- 计划进度和阶段目标
CREATE TABLE milestone (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq >= 1),
  due_on     TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on),
  target     TEXT NOT NULL CHECK (length(trim(target)) > 0),
  status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'missed')),
  note       TEXT,
  UNIQUE (project_id, seq)
) STRICT;

-- 项目预算: the lines add up to project.requested_fen (kept by triggers).
CREATE TABLE budget_line (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL CHECK (seq >= 1),
  item          TEXT NOT NULL CHECK (length(trim(item)) > 0),
  amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
  justification TEXT NOT NULL DEFAULT '',
  UNIQUE (project_id, seq)
) STRICT;

-- 形式审查 (五.2): five checks, each pass (1) / fail (0) with a note.
CREATE TABLE formal_review (
  id                 INTEGER PRIMARY KEY,
  project_id         INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  reviewed_on        TEXT NOT NULL CHECK (date(reviewed_on, '+0 days') IS reviewed_on),
  reviewer           TEXT NOT NULL DEFAULT '',
  conditions_ok      INTEGER NOT NULL CHECK (conditions_ok IN (0, 1)),
  conditions_note    TEXT NOT NULL DEFAULT '',
  form_ok            INTEGER NOT NULL CHECK (form_ok IN (0, 1)),
  form_note          TEXT NOT NULL DEFAULT '',
  content_ok         INTEGER NOT NULL CHECK (content_ok IN (0, 1)),
  content_note       TEXT NOT NULL DEFAULT '',
  materials_ok       INTEGER NOT NULL CHECK (materials_ok IN (0, 1)),
  materials_note     TEXT NOT NULL DEFAULT '',
  budget_ok          INTEGER NOT NULL CHECK (budget_ok IN (0, 1)),
  budget_note        TEXT NOT NULL DEFAULT '',
  result             TEXT NOT NULL CHECK (result IN ('pass', 'return', 'reject')),
  note               TEXT NOT NULL DEFAULT ''
) STRICT;

-- 专家库 and 回避
CREATE TABLE expert (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  affiliation TEXT NOT NULL DEFAULT '',
  field       TEXT NOT NULL DEFAULT '',
  title       TEXT NOT NULL DEFAULT '',
  phone       TEXT,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE conflict (
  expert_id       INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  reason          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (expert_id, organization_id)
) STRICT;

-- 专家评审: an expert assigned to a project, and the score per criterion.
CREATE TABLE assignment (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  expert_id   INTEGER NOT NULL REFERENCES expert (id),
  assigned_on TEXT NOT NULL CHECK (date(assigned_on, '+0 days') IS assigned_on),
  UNIQUE (project_id, expert_id)
) STRICT;

CREATE TABLE score (
  assignment_id INTEGER PRIMARY KEY REFERENCES assignment (id) ON DELETE CASCADE,
  basic         INTEGER NOT NULL CHECK (basic BETWEEN 0 AND 100),
  sustain       INTEGER NOT NULL CHECK (sustain BETWEEN 0 AND 100),
  science       INTEGER NOT NULL CHECK (science BETWEEN 0 AND 100),
  demo          INTEGER NOT NULL CHECK (demo BETWEEN 0 AND 100),
  reach         INTEGER NOT NULL CHECK (reach BETWEEN 0 AND 100),
  scored_on     TEXT NOT NULL CHECK (date(scored_on, '+0 days') IS scored_on),
  comment       TEXT NOT NULL DEFAULT ''
) STRICT;

-- 党组研究同意
CREATE TABLE decision (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL UNIQUE REFERENCES project (id) ON DELETE CASCADE,
  meeting_on   TEXT NOT NULL CHECK (date(meeting_on, '+0 days') IS meeting_on),
  approved     INTEGER NOT NULL CHECK (approved IN (0, 1)),
  approved_fen INTEGER CHECK (approved_fen IS NULL OR approved_fen >= 0),
  minutes_ref  TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  CHECK (approved = 1 OR approved_fen IS NULL)
) STRICT;

-- 公示 and 异议
CREATE TABLE notice (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL UNIQUE REFERENCES project (id) ON DELETE CASCADE,
  start_on   TEXT NOT NULL CHECK (date(start_on, '+0 days') IS start_on),
  end_on     TEXT NOT NULL CHECK (date(end_on, '+0 days') IS end_on),
  url        TEXT NOT NULL DEFAULT '',
  CHECK (end_on >= start_on)
) STRICT;

CREATE TABLE objection (
  id              INTEGER PRIMARY KEY,
  project_id      INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  received_on     TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
  objector        TEXT NOT NULL DEFAULT '',
  content         TEXT NOT NULL CHECK (length(trim(content)) > 0),
  resolution      TEXT NOT NULL DEFAULT 'pending' CHECK (resolution IN ('pending', 'unfounded', 'upheld')),
  resolved_on     TEXT CHECK (resolved_on IS NULL OR date(resolved_on, '+0 days') IS resolved_on),
  resolution_note TEXT NOT NULL DEFAULT ''
) STRICT;

-- 项目责任书
CREATE TABLE agreement (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL UNIQUE REFERENCES project (id) ON DELETE CASCADE,
  number     TEXT NOT NULL UNIQUE,
  signed_on  TEXT NOT NULL CHECK (date(signed_on, '+0 days') IS signed_on),
  text       TEXT NOT NULL DEFAULT ''
) STRICT;

-- 资金拨付 and 收回
CREATE TABLE disbursement (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES project (id),
  tranche    INTEGER NOT NULL CHECK (tranche >= 1),
  paid_on    TEXT NOT NULL CHECK (date(paid_on, '+0 days') IS paid_on),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  voucher_no TEXT NOT NULL DEFAULT '',
  UNIQUE (project_id, tranche)
) STRICT;

CREATE TABLE penalty (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  project_id      INTEGER REFERENCES project (id),
  kind            TEXT NOT NULL CHECK (kind IN ('fraud', 'failed_acceptance')),
  decided_on      TEXT NOT NULL CHECK (date(decided_on, '+0 days') IS decided_on),
  recovery_fen    INTEGER NOT NULL DEFAULT 0 CHECK (recovery_fen >= 0),
  ban_years       INTEGER NOT NULL CHECK (ban_years BETWEEN 0 AND 20),
  reason          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE recovery (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES project (id),
  penalty_id   INTEGER REFERENCES penalty (id),
  recovered_on TEXT NOT NULL CHECK (date(recovered_on, '+0 days') IS recovered_on),
  amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
  reason       TEXT NOT NULL DEFAULT ''
) STRICT;

-- 专款专用: spending against a budget line; NULL budget_line_id is flagged.
CREATE TABLE expenditure (
  id             INTEGER PRIMARY KEY,
  project_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  budget_line_id INTEGER REFERENCES budget_line (id),
  spent_on       TEXT NOT NULL CHECK (date(spent_on, '+0 days') IS spent_on),
  amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
  description    TEXT NOT NULL DEFAULT '',
  voucher_no     TEXT NOT NULL DEFAULT ''
) STRICT;

-- 实施进度汇报, with the milestone states it reports.
CREATE TABLE progress_report (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL CHECK (date(reported_on, '+0 days') IS reported_on),
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;

CREATE TABLE milestone_update (
  report_id    INTEGER NOT NULL REFERENCES progress_report (id) ON DELETE CASCADE,
  milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'missed')),
  note         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, milestone_id)
) STRICT;

-- 中期检查 and 总结验收; a failed mid-term check may be repeated after
-- rectification, so a project can have several rows of a kind.
CREATE TABLE project_check (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('midterm', 'final')),
  checked_on TEXT NOT NULL CHECK (date(checked_on, '+0 days') IS checked_on),
  result     TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
  materials  TEXT NOT NULL DEFAULT '',
  comments   TEXT NOT NULL DEFAULT ''
) STRICT;

-- 审计日志: append-only, each row's hash covers the previous row's hash.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  os_user     TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  action      TEXT NOT NULL,
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
  prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
