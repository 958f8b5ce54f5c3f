/* test-decision.c: decision, public notice, objections and agreement (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked to the stage a test needs through the real
 * functions (kx_test_walk): submit, formal review, expert assignment and
 * scores, finish, then this module's own.
 */

#include "config.h"

#include <string.h>

#include "kx-audit.h"
#include "kx-decision.h"
#include "kx-project.h"
#include "kx-review.h"
#include "kx-test-world.h"
#include "kx-workflow.h"

#define YUAN KX_TEST_YUAN

typedef KxTestWorld Fixture;

/* Budget ¥3,000,000.00; type 4 capped at ¥300,000.00 unless a test
 * passes its own limits as data (budget and cap in fen, cap -1 = none). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const gint64 *limits = data;

  kx_test_world_set_up (f, "decision", limits != NULL ? limits[0] : YUAN (3000000),
                        limits != NULL ? limits[1] : YUAN (300000));
}

#define assert_blocked_unchanged(f, before, call, error, part) \
  kx_test_assert_refused_since (f, before, call, error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED, part)

#define assert_invalid_unchanged(f, before, call, error, part) \
  kx_test_assert_refused_since (f, before, call, error, KX_DECISION_ERROR, KX_ERROR_INVALID, part)

/* Decision */

/* 五.2: approved for exactly the requested amount; the decision, the
 * amount and the stage change are each audited. */
