/* test-implementation.c: progress reports, mid-term check, final acceptance (五.4, 五.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked to the stage a test needs through the real
 * functions: submit, formal and expert review, decision, notice,
 * agreement, disbursement, then this module's own.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kx-call.h"
#include "kx-decision.h"
#include "kx-eligibility.h"
#include "kx-expert.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-project.h"
#include "kx-review.h"
#include "kx-store-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

#define TEST_NAME "implementation"

#define YUAN(y) ((gint64) (y) * 100)

typedef struct
{
  char    *dir;
  KxStore *store;
  gint64   call_id;
  guint    n_orgs;
} Fixture;

/* Budget ¥3,000,000.00, type 4 capped at ¥300,000.00. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KxCallFields call = {
    .year = 2026, .title = "2026年度学会服务能力提升计划", .budget_fen = YUAN (3000000),
    .window_start = "2026-03-01", .window_end = "2026-04-30",
  };

  f->dir = g_dir_make_tmp ("kexie-" TEST_NAME "-XXXXXX", NULL);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
  kx_policy_init_defaults (&call.policy);
  call.policy.type_cap_fen[KX_PROJECT_TYPE_CONSULTING - 1] = YUAN (300000);
  g_assert_true (kx_call_insert (f->store, &call, &f->call_id, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%d", i + 1);
      KxExpertFields expert = { .name = name, .affiliation = "湘南学院" };

      g_assert_true (kx_expert_insert (f->store, &expert, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
count (KxStore    *store,
       const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static KxStage
stage_of (KxStore *store,
          gint64   project_id)
{
  g_autoptr(KxProject) p = kx_project_get (store, project_id, NULL);

  g_assert_nonnull (p);
  return kx_project_get_stage (p);
}

/* A researcher's type-4 project (四.4) with two budget lines (会议费 and
 * 调研费) and two milestones, walked through the real functions: reviewed
 * with 80 points from each expert, approved for everything it requested,
 * on notice from 2026-04-15 to 04-21. */
