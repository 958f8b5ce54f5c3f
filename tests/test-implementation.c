/* test-implementation.c: progress reports, mid-term check, final acceptance (五.4, 五.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked to the stage a test needs through the real
 * functions (kx_test_walk): submit, formal and expert review, decision,
 * notice, agreement, disbursement, then this module's own.
 */

#include "config.h"

#include <string.h>

#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-project.h"
#include "kx-test-world.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

#define YUAN KX_TEST_YUAN

typedef KxTestWorld Fixture;

/* Budget ¥3,000,000.00, type 4 capped at ¥300,000.00. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "implementation", YUAN (3000000), YUAN (300000));
}

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

  return kx_test_query_int (f, sql);
}

/* 五.4: the first report of a funded project starts its implementation. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reports = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  gint64 audit = kx_test_count (f, "audit_log");
  KxMilestoneUpdate updates[] = {
    { milestone_id (f, id, 0), "done", "已完成问卷调查" },
    { milestone_id (f, id, 1), "in_progress", NULL },
  };
  gint64 rid = 0;

  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", " 完成问卷调查 ", updates, 2,
                                     &rid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_IN_PROGRESS);
  g_assert_cmpint (kx_test_query_int (f, "SELECT id FROM progress_report"), ==, rid);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM progress_report WHERE text = "
                                         "'完成问卷调查'"), ==, 1);
  g_assert_cmpint (kx_test_count (f, "milestone_update"), ==, 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM milestone WHERE status = 'done' AND "
                                         "seq = 1"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM milestone WHERE status = "
                                         "'in_progress' AND seq = 2"), ==, 1);
  /* Report, two milestones, two updates, the stage change: each audited. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit + 6);
  g_assert_cmpint (audit_count (f, "progress_report"), ==, 1);
  g_assert_cmpint (audit_count (f, "milestone"), ==, 2);
  g_assert_cmpint (audit_count (f, "milestone_update"), ==, 2);
  g_assert_cmpint (audit_count (f, "project"), ==, 1);

  /* A second report keeps the stage. */
  updates[1].status = "done";
  g_assert_true (kx_progress_report (f->store, id, "2026-08-01", "调研报告完成", &updates[1], 1,
                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_IN_PROGRESS);
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
  gint64 other = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  gint64 id = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  KxMilestoneUpdate foreign[] = {
    { milestone_id (f, id, 0), "done", NULL },
    { milestone_id (f, other, 0), "done", NULL },
  };
  KxMilestoneUpdate bad_status = { milestone_id (f, id, 0), "finished", NULL };
  KxMilestoneUpdate twice[] = {
    { milestone_id (f, id, 0), "done", NULL },
    { milestone_id (f, id, 0), "missed", NULL },
  };

  kx_test_assert_blocked (f, kx_progress_report (f->store, other, "2026-06-01", "进展", NULL, 0, NULL,
                                                 &error),
                          error, "Progress is reported once the funds are disbursed");
  kx_test_assert_refused (f, kx_progress_report (f->store, id, "2026-06-01", "进展", foreign,
                                                 2, NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Milestone");
  kx_test_assert_refused (f, kx_progress_report (f->store, id, "2026-06-01", "进展",
                                                 &bad_status, 1, NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "“finished”");
  kx_test_assert_refused (f, kx_progress_report (f->store, id, "2026-06-01", "进展", twice, 2,
                                                 NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "twice");
  kx_test_assert_refused (f, kx_progress_report (f->store, id, "2026-06-01", "  ", NULL, 0,
                                                 NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Text");
  kx_test_assert_refused (f, kx_progress_report (f->store, id, "tomorrow", "进展", NULL, 0,
                                                 NULL, &error),
                          error, KX_VALIDATE_ERROR, KX_ERROR_INVALID, "Date");
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_FUNDED);
}

/* The mid-term check looks at what was reported (尚未汇报实施进度). */
static void
test_midterm_needs_report (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectState) state = { 0 };
  gint64 id = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));

  kx_test_assert_blocked (f, kx_check_record (f->store, id, "midterm", "2026-07-01", KX_RESULT_PASS,
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
  gint64 id = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));

  g_assert_true (kx_progress_report (f->store, id, "2026-06-01", "进展", NULL, 0, NULL, &error));
  kx_test_assert_refused (f, kx_check_record (f->store, id, "midterm", "2026-07-01",
                                              KX_RESULT_FAIL, NULL, " ", &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Comments");
  kx_test_assert_refused (f, kx_check_record (f->store, id, "yearly", "2026-07-01",
                                              KX_RESULT_PASS, NULL, NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Kind");
  kx_test_assert_refused (f, kx_check_record (f->store, id, "midterm", "2026-07-01",
                                              KX_RESULT_UNKNOWN, NULL, NULL, &error),
                          error, KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, "Result");
  kx_test_assert_blocked (f, kx_check_record (f->store, id, "final", "2026-07-01", KX_RESULT_PASS,
                                              NULL, NULL, &error),
                          error, "after a passed mid-term check");

  g_assert_true (kx_check_record (f->store, id, "midterm", "2026-07-01", KX_RESULT_FAIL,
                                  "中期报告", "进度滞后", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_IN_PROGRESS);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = "
                                         "'project_check' AND action = 'midterm-check'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                         "AND action = 'midterm-check'"), ==, 0);

  g_assert_true (kx_check_record (f->store, id, "midterm", "2026-08-01", KX_RESULT_PASS,
                                  "整改报告", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_MIDTERM_PASSED);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
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
  gint64 id = kx_test_project_at (f, KX_STAGE_MIDTERM_PASSED, YUAN (30000), YUAN (70000));

  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_PASS,
                                  "总结报告、财务决算", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_ACCEPTED);
  g_assert_cmpint (kx_test_count (f, "penalty"), ==, 0);
  kx_test_assert_blocked (f, kx_check_record (f->store, id, "final", "2026-12-02", KX_RESULT_PASS,
                                              NULL, NULL, &error),
                          error, "Final acceptance");
  kx_test_assert_blocked (f, kx_progress_report (f->store, id, "2026-12-02", "进展", NULL, 0, NULL,
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
  gint64 id = kx_test_project_at (f, KX_STAGE_MIDTERM_PASSED, YUAN (30000), YUAN (70000));

  g_assert_true (kx_money_recover (f->store, id, "2026-11-01", YUAN (1000), "结余退回", 0, NULL,
                                   &error));
  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_FAIL,
                                  "总结报告", "主要指标未完成", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_FAILED_ACCEPTANCE);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM penalty WHERE kind = "
                                         "'failed_acceptance' AND decided_on = '2026-12-01' AND "
                                         "ban_years = 2 AND reason = '主要指标未完成'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT recovery_fen FROM penalty"), ==, YUAN (69000));
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                         "AND action = 'final-check' AND after_json LIKE "
                                         "'%failed_acceptance%'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'penalty'"),
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
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-12-10", -1, NULL, NULL, &error),
                          error,
                          "Nothing more is disbursed to a project that is “Failed acceptance”");
  g_assert_true (kx_money_recover (f->store, id, "2026-12-20", YUAN (69000), "追回",
                                   kx_money_open_penalty (f->store, id, NULL), NULL, &error));
  g_assert_no_error (error);
  kx_project_ledger_clear (&ledger);
  g_assert_true (kx_money_project_ledger (f->store, id, &ledger, &error));
  g_assert_cmpint (ledger.recovery_due_fen, ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kx_test_world_tear_down)

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
