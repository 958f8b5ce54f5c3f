/* test-penalty.c: fraud, failed acceptance, bans (七(二)) and the track record (三.4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked through the real workflow (kx_test_walk): submit,
 * formal review, expert review, decision, notice, agreement,
 * disbursement, progress and checks.
 */

#include "config.h"

#include <string.h>

#include "kx-audit.h"
#include "kx-eligibility.h"
#include "kx-money.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-test-world.h"
#include "kx-workflow.h"

/* Approved ¥40,000.00; the first tranche (70 %) is ¥28,000.00. */
#define APPROVED_FEN 4000000
#define FIRST_TRANCHE_FEN 2800000

typedef KxTestWorld Fixture;

/* A city society meeting 六(二) for the calls of 2026 and 2027. */
static gint64
add_society (Fixture    *f,
             const char *name)
{
  gint64 org = kx_test_add_society (f, name);

  kx_test_set_year (f, org, 2026, KX_RESULT_PASS, KX_RESULT_PASS);
  return org;
}

/* An academic exchange (四.2) requesting, and so approved for, APPROVED_FEN. */
static gint64
add_project (Fixture *f,
             gint64   call,
             gint64   org)
{
  KxTestProject project = {
    .call = call, .org = org, .type = KX_PROJECT_TYPE_ACADEMIC, .title = "湘南医学学术年会",
    .meeting_fen = APPROVED_FEN,
  };

  return kx_test_add_project (f, &project);
}

/* draft → funded, ¥28,000.00 disbursed. */
static gint64
walk_to_funded (Fixture *f,
                gint64   org)
{
  return kx_test_walk (f, add_project (f, f->call, org), KX_STAGE_FUNDED);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "penalty", KX_TEST_BUDGET_FEN, -1);
}

/* 七(二): fraud */