static gint64
noticed_project (Fixture *f,
                 gint64   meeting_fen,
                 gint64   research_fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;
  g_autofree char *name = g_strdup_printf ("研究员%u", ++f->n_orgs);
  g_autofree char *title = g_strdup_printf ("郴州市科技创新课题调研%u", f->n_orgs);
  KxOrganizationFields org = { .name = name, .kind = KX_ORG_KIND_RESEARCHER };
  KxBudgetLineFields lines[] = {
    { .item = "会议费", .amount_fen = meeting_fen },
    { .item = "调研费", .amount_fen = research_fen },
  };
  KxMilestoneFields milestones[] = {
    { .due_on = "2026-09-30", .target = "完成调研" },
    { .due_on = "2026-12-31", .target = "提交调研报告" },
  };
  KxProjectFields project = {
    .call_id = f->call_id, .type = KX_PROJECT_TYPE_CONSULTING, .title = title,
    .content = "开展郴州市科技创新现状调研", .indicators = "形成调研报告一份",
    .budget_lines = lines, .n_budget_lines = 2, .milestones = milestones, .n_milestones = 2,
  };
  KxFormalReviewFields formal = {
    .reviewed_on = "2026-03-15", .ok = { TRUE, TRUE, TRUE, TRUE, TRUE },
    .result = KX_FORMAL_RESULT_PASS,
  };
  int scores[KX_N_CRITERIA] = { 16, 16, 16, 16, 16 };
  gint64 id = 0;

  g_assert_true (kx_organization_insert (f->store, &org, &project.organization_id, &error));
  g_assert_true (kx_project_insert (f->store, &project, &id, &error));
  g_assert_true (kx_project_submit (f->store, id, "2026-03-10", &error));
  g_assert_true (kx_formal_review_record (f->store, id, &formal, &error));
  g_assert_true (kx_review_assign_auto (f->store, id, "2026-03-20", &experts, &error));
  for (guint i = 0; i < experts->len; i++)
    g_assert_true (kx_review_score (f->store, id, g_array_index (experts, gint64, i), scores,
                                    "2026-03-25", NULL, &error));
  g_assert_true (kx_review_finish (f->store, id, "2026-03-25", &error));
  g_assert_true (kx_decision_record (f->store, id, "2026-04-10", TRUE,
                                     meeting_fen + research_fen, "党组会2026-5", NULL, &error));
  g_assert_true (kx_notice_start (f->store, id, "2026-04-15", NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* The notice closed on 04-22, the agreement signed on 2026-04-25. */
static gint64
signed_project (Fixture *f,
                gint64   meeting_fen,
                gint64   research_fen)
{
  g_autoptr(GError) error = NULL;
  gint64 id = noticed_project (f, meeting_fen, research_fen);

  g_assert_true (kx_notice_close (f->store, id, "2026-04-22", &error));
  g_assert_true (kx_agreement_sign (f->store, id, "2026-04-25", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_AGREEMENT_SIGNED);
  return id;
}

static gint64
funded_project (Fixture *f,
                gint64   meeting_fen,
                gint64   research_fen)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_project (f, meeting_fen, research_fen);

  g_assert_true (kx_money_disburse (f->store, id, "2026-05-01", -1, "记-0501", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_FUNDED);
  return id;
}

/* Reported, mid-term passed and, if @final, finally accepted. */
static gint64
checked_project (Fixture  *f,
                 gint64    meeting_fen,
                 gint64    research_fen,
                 gboolean  final)
{
  g_autoptr(GError) error = NULL;
  gint64 id = funded_project (f, meeting_fen, research_fen);

  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", "调研进行中", NULL, 0, NULL,
                                     &error));
  g_assert_true (kx_check_record (f->store, id, "midterm", "2026-07-01", KX_RESULT_PASS,
                                  "中期报告", NULL, &error));
  if (final)
    g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_PASS,
                                    "总结报告", NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* Everything the money and implementation modules write, to show that a
 * refusal wrote nothing. */
static char *
snapshot (KxStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store,
    "SELECT (SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM disbursement) || '/' "
    "|| (SELECT count(*) FROM recovery) || '/' || (SELECT count(*) FROM expenditure) || '/' || "
    "(SELECT count(*) FROM progress_report) || '/' || (SELECT count(*) FROM milestone_update) "
    "|| '/' || (SELECT group_concat(status) FROM milestone) || '/' || "
    "(SELECT count(*) FROM project_check) || '/' || (SELECT count(*) FROM penalty) || '/' || "
    "(SELECT group_concat(stage) FROM project)", NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

#define assert_refused_unchanged(f, call, error, domain, code, part)                  \
  G_STMT_START {                                                                      \
    g_autofree char *before_ = snapshot ((f)->store);                                 \
    g_autofree char *after_ = NULL;                                                   \
    g_assert_false (call);                                                            \
    g_assert_error (error, domain, code);                                             \
    if (strstr ((error)->message, part) == NULL)                                      \
      g_error ("“%s” does not mention “%s”", (error)->message, part);                 \
    after_ = snapshot ((f)->store);                                                   \
    g_assert_cmpstr (after_, ==, before_);                                            \
    g_clear_error (&(error));                                                         \
  } G_STMT_END

#define assert_blocked(f, call, error, part) \
  assert_refused_unchanged (f, call, error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED, part)


static gint64
milestone_id (Fixture *f,
              gint64   project_id,
              guint    index)
{
  g_autoptr(GArray) list = kx_project_list_milestones (f->store, project_id, NULL);

  g_assert_nonnull (list);
  g_assert_cmpuint (index, <, list->len);
  return g_array_index (list, KxMilestone, index).id;
}

static gint64
audit_count (Fixture    *f,
             const char *entity)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = '%s' "
                                          "AND action = 'report'", entity);

  return count (f->store, sql);
}

/* 五.4: the first report of a funded project starts its implementation. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reports = NULL;
  gint64 id = funded_project (f, YUAN (30000), YUAN (70000));
  gint64 audit = count (f->store, "SELECT count(*) FROM audit_log");
  KxMilestoneUpdate updates[] = {
    { milestone_id (f, id, 0), "done", "已完成问卷调查" },
    { milestone_id (f, id, 1), "in_progress", NULL },
  };
  gint64 rid = 0;

  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", " 完成问卷调查 ", updates, 2,
                                     &rid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_IN_PROGRESS);
  g_assert_cmpint (count (f->store, "SELECT id FROM progress_report"), ==, rid);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM progress_report WHERE text = "
                                    "'完成问卷调查'"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM milestone_update"), ==, 2);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM milestone WHERE status = 'done' AND "
                                    "seq = 1"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM milestone WHERE status = "
                                    "'in_progress' AND seq = 2"), ==, 1);
  /* Report, two milestones, two updates, the stage change: each audited. */
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log"), ==, audit + 6);
  g_assert_cmpint (audit_count (f, "progress_report"), ==, 1);
  g_assert_cmpint (audit_count (f, "milestone"), ==, 2);
  g_assert_cmpint (audit_count (f, "milestone_update"), ==, 2);
  g_assert_cmpint (audit_count (f, "project"), ==, 1);

  /* A second report keeps the stage. */
  updates[1].status = "done";
  g_assert_true (kx_progress_report (f->store, id, "2026-08-01", "调研报告完成", &updates[1], 1,
                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_IN_PROGRESS);
  g_assert_cmpint (audit_count (f, "project"), ==, 1);

  reports = kx_progress_list_reports (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (reports->len, ==, 2);
  {
    KxProgressReport *r = &g_array_index (reports, KxProgressReport, 0);
    KxMilestoneReport *m = &g_array_index (r->updates, KxMilestoneReport, 0);

    g_assert_cmpstr (r->reported_on, ==, "2026-06-01");
    g_assert_cmpint (r->updates->len, ==, 2);
    g_assert_cmpint (m->seq, ==, 1);
    g_assert_cmpstr (m->status, ==, "done");
    g_assert_cmpstr (m->note, ==, "已完成问卷调查");
    g_assert_cmpstr (m->target, ==, "完成调研");
  }
  g_assert_cmpint (g_array_index (reports, KxProgressReport, 1).updates->len, ==, 1);
}

/* Refusals write nothing, not even the report before a bad milestone. */
static void
test_report_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = signed_project (f, YUAN (30000), YUAN (70000));
  gint64 id = funded_project (f, YUAN (30000), YUAN (70000));
  KxMilestoneUpdate foreign[] = {
    { milestone_id (f, id, 0), "done", NULL },
    { milestone_id (f, other, 0), "done", NULL },
  };
  KxMilestoneUpdate bad_status = { milestone_id (f, id, 0), "finished", NULL };
  KxMilestoneUpdate twice[] = {
    { milestone_id (f, id, 0), "done", NULL },
    { milestone_id (f, id, 0), "missed", NULL },
  };

  assert_blocked (f, kx_progress_report (f->store, other, "2026-06-01", "进展", NULL, 0, NULL,
                                         &error),
                  error, "Progress is reported once the funds are disbursed");
  assert_refused_unchanged (f, kx_progress_report (f->store, id, "2026-06-01", "进展", foreign,
                                                   2, NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Milestone");
  assert_refused_unchanged (f, kx_progress_report (f->store, id, "2026-06-01", "进展",
                                                   &bad_status, 1, NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "“finished”");
  assert_refused_unchanged (f, kx_progress_report (f->store, id, "2026-06-01", "进展", twice, 2,
                                                   NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "twice");
  assert_refused_unchanged (f, kx_progress_report (f->store, id, "2026-06-01", "  ", NULL, 0,
                                                   NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Text");
  assert_refused_unchanged (f, kx_progress_report (f->store, id, "tomorrow", "进展", NULL, 0,
                                                   NULL, &error),
                            error, KX_VALIDATE_ERROR, KX_ERROR_INVALID, "Date");
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_FUNDED);
}

/* The mid-term check looks at what was reported (尚未汇报实施进度). */
static void
test_midterm_needs_report (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectState) state = { 0 };
  gint64 id = funded_project (f, YUAN (30000), YUAN (70000));

  assert_blocked (f, kx_check_record (f->store, id, "midterm", "2026-07-01", KX_RESULT_PASS,
                                      NULL, NULL, &error),
                  error, "while the project is in progress");
  /* No report can exist in progress, since the first one starts it; the
   * check itself still says what is missing. */
  g_assert_true (_kx_workflow_load (f->store, id, &state, &error));
  g_assert_false (_kx_midterm_check_check (f->store, &state, "2026-07-01", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "No progress has been reported yet"));
  g_clear_error (&error);
  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", "进展", NULL, 0, NULL, &error));
  g_assert_true (_kx_midterm_check_check (f->store, &state, "2026-07-01", &error));
  g_assert_no_error (error);
}

/* A failed mid-term check leaves the project in progress; after
 * rectification a later check passes. */
static void
test_midterm_fail_then_pass (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) checks = NULL;
  gint64 id = funded_project (f, YUAN (30000), YUAN (70000));

  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", "进展", NULL, 0, NULL, &error));
  assert_refused_unchanged (f, kx_check_record (f->store, id, "midterm", "2026-07-01",
                                                KX_RESULT_FAIL, NULL, " ", &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Comments");
  assert_refused_unchanged (f, kx_check_record (f->store, id, "yearly", "2026-07-01",
                                                KX_RESULT_PASS, NULL, NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Kind");
  assert_refused_unchanged (f, kx_check_record (f->store, id, "midterm", "2026-07-01",
                                                KX_RESULT_UNKNOWN, NULL, NULL, &error),
                            error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Result");
  assert_blocked (f, kx_check_record (f->store, id, "final", "2026-07-01", KX_RESULT_PASS,
                                      NULL, NULL, &error),
                  error, "after a passed mid-term check");

  g_assert_true (kx_check_record (f->store, id, "midterm", "2026-07-01", KX_RESULT_FAIL,
                                  "中期报告", "进度滞后", &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_IN_PROGRESS);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log WHERE entity = "
                                    "'project_check' AND action = 'midterm-check'"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                    "AND action = 'midterm-check'"), ==, 0);

  g_assert_true (kx_check_record (f->store, id, "midterm", "2026-08-01", KX_RESULT_PASS,
                                  "整改报告", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_MIDTERM_PASSED);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                    "AND action = 'midterm-check'"), ==, 1);

  checks = kx_check_list (f->store, id, &error);
  g_assert_cmpint (checks->len, ==, 2);
  g_assert_cmpint (g_array_index (checks, KxProjectCheck, 0).result, ==, KX_RESULT_FAIL);
  g_assert_cmpstr (g_array_index (checks, KxProjectCheck, 0).comments, ==, "进度滞后");
  g_assert_cmpstr (g_array_index (checks, KxProjectCheck, 1).kind, ==, "midterm");
  g_assert_cmpint (g_array_index (checks, KxProjectCheck, 1).result, ==, KX_RESULT_PASS);
  g_assert_cmpstr (g_array_index (checks, KxProjectCheck, 1).materials, ==, "整改报告");
}

static void
test_final_pass (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = checked_project (f, YUAN (30000), YUAN (70000), FALSE);

  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_PASS,
                                  "总结报告、财务决算", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_ACCEPTED);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM penalty"), ==, 0);
  assert_blocked (f, kx_check_record (f->store, id, "final", "2026-12-02", KX_RESULT_PASS,
                                      NULL, NULL, &error),
                  error, "Final acceptance");
  assert_blocked (f, kx_progress_report (f->store, id, "2026-12-02", "进展", NULL, 0, NULL,
                                         &error),
                  error, "Progress is reported once the funds are disbursed");
}

/* 七(二): failed final acceptance → everything disbursed due for recovery
 * and a two-year ban, in the same transaction as the check. */
static void
test_final_fail (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };
  g_auto(KxBan) ban = { 0 };
  gboolean banned = FALSE;
  gint64 id = checked_project (f, YUAN (30000), YUAN (70000), FALSE);

  g_assert_true (kx_money_recover (f->store, id, "2026-11-01", YUAN (1000), "结余退回", 0, NULL,
                                   &error));
  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_FAIL,
                                  "总结报告", "主要指标未完成", &error));
  g_assert_no_error (error);
  g_assert_cmpint (stage_of (f->store, id), ==, KX_STAGE_FAILED_ACCEPTANCE);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM penalty WHERE kind = "
                                    "'failed_acceptance' AND decided_on = '2026-12-01' AND "
                                    "ban_years = 2 AND reason = '主要指标未完成'"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT recovery_fen FROM penalty"), ==, YUAN (69000));
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                    "AND action = 'final-check' AND after_json LIKE "
                                    "'%failed_acceptance%'"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'penalty'"),
                   ==, 1);

  project = kx_project_get (f->store, id, &error);
  g_assert_true (kx_penalty_ban_on (f->store, kx_project_get_organization_id (project),
                                    "2028-11-30", &ban, &banned, &error));
  g_assert_true (banned);
  g_assert_cmpstr (ban.until, ==, "2028-12-01");

  /* The money is due: the ledger says so and recovery is possible. */
  g_assert_true (kx_money_project_ledger (f->store, id, &ledger, &error));
  g_assert_cmpint (ledger.recovery_due_fen, ==, YUAN (69000));
  g_assert_cmpint (ledger.undisbursed_fen, ==, 0);
  assert_blocked (f, kx_money_disburse (f->store, id, "2026-12-10", -1, NULL, NULL, &error),
                  error, "Nothing more is disbursed to a project that is “Failed acceptance”");
  g_assert_true (kx_money_recover (f->store, id, "2026-12-20", YUAN (69000), "追回",
                                   kx_money_open_penalty (f->store, id, NULL), NULL, &error));
  g_assert_no_error (error);
  kx_project_ledger_clear (&ledger);
  g_assert_true (kx_money_project_ledger (f->store, id, &ledger, &error));
  g_assert_cmpint (ledger.recovery_due_fen, ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/implementation/report/first-starts-implementation", test_report);
  ADD ("/implementation/report/refused", test_report_refused);
  ADD ("/implementation/midterm/needs-report", test_midterm_needs_report);
  ADD ("/implementation/midterm/fail-then-pass", test_midterm_fail_then_pass);
  ADD ("/implementation/final/pass", test_final_pass);
  ADD ("/implementation/final/fail-penalized", test_final_fail);

  return g_test_run ();
}
