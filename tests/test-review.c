/* test-review.c: formal review and expert review (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects are walked through the real functions: kx_project_insert,
 * kx_project_submit, kx_formal_review_record, kx_review_assign*,
 * kx_review_score, kx_review_finish and kx_decision_record.
 */

#include "config.h"

#include <string.h>

#include <sys/wait.h>

#include "kx-call.h"
#include "kx-decision.h"
#include "kx-eligibility.h"
#include "kx-expert.h"
#include "kx-project.h"
#include "kx-review.h"
#include "kx-test-world.h"
#include "kx-validate.h"
#include "kx-workflow.h"

#define REVIEW_DATE "2026-05-06"

/* What a test's call is: its policy and budget. */
typedef struct
{
  KxPolicy  policy;
  gint64    budget_fen;
} Setup;

/* f->org is an individual researcher: eligible for type 4. */
typedef KxTestWorld Fixture;

/* A county STA with the facts 六(二)1–3 need: eligible for type 5. */
static gint64
add_county (Fixture    *f,
            const char *name)
{
  static const KxFactKind facts[] = {
    KX_FACT_MANAGEMENT_NORMAL, KX_FACT_CAPABLE_SECRETARY, KX_FACT_FINANCE_SYSTEM,
  };
  gint64 id = kx_test_add_org (f, name, KX_ORG_KIND_COUNTY_STA);

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    kx_test_add_fact (f, id, facts[i], TRUE, "2026-01-10", "年度检查材料");
  return id;
}

static gint64
add_project (Fixture *f,
             gint64   call,
             gint64   org,
             int      type,
             gint64   amount_fen)
{
  KxTestProject project = {
    .call = call, .org = org, .type = type, .title = "郴州创新创业调研",
    .research_fen = amount_fen,
  };

  return kx_test_add_project (f, &project);
}

static gint64
add_submitted (Fixture *f,
               gint64   call,
               gint64   org,
               int      type,
               gint64   amount_fen)
{
  return kx_test_walk (f, add_project (f, call, org, type, amount_fen), KX_STAGE_SUBMITTED);
}

static void
formal (KxFormalReviewFields *fields,
        KxFormalResult        result)
{
  *fields = (KxFormalReviewFields) { .reviewed_on = "2026-04-20", .reviewer = "学会部 李明",
                                     .ok = { TRUE, TRUE, TRUE, TRUE, TRUE },
                                     .result = result };
}

static void
pass_formal (Fixture *f,
             gint64   project)
{
  g_autoptr(GError) error = NULL;
  KxFormalReviewFields fields;

  formal (&fields, KX_FORMAL_RESULT_PASS);
  g_assert_true (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_no_error (error);
}

static gint64
add_passed (Fixture *f,
            gint64   org,
            int      type,
            gint64   amount_fen)
{
  return kx_test_walk (f, add_project (f, f->call, org, type, amount_fen),
                       KX_STAGE_FORMAL_PASSED);
}

/* Scores adding up to @total with every criterion at most 20. */
static void
spread (int total,
        int scores[KX_N_CRITERIA])
{
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      scores[i] = MIN (total, 20);
      total -= scores[i];
    }
  g_assert_cmpint (total, ==, 0);
}

static void
score (Fixture *f,
       gint64   project,
       gint64   expert,
       int      total)
{
  g_autoptr(GError) error = NULL;
  int scores[KX_N_CRITERIA];

  spread (total, scores);
  g_assert_true (kx_review_score (f->store, project, expert, scores, REVIEW_DATE, NULL,
                                  &error));
  g_assert_no_error (error);
}

static void
assign (Fixture *f,
        gint64   project,
        gint64   expert)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_review_assign (f->store, project, expert, "2026-05-01", &error));
  g_assert_no_error (error);
}

static void
finish (Fixture *f,
        gint64   project)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_review_finish (f->store, project, "2026-05-10", &error));
  g_assert_no_error (error);
}

/* A project through formal review, @n experts and their totals. */
static gint64
add_scored (Fixture   *f,
            gint64     org,
            int        type,
            gint64     amount_fen,
            const int *totals,
            guint      n,
            gint64    *experts)
{
  gint64 id = add_passed (f, org, type, amount_fen);

  for (guint i = 0; i < n; i++)
    {
      assign (f, id, experts[i]);
      score (f, id, experts[i], totals[i]);
    }
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const Setup *setup = data;

  kx_test_world_open (f, "review");
  f->call = kx_test_add_call (f, 2026, setup->budget_fen, &setup->policy);
  f->org = kx_test_add_org (f, "张研究员", KX_ORG_KIND_RESEARCHER);
}

