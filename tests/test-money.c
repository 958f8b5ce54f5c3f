/* test-money.c: disbursement, recovery, expenditure and the ledgers (五.3, 七(二), 七(三))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked to the stage a test needs through the real
 * functions (kx_test_walk): submit, formal and expert review, decision,
 * notice, agreement, then this module's own.
 */

#include "config.h"

#include <string.h>

#include "kx-call.h"
#include "kx-decision.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-project.h"
#include "kx-test-world.h"
#include "kx-validate.h"
#include "kx-workflow.h"

#define YUAN KX_TEST_YUAN

typedef KxTestWorld Fixture;

/* Budget ¥3,000,000.00, type 4 capped at ¥300,000.00. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "money", YUAN (3000000), YUAN (300000));
}

/* Lowers the budget and the type-4 cap (-1 = none), as a revised call may. */
static void
set_limits (Fixture *f,
            gint64   budget_fen,
            gint64   cap_fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get (f->store, f->call, &error);
  KxCallFields fields = {
    .year = 2026, .title = kx_call_get_title (call), .budget_fen = budget_fen,
    .window_start = kx_call_get_window_start (call),
    .window_end = kx_call_get_window_end (call),
    .policy = *kx_call_get_policy (call),
  };

  fields.policy.type_cap_fen[KX_PROJECT_TYPE_CONSULTING - 1] = cap_fen;
  g_assert_true (kx_call_update (f->store, f->call, &fields, &error));
  g_assert_no_error (error);
}

static gint64
disbursed (Fixture *f)
{
  return kx_test_query_int (f, "SELECT COALESCE(sum(amount_fen), 0) FROM disbursement");
}

/* 70 % rounded half up to the fen, exactly and without overflow. */
static void
test_first_tranche (void)
{
  g_assert_cmpint (kx_money_first_tranche (YUAN (100000), 70), ==, YUAN (70000));
  g_assert_cmpint (kx_money_first_tranche (4500001, 70), ==, 3150001);  /* .7 up */
  g_assert_cmpint (kx_money_first_tranche (4500003, 70), ==, 3150002);  /* .1 down */
  g_assert_cmpint (kx_money_first_tranche (5, 70), ==, 4);              /* .5 up */
  g_assert_cmpint (kx_money_first_tranche (5, 30), ==, 2);              /* .5 up */
  g_assert_cmpint (kx_money_first_tranche (0, 70), ==, 0);
  g_assert_cmpint (kx_money_first_tranche (4500001, 100), ==, 4500001);
  g_assert_cmpint (kx_money_first_tranche (4500001, 0), ==, 0);
  g_assert_cmpint (kx_money_first_tranche (G_MAXINT64, 100), ==, G_MAXINT64);
  g_assert_cmpint (kx_money_first_tranche (G_MAXINT64 / 100 * 100 + 7, 70), ==,
                   G_MAXINT64 / 100 * 70 + 5);  /* 7 × 0.7 = 4.9 */
}

/* 五.3: nothing before the agreement; the workflow's hint says why. */
static void
test_before_agreement (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_IN_NOTICE, YUAN (30000), YUAN (70000));

  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-04-20", -1, NULL, NULL, &error),
                          error, "agreement is not signed");
  g_assert_true (kx_notice_close (f->store, id, "2026-04-22", &error));
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_NOTICE_PASSED);
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-04-23", -1, NULL, NULL, &error),
                          error, "agreement is not signed");
}

