/* test-demo.c: the demo database is deterministic, complete and consistent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-audit.h"
#include "kx-call.h"
#include "kx-demo.h"
#include "kx-eligibility.h"
#include "kx-money.h"
#include "kx-organization.h"
#include "kx-store.h"
#include "kx-store-private.h"
#include "kx-validate.h"

typedef struct
{
  char    *dir;
  KxStore *store;   /* kexie.db in @dir, empty */
} Fixture;

static KxStore *
open_store (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  KxStore *store = kx_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("kexie-demo-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->store = open_store (f, "kexie.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
generate (KxStore  *store,
          guint     organizations,
          guint     projects,
          guint     experts,
          guint32   seed)
{
  g_autoptr(GError) error = NULL;
  KxDemoOptions options = { organizations, projects, experts, seed };

  g_assert_true (kx_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
generate_default (KxStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_demo_generate (store, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static gint64
query_int (KxStore    *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (_kx_store_step_row (store, stmt, &error), ==, 1);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (KxStore    *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (_kx_store_step_row (store, stmt, &error), ==, 1);
  return _kx_column_dup (stmt, 0);
}

/* Everything the generator decides, without the timestamps. */
static const char * const content_queries[] = {
  "SELECT id, name, kind, credit_code, secretary_general, finance_staff, bank_name, "
  "bank_account, party_branch, contact_person, contact_phone, address, note "
  "FROM organization ORDER BY id",
  "SELECT * FROM org_year_record ORDER BY organization_id, year",
  "SELECT * FROM org_fact ORDER BY id",
  "SELECT id, name, affiliation, field, title, phone, active FROM expert ORDER BY id",
  "SELECT * FROM conflict ORDER BY expert_id, organization_id",
  "SELECT id, year, title, budget_fen, window_start, window_end, note FROM call ORDER BY id",
  "SELECT * FROM call_type ORDER BY call_id, type",
  "SELECT id, call_id, organization_id, number, type, title, content, indicators, stage, "
  "requested_fen, approved_fen, submitted_on FROM project ORDER BY id",
  "SELECT * FROM milestone ORDER BY id",
  "SELECT * FROM budget_line ORDER BY id",
  "SELECT * FROM formal_review ORDER BY id",
  "SELECT * FROM assignment ORDER BY id",
  "SELECT * FROM score ORDER BY assignment_id",
  "SELECT * FROM decision ORDER BY id",
  "SELECT * FROM notice ORDER BY id",
  "SELECT * FROM objection ORDER BY id",
  "SELECT * FROM agreement ORDER BY id",
  "SELECT * FROM disbursement ORDER BY id",
  "SELECT * FROM penalty ORDER BY id",
  "SELECT * FROM recovery ORDER BY id",
  "SELECT * FROM expenditure ORDER BY id",
  "SELECT * FROM progress_report ORDER BY id",
  "SELECT * FROM milestone_update ORDER BY report_id, milestone_id",
  "SELECT * FROM project_check ORDER BY id",
};

static char *
content_checksum (KxStore *store)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;

  for (guint q = 0; q < G_N_ELEMENTS (content_queries); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, content_queries[q], &error);
      int rc;

      g_assert_no_error (error);
      while ((rc = _kx_store_step_row (store, stmt, &error)) == 1)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *text = (const char *) sqlite3_column_text (stmt, c);

            g_checksum_update (sum, (const guchar *) (text != NULL ? text : "\x1e"), -1);
            g_checksum_update (sum, (const guchar *) "\x1f", 1);
          }
      g_assert_cmpint (rc, ==, 0);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KxStore) twin = open_store (f, "twin.db");
  g_autoptr(KxStore) other = open_store (f, "other.db");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  generate (f->store, 60, 1200, 12, 7);
  generate (twin, 60, 1200, 12, 7);
  generate (other, 60, 1200, 12, 8);
  first = content_checksum (f->store);
  second = content_checksum (twin);
  third = content_checksum (other);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, !=, third);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM project"), ==, 1200);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organization"), ==, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM expert"), ==, 12);
}

static void
test_every_stage (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calls = NULL;
  guint organizations = 0;
  guint experts = 0;
  guint projects = 0;

  generate_default (f->store);
  calls = kx_demo_summarize (f->store, &organizations, &experts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (organizations, ==, 80);
  g_assert_cmpuint (experts, ==, 30);
  for (int s = 0; s < KX_N_STAGES; s++)
    {
      guint n = 0;

      for (guint i = 0; i < calls->len; i++)
        n += g_array_index (calls, KxDemoCallSummary, i).stages[s];
      if (n == 0)
        g_test_message ("no project in stage %s", kx_stage_to_string (s));
      g_assert_cmpuint (n, >, 0);
    }
  for (guint i = 0; i < calls->len; i++)
    {
      const KxDemoCallSummary *call = &g_array_index (calls, KxDemoCallSummary, i);

      g_assert_cmpint (call->year, ==, 2024 + (int) i);
      g_assert_cmpint (call->approved_fen, <=, call->budget_fen);
      projects += call->projects;
    }
  g_assert_cmpuint (projects, ==, 400);
  /* 2024 gets about a quarter, 2026 the most. */
  g_assert_cmpuint (g_array_index (calls, KxDemoCallSummary, 0).projects, ==, 100);
  g_assert_cmpuint (g_array_index (calls, KxDemoCallSummary, 2).projects, ==, 180);
}

static void
test_types_allowed (Fixture       *f,
                    gconstpointer  data)
{
  /* Bits in the order of the kinds (kx-enums.h, 0001-schema.sql). */
  static const char sql[] =
    "SELECT count(*) FROM project p "
    "JOIN organization o ON o.id = p.organization_id "
    "JOIN call_type t ON t.call_id = p.call_id AND t.type = p.type "
    "WHERE (t.allowed_kinds & CASE o.kind WHEN 'city_society' THEN 1 "
    "  WHEN 'university_sta' THEN 2 WHEN 'county_sta' THEN 4 "
    "  WHEN 'grassroots_sta' THEN 8 WHEN 'researcher' THEN 16 END) = 0";

  generate (f->store, 120, 3000, 20, 11);
  g_assert_cmpint (query_int (f->store, sql), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT type) FROM project"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT o.kind) FROM project p "
                                        "JOIN organization o ON o.id = p.organization_id"),
                   ==, KX_N_ORG_KINDS);
}

static void
test_amounts (Fixture       *f,
              gconstpointer  data)
{
  generate (f->store, 100, 2000, 10, 3);
  /* requested = sum of the budget lines, 3万–30万 */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM project p WHERE requested_fen != "
                              "(SELECT sum(amount_fen) FROM budget_line WHERE project_id = p.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT min(requested_fen) FROM project"), >=, 3000000);
  g_assert_cmpint (query_int (f->store, "SELECT max(requested_fen) FROM project"), <=, 30000000);
  g_assert_cmpint (query_int (f->store, "SELECT min(n) FROM (SELECT count(*) n FROM budget_line "
                                        "GROUP BY project_id)"), >=, 2);
  g_assert_cmpint (query_int (f->store, "SELECT max(n) FROM (SELECT count(*) n FROM milestone "
                                        "GROUP BY project_id)"), <=, 4);
  /* an approved amount exactly for the approved stages, never above the request */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM project WHERE (approved_fen IS NOT NULL) != "
                              "(stage IN ('approved', 'in_notice', 'notice_passed', 'withdrawn', "
                              "'agreement_signed', 'funded', 'in_progress', 'midterm_passed', "
                              "'accepted', 'failed_acceptance', 'revoked')) "
                              "OR approved_fen > requested_fen OR approved_fen <= 0"),
                   ==, 0);
  /* submitted inside the window, drafts not at all; milestones in the year */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
                              "WHERE (p.stage = 'draft') != (p.submitted_on IS NULL) "
                              "OR p.submitted_on < c.window_start "
                              "OR p.submitted_on > c.window_end"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM milestone m "
                              "JOIN project p ON p.id = m.project_id "
                              "JOIN call c ON c.id = p.call_id "
                              "WHERE substr(m.due_on, 1, 4) != CAST(c.year AS TEXT)"),
                   ==, 0);
  /* the budget of each call and the caps of its types cover what is approved */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM call c WHERE c.budget_fen < (SELECT "
                              "coalesce(sum(approved_fen), 0) FROM project WHERE call_id = c.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM call_type t WHERE t.cap_fen < (SELECT "
                              "coalesce(sum(approved_fen), 0) FROM project "
                              "WHERE call_id = t.call_id AND type = t.type)"),
                   ==, 0);
}