/* Formal review */

static void
test_formal_pass_needs_all (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rounds = NULL;
  gint64 project = add_submitted (f, f->call, f->org, 4, 5000000);
  gint64 before = kx_test_count (f, "audit_log");
  KxFormalReviewFields fields;

  for (guint c = 0; c < KX_N_FORMAL_CHECKS; c++)
    {
      formal (&fields, KX_FORMAL_RESULT_PASS);
      fields.ok[c] = FALSE;
      g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
      g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "all five checks"));
      g_assert_nonnull (strstr (error->message, kx_formal_check_label (c)));
      g_clear_error (&error);
    }
  g_assert_cmpint (kx_test_count (f, "formal_review"), ==, 0);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_SUBMITTED);

  pass_formal (f, project);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FORMAL_PASSED);
  /* The review row and the stage change, each audited. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'formal_review' AND action = 'insert'"), ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'project' AND action = 'formal-review'"), ==, 1);

  rounds = kx_formal_review_list (f->store, project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 1);
  g_assert_cmpint (g_array_index (rounds, KxFormalReview, 0).result, ==, KX_FORMAL_RESULT_PASS);
  g_assert_cmpstr (g_array_index (rounds, KxFormalReview, 0).reviewer, ==, "学会部 李明");

  /* Once passed, it cannot be reviewed again. */
  formal (&fields, KX_FORMAL_RESULT_PASS);
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

static void
test_formal_return_resubmit (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rounds = NULL;
  gint64 project = add_submitted (f, f->call, f->org, 4, 5000000);
  KxBudgetLineFields line = { 0, "调研费", 4000000, "按标准核减" };
  KxMilestoneFields milestone = { 0, "2026-10-31", "完成调研报告" };
  KxProjectFields fixed = { .call_id = f->call, .organization_id = f->org, .type = 4,
                            .title = "郴州创新创业调研", .milestones = &milestone,
                            .n_milestones = 1, .budget_lines = &line, .n_budget_lines = 1 };
  KxFormalReviewFields fields;

  /* Returning needs a failed check. */
  formal (&fields, KX_FORMAL_RESULT_RETURN);
  fields.reviewed_on = "2026-04-05";
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);

  fields.ok[KX_FORMAL_CHECK_BUDGET] = FALSE;
  fields.notes[KX_FORMAL_CHECK_BUDGET] = "差旅费超标准";
  g_assert_true (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_RETURNED);

  /* The applicant corrects the budget and submits again. */
  g_assert_true (kx_project_update (f->store, project, &fixed, &error));
  g_assert_no_error (error);
  g_assert_true (kx_project_submit (f->store, project, "2026-04-10", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_SUBMITTED);
  pass_formal (f, project);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FORMAL_PASSED);

  rounds = kx_formal_review_list (f->store, project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_cmpint (g_array_index (rounds, KxFormalReview, 0).result, ==,
                   KX_FORMAL_RESULT_RETURN);
  g_assert_false (g_array_index (rounds, KxFormalReview, 0).ok[KX_FORMAL_CHECK_BUDGET]);
  g_assert_cmpstr (g_array_index (rounds, KxFormalReview, 0).notes[KX_FORMAL_CHECK_BUDGET], ==,
                   "差旅费超标准");
  g_assert_cmpint (g_array_index (rounds, KxFormalReview, 1).result, ==, KX_FORMAL_RESULT_PASS);
}

static void
test_formal_reject_final (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 project = add_submitted (f, f->call, f->org, 4, 5000000);
  KxFormalReviewFields fields;

  /* A rejection needs a failed check and a reason. */
  formal (&fields, KX_FORMAL_RESULT_REJECT);
  fields.note = "材料造假";
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);
  formal (&fields, KX_FORMAL_RESULT_REJECT);
  fields.ok[KX_FORMAL_CHECK_CONTENT] = FALSE;
  fields.note = "  ";
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Note"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_count (f, "formal_review"), ==, 0);

  fields.note = "申报内容与事实不符";
  g_assert_true (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_REJECTED);

  /* Final: neither resubmitted nor reviewed again. */
  g_assert_false (kx_project_submit (f->store, project, "2026-04-25", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_clear_error (&error);
  formal (&fields, KX_FORMAL_RESULT_PASS);
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

static void
test_formal_needs_submission (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 project = add_project (f, f->call, f->org, 4, 5000000);
  KxFormalReviewFields fields;

  formal (&fields, KX_FORMAL_RESULT_PASS);
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "submitted"));
  g_clear_error (&error);

  fields.reviewed_on = "2026-02-30";
  g_assert_false (kx_formal_review_record (f->store, project, &fields, &error));
  g_assert_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID);
}