/* ¥45,000.01 approved: 70 % is ¥31,500.007, paid as ¥31,500.01. */
static void
test_first_disbursement (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (15000), 3000001);
  gint64 audit = kx_test_count (f, "audit_log");
  gint64 did = 0;

  /* Before the agreement was signed on 04-25. */
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-04-24", -1, NULL, NULL, &error),
                          error, "signed on 2026-04-25");
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-05-01", 3150002, NULL, NULL,
                                                &error),
                          error, "at most 70% of the approved amount, ¥31,500.01");
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-05-01", 4500002, NULL, NULL,
                                                &error),
                          error, "exceed the approved amount of ¥45,000.01");
  kx_test_assert_refused (f, kx_money_disburse (f->store, id, "2026-05-01", 0, NULL, NULL,
                                                &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Amount");
  kx_test_assert_refused (f, kx_money_disburse (f->store, id, "2026-02-30", -1, NULL, NULL,
                                                &error),
                          error, KX_VALIDATE_ERROR, KX_ERROR_INVALID, "Date");

  g_assert_true (kx_money_disburse (f->store, id, "2026-04-25", -1, "记-0425", &did, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_query_int (f, "SELECT amount_fen FROM disbursement"), ==, 3150001);
  g_assert_cmpint (kx_test_query_int (f, "SELECT tranche FROM disbursement"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT id FROM disbursement"), ==, did);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_FUNDED);
  /* The disbursement and the stage change, each audited. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = "
                                         "'disbursement' AND action = 'disburse' AND after_json "
                                         "LIKE '%3150001%'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                         "AND action = 'disburse' AND after_json LIKE '%funded%'"),
                   ==, 1);
}

/* The rest only after a passed final acceptance (验收合格后方可拨付尾款). */
static void
test_second_tranche (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_MIDTERM_PASSED, YUAN (30000), YUAN (70000));

  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-07-02", -1, NULL, NULL, &error),
                          error,
                          "remaining ¥30,000.00 is disbursed only after the final acceptance");
  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_PASS, NULL,
                                  NULL, &error));
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-11-30", -1, NULL, NULL, &error),
                          error, "passed on 2026-12-01");
  /* approved + 1 fen in total is refused, exactly approved is paid. */
  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-12-10", YUAN (30000) + 1, NULL,
                                                NULL, &error),
                          error, "at most ¥30,000.00 can be paid");
  g_assert_true (kx_money_disburse (f->store, id, "2026-12-10", YUAN (30000), NULL, NULL,
                                    &error));
  g_assert_no_error (error);
  g_assert_cmpint (disbursed (f), ==, YUAN (100000));
  g_assert_cmpint (kx_test_query_int (f, "SELECT max(tranche) FROM disbursement"), ==, 2);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_ACCEPTED);

  kx_test_assert_blocked (f, kx_money_disburse (f->store, id, "2026-12-11", -1, NULL, NULL, &error),
                          error, "Nothing is left to disburse");
  actions = kx_workflow_next_actions (f->store, id, "2026-12-11", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    {
      KxActionState *s = &g_array_index (actions, KxActionState, i);

      if (s->action == KX_ACTION_DISBURSE)
        {
          g_assert_false (s->allowed);
          g_assert_nonnull (strstr (s->reason, "Nothing is left to disburse"));
        }
    }
}