static void
test_approve (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) d = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (150000));
  gint64 audit = kx_test_count (f, "audit_log");
  g_autoptr(KxProject) p = NULL;

  g_assert_true (kx_decision_record (f->store, id, "2026-04-10", TRUE, YUAN (150000),
                                     "市科协党组会议纪要〔2026〕5号", "同意立项", &error));
  g_assert_no_error (error);
  p = kx_project_get (f->store, id, &error);
  g_assert_cmpint (kx_project_get_stage (p), ==, KX_STAGE_APPROVED);
  g_assert_cmpint (kx_project_get_approved_fen (p), ==, YUAN (150000));
  d = kx_decision_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (d->approved);
  g_assert_cmpint (d->approved_fen, ==, YUAN (150000));
  g_assert_cmpstr (d->meeting_on, ==, "2026-04-10");
  g_assert_cmpstr (d->minutes_ref, ==, "市科协党组会议纪要〔2026〕5号");
  /* The decision row, and one project row carrying both the stage and the amount. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'decision' "
                                         "AND action = 'insert'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                         "AND action = 'decide' "
                                         "AND before_json ->> '$.stage' = 'reviewed' "
                                         "AND before_json ->> '$.approved_fen' IS NULL "
                                         "AND after_json ->> '$.stage' = 'approved' "
                                         "AND after_json ->> '$.approved_fen' = 15000000"), ==, 1);
  g_assert_true (kx_audit_verify (f->store, NULL, &error));
}

static void
test_reject (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) d = NULL;
  g_autoptr(KxProject) p = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (150000));

  /* The amount means nothing when the project is not approved. */
  g_assert_true (kx_decision_record (f->store, id, "2026-04-10", FALSE, YUAN (1), NULL, NULL,
                                     &error));
  g_assert_no_error (error);
  p = kx_project_get (f->store, id, &error);
  g_assert_cmpint (kx_project_get_stage (p), ==, KX_STAGE_NOT_APPROVED);
  g_assert_cmpint (kx_project_get_approved_fen (p), ==, -1);
  d = kx_decision_get (f->store, id, &error);
  g_assert_false (d->approved);
  g_assert_cmpint (d->approved_fen, ==, -1);
  /* A second decision is refused by the stage. */
  g_assert_false (kx_decision_record (f->store, id, "2026-04-11", TRUE, YUAN (1), NULL, NULL,
                                      &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

/* 0 < approved ≤ requested, to the fen. */
static void
test_amount_boundary (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (150000));
  g_autofree char *before = kx_test_snapshot (f);

  assert_invalid_unchanged (f, before,
                            kx_decision_record (f->store, id, "2026-04-10", TRUE,
                                                YUAN (150000) + 1, NULL, NULL, &error),
                            error, "¥150,000.01 is more than the ¥150,000.00 requested");
  assert_invalid_unchanged (f, before,
                            kx_decision_record (f->store, id, "2026-04-10", TRUE, 0, NULL, NULL,
                                                &error),
                            error, "Approved amount");
  g_assert_true (kx_decision_record (f->store, id, "2026-04-10", TRUE, YUAN (150000), NULL,
                                     NULL, &error));
  g_assert_no_error (error);
}

/* 五.2: only a project that passed the expert review may be approved, but
 * it may always be not approved. 55 + 55 + 56 → 55.33 < 60. */
static void
test_pass_line (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_UNDER_EXPERT_REVIEW, 0, YUAN (100000));
  g_autofree char *before = NULL;

  kx_test_score (f, id, 11, 1);
  kx_test_walk (f, id, KX_STAGE_REVIEWED);
  before = kx_test_snapshot (f);

  /* The action itself is open: the Party group can always refuse. */
  actions = kx_workflow_next_actions (f->store, id, "2026-04-10", &error);
  g_assert_no_error (error);
  g_assert_cmpint (actions->len, ==, 1);
  g_assert_true (g_array_index (actions, KxActionState, 0).allowed);
  assert_blocked_unchanged (f, before,
                            kx_decision_record (f->store, id, "2026-04-10", TRUE, YUAN (100000),
                                                NULL, NULL, &error),
                            error, "pass line of 60 points (score 55.33)");
  g_assert_true (kx_decision_record (f->store, id, "2026-04-10", FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A project put in the reviewed stage without a score (around the
 * workflow) cannot be decided at all. */
static void
test_no_score (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (100000));
  g_autofree char *before = NULL;

  g_assert_true (_kx_store_exec (f->store, "DELETE FROM score", &error));
  before = kx_test_snapshot (f);
  assert_blocked_unchanged (f, before,
                            kx_decision_record (f->store, id, "2026-04-10", FALSE, 0, NULL, NULL,
                                                &error),
                            error, "No expert score is recorded");
  g_assert_false (kx_workflow_check (f->store, id, KX_ACTION_DECIDE, "2026-04-10", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

/* The type cap: ¥300,000.00 for type 4, reached exactly, then by one fen
 * too many. */
static void
test_type_cap (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = kx_test_project_at (f, KX_STAGE_APPROVED, 0, YUAN (150000));
  gint64 b = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (150000) + 1);
  g_autofree char *before = kx_test_snapshot (f);

  g_assert_cmpint (kx_decision_approved_total (f->store, f->call, 4, 0, &error), ==,
                   YUAN (150000));
  assert_blocked_unchanged (f, before,
                            kx_decision_record (f->store, b, "2026-04-10", TRUE,
                                                YUAN (150000) + 1, NULL, NULL, &error),
                            error, "¥150,000.00 already approved, ¥150,000.01 for this project, "
                                   "cap ¥300,000.00");
  g_assert_true (kx_decision_record (f->store, b, "2026-04-10", TRUE, YUAN (150000), NULL,
                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_decision_approved_total (f->store, f->call, 4, 0, &error), ==,
                   YUAN (300000));
  g_assert_cmpint (kx_test_stage (f, a), ==, KX_STAGE_APPROVED);
}

/* The call budget (¥300,000.00, no type cap) at its exact boundary; a
 * withdrawn project's approval no longer counts. */
static void
test_budget (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = kx_test_project_at (f, KX_STAGE_IN_NOTICE, 0, YUAN (200000));
  gint64 b = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (150000));
  gint64 c = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (50000));
  g_autofree char *before = kx_test_snapshot (f);
  g_autofree char *before_c = NULL;
  gint64 objection = 0;

  assert_blocked_unchanged (f, before,
                            kx_decision_record (f->store, b, "2026-04-16", TRUE,
                                                YUAN (100000) + 1, NULL, NULL, &error),
                            error, "Over the year's budget: ¥200,000.00 already approved, "
                                   "¥100,000.01 for this project, budget ¥300,000.00");
  g_assert_true (kx_decision_record (f->store, b, "2026-04-16", TRUE, YUAN (100000), NULL,
                                     NULL, &error));
  g_assert_no_error (error);
  before_c = kx_test_snapshot (f);
  assert_blocked_unchanged (f, before_c,
                            kx_decision_record (f->store, c, "2026-04-16", TRUE, 1, NULL, NULL,
                                                &error),
                            error, "¥300,000.00 already approved, ¥0.01 for this project");

  /* An upheld objection withdraws A: its ¥200,000.00 is free again. */
  g_assert_true (kx_notice_record_objection (f->store, a, "2026-04-16", "匿名", "成果抄袭",
                                             &objection, &error));
  g_assert_true (kx_notice_resolve_objection (f->store, objection, "upheld", "2026-04-16", NULL,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_decision_approved_total (f->store, f->call, 0, 0, &error), ==,
                   YUAN (100000));
  g_assert_true (kx_decision_record (f->store, c, "2026-04-17", TRUE, YUAN (50000), NULL,
                                     NULL, &error));
  g_assert_no_error (error);
}

/* Each action is refused outside its stage, saying so; nothing is written. */
static void
test_wrong_stage (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 reviewed = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, YUAN (100000));
  gint64 approved = kx_test_project_at (f, KX_STAGE_APPROVED, 0, YUAN (100000));
  g_autofree char *before = kx_test_snapshot (f);

  assert_blocked_unchanged (f, before,
                            kx_notice_start (f->store, reviewed, "2026-04-15", NULL, &error),
                            error, "Only an approved project is put on public notice");
  assert_blocked_unchanged (f, before,
                            kx_notice_record_objection (f->store, approved, "2026-04-15", NULL,
                                                        "异议", NULL, &error),
                            error, "Objections are recorded during the public notice");
  assert_blocked_unchanged (f, before, kx_notice_close (f->store, approved, "2026-05-01", &error),
                            error, "Close the public notice");
  assert_blocked_unchanged (f, before,
                            kx_agreement_sign (f->store, approved, "2026-05-01", NULL, &error),
                            error, "after a public notice without upheld objections");
  assert_blocked_unchanged (f, before,
                            kx_decision_record (f->store, approved, "2026-04-11", TRUE, 1, NULL,
                                                NULL, &error),
                            error, "after the expert review is finished");
  g_assert_false (kx_decision_record (f->store, 9999, "2026-04-11", FALSE, 0, NULL, NULL,
                                      &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (kx_notice_resolve_objection (f->store, 9999, "upheld", "2026-04-16", NULL,
                                               &error));
  g_assert_error (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND);
}

/* Public notice */

/* 7 days counting the first: from 04-15 to 04-21. It cannot start before
 * the decision. */
static void
test_notice_period (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxNotice) n = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_APPROVED, 0, YUAN (100000));
  g_autofree char *before = kx_test_snapshot (f);

  assert_invalid_unchanged (f, before,
                            kx_notice_start (f->store, id, "2026-04-09", NULL, &error),
                            error, "before the decision of 2026-04-10");
  g_assert_true (kx_notice_start (f->store, id, "2026-04-15", "https://www.czkx.gov.cn/gs/1",
                                  &error));
  g_assert_no_error (error);
  n = kx_notice_get (f->store, id, &error);
  g_assert_cmpstr (n->start_on, ==, "2026-04-15");
  g_assert_cmpstr (n->end_on, ==, "2026-04-21");
  g_assert_cmpstr (n->url, ==, "https://www.czkx.gov.cn/gs/1");
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_IN_NOTICE);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'notice'"),
                   ==, 1);
}

/* Closing is refused on the last day, naming it; allowed the day after. */
static void
test_close_boundary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_IN_NOTICE, 0, YUAN (100000));
  g_autofree char *before = kx_test_snapshot (f);
  gboolean found = FALSE;

  assert_blocked_unchanged (f, before, kx_notice_close (f->store, id, "2026-04-21", &error),
                            error, "it ends on 2026-04-21 and can be closed from 2026-04-22");
  /* The list of next actions gives the same reason. */
  actions = kx_workflow_next_actions (f->store, id, "2026-04-21", &error);
  for (guint i = 0; i < actions->len; i++)
    {
      KxActionState *s = &g_array_index (actions, KxActionState, i);

      if (s->action != KX_ACTION_CLOSE_NOTICE)
        continue;
      found = TRUE;
      g_assert_false (s->allowed);
      g_assert_nonnull (strstr (s->reason, "2026-04-21"));
    }
  g_assert_true (found);
  g_assert_true (kx_notice_close (f->store, id, "2026-04-22", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_NOTICE_PASSED);
}