static void
test_fraud (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = NULL;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 project = walk_to_funded (f, org);
  gint64 penalty_id = 0;
  gint64 audit_rows;
  const KxPenalty *p;

  /* ¥3,000.00 already paid back: ¥25,000.00 is left to recover. */
  g_assert_true (kx_money_recover (f->store, project, "2026-06-01", 300000, "结余退回", 0, NULL,
                                   &error));
  g_assert_no_error (error);
  audit_rows = kx_test_count (f, "audit_log");

  g_assert_true (kx_penalty_fraud (f->store, project, "2026-09-01", "  虚报参会人数  ",
                                   &penalty_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (penalty_id, >, 0);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_REVOKED);

  list = kx_penalty_list (f->store, org, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  p = &g_array_index (list, KxPenalty, 0);
  g_assert_cmpint (p->id, ==, penalty_id);
  g_assert_cmpint (p->organization_id, ==, org);
  g_assert_cmpint (p->project_id, ==, project);
  g_assert_cmpstr (p->project_number, ==, "2026-0001");
  g_assert_cmpstr (p->kind, ==, KX_PENALTY_FRAUD);
  g_assert_cmpstr (p->decided_on, ==, "2026-09-01");
  g_assert_cmpint (p->ban_years, ==, 3);
  g_assert_cmpstr (p->until, ==, "2029-09-01");
  g_assert_cmpint (p->recovery_fen, ==, FIRST_TRANCHE_FEN - 300000);
  g_assert_cmpstr (p->reason, ==, "虚报参会人数");

  /* One audit row for the penalty, one for the stage. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'penalty' AND action = 'penalty-fraud' AND "
                                         "before_json IS NULL AND "
                                         "json_extract(after_json, '$.recovery_fen') = 2500000 AND "
                                         "json_extract(after_json, '$.ban_years') = 3"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'project' AND action = 'penalize-fraud' AND "
                                         "json_extract(before_json, '$.stage') = 'funded' AND "
                                         "json_extract(after_json, '$.stage') = 'revoked'"), ==, 1);
  g_assert_true (kx_audit_verify (f->store, NULL, &error));
  g_assert_no_error (error);
}

static void
test_fraud_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 draft = add_project (f, f->call, org);
  gint64 audit_rows = kx_test_count (f, "audit_log");
  gint64 funded;

  g_assert_false (kx_penalty_fraud (f->store, draft, "2026-09-01", "虚报", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "Fraud is penalized on a funded project"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_stage (f, draft), ==, KX_STAGE_DRAFT);
  g_assert_cmpint (kx_test_count (f, "penalty"), ==, 0);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows);

  funded = walk_to_funded (f, add_society (f, "郴州市农学会"));
  audit_rows = kx_test_count (f, "audit_log");
  g_assert_false (kx_penalty_fraud (f->store, funded, "2026-09-01", " \t", NULL, &error));
  g_assert_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Reason"));
  g_clear_error (&error);
  g_assert_false (kx_penalty_fraud (f->store, funded, "2026-09-31", "虚报", NULL, &error));
  g_assert_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Decision date"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_stage (f, funded), ==, KX_STAGE_FUNDED);
  g_assert_cmpint (kx_test_count (f, "penalty"), ==, 0);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows);

  /* A revoked project is not penalized twice. */
  g_assert_true (kx_penalty_fraud (f->store, funded, "2026-09-01", "虚报", NULL, &error));
  g_assert_false (kx_penalty_fraud (f->store, funded, "2026-09-02", "虚报", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_cmpint (kx_test_count (f, "penalty"), ==, 1);
}

/* The ban of a fraud decided 2026-09-01 runs from that day to 2029-08-31. */
static void
test_ban_on (Fixture       *f,
             gconstpointer  data)
{
  static const struct
  {
    const char *date;
    gboolean    banned;
  } cases[] = {
    { "2026-08-31", FALSE },
    { "2026-09-01", TRUE },
    { "2029-08-31", TRUE },
    { "2029-09-01", FALSE },
  };
  g_autoptr(GError) error = NULL;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 penalty_id = 0;

  g_assert_true (kx_penalty_fraud (f->store, walk_to_funded (f, org), "2026-09-01", "虚报业绩",
                                   &penalty_id, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(KxBan) ban = { 0 };
      gboolean banned = !cases[i].banned;

      g_assert_true (kx_penalty_ban_on (f->store, org, cases[i].date, &ban, &banned, &error));
      g_assert_no_error (error);
      g_assert_cmpint (banned, ==, cases[i].banned);
      if (!banned)
        {
          g_assert_null (ban.kind);
          continue;
        }
      g_assert_cmpint (ban.penalty_id, ==, penalty_id);
      g_assert_cmpstr (ban.kind, ==, KX_PENALTY_FRAUD);
      g_assert_cmpstr (ban.decided_on, ==, "2026-09-01");
      g_assert_cmpstr (ban.until, ==, "2029-09-01");
    }
  /* The whole list's answer, in one query, is the same day by day. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) bans = kx_penalty_bans_on (f->store, cases[i].date, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (bans), ==, cases[i].banned ? 1 : 0);
      if (cases[i].banned)
        g_assert_cmpstr (g_hash_table_lookup (bans, &org), ==, "2029-09-01");
    }
  g_assert_null (kx_penalty_bans_on (f->store, "2026-02-30", &error));
  g_assert_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);
  {
    gboolean banned = TRUE;

    g_assert_false (kx_penalty_ban_on (f->store, org, "2026-02-30", NULL, &banned, &error));
    g_assert_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID);
  }
}

/* The ban refuses an application to the next call; the call of 2030
 * (opening after the ban) accepts it again. */
static void
test_next_call (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxEligibility) banned = NULL;
  g_autoptr(KxEligibility) free_again = NULL;
  const KxEligibilityRule *rule;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 call_2027 = kx_test_add_call (f, 2027, KX_TEST_BUDGET_FEN, NULL);
  gint64 call_2030 = kx_test_add_call_window (f, 2030, "2029-09-01", "2030-04-30");
  gint64 next;
  g_autofree char *line = NULL;

  g_assert_true (kx_penalty_fraud (f->store, walk_to_funded (f, org), "2026-09-01", "虚报业绩",
                                   NULL, &error));
  g_assert_no_error (error);

  banned = kx_eligibility_evaluate (f->store, org, call_2027, KX_PROJECT_TYPE_ACADEMIC,
                                    "2027-03-10", &error);
  g_assert_no_error (error);
  g_assert_false (banned->eligible);
  rule = kx_eligibility_find (banned, "七(二)");
  line = kx_eligibility_rule_format (rule);
  g_assert_cmpstr (line, ==, "七(二) fail: penalized for fraud on 2026-09-01; may not apply "
                             "before 2029-09-01");
  /* Only the ban stands in the way. */
  for (guint i = 0; i < banned->rules->len; i++)
    if (g_array_index (banned->rules, KxEligibilityRule, i).result != KX_RESULT_PASS)
      g_assert_cmpstr (g_array_index (banned->rules, KxEligibilityRule, i).clause, ==, "七(二)");

  next = add_project (f, call_2027, org);
  g_assert_false (kx_project_submit (f->store, next, "2027-03-10", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "\n七(二) fail: penalized for fraud on 2026-09-01"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_stage (f, next), ==, KX_STAGE_DRAFT);

  free_again = kx_eligibility_evaluate (f->store, org, call_2030, KX_PROJECT_TYPE_ACADEMIC,
                                        "2029-09-01", &error);
  g_assert_no_error (error);
  rule = kx_eligibility_find (free_again, "七(二)");
  g_assert_cmpint (rule->result, ==, KX_RESULT_PASS);
  g_assert_cmpstr (rule->reason, ==, "the ban from the penalty of 2026-09-01 ended on "
                                     "2029-08-31");
}

/* 七(二): a failed final acceptance recovers everything and bans 2 years. */
static void
test_failed_acceptance (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = NULL;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 project = walk_to_funded (f, org);
  const KxPenalty *p;
  gboolean banned = FALSE;

  kx_test_walk (f, project, KX_STAGE_FAILED_ACCEPTANCE);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FAILED_ACCEPTANCE);
  list = kx_penalty_list (f->store, org, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  p = &g_array_index (list, KxPenalty, 0);
  g_assert_cmpstr (p->kind, ==, KX_PENALTY_FAILED_ACCEPTANCE);
  g_assert_cmpstr (p->decided_on, ==, "2026-12-01");
  g_assert_cmpint (p->ban_years, ==, 2);
  g_assert_cmpstr (p->until, ==, "2028-12-01");
  g_assert_cmpint (p->recovery_fen, ==, FIRST_TRANCHE_FEN);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'penalty' AND "
                                         "action = 'penalty-failed_acceptance'"), ==, 1);

  g_assert_true (kx_penalty_ban_on (f->store, org, "2028-11-30", NULL, &banned, &error));
  g_assert_true (banned);
  g_assert_true (kx_penalty_ban_on (f->store, org, "2028-12-01", NULL, &banned, &error));
  g_assert_false (banned);
  g_assert_no_error (error);
}

/* 三.4: the track record and the priority-support mark */

static KxTrackRecord *
track_record (Fixture    *f,
              gint64      org,
              const char *on)
{
  g_autoptr(GError) error = NULL;
  KxTrackRecord *record = kx_organization_track_record (f->store, org, on, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static void
test_record_priority (Fixture       *f,
                      gconstpointer  data)
{
  gint64 org = add_society (f, "郴州市医学会");
  gint64 project = walk_to_funded (f, org);
  g_autoptr(KxTrackRecord) before = NULL;
  g_autoptr(KxTrackRecord) after = NULL;
  const KxTrackProject *p;

  before = track_record (f, org, "2026-11-30");
  g_assert_false (before->priority);
  g_assert_cmpstr (before->priority_reason, ==, "No priority support yet: no final acceptance "
                                                "on record");

  kx_test_walk (f, project, KX_STAGE_ACCEPTED);
  after = track_record (f, org, "2026-12-01");
  g_assert_true (after->priority);
  g_assert_cmpstr (after->priority_reason, ==, "Priority support (三.4): the last final "
                                               "acceptance (project 2026-0001, 2026-12-01) "
                                               "passed and there is no penalty");
  g_assert_cmpuint (after->projects->len, ==, 1);
  p = &g_array_index (after->projects, KxTrackProject, 0);
  g_assert_cmpint (p->project_id, ==, project);
  g_assert_cmpstr (p->number, ==, "2026-0001");
  g_assert_cmpint (p->call_year, ==, 2026);
  g_assert_cmpint (p->type, ==, KX_PROJECT_TYPE_ACADEMIC);
  g_assert_cmpstr (p->title, ==, "湘南医学学术年会");
  g_assert_cmpint (p->stage, ==, KX_STAGE_ACCEPTED);
  g_assert_cmpint (p->approved_fen, ==, APPROVED_FEN);
  g_assert_cmpint (p->final_result, ==, KX_RESULT_PASS);
  g_assert_cmpstr (p->final_checked_on, ==, "2026-12-01");
  g_assert_true (p->has_score);
  g_assert_cmpint (p->score_x100, ==, 8000);
  g_assert_cmpuint (after->penalties->len, ==, 0);
  g_assert_false (after->banned);
}

static void
test_record_penalized (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 org = add_society (f, "郴州市医学会");
  gint64 failed = walk_to_funded (f, org);
  g_autoptr(KxTrackRecord) on_decision = NULL;
  g_autoptr(KxTrackRecord) later = NULL;
  g_autoptr(KxTrackRecord) none = NULL;

  kx_test_walk (f, failed, KX_STAGE_FAILED_ACCEPTANCE);
  on_decision = track_record (f, org, "2026-12-01");
  g_assert_false (on_decision->priority);
  g_assert_cmpstr (on_decision->priority_reason, ==, "No priority support: penalized on "
                                                     "2026-12-01 (Failed final acceptance)");
  g_assert_cmpuint (on_decision->penalties->len, ==, 1);
  g_assert_true (on_decision->banned);
  g_assert_cmpstr (on_decision->ban.kind, ==, KX_PENALTY_FAILED_ACCEPTANCE);
  g_assert_cmpstr (on_decision->ban.until, ==, "2028-12-01");
  g_assert_cmpint (g_array_index (on_decision->projects, KxTrackProject, 0).final_result, ==,
                   KX_RESULT_FAIL);

  /* The ban is over, the penalty stays on the record. */
  later = track_record (f, org, "2028-12-01");
  g_assert_false (later->banned);
  g_assert_null (later->ban.kind);
  g_assert_false (later->priority);
  g_assert_cmpuint (later->penalties->len, ==, 1);

  none = track_record (f, add_society (f, "郴州市农学会"), "2026-12-01");
  g_assert_cmpuint (none->projects->len, ==, 0);
  g_assert_false (none->priority);

  g_assert_null (kx_organization_track_record (f->store, org + 100, "2026-12-01", &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kx_test_world_tear_down)

  ADD ("/penalty/fraud", test_fraud);
  ADD ("/penalty/fraud/refused", test_fraud_refused);
  ADD ("/penalty/ban-on", test_ban_on);
  ADD ("/penalty/next-call", test_next_call);
  ADD ("/penalty/failed-acceptance", test_failed_acceptance);
  ADD ("/penalty/record/priority", test_record_priority);
  ADD ("/penalty/record/penalized", test_record_penalized);

#undef ADD

  return g_test_run ();
}