/* Assignment */

static void
test_assign_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 tied = kx_test_add_expert (f, "刘专家");
  gint64 e2 = kx_test_add_expert (f, "陈专家");
  gint64 e3 = kx_test_add_expert (f, "王专家");
  gint64 e4 = kx_test_add_expert (f, "赵专家");
  gint64 project = add_passed (f, f->org, 4, 5000000);
  gint64 before;

  g_assert_true (kx_expert_add_conflict (f->store, tied, f->org, "师生关系", &error));
  g_assert_no_error (error);
  before = kx_test_count (f, "audit_log");

  g_assert_false (kx_review_assign (f->store, project, tied, "2026-05-01", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "刘专家"));
  g_assert_nonnull (strstr (error->message, "张研究员"));
  g_assert_nonnull (strstr (error->message, "师生关系"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_count (f, "assignment"), ==, 0);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FORMAL_PASSED);

  /* Automatic assignment passes over the tied expert, though it has the
   * lowest id and no load. */
  g_assert_true (kx_review_assign_auto (f->store, project, "2026-05-01", &ids, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, e2);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, e3);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, e4);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_UNDER_EXPERT_REVIEW);
  /* Three assignments and one stage change. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before + 4);

  /* Already assigned; and a full panel is not filled again. */
  g_assert_false (kx_review_assign (f->store, project, e2, "2026-05-02", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "already assigned"));
  g_clear_error (&error);
  g_assert_false (kx_review_assign_auto (f->store, project, "2026-05-02", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "already has its 3 experts"));
}

static void
test_assign_inactive (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxExpertFields retired = { .name = "退休专家", .inactive = TRUE };
  gint64 project = add_passed (f, f->org, 4, 5000000);
  gint64 id = 0;

  kx_test_add_expert (f, "甲");
  kx_test_add_expert (f, "乙");
  kx_test_add_expert (f, "丙");
  g_assert_true (kx_expert_insert (f->store, &retired, &id, &error));
  g_assert_false (kx_review_assign (f->store, project, id, "2026-05-01", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "退休专家"));
  g_assert_nonnull (strstr (error->message, "no longer active"));
  g_clear_error (&error);

  g_assert_false (kx_review_assign (f->store, project, 999, "2026-05-01", &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FORMAL_PASSED);
}

static void
test_assign_not_enough (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 tied = kx_test_add_expert (f, "刘专家");
  gint64 project;
  gint64 before;
  gboolean found = FALSE;

  kx_test_add_expert (f, "陈专家");
  kx_test_add_expert (f, "王专家");
  g_assert_true (kx_expert_add_conflict (f->store, tied, f->org, NULL, &error));
  project = add_passed (f, f->org, 4, 5000000);
  before = kx_test_count (f, "audit_log");

  g_assert_false (kx_review_assign_auto (f->store, project, "2026-05-01", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "needs 3 more, but only 2"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_count (f, "assignment"), ==, 0);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_FORMAL_PASSED);

  /* The list of next actions gives the same reason. */
  actions = kx_workflow_next_actions (f->store, project, "2026-05-01", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    {
      KxActionState *s = &g_array_index (actions, KxActionState, i);

      if (s->action != KX_ACTION_ASSIGN_EXPERTS)
        continue;
      found = TRUE;
      g_assert_false (s->allowed);
      g_assert_nonnull (strstr (s->reason, "only 2"));
    }
  g_assert_true (found);
}

static void
assert_panel (GArray *ids,
              gint64  a,
              gint64  b,
              gint64  c)
{
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, b);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, c);
}