/* The stages from the decision on, from the agreement on, from the first
 * tranche on. */
#define PAID \
  "'funded', 'in_progress', 'midterm_passed', 'accepted', 'failed_acceptance', 'revoked'"
#define SIGNED "'agreement_signed', " PAID
#define NOTICED "'in_notice', 'notice_passed', 'withdrawn', " SIGNED
#define APPROVED "'approved', " NOTICED
#define DECIDED "'not_approved', " APPROVED
#define CHECK_EXISTS(kind, result) \
  "EXISTS (SELECT 1 FROM project_check k WHERE k.project_id = p.id AND k.kind = '" kind "' " \
  "AND k.result = '" result "')"

/* Each query counts the projects (or rows) that break one rule of the
 * workflow; every count must be 0. */
static const struct
{
  const char *rule;
  const char *sql;
} consistency_queries[] = {
  { "approved amount exactly from the approval on, within the request",
    "SELECT count(*) FROM project WHERE (approved_fen IS NOT NULL) != (stage IN (" APPROVED "))"
    " OR approved_fen > requested_fen OR approved_fen <= 0" },
  { "a decision exactly for the decided, agreeing with the project",
    "SELECT count(*) FROM project p LEFT JOIN decision d ON d.project_id = p.id "
    "WHERE (d.id IS NOT NULL) != (p.stage IN (" DECIDED ")) "
    "OR d.approved != (p.stage != 'not_approved') OR d.approved_fen IS NOT p.approved_fen" },
  { "every expert assigned and scored from the end of the review on",
    "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
    "WHERE p.stage IN ('reviewed', " DECIDED ") AND ("
    "  (SELECT count(*) FROM assignment a WHERE a.project_id = p.id) != c.experts_per_project "
    "  OR EXISTS (SELECT 1 FROM assignment a LEFT JOIN score s ON s.assignment_id = a.id "
    "             WHERE a.project_id = p.id AND s.assignment_id IS NULL))" },
  { "under expert review: experts assigned, scores still missing",
    "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
    "WHERE p.stage = 'under_expert_review' AND ("
    "  (SELECT count(*) FROM assignment a WHERE a.project_id = p.id) != c.experts_per_project "
    "  OR (SELECT count(*) FROM score s JOIN assignment a ON a.id = s.assignment_id "
    "      WHERE a.project_id = p.id) >= c.experts_per_project)" },
  { "no expert before the formal review is passed",
    "SELECT count(*) FROM project p WHERE p.stage IN ('draft', 'submitted', 'returned', "
    "'rejected', 'formal_passed') AND EXISTS (SELECT 1 FROM assignment a "
    "WHERE a.project_id = p.id)" },
  { "approved projects reach the pass line",
    "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
    "WHERE p.approved_fen IS NOT NULL AND (SELECT avg(s.basic + s.sustain + s.science + s.demo "
    "+ s.reach) FROM score s JOIN assignment a ON a.id = s.assignment_id "
    "WHERE a.project_id = p.id) < c.pass_line" },
  { "the last formal review agrees with the stage",
    "SELECT count(*) FROM project p WHERE CASE (SELECT result FROM formal_review r "
    "  WHERE r.project_id = p.id ORDER BY r.id DESC LIMIT 1) "
    "WHEN 'pass' THEN p.stage IN ('draft', 'submitted', 'returned', 'rejected') "
    "WHEN 'return' THEN p.stage NOT IN ('returned', 'submitted') "
    "WHEN 'reject' THEN p.stage != 'rejected' "
    "ELSE p.stage NOT IN ('draft', 'submitted') END" },
  { "formal review after submission (before a resubmission)",
    "SELECT count(*) FROM project p JOIN formal_review r ON r.id = (SELECT max(id) "
    "FROM formal_review WHERE project_id = p.id) "
    "WHERE (p.stage = 'submitted') != (r.reviewed_on < p.submitted_on)" },
  { "submitted inside the window, drafts never",
    "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
    "WHERE (p.stage = 'draft') != (p.submitted_on IS NULL) "
    "OR p.submitted_on < c.window_start OR p.submitted_on > c.window_end" },
  { "a notice of 7 days from the decision, exactly for the noticed",
    "SELECT count(*) FROM project p LEFT JOIN notice n ON n.project_id = p.id "
    "LEFT JOIN decision d ON d.project_id = p.id "
    "WHERE (n.id IS NOT NULL) != (p.stage IN (" NOTICED ")) "
    "OR n.end_on != date(n.start_on, '+6 days') OR n.start_on < d.meeting_on" },
  { "withdrawn exactly after an upheld objection; pending ones only in notice",
    "SELECT count(*) FROM project p "
    "WHERE (p.stage = 'withdrawn') != EXISTS (SELECT 1 FROM objection o "
    "  WHERE o.project_id = p.id AND o.resolution = 'upheld') "
    "OR (p.stage != 'in_notice' AND EXISTS (SELECT 1 FROM objection o "
    "  WHERE o.project_id = p.id AND o.resolution = 'pending'))" },
  { "objections received during the notice, resolved after",
    "SELECT count(*) FROM objection o JOIN notice n ON n.project_id = o.project_id "
    "WHERE o.received_on < n.start_on OR o.received_on > n.end_on "
    "OR o.resolved_on < o.received_on" },
  { "an agreement exactly from its signing on, after the notice",
    "SELECT count(*) FROM project p LEFT JOIN agreement a ON a.project_id = p.id "
    "LEFT JOIN notice n ON n.project_id = p.id "
    "WHERE (a.id IS NOT NULL) != (p.stage IN (" SIGNED ")) OR a.signed_on <= n.end_on" },
  { "agreements numbered in the order they were signed",
    "SELECT count(*) FROM agreement a JOIN project pa ON pa.id = a.project_id "
    "JOIN agreement b ON b.id != a.id JOIN project pb ON pb.id = b.project_id "
    "WHERE pa.call_id = pb.call_id AND a.signed_on > b.signed_on "
    "AND CAST(substr(a.number, 11) AS INTEGER) < CAST(substr(b.number, 11) AS INTEGER)" },
  { "a first tranche exactly from funded on, after signing, never above the approval",
    "SELECT count(*) FROM project p "
    "LEFT JOIN disbursement d ON d.project_id = p.id AND d.tranche = 1 "
    "LEFT JOIN agreement a ON a.project_id = p.id "
    "WHERE (d.id IS NOT NULL) != (p.stage IN (" PAID ")) OR d.paid_on < a.signed_on "
    "OR (SELECT sum(amount_fen) FROM disbursement WHERE project_id = p.id) > p.approved_fen" },
  { "accepted projects paid in full",
    "SELECT count(*) FROM project p WHERE p.stage = 'accepted' AND "
    "(SELECT sum(amount_fen) FROM disbursement WHERE project_id = p.id) != p.approved_fen" },
  { "the last tranche only after a passed final acceptance",
    "SELECT count(*) FROM disbursement d WHERE d.tranche > 1 AND d.paid_on < coalesce("
    "(SELECT max(checked_on) FROM project_check k WHERE k.project_id = d.project_id "
    " AND k.kind = 'final' AND k.result = 'pass'), '9999-12-31')" },
  { "progress reports from in progress on, none before",
    "SELECT count(*) FROM project p WHERE (p.stage IN ('in_progress', 'midterm_passed', "
    "'accepted', 'failed_acceptance') AND NOT EXISTS (SELECT 1 FROM progress_report r "
    "WHERE r.project_id = p.id)) OR (p.stage NOT IN ('in_progress', 'midterm_passed', "
    "'accepted', 'failed_acceptance', 'revoked') AND EXISTS (SELECT 1 FROM progress_report r "
    "WHERE r.project_id = p.id))" },
  { "a passed mid-term check from midterm_passed on, not before",
    "SELECT count(*) FROM project p WHERE (p.stage IN ('midterm_passed', 'accepted', "
    "'failed_acceptance') AND NOT " CHECK_EXISTS ("midterm", "pass") ") "
    "OR (p.stage NOT IN ('midterm_passed', 'accepted', 'failed_acceptance', 'revoked') "
    "AND " CHECK_EXISTS ("midterm", "pass") ")" },
  { "accepted with a passed final acceptance, failed with a failed one",
    "SELECT count(*) FROM project p WHERE (p.stage = 'accepted' AND NOT "
    CHECK_EXISTS ("final", "pass") ") OR (p.stage = 'failed_acceptance') != "
    CHECK_EXISTS ("final", "fail") },
  { "revoked exactly with a fraud penalty (3 years), failed with a 2-year one",
    "SELECT count(*) FROM project p "
    "WHERE (p.stage = 'revoked') != EXISTS (SELECT 1 FROM penalty n WHERE n.project_id = p.id "
    "  AND n.kind = 'fraud' AND n.ban_years = 3) "
    "OR (p.stage = 'failed_acceptance') != EXISTS (SELECT 1 FROM penalty n "
    "  WHERE n.project_id = p.id AND n.kind = 'failed_acceptance' AND n.ban_years = 2)" },
  { "a failed acceptance penalized on the day of the check",
    "SELECT count(*) FROM penalty n WHERE n.kind = 'failed_acceptance' AND n.decided_on IS NOT "
    "(SELECT checked_on FROM project_check k WHERE k.project_id = n.project_id "
    " AND k.kind = 'final' AND k.result = 'fail')" },
  { "recoveries under a penalty, after it, never above what was disbursed",
    "SELECT count(*) FROM recovery r LEFT JOIN penalty n ON n.id = r.penalty_id "
    "WHERE n.id IS NULL OR r.recovered_on < n.decided_on OR (SELECT sum(amount_fen) "
    "FROM recovery WHERE project_id = r.project_id) > (SELECT sum(amount_fen) "
    "FROM disbursement WHERE project_id = r.project_id)" },
  { "no application beyond a draft from an organization under a ban",
    "SELECT count(*) FROM project q JOIN call c ON c.id = q.call_id "
    "JOIN penalty n ON n.organization_id = q.organization_id "
    "WHERE q.stage != 'draft' AND c.window_start >= n.decided_on "
    "AND c.window_start < date(n.decided_on, '+' || n.ban_years || ' years')" },
  { "expenditures once funded, after the first tranche",
    "SELECT count(*) FROM expenditure e JOIN project p ON p.id = e.project_id "
    "WHERE p.stage NOT IN (" PAID ") OR e.spent_on < (SELECT paid_on FROM disbursement d "
    "WHERE d.project_id = p.id AND d.tranche = 1)" },
  { "the stage is the one the last audited change of the project left",
    "SELECT count(*) FROM project p WHERE p.stage IS NOT (SELECT after_json ->> '$.stage' "
    "FROM audit_log WHERE entity = 'project' AND entity_id = p.id ORDER BY id DESC LIMIT 1)" },
  { "every stage change is a workflow action",
    "SELECT count(*) FROM audit_log WHERE entity = 'project' "
    "AND before_json ->> '$.stage' IS NOT after_json ->> '$.stage' "
    "AND action NOT IN ('submit', 'formal-review', 'assign-experts', 'finish-review', "
    "'decide', 'start-notice', 'resolve-objection', 'close-notice', 'sign-agreement', "
    "'disburse', 'report', 'midterm-check', 'final-check', 'penalize-fraud', 'insert')" },
  { "decisions at the meetings of their call year",
    "SELECT count(*) FROM decision d JOIN project p ON p.id = d.project_id "
    "JOIN call c ON c.id = p.call_id WHERE substr(d.meeting_on, 1, 4) != CAST(c.year AS TEXT)" },
};