/* A second tranche paid in two parts: the default pays what is left. */
static void
test_second_tranche_default (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_ACCEPTED, YUAN (15000), 3000001);

  g_assert_true (kx_money_disburse (f->store, id, "2026-12-10", YUAN (10000), NULL, NULL,
                                    &error));
  g_assert_true (kx_money_disburse (f->store, id, "2026-12-11", -1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (disbursed (f), ==, 4500001);
  g_assert_cmpint (kx_test_query_int (f, "SELECT amount_fen FROM disbursement WHERE "
                                         "tranche = 3"), ==,
                   4500001 - 3150001 - YUAN (10000));
}

/* Projects of ¥100,000.00 (approved while the cap was ¥300,000.00); after
 * the first got ¥70,000.00 the cap of type 4 is lowered to ¥140,000.00 −
 * 1 fen, then set to exactly ¥140,000.00. */
static void
test_type_cap (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 b, c;

  kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  b = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  c = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  set_limits (f, YUAN (3000000), YUAN (140000) - 1);
  kx_test_assert_blocked (f, kx_money_disburse (f->store, b, "2026-05-01", -1, NULL, NULL, &error),
                          error, "the cap for “");
  kx_test_assert_blocked (f, kx_money_disburse (f->store, b, "2026-05-01", -1, NULL, NULL, &error),
                          error, "at most ¥69,999.99 can be paid");
  set_limits (f, YUAN (3000000), YUAN (140000));
  g_assert_true (kx_money_disburse (f->store, b, "2026-05-01", -1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (disbursed (f), ==, YUAN (140000));

  /* Used up: the check explains it before anyone tries. */
  g_assert_false (kx_workflow_check (f->store, c, KX_ACTION_DISBURSE, "2026-05-01", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "has been disbursed in full"));
}

/* The same with the call's budget, no cap. */
static void
test_call_budget (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 b;

  kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  b = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  set_limits (f, YUAN (140000) - 1, -1);
  kx_test_assert_blocked (f, kx_money_disburse (f->store, b, "2026-05-01", -1, NULL, NULL, &error),
                          error, "the budget of the 2026 call of ¥139,999.99");
  set_limits (f, YUAN (140000), -1);
  g_assert_true (kx_money_disburse (f->store, b, "2026-05-01", -1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (disbursed (f), ==, YUAN (140000));
}

/* At most disbursed − recovered; nothing outstanding blocks. */
static void
test_recover_bounds (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  gint64 rid = 0;

  kx_test_assert_blocked (f, kx_money_recover (f->store, id, "2026-05-01", 100, "退回", 0, NULL,
                                               &error),
                          error, "No funds have been disbursed");
  g_assert_true (kx_money_disburse (f->store, id, "2026-05-01", -1, NULL, NULL, &error));
  kx_test_assert_refused (f, kx_money_recover (f->store, id, "2026-05-02", 0, "退回", 0,
                                               NULL, &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Amount");
  kx_test_assert_refused (f, kx_money_recover (f->store, id, "2026-05-02", 100, "  ", 0,
                                               NULL, &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Reason");
  kx_test_assert_blocked (f, kx_money_recover (f->store, id, "2026-05-02", YUAN (70000) + 1,
                                               "退回", 0, NULL, &error),
                          error, "at most ¥70,000.00");
  g_assert_true (kx_money_recover (f->store, id, "2026-05-02", YUAN (20000), "退回", 0, NULL,
                                   &error));
  kx_test_assert_blocked (f, kx_money_recover (f->store, id, "2026-05-03", YUAN (50000) + 1,
                                               "退回", 0, NULL, &error),
                          error, "at most ¥50,000.00");
  g_assert_true (kx_money_recover (f->store, id, "2026-05-03", YUAN (50000), "退回", 0, &rid,
                                   &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'recovery' "
                                         "AND action = 'recover'"), ==, 2);
  g_assert_cmpint (rid, ==, kx_test_query_int (f, "SELECT max(id) FROM recovery"));
  kx_test_assert_blocked (f, kx_money_recover (f->store, id, "2026-05-04", 1, "退回", 0, NULL,
                                               &error),
                          error, "Nothing is left to recover");
}

/* 七(二): what a penalty leaves due, and recoveries counted against it. */
static void
test_recover_penalty (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };
  gint64 other = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  gint64 id = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (30000), YUAN (70000));
  gint64 penalty = 0;

  g_assert_cmpint (kx_money_open_penalty (f->store, id, &error), ==, 0);
  g_assert_true (kx_penalty_fraud (f->store, id, "2026-06-01", "虚报调研人数", &penalty,
                                   &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_money_open_penalty (f->store, id, &error), ==, penalty);
  kx_test_assert_refused (f, kx_money_recover (f->store, other, "2026-06-02", 100, "退回",
                                               penalty, NULL, &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Penalty");
  g_assert_true (kx_money_recover (f->store, id, "2026-06-02", YUAN (60000), "追回", penalty,
                                   NULL, &error));
  g_assert_true (kx_money_project_ledger (f->store, id, &ledger, &error));
  g_assert_cmpint (ledger.recovery_due_fen, ==, YUAN (10000));
  g_assert_cmpint (ledger.recovered_fen, ==, YUAN (60000));
  kx_test_assert_blocked (f, kx_money_recover (f->store, id, "2026-06-03", YUAN (10000) + 1, "追回",
                                               penalty, NULL, &error),
                          error, "at most ¥10,000.00");
  g_assert_true (kx_money_recover (f->store, id, "2026-06-03", YUAN (10000), "追回", penalty,
                                   NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_money_open_penalty (f->store, id, &error), ==, 0);
}

/* 专款专用: recorded, flagged when against no line, beyond a line or
 * beyond what was disbursed by then; exactly at a limit is in order. */
static void
test_spend_flags (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) list = NULL;
  gint64 other = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  gint64 id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (30000), YUAN (70000));
  gint64 meeting, research, foreign, e = 0;
  g_autofree char *flag = NULL;

  lines = kx_project_list_budget_lines (f->store, id, &error);
  meeting = g_array_index (lines, KxBudgetLine, 0).id;
  research = g_array_index (lines, KxBudgetLine, 1).id;
  g_clear_pointer (&lines, g_array_unref);
  lines = kx_project_list_budget_lines (f->store, other, &error);
  foreign = g_array_index (lines, KxBudgetLine, 0).id;

  kx_test_assert_blocked (f, kx_money_spend (f->store, id, meeting, "2026-04-26", 100, "会场", NULL,
                                             NULL, &error),
                          error, "Expenditures are recorded while the project is carried out");
  g_assert_true (kx_money_disburse (f->store, id, "2026-05-01", -1, NULL, NULL, &error));
  kx_test_assert_refused (f, kx_money_spend (f->store, id, foreign, "2026-05-02", 100, "会场",
                                             NULL, NULL, &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Budget line");
  kx_test_assert_refused (f, kx_money_spend (f->store, id, meeting, "2026-05-02", 100, "",
                                             NULL, NULL, &error),
                          error, KX_MONEY_ERROR, KX_ERROR_INVALID, "Description");

  /* Exactly the line: in order. One fen more: flagged, still recorded. */
  g_assert_true (kx_money_spend (f->store, id, meeting, "2026-05-02", YUAN (30000), "会场租赁",
                                 "V1", &e, &error));
  flag = kx_money_expenditure_flag (f->store, e, &error);
  g_assert_cmpstr (flag, ==, "");
  g_clear_pointer (&flag, g_free);
  g_assert_true (kx_money_spend (f->store, id, meeting, "2026-05-03", 1, "茶水", NULL, &e,
                                 &error));
  flag = kx_money_expenditure_flag (f->store, e, &error);
  g_assert_cmpstr (flag, ==, "Over the budget line 会议费 ¥30,000.00");
  g_clear_pointer (&flag, g_free);
  g_assert_true (kx_money_spend (f->store, id, 0, "2026-05-04", 100, "办公用品", NULL, &e,
                                 &error));
  flag = kx_money_expenditure_flag (f->store, e, &error);
  g_assert_cmpstr (flag, ==, "Not against any budget line");
  g_clear_pointer (&flag, g_free);
  /* ¥70,000.00 disbursed; spent so far ¥30,001.01: up to exactly ¥70,000.00 is in order. */
  g_assert_true (kx_money_spend (f->store, id, research, "2026-05-05", YUAN (39998) + 99,
                                 "问卷印制", NULL, &e, &error));
  flag = kx_money_expenditure_flag (f->store, e, &error);
  g_assert_cmpstr (flag, ==, "");
  g_clear_pointer (&flag, g_free);
  g_assert_true (kx_money_spend (f->store, id, research, "2026-05-06", 1, "邮费", NULL, &e,
                                 &error));
  flag = kx_money_expenditure_flag (f->store, e, &error);
  g_assert_cmpstr (flag, ==, "More than the ¥70,000.00 disbursed by then");
  g_assert_no_error (error);

  list = kx_money_list_expenditures (f->store, id, &error);
  g_assert_cmpint (list->len, ==, 5);
  g_assert_null (g_array_index (list, KxExpenditure, 0).flag);
  g_assert_cmpstr (g_array_index (list, KxExpenditure, 1).budget_line_item, ==, "会议费");
  g_assert_null (g_array_index (list, KxExpenditure, 2).budget_line_item);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = "
                                         "'expenditure' AND action = 'spend'"), ==, 5);
}

/* Spent while carried out, then the last tranche and a recovery. */
static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_auto(KxProjectLedger) l = { 0 };
  gint64 id = kx_test_project_at (f, KX_STAGE_MIDTERM_PASSED, YUAN (30000), YUAN (70000));

  lines = kx_project_list_budget_lines (f->store, id, &error);
  g_assert_true (kx_money_spend (f->store, id, g_array_index (lines, KxBudgetLine, 0).id,
                                 "2026-07-05", YUAN (12000), "会场", "V1", NULL, &error));
  g_assert_true (kx_money_spend (f->store, id, 0, "2026-07-06", YUAN (300), "打印", NULL, NULL,
                                 &error));
  g_assert_true (kx_check_record (f->store, id, "final", "2026-12-01", KX_RESULT_PASS, NULL,
                                  NULL, &error));
  g_assert_true (kx_money_disburse (f->store, id, "2026-12-10", -1, "记-1210", NULL, &error));
  g_assert_true (kx_money_recover (f->store, id, "2026-12-20", YUAN (500), "结余退回", 0, NULL,
                                   &error));
  g_assert_true (kx_money_project_ledger (f->store, id, &l, &error));
  g_assert_no_error (error);

  g_assert_cmpint (l.approved_fen, ==, YUAN (100000));
  g_assert_cmpint (l.disbursed_fen, ==, YUAN (100000));
  g_assert_cmpint (l.undisbursed_fen, ==, 0);
  g_assert_cmpint (l.recovered_fen, ==, YUAN (500));
  g_assert_cmpint (l.recovery_due_fen, ==, 0);
  g_assert_cmpint (l.spent_fen, ==, YUAN (12300));
  g_assert_cmpint (l.balance_fen, ==, YUAN (100000 - 500 - 12300));
  g_assert_cmpint (l.disbursements->len, ==, 2);
  g_assert_cmpint (g_array_index (l.disbursements, KxDisbursement, 0).amount_fen, ==,
                   YUAN (70000));
  g_assert_cmpstr (g_array_index (l.disbursements, KxDisbursement, 1).voucher_no, ==, "记-1210");
  g_assert_cmpint (g_array_index (l.disbursements, KxDisbursement, 1).amount_fen, ==,
                   YUAN (30000));
  g_assert_cmpint (l.recoveries->len, ==, 1);
  g_assert_cmpint (l.expenditures->len, ==, 2);
  g_assert_null (g_array_index (l.expenditures, KxExpenditure, 0).flag);
  g_assert_cmpstr (g_array_index (l.expenditures, KxExpenditure, 1).flag, ==,
                   "Not against any budget line");
  g_assert_cmpint (l.lines->len, ==, 2);
  g_assert_cmpint (g_array_index (l.lines, KxLineSpending, 0).budgeted_fen, ==, YUAN (30000));
  g_assert_cmpint (g_array_index (l.lines, KxLineSpending, 0).spent_fen, ==, YUAN (12000));
  g_assert_cmpint (g_array_index (l.lines, KxLineSpending, 1).spent_fen, ==, 0);
}

/* Approved counts the live projects in full, a revoked one at what it was
 * paid, a withdrawn one not at all. */
static void
test_call_totals (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxCallTotals t;
  gint64 accepted, revoked, withdrawn, objection = 0;

  accepted = kx_test_project_at (f, KX_STAGE_ACCEPTED, YUAN (30000), YUAN (70000));
  g_assert_true (kx_money_disburse (f->store, accepted, "2026-12-10", -1, NULL, NULL, &error));
  kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (10000), YUAN (40000));            /* 35,000 paid */
  kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, YUAN (10000), YUAN (10000));  /* nothing paid */
  revoked = kx_test_project_at (f, KX_STAGE_FUNDED, YUAN (20000), YUAN (20000));  /* 28,000 paid */
  g_assert_true (kx_penalty_fraud (f->store, revoked, "2026-06-01", "虚报", NULL, &error));
  g_assert_true (kx_money_recover (f->store, revoked, "2026-06-10", YUAN (8000), "追回", 0,
                                   NULL, &error));
  withdrawn = kx_test_project_at (f, KX_STAGE_IN_NOTICE, YUAN (1000), YUAN (1000));
  g_assert_true (kx_notice_record_objection (f->store, withdrawn, "2026-04-16", "群众",
                                             "申报材料不实", &objection, &error));
  g_assert_true (kx_notice_resolve_objection (f->store, objection, "upheld", "2026-04-18",
                                              "经核实属实", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, withdrawn), ==, KX_STAGE_WITHDRAWN);

  g_assert_true (kx_money_call_totals (f->store, f->call, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (t.year, ==, 2026);
  g_assert_cmpint (t.budget_fen, ==, YUAN (3000000));
  g_assert_cmpint (t.approved_fen, ==, YUAN (100000 + 50000 + 20000 + 28000));
  g_assert_cmpint (t.disbursed_fen, ==, YUAN (100000 + 35000 + 28000));
  g_assert_cmpint (t.recovered_fen, ==, YUAN (8000));
  g_assert_cmpint (t.balance_fen, ==, YUAN (3000000 - 163000 + 8000));
  g_assert_cmpint (t.available_fen, ==, YUAN (3000000 - 163000));
  g_assert_cmpint (t.types[3].cap_fen, ==, YUAN (300000));
  g_assert_cmpint (t.types[3].n_projects, ==, 4);
  g_assert_cmpint (t.types[3].approved_fen, ==, t.approved_fen);
  g_assert_cmpint (t.types[3].disbursed_fen, ==, t.disbursed_fen);
  g_assert_cmpint (t.types[3].recovered_fen, ==, YUAN (8000));
  g_assert_cmpint (t.types[0].cap_fen, ==, -1);
  g_assert_cmpint (t.types[0].approved_fen, ==, 0);

  g_assert_false (kx_money_call_totals (f->store, 4242, &t, &error));
  g_assert_error (error, KX_MONEY_ERROR, KX_ERROR_NOT_FOUND);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kx_test_world_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/first-tranche/rounding", test_first_tranche);
  ADD ("/money/disburse/before-agreement", test_before_agreement);
  ADD ("/money/disburse/first-tranche", test_first_disbursement);
  ADD ("/money/disburse/second-tranche", test_second_tranche);
  ADD ("/money/disburse/second-tranche-default", test_second_tranche_default);
  ADD ("/money/disburse/type-cap", test_type_cap);
  ADD ("/money/disburse/call-budget", test_call_budget);
  ADD ("/money/recover/bounds", test_recover_bounds);
  ADD ("/money/recover/penalty", test_recover_penalty);
  ADD ("/money/spend/flags", test_spend_flags);
  ADD ("/money/ledger/project", test_ledger);
  ADD ("/money/ledger/call-totals", test_call_totals);

  return g_test_run ();
}