static gint64
auto_assign (Fixture *f,
             gint64   project,
             gint64   expected[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_true (kx_review_assign_auto (f->store, project, "2026-05-01", &ids, &error));
  g_assert_no_error (error);
  assert_panel (ids, expected[0], expected[1], expected[2]);
  return project;
}

/* Fewest assignments in the call first, then fewest overall, then the
 * lowest id. */
static void
test_assign_balance (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 e[6];
  gint64 call_2025 = kx_test_add_call (f, 2025, 100000000, NULL);
  gint64 old;

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", i);

      e[i] = kx_test_add_expert (f, name);
    }
  /* Expert 1 reviewed a project of 2025: busier overall. */
  old = add_submitted (f, call_2025, f->org, 4, 5000000);
  pass_formal (f, old);
  g_assert_true (kx_review_assign (f->store, old, e[1], "2026-05-01", &error));
  g_assert_no_error (error);

  auto_assign (f, add_passed (f, f->org, 4, 5000000), (gint64[]) { e[2], e[3], e[4] });
  /* In the call: 2, 3, 4 have one; 5 none, 1 none but one overall. */
  auto_assign (f, add_passed (f, f->org, 4, 5000000), (gint64[]) { e[5], e[1], e[2] });
  /* In the call: every one has one but 2 (two); overall 1 has two. */
  auto_assign (f, add_passed (f, f->org, 4, 5000000), (gint64[]) { e[3], e[4], e[5] });
  /* In the call: 1 one, the others two. */
  auto_assign (f, add_passed (f, f->org, 4, 5000000), (gint64[]) { e[1], e[2], e[3] });
}

/* Scores */

static void
test_score_bounds (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before_json = NULL;
  g_autofree char *basic_sql = NULL;
  gint64 e1 = kx_test_add_expert (f, "甲");
  gint64 e2 = kx_test_add_expert (f, "乙");
  gint64 e3 = kx_test_add_expert (f, "丙");
  gint64 outsider = kx_test_add_expert (f, "丁");
  gint64 project = add_passed (f, f->org, 4, 5000000);
  /* The call's weights: 30, 20, 20, 15, 15. */
  int max[KX_N_CRITERIA] = { 30, 20, 20, 15, 15 };
  int scores[KX_N_CRITERIA];
  gint64 audits;

  g_assert_false (kx_review_score (f->store, project, e1, max, REVIEW_DATE, NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_clear_error (&error);
  assign (f, project, e1);
  assign (f, project, e2);
  assign (f, project, e3);

  for (guint c = 0; c < KX_N_CRITERIA; c++)
    {
      g_autofree char *expected = NULL;

      memcpy (scores, max, sizeof scores);
      scores[c] = max[c] + 1;
      g_assert_false (kx_review_score (f->store, project, e1, scores, REVIEW_DATE, NULL,
                                       &error));
      g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
      expected = g_strdup_printf ("%s: %d is above the maximum of %d", kx_criterion_label (c),
                                  max[c] + 1, max[c]);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
      scores[c] = -1;
      g_assert_false (kx_review_score (f->store, project, e1, scores, REVIEW_DATE, NULL,
                                       &error));
      g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (kx_test_count (f, "score"), ==, 0);

  /* Exactly the maximum, and exactly zero, are accepted. */
  g_assert_true (kx_review_score (f->store, project, e1, max, REVIEW_DATE, "很好", &error));
  g_assert_no_error (error);
  g_assert_true (kx_review_score (f->store, project, e2, (int[]) { 0, 0, 0, 0, 0 },
                                  REVIEW_DATE, NULL, &error));
  g_assert_no_error (error);

  /* Not assigned; dated before the assignment. */
  g_assert_false (kx_review_score (f->store, project, outsider, max, REVIEW_DATE, NULL,
                                   &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "丁"));
  g_assert_nonnull (strstr (error->message, "not assigned"));
  g_clear_error (&error);
  g_assert_false (kx_review_score (f->store, project, e3, max, "2026-04-30", NULL, &error));
  g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);

  /* Scoring again replaces the scores, audited as an update. */
  audits = kx_test_count (f, "audit_log");
  g_assert_true (kx_review_score (f->store, project, e1, (int[]) { 25, 18, 17, 12, 10 },
                                  "2026-05-07", "修改", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_count (f, "score"), ==, 2);
  basic_sql = g_strdup_printf ("SELECT basic FROM score s JOIN assignment a "
                               "ON a.id = s.assignment_id WHERE a.expert_id = %lld",
                               (long long) e1);
  g_assert_cmpint (kx_test_query_int (f, basic_sql), ==, 25);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audits + 1);
  before_json = kx_test_query_text (f, "SELECT before_json FROM audit_log "
                                       "ORDER BY id DESC LIMIT 1");
  g_assert_nonnull (strstr (before_json, "\"basic\":30"));
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'score' "
                                         "AND action = 'update'"), ==, 1);
}