static void
assert_consistent (KxStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (consistency_queries); i++)
    {
      gint64 n = query_int (store, consistency_queries[i].sql);

      if (n != 0)
        g_test_message ("%" G_GINT64_FORMAT " break the rule: %s", n,
                        consistency_queries[i].rule);
      g_assert_cmpint (n, ==, 0);
    }
}

/* Every application beyond a draft was eligible on the day it was
 * submitted, by the engine itself; returns how many drafts the engine
 * refuses under a ban (七(二)). */
static guint
assert_submitted_eligible (KxStore *store)
{
  static const char sql[] =
    "SELECT p.organization_id, p.call_id, p.type, coalesce(p.submitted_on, c.window_start), "
    "       p.stage = 'draft' "
    "FROM project p JOIN call c ON c.id = p.call_id ORDER BY p.id";
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);
  guint banned = 0;
  int rc;

  g_assert_no_error (error);
  while ((rc = _kx_store_step_row (store, stmt, &error)) == 1)
    {
      g_autoptr(KxEligibility) verdict =
        kx_eligibility_evaluate (store, sqlite3_column_int64 (stmt, 0),
                                 sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2),
                                 (const char *) sqlite3_column_text (stmt, 3), &error);
      const KxEligibilityRule *ban;

      g_assert_no_error (error);
      if (!sqlite3_column_int (stmt, 4))
        {
          g_assert_true (verdict->eligible);
          continue;
        }
      ban = kx_eligibility_find (verdict, "七(二)");
      g_assert_nonnull (ban);
      if (ban->result == KX_RESULT_FAIL)
        banned++;
    }
  g_assert_cmpint (rc, ==, 0);
  return banned;
}