/* Objections are received within [start, end] only. */
static void
test_objection_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_IN_NOTICE, 0, YUAN (100000));
  g_autofree char *before = kx_test_snapshot (f);
  gint64 first = 0, last = 0;

  assert_blocked_unchanged (f, before,
                            kx_notice_record_objection (f->store, id, "2026-04-14", NULL, "异议",
                                                        NULL, &error),
                            error, "outside the public notice (2026-04-15 to 2026-04-21)");
  assert_blocked_unchanged (f, before,
                            kx_notice_record_objection (f->store, id, "2026-04-22", NULL, "异议",
                                                        NULL, &error),
                            error, "2026-04-22");
  assert_invalid_unchanged (f, before,
                            kx_notice_record_objection (f->store, id, "2026-04-15", NULL, "  ",
                                                        NULL, &error),
                            error, "Content");
  g_assert_true (kx_notice_record_objection (f->store, id, "2026-04-15", "张三", "预算虚高",
                                             &first, &error));
  g_assert_true (kx_notice_record_objection (f->store, id, "2026-04-21", NULL, "重复申报",
                                             &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (last, >, first);
  list = kx_notice_list_objections (f->store, id, &error);
  g_assert_cmpint (list->len, ==, 2);
  g_assert_cmpstr (g_array_index (list, KxObjection, 0).objector, ==, "张三");
  g_assert_cmpstr (g_array_index (list, KxObjection, 0).resolution, ==, "pending");
  g_assert_null (g_array_index (list, KxObjection, 0).resolved_on);
}

/* A pending objection blocks closing; once found unfounded, it closes. */
static void
test_pending_blocks_close (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_IN_NOTICE, 0, YUAN (100000));
  g_autofree char *before = NULL;
  gint64 objection = 0;

  /* Nothing to resolve yet. */
  g_assert_false (kx_workflow_check (f->store, id, KX_ACTION_RESOLVE_OBJECTION, "2026-04-16",
                                     &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "no pending objection"));
  g_clear_error (&error);

  g_assert_true (kx_notice_record_objection (f->store, id, "2026-04-16", "李四", "单位资质存疑",
                                             &objection, &error));
  before = kx_test_snapshot (f);
  assert_blocked_unchanged (f, before, kx_notice_close (f->store, id, "2026-04-22", &error),
                            error, "1 objection is still pending");
  /* Resolved before it was received: bad date. */
  assert_invalid_unchanged (f, before,
                            kx_notice_resolve_objection (f->store, objection, "unfounded",
                                                         "2026-04-15", NULL, &error),
                            error, "received on 2026-04-16");
  assert_invalid_unchanged (f, before,
                            kx_notice_resolve_objection (f->store, objection, "maybe",
                                                         "2026-04-20", NULL, &error),
                            error, "Resolution");
  g_assert_true (kx_notice_resolve_objection (f->store, objection, "unfounded", "2026-04-20",
                                              "经核实，资质齐全", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_IN_NOTICE);
  before = (g_free (before), kx_test_snapshot (f));
  assert_blocked_unchanged (f, before,
                            kx_notice_resolve_objection (f->store, objection, "upheld",
                                                         "2026-04-21", NULL, &error),
                            error, "already resolved on 2026-04-20");
  g_assert_true (kx_notice_close (f->store, id, "2026-04-22", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_NOTICE_PASSED);
}

/* An upheld objection withdraws the project in the same transaction. */
static void
test_upheld_withdraws (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_IN_NOTICE, 0, YUAN (100000));
  gint64 objection = 0;
  gint64 audit;

  g_assert_true (kx_notice_record_objection (f->store, id, "2026-04-16", NULL, "虚报业绩",
                                             &objection, &error));
  audit = kx_test_count (f, "audit_log");
  g_assert_true (kx_notice_resolve_objection (f->store, objection, "upheld", "2026-04-18",
                                              "经核实属实", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, id), ==, KX_STAGE_WITHDRAWN);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM objection WHERE "
                                         "resolution = 'upheld' AND resolved_on = '2026-04-18'"),
                   ==, 1);
  g_assert_false (kx_notice_close (f->store, id, "2026-04-22", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_clear_error (&error);
  g_assert_false (kx_agreement_sign (f->store, id, "2026-04-22", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

/* Agreement */

/* Numbered per call in signing order; signed only after the notice. */
static void
test_agreement_numbers (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 call_2027 = kx_test_add_call (f, 2027, YUAN (3000000), NULL);
  gint64 a = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, YUAN (100000));
  gint64 b = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, YUAN (100000));
  KxTestProject in_2027 = { .call = call_2027, .research_fen = YUAN (100000) };
  gint64 c = kx_test_walk (f, kx_test_add_project (f, &in_2027), KX_STAGE_NOTICE_PASSED);
  g_autofree char *before = kx_test_snapshot (f);
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;
  g_autofree char *nc = NULL;
  g_autoptr(KxAgreement) agreement = NULL;

  /* The notice ended on 04-21: that day is still too early. */
  assert_blocked_unchanged (f, before, kx_agreement_sign (f->store, b, "2026-04-21", NULL,
                                                          &error),
                            error, "ends on 2026-04-21: from 2026-04-22");
  g_assert_true (kx_agreement_sign (f->store, b, "2026-04-22", &nb, &error));
  g_assert_true (kx_agreement_sign (f->store, c, "2027-04-22", &nc, &error));
  g_assert_true (kx_agreement_sign (f->store, a, "2026-04-23", &na, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nb, ==, "CZKX-2026-001");
  g_assert_cmpstr (na, ==, "CZKX-2026-002");
  g_assert_cmpstr (nc, ==, "CZKX-2027-001");
  g_assert_cmpint (kx_test_stage (f, a), ==, KX_STAGE_AGREEMENT_SIGNED);
  agreement = kx_agreement_get (f->store, a, &error);
  g_assert_cmpstr (agreement->number, ==, "CZKX-2026-002");
  g_assert_cmpstr (agreement->signed_on, ==, "2026-04-23");
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'agreement'"), ==, 3);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

/* The text: parties, numbers, amount in figures and capitals, tranches of
 * the policy, obligations of 七(三), 五.4, 五.5 and penalties of 七(二). */
static void
test_agreement_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxAgreement) a = NULL;
  g_autoptr(KxProject) p = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, YUAN (150000));
  const char *parts[] = {
    "项目责任书", "编号：CZKX-2026-001", "甲方：郴州市科学技术协会", "乙方：研究员1",
    "项目名称：郴州市科技创新课题调研1", "决策咨询和课题调研",
    "于2026年4月10日经市科协党组研究同意",
    "2026年4月15日至2026年4月21日", "人民币¥150,000.00（大写：壹拾伍万元整）",
    "拨付第一期 70%，计人民币¥105,000.00（大写：壹拾万伍仟元整）",
    "项目通过总结验收后，拨付其余 30%，计人民币¥45,000.00（大写：肆万伍仟元整）",
    "单独核算，专款专用", "七(三)", "五.4", "五.5", "中期检查和总结验收",
    "弄虚作假、虚报业绩的，甲方收回已拨付的项目资金，并连续 3 年取消其申报资格",
    "考核验收不合格的，甲方收回已拨付的项目资金，并连续 2 年取消其申报资格", "七(二)",
    "2026年12月31日前：提交调研报告", "乙方（签字）：研究员1", "签订日期：2026年4月22日",
  };

  g_assert_true (kx_agreement_sign (f->store, id, "2026-04-22", NULL, &error));
  g_assert_no_error (error);
  a = kx_agreement_get (f->store, id, &error);
  p = kx_project_get (f->store, id, &error);
  g_assert_no_error (error);
  assert_contains (a->text, kx_project_get_number (p));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    assert_contains (a->text, parts[i]);
}

static void
test_capital (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 15000000, "壹拾伍万元整" },
    { 10050050, "壹拾万零伍佰元伍角" },
    { 5, "伍分" },
    { 0, "零元整" },
    { 50, "伍角" },
    { 105, "壹元零伍分" },
    { 1050, "壹拾元伍角" },
    { 10500000, "壹拾万伍仟元整" },
    { 100100, "壹仟零壹元整" },
    { 123456789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分" },
    { 1000000, "壹万元整" },
    { 10000000000, "壹亿元整" },
    { 10000050000, "壹亿零伍佰元整" },
    { 300000000, "叁佰万元整" },
    { -150, "负壹元伍角" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kx_money_format_capital (cases[i].fen);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int    argc,
      char **argv)
{
  static const gint64 budget_only[] = { YUAN (300000), -1 };

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, kx_test_world_tear_down)

  ADD ("/decision/approve", test_approve, NULL);
  ADD ("/decision/reject", test_reject, NULL);
  ADD ("/decision/amount-boundary", test_amount_boundary, NULL);
  ADD ("/decision/pass-line", test_pass_line, NULL);
  ADD ("/decision/no-score", test_no_score, NULL);
  ADD ("/decision/type-cap", test_type_cap, NULL);
  ADD ("/decision/budget", test_budget, budget_only);
  ADD ("/decision/wrong-stage", test_wrong_stage, NULL);
  ADD ("/notice/period", test_notice_period, NULL);
  ADD ("/notice/close-boundary", test_close_boundary, NULL);
  ADD ("/notice/objection-window", test_objection_window, NULL);
  ADD ("/notice/pending-blocks-close", test_pending_blocks_close, NULL);
  ADD ("/notice/upheld-withdraws", test_upheld_withdraws, NULL);
  ADD ("/agreement/numbers", test_agreement_numbers, NULL);
  ADD ("/agreement/text", test_agreement_text, NULL);
  g_test_add_func ("/agreement/capital", test_capital);

#undef ADD

  return g_test_run ();
}