/* Aggregation */

static void
assert_score (Fixture  *f,
              gint64    project,
              gint64    score_x100,
              gboolean  trimmed,
              gboolean  passes)
{
  g_autoptr(GError) error = NULL;
  KxScoreSummary s;

  g_assert_true (kx_review_project_score (f->store, project, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.score_x100, ==, score_x100);
  g_assert_cmpint (s.trimmed, ==, trimmed);
  g_assert_cmpint (s.passes, ==, passes);
}

static void
test_aggregate_mean (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *e = kx_test_add_experts (f, 3);
  gint64 p;
  KxScoreSummary s;

  /* (70 + 80 + 91) / 3 = 80.333… */
  p = add_scored (f, f->org, 4, 5000000, (int[]) { 70, 80, 91 }, 3, e);
  g_assert_true (kx_review_project_score (f->store, p, &s, &error));
  g_assert_cmpint (s.n_scores, ==, 3);
  g_assert_cmpint (s.n_assigned, ==, 3);
  assert_score (f, p, 8033, FALSE, TRUE);

  /* Two of three scored: the mean of the two so far. */
  p = add_passed (f, f->org, 4, 5000000);
  for (guint i = 0; i < 3; i++)
    assign (f, p, e[i]);
  score (f, p, e[0], 61);
  score (f, p, e[1], 62);
  g_assert_true (kx_review_project_score (f->store, p, &s, &error));
  g_assert_cmpint (s.n_scores, ==, 2);
  g_assert_cmpint (s.n_assigned, ==, 3);
  assert_score (f, p, 6150, FALSE, TRUE);
}

static void
test_aggregate_trimmed (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree gint64 *e = kx_test_add_experts (f, 6);
  gint64 p;

  /* 5 scores: 50 and 100 dropped, (60 + 70 + 80) / 3 = 70.00. */
  p = add_scored (f, f->org, 4, 5000000, (int[]) { 50, 60, 70, 80, 100 }, 5, e);
  assert_score (f, p, 7000, TRUE, TRUE);
  /* Exactly one highest and one lowest: (90 + 90 + 50) / 3 = 76.666… */
  p = add_scored (f, f->org, 4, 5000000, (int[]) { 90, 90, 90, 50, 50 }, 5, e);
  assert_score (f, p, 7667, TRUE, TRUE);
  /* 6 scores: 40 and 100 dropped, (61 + 62 + 64 + 99) / 4 = 71.50. */
  p = add_scored (f, f->org, 4, 5000000, (int[]) { 100, 61, 40, 62, 64, 99 }, 6, e);
  assert_score (f, p, 7150, TRUE, TRUE);
  /* Without trimming this would pass: (0 + 59 + 59 + 59 + 100) / 5 = 55.4;
   * trimmed it is 59.00, below the line. */
  p = add_scored (f, f->org, 4, 5000000, (int[]) { 0, 59, 59, 59, 100 }, 5, e);
  assert_score (f, p, 5900, TRUE, FALSE);
}

static void
test_aggregate_pass_line (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree gint64 *e = kx_test_add_experts (f, 3);
  g_autofree int *totals = g_new0 (int, 102);
  KxPolicy policy;
  KxScoreSummary s;

  /* Exactly 60.00 passes; 59.67 does not. */
  assert_score (f, add_scored (f, f->org, 4, 5000000, (int[]) { 60, 60, 60 }, 3, e),
                6000, FALSE, TRUE);
  assert_score (f, add_scored (f, f->org, 4, 5000000, (int[]) { 60, 60, 59 }, 3, e),
                5967, FALSE, FALSE);
  assert_score (f, add_scored (f, f->org, 4, 5000000, (int[]) { 59, 61, 60 }, 3, e),
                6000, FALSE, TRUE);

  /* 59.99 needs a hundred scores: the rule itself, on totals. 102 scores,
   * trimmed: 0 and 100 dropped, 99 × 60 + 59 = 5999 over 100. */
  kx_policy_init_defaults (&policy);
  totals[0] = 0;
  totals[1] = 100;
  for (guint i = 2; i < 102; i++)
    totals[i] = 60;
  totals[2] = 59;
  kx_review_aggregate (totals, 102, &policy, &s);
  g_assert_cmpint (s.score_x100, ==, 5999);
  g_assert_true (s.trimmed);
  g_assert_false (s.passes);
  totals[2] = 60;
  kx_review_aggregate (totals, 102, &policy, &s);
  g_assert_cmpint (s.score_x100, ==, 6000);
  g_assert_true (s.passes);

  /* Half a hundredth rounds up: 1 / 8 = 0.125 → 0.13. */
  policy.trim_min_experts = 100;
  kx_review_aggregate ((int[]) { 1, 0, 0, 0, 0, 0, 0, 0 }, 8, &policy, &s);
  g_assert_cmpint (s.score_x100, ==, 13);
  g_assert_false (s.trimmed);
  /* Nothing scored: no score, not passing. */
  kx_review_aggregate (NULL, 0, &policy, &s);
  g_assert_cmpint (s.score_x100, ==, 0);
  g_assert_false (s.passes);
}

/* Finishing */

static void
test_finish_blocked (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 e1 = kx_test_add_expert (f, "李四");
  gint64 e2 = kx_test_add_expert (f, "王五");
  gint64 e3 = kx_test_add_expert (f, "赵六");
  gint64 project = add_passed (f, f->org, 4, 5000000);
  gint64 before;

  assign (f, project, e1);
  assign (f, project, e2);
  g_assert_false (kx_review_finish (f->store, project, "2026-05-10", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "Only 2 of the 3 experts"));
  g_clear_error (&error);

  assign (f, project, e3);
  score (f, project, e1, 80);
  score (f, project, e3, 70);
  before = kx_test_count (f, "audit_log");
  g_assert_false (kx_review_finish (f->store, project, "2026-05-10", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "王五 (ID 2)"));
  g_assert_null (strstr (error->message, "李四"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, before);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_UNDER_EXPERT_REVIEW);

  actions = kx_workflow_next_actions (f->store, project, "2026-05-10", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    {
      KxActionState *s = &g_array_index (actions, KxActionState, i);

      if (s->action == KX_ACTION_FINISH_REVIEW)
        g_assert_nonnull (strstr (s->reason, "王五"));
      if (s->action == KX_ACTION_SCORE)
        g_assert_true (s->allowed);
    }

  score (f, project, e2, 75);
  finish (f, project);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_REVIEWED);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "action = 'finish-review'"), ==, 1);
  /* The review is closed: no more scores. */
  g_assert_false (kx_review_score (f->store, project, e2, (int[]) { 1, 1, 1, 1, 1 },
                                   "2026-05-11", NULL, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
}

/* Ranking and recommendation */

static gint64
add_reviewed (Fixture *f,
              gint64   org,
              int      type,
              gint64   amount_fen,
              int      total,
              gint64  *experts)
{
  gint64 p = add_scored (f, org, type, amount_fen, (int[]) { total, total, total }, 3,
                         experts);

  finish (f, p);
  return p;
}

static const KxRankingRow *
row_of (GArray *rows,
        gint64  project)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, KxRankingRow, i).project_id == project)
      return &g_array_index (rows, KxRankingRow, i);
  g_assert_not_reached ();
}