static void
assert_within_budgets (KxStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) calls = kx_call_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (calls); i++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, i);
      KxCallTotals totals = { 0 };

      g_assert_true (kx_money_call_totals (store, kx_call_get_id (call), &totals, &error));
      g_assert_no_error (error);
      g_assert_cmpint (totals.approved_fen, <=, totals.budget_fen);
      g_assert_cmpint (totals.disbursed_fen, <=, totals.budget_fen);
      g_assert_cmpint (totals.recovered_fen, <=, totals.disbursed_fen);
      for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
        if (totals.types[t].cap_fen >= 0)
          g_assert_cmpint (totals.types[t].approved_fen, <=, totals.types[t].cap_fen);
    }
}

static void
test_consistent (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) other = open_store (f, "other.db");
  g_autofree char *last_day = NULL;

  generate_default (f->store);
  assert_consistent (f->store);
  assert_within_budgets (f->store);
  /* the bans of 2024 and 2025 show in the refused drafts of later calls */
  g_assert_cmpuint (assert_submitted_eligible (f->store), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call WHERE notice_days != 7"), ==, 0);
  last_day = query_text (f->store,
                         "SELECT max(d) FROM (SELECT max(submitted_on) d FROM project "
                         "UNION ALL SELECT max(reviewed_on) FROM formal_review "
                         "UNION ALL SELECT max(assigned_on) FROM assignment "
                         "UNION ALL SELECT max(scored_on) FROM score "
                         "UNION ALL SELECT max(meeting_on) FROM decision "
                         "UNION ALL SELECT max(start_on) FROM notice "
                         "UNION ALL SELECT max(received_on) FROM objection "
                         "UNION ALL SELECT max(resolved_on) FROM objection "
                         "UNION ALL SELECT max(signed_on) FROM agreement "
                         "UNION ALL SELECT max(paid_on) FROM disbursement "
                         "UNION ALL SELECT max(recovered_on) FROM recovery "
                         "UNION ALL SELECT max(spent_on) FROM expenditure "
                         "UNION ALL SELECT max(reported_on) FROM progress_report "
                         "UNION ALL SELECT max(checked_on) FROM project_check "
                         "UNION ALL SELECT max(decided_on) FROM penalty)");
  g_assert_cmpstr (last_day, <=, "2026-07-20");

  /* more projects per organization, a small pool of experts */
  generate (other, 40, 1500, 8, 99);
  assert_consistent (other);
  assert_within_budgets (other);
  assert_submitted_eligible (other);
  g_assert_true (kx_audit_verify (other, NULL, &error));
  g_assert_no_error (error);
}