static void
test_ranking_ties (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GArray) county_rows = NULL;
  g_autofree gint64 *e = kx_test_add_experts (f, 3);
  gint64 county = add_county (f, "桂阳县科协");
  gint64 a = add_reviewed (f, f->org, 4, 5000000, 80, e);
  gint64 b = add_reviewed (f, f->org, 4, 5000000, 80, e);
  gint64 c = add_reviewed (f, f->org, 4, 5000000, 70, e);
  gint64 d = add_reviewed (f, f->org, 4, 5000000, 90, e);
  gint64 low = add_reviewed (f, f->org, 4, 5000000, 50, e);
  gint64 k = add_reviewed (f, county, 5, 5000000, 65, e);
  gint64 open;

  /* Still under review: not ranked. */
  open = add_scored (f, f->org, 4, 5000000, (int[]) { 99, 99, 99 }, 3, e);

  rows = kx_review_ranking (f->store, f->call, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);
  /* Type 4 first: 90, 80, 80 (by number), 70, 50; then type 5. */
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 0).project_id, ==, d);
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 1).project_id, ==, a);
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 2).project_id, ==, b);
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 3).project_id, ==, c);
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 4).project_id, ==, low);
  g_assert_cmpint (g_array_index (rows, KxRankingRow, 5).project_id, ==, k);
  g_assert_cmpint (row_of (rows, d)->rank, ==, 1);
  g_assert_cmpint (row_of (rows, a)->rank, ==, 2);
  g_assert_cmpint (row_of (rows, b)->rank, ==, 2);
  g_assert_cmpint (row_of (rows, c)->rank, ==, 4);
  g_assert_cmpint (row_of (rows, low)->rank, ==, 5);
  g_assert_false (row_of (rows, low)->score.passes);
  g_assert_cmpint (row_of (rows, k)->rank, ==, 1);
  g_assert_cmpstr (row_of (rows, k)->organization_name, ==, "桂阳县科协");
  g_assert_cmpint (row_of (rows, a)->score.score_x100, ==, 8000);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (g_array_index (rows, KxRankingRow, i).project_id, !=, open);

  county_rows = kx_review_ranking (f->store, f->call, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (county_rows->len, ==, 1);
  g_assert_cmpint (g_array_index (county_rows, KxRankingRow, 0).project_id, ==, k);

  g_assert_null (kx_review_ranking (f->store, f->call, 6, &error));
  g_assert_error (error, KX_REVIEW_ERROR, KX_ERROR_INVALID);
}

static const KxRecommendation *
rec_of (GArray *recs,
        gint64  project)
{
  for (guint i = 0; i < recs->len; i++)
    if (g_array_index (recs, KxRecommendation, i).row.project_id == project)
      return &g_array_index (recs, KxRecommendation, i);
  g_assert_not_reached ();
}

static void
assert_rec (GArray            *recs,
            gint64             project,
            KxRecommendReason  reason,
            gint64             fen)
{
  const KxRecommendation *rec = rec_of (recs, project);

  g_assert_cmpstr (kx_recommend_reason_to_string (rec->reason), ==,
                   kx_recommend_reason_to_string (reason));
  g_assert_cmpint (rec->recommended_fen, ==, fen);
}

/* Type 4 capped at ¥5,000.00, the call ¥10,000.00; one type 4 project
 * already approved for ¥1,000.00 counts against both. */
static void
test_recommend_boundaries (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) recs = NULL;
  g_autofree gint64 *e = kx_test_add_experts (f, 3);
  gint64 county = add_county (f, "桂阳县科协");
  gint64 decided, p1, p2, p3, low, k1, k2, k3;

  decided = add_reviewed (f, f->org, 4, 100000, 95, e);
  g_assert_true (kx_decision_record (f->store, decided, "2026-05-20", TRUE, 100000, "党组会议纪要",
                                     NULL, &error));
  g_assert_no_error (error);

  p1 = add_reviewed (f, f->org, 4, 200000, 90, e);     /* fits: 400000 of the cap left */
  p2 = add_reviewed (f, f->org, 4, 200001, 85, e);     /* 1 fen over the 200000 left */
  p3 = add_reviewed (f, f->org, 4, 200000, 80, e);     /* exactly the rest of the cap */
  low = add_reviewed (f, f->org, 4, 1000, 59, e);      /* below the pass line */
  k1 = add_reviewed (f, county, 5, 500001, 90, e);     /* 1 fen over the 500000 left */
  k2 = add_reviewed (f, county, 5, 500000, 80, e);     /* exactly the rest of the budget */
  k3 = add_reviewed (f, county, 5, 100, 70, e);        /* nothing left */

  recs = kx_review_recommend (f->store, f->call, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recs->len, ==, 8);
  assert_rec (recs, decided, KX_RECOMMEND_DECIDED, 100000);
  assert_rec (recs, p1, KX_RECOMMEND_FUND, 200000);
  assert_rec (recs, p2, KX_RECOMMEND_EXCEEDS_TYPE_CAP, 0);
  assert_rec (recs, p3, KX_RECOMMEND_FUND, 200000);
  assert_rec (recs, low, KX_RECOMMEND_BELOW_PASS_LINE, 0);
  assert_rec (recs, k1, KX_RECOMMEND_EXCEEDS_BUDGET, 0);
  assert_rec (recs, k2, KX_RECOMMEND_FUND, 500000);
  assert_rec (recs, k3, KX_RECOMMEND_EXCEEDS_BUDGET, 0);
  /* In ranking order. */
  g_assert_cmpint (g_array_index (recs, KxRecommendation, 0).row.project_id, ==, decided);
  g_assert_cmpint (g_array_index (recs, KxRecommendation, 7).row.project_id, ==, k3);
}