static void
test_credit_codes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) orgs = NULL;
  guint researchers = 0;

  generate (f->store, 300, 100, 5, 5);
  orgs = kx_organization_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 300);
  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (orgs, i);
      const char *code = kx_organization_get_credit_code (org);

      if (kx_organization_get_kind (org) == KX_ORG_KIND_RESEARCHER)
        {
          g_assert_true (code == NULL || *code == '\0');
          researchers++;
          continue;
        }
      g_assert_true (kx_credit_code_validate (NULL, code, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (code, "51") || g_str_has_prefix (code, "53"));
      g_assert_true (g_str_has_prefix (code + 2, "4310"));
    }
  g_assert_cmpuint (researchers, >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT credit_code) FROM organization"),
                   ==, 300 - researchers);
}

static void
test_refuses_non_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxOrganizationFields fields = { 0 };
  gint64 audit_rows;

  fields.name = "王建华";
  fields.kind = KX_ORG_KIND_RESEARCHER;
  g_assert_true (kx_organization_insert (f->store, &fields, NULL, &error));
  g_assert_no_error (error);
  audit_rows = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_demo_generate (f->store, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_BLOCKED);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organization"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM expert"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  g_assert_false (kx_store_in_transaction (f->store));
}

typedef struct
{
  GCancellable *cancellable;
  GArray       *calls;   /* of guint: done */
  guint         total;
} Progress;