/* Through kexie-cli */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* kexie-cli --db DB WORDS…, the words split on spaces. */
static void
cli (Fixture    *f,
     Run        *run,
     const char *line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  int wait_status = 0;

  run_clear (run);
  g_ptr_array_add (argv, g_strdup (g_getenv ("KEXIE_CLI")));
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (kx_store_get_path (f->store)));
  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (words[i]));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  Run run = { 0 };
  g_autofree gint64 *e = kx_test_add_experts (f, 3);
  gint64 project = add_passed (f, f->org, 4, 5000000);
  g_autofree char *line = NULL;

  if (g_getenv ("KEXIE_CLI") == NULL)
    {
      g_test_skip ("KEXIE_CLI is not set");
      return;
    }
  g_assert_cmpint (project, ==, 1);
  cli (f, &run, "expert assign 2026-0001 --auto --date 2026-05-01");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_UNDER_EXPERT_REVIEW);

  /* Out of range is a refusal (1), a malformed list bad usage (2). */
  cli (f, &run, "score 2026-0001 --expert 1 --scores 20,20,20,20,21 --date 2026-05-06");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Reach: 21 is above the maximum of 20"));
  cli (f, &run, "score 2026-0001 --expert 1 --scores 20,20 --date 2026-05-06");
  g_assert_cmpint (run.status, ==, 2);
  cli (f, &run, "formal-review 2026-0001 --result pass --fail nothing");
  g_assert_cmpint (run.status, ==, 2);

  for (guint i = 0; i < 3; i++)
    {
      g_free (line);
      line = g_strdup_printf ("score 2026-0001 --expert %lld --scores 20,20,20,10,10 "
                              "--date 2026-05-06", (long long) e[i]);
      cli (f, &run, line);
      g_assert_cmpint (run.status, ==, 0);
    }
  cli (f, &run, "--json review show 2026-0001");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"score_x100\":8000"));
  g_assert_nonnull (strstr (run.out, "\"science\":20"));
  cli (f, &run, "review finish 2026-0001 --date 2026-05-10");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (kx_test_stage (f, project), ==, KX_STAGE_REVIEWED);
  cli (f, &run, "--json ranking --call 2026");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"rank\":1"));
  cli (f, &run, "--json recommend --call 2026");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"reason\":\"fund\""));
  run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  static Setup defaults, weights, capped, five;

  g_test_init (&argc, &argv, NULL);
  kx_policy_init_defaults (&defaults.policy);
  defaults.budget_fen = 300000000;
  weights = capped = five = defaults;
  /* The weights are each criterion's maximum. */
  weights.policy.weights[0] = 30;
  weights.policy.weights[3] = 15;
  weights.policy.weights[4] = 15;
  /* Type 4 capped at ¥5,000.00 in a call of ¥10,000.00. */
  capped.policy.type_cap_fen[3] = 500000;
  capped.budget_fen = 1000000;
  five.policy.experts_per_project = 5;

#define ADD(path, func, setup) \
  g_test_add ("/review/" path, Fixture, setup, fixture_set_up, func, kx_test_world_tear_down)

  ADD ("formal/pass-needs-all-checks", test_formal_pass_needs_all, &defaults);
  ADD ("formal/return-resubmit", test_formal_return_resubmit, &defaults);
  ADD ("formal/reject-final", test_formal_reject_final, &defaults);
  ADD ("formal/needs-submission", test_formal_needs_submission, &defaults);
  ADD ("assign/conflict", test_assign_conflict, &defaults);
  ADD ("assign/inactive", test_assign_inactive, &defaults);
  ADD ("assign/not-enough", test_assign_not_enough, &defaults);
  ADD ("assign/balance", test_assign_balance, &defaults);
  ADD ("score/bounds", test_score_bounds, &weights);
  ADD ("aggregate/mean", test_aggregate_mean, &defaults);
  ADD ("aggregate/trimmed", test_aggregate_trimmed, &five);
  ADD ("aggregate/pass-line", test_aggregate_pass_line, &defaults);
  ADD ("finish/blocked", test_finish_blocked, &defaults);
  ADD ("ranking/ties", test_ranking_ties, &defaults);
  ADD ("recommend/boundaries", test_recommend_boundaries, &capped);
  ADD ("cli", test_cli, &defaults);

  return g_test_run ();
}