static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->calls, done);
  progress->total = total;
  if (progress->cancellable != NULL)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  Progress progress = { cancellable, calls, 0 };
  KxDemoOptions options = { 60, 2500, 10, 1 };
  gint64 audit_rows = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_demo_generate (f->store, &options, cancellable, on_progress_cb, &progress,
                                    &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (calls->len, ==, 1);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 1000);
  g_assert_cmpuint (progress.total, ==, 2500);
  for (guint t = 0; t < G_N_ELEMENTS (content_queries); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s)", content_queries[t]);

      g_assert_cmpint (query_int (f->store, sql), ==, 0);
    }
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  journal = query_text (f->store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");

  /* and the empty database still takes a demo */
  generate (f->store, 20, 50, 3, 1);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  Progress progress = { NULL, calls, 0 };
  KxDemoOptions options = { 40, 2100, 5, 9 };

  g_assert_true (kx_demo_generate (f->store, &options, NULL, on_progress_cb, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 1000);
  g_assert_cmpuint (g_array_index (calls, guint, 1), ==, 2000);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, 2100);
  g_assert_cmpuint (progress.total, ==, 2100);
}

static void
test_audit_verifies (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  gint64 rows = 0;

  generate_default (f->store);
  g_assert_true (kx_audit_verify (f->store, &rows, &error));
  g_assert_no_error (error);
  /* an insert and (but for drafts) a stage change per project */
  g_assert_cmpint (rows, >, 400 + 300);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'project' "
                                        "AND action = 'insert'"), ==, 400);
  g_assert_true (kx_store_check (f->store, &error));
  g_assert_no_error (error);
  journal = query_text (f->store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
}

static void
test_invalid_options (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxDemoOptions options = { 0, 10, 0, 1 };

  g_assert_false (kx_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);

  /* organizations without projects are fine */
  options.organizations = 5;
  options.projects = 0;
  g_assert_true (kx_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organization"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call"), ==, 3);
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/demo/deterministic", test_deterministic);
  add_test ("/demo/every-stage", test_every_stage);
  add_test ("/demo/types-allowed", test_types_allowed);
  add_test ("/demo/amounts", test_amounts);
  add_test ("/demo/credit-codes", test_credit_codes);
  add_test ("/demo/refuses-non-empty", test_refuses_non_empty);
  add_test ("/demo/cancel", test_cancel);
  add_test ("/demo/progress", test_progress);
  add_test ("/demo/audit-verifies", test_audit_verifies);
  add_test ("/demo/consistent", test_consistent);
  add_test ("/demo/invalid-options", test_invalid_options);

  return g_test_run ();
}
