/* test-workflow.c: the state machine refuses what its stage does not allow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-organization.h"
#include "kx-project.h"
#include "kx-store-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

typedef struct
{
  char    *dir;
  KxStore *store;
  gint64   project_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KxOrganizationFields org = {
    .name = "郴州市医学会",
    .kind = KX_ORG_KIND_CITY_SOCIETY,
    .credit_code = "91350100M000100Y43",
  };
  KxCallFields call = {
    .year = 2026,
    .title = "2026年度学会服务能力提升计划",
    .budget_fen = 300000000,
    .window_start = "2026-03-01",
    .window_end = "2026-04-30",
  };
  KxBudgetLineFields line = { .item = "会议费", .amount_fen = 5000000 };
  KxProjectFields project = {
    .type = KX_PROJECT_TYPE_ACADEMIC,
    .title = "2026年郴州市医学会学术年会",
    .budget_lines = &line,
    .n_budget_lines = 1,
  };

  f->dir = g_dir_make_tmp ("kexie-workflow-XXXXXX", NULL);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);

  kx_policy_init_defaults (&call.policy);
  g_assert_true (kx_organization_insert (f->store, &org, &project.organization_id, &error));
  g_assert_true (kx_call_insert (f->store, &call, &project.call_id, &error));
  g_assert_true (kx_project_insert (f->store, &project, &f->project_id, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
count (KxStore    *store,
       const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The table of DESIGN.md "Stages": which actions each stage permits. */
static void
test_table (void)
{
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_SUBMIT, KX_STAGE_DRAFT));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_SUBMIT, KX_STAGE_RETURNED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_SUBMIT, KX_STAGE_REJECTED));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_FORMAL_REVIEW, KX_STAGE_SUBMITTED));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_DECIDE, KX_STAGE_REVIEWED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_DECIDE, KX_STAGE_UNDER_EXPERT_REVIEW));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_SIGN_AGREEMENT, KX_STAGE_NOTICE_PASSED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_SIGN_AGREEMENT, KX_STAGE_IN_NOTICE));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_DISBURSE, KX_STAGE_AGREEMENT_SIGNED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_DISBURSE, KX_STAGE_NOTICE_PASSED));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_FINAL_CHECK, KX_STAGE_MIDTERM_PASSED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_FINAL_CHECK, KX_STAGE_IN_PROGRESS));
  /* Fraud can be found in any funded stage, not before money was paid. */
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_PENALIZE_FRAUD, KX_STAGE_FUNDED));
  g_assert_true (kx_workflow_stage_allows (KX_ACTION_PENALIZE_FRAUD, KX_STAGE_ACCEPTED));
  g_assert_false (kx_workflow_stage_allows (KX_ACTION_PENALIZE_FRAUD, KX_STAGE_APPROVED));
  /* Terminal stages permit nothing that moves the project on. */
  for (guint a = 0; a < KX_N_ACTIONS; a++)
    {
      g_assert_false (kx_workflow_stage_allows (a, KX_STAGE_REJECTED));
      g_assert_false (kx_workflow_stage_allows (a, KX_STAGE_NOT_APPROVED));
      g_assert_false (kx_workflow_stage_allows (a, KX_STAGE_WITHDRAWN));
    }
}

static void
test_action_names (void)
{
  for (guint a = 0; a < KX_N_ACTIONS; a++)
    {
      KxAction back;

      g_assert_true (kx_action_from_string (kx_action_to_string (a), &back));
      g_assert_cmpint (back, ==, a);
      g_assert_nonnull (kx_action_label (a));
    }
  g_assert_false (kx_action_from_string ("fly", &(KxAction) { 0 }));
}

/* Every action but submit is refused on a draft, naming the project and
 * its stage; nothing is written. */
static void
test_draft_refuses (Fixture       *f,
                    gconstpointer  data)
{
  gint64 audit = count (f->store, "SELECT count(*) FROM audit_log");

  for (guint a = 0; a < KX_N_ACTIONS; a++)
    {
      g_autoptr(GError) error = NULL;

      if (a == KX_ACTION_SUBMIT)
        continue;
      g_assert_false (kx_workflow_check (f->store, f->project_id, a, "2026-03-10", &error));
      g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
      g_assert_nonnull (strstr (error->message, "2026-0001"));
      g_assert_nonnull (strstr (error->message, kx_stage_label (KX_STAGE_DRAFT)));
    }
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM audit_log"), ==, audit);
}

static void
test_disburse_hint (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_workflow_check (f->store, f->project_id, KX_ACTION_DISBURSE, "2026-03-10",
                                     &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "agreement is not signed"));
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) states = NULL;

  g_assert_false (kx_workflow_check (f->store, 4242, KX_ACTION_SUBMIT, "2026-03-10", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  states = kx_workflow_next_actions (f->store, 4242, "2026-03-10", &error);
  g_assert_null (states);
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_NOT_FOUND);
}

/* A draft offers submission only; outside the window it says why. */
static void
test_next_actions_draft (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) states = NULL;
  KxActionState *s;

  states = kx_workflow_next_actions (f->store, f->project_id, "2026-05-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (states->len, ==, 1);
  s = &g_array_index (states, KxActionState, 0);
  g_assert_cmpint (s->action, ==, KX_ACTION_SUBMIT);
  g_assert_false (s->allowed);
  /* The window closed on 2026-04-30: the reason names it. */
  g_assert_nonnull (strstr (s->reason, "2026-04-30"));
}

/* The one writer of stage: audited with the action's name and images. */
static void
test_set_stage_audited (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectState) state = { 0 };

  g_assert_true (kx_store_begin (f->store, &error));
  g_assert_true (_kx_workflow_load (f->store, f->project_id, &state, &error));
  g_assert_cmpint (state.stage, ==, KX_STAGE_DRAFT);
  g_assert_cmpstr (state.number, ==, "2026-0001");
  g_assert_cmpint (state.call_year, ==, 2026);
  g_assert_cmpint (state.approved_fen, ==, -1);
  g_assert_true (_kx_workflow_set_stage (f->store, &state, KX_STAGE_SUBMITTED, KX_ACTION_SUBMIT,
                                         &error));
  g_assert_true (kx_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count (f->store, "SELECT count(*) FROM project WHERE stage = 'submitted'"),
                   ==, 1);
  g_assert_cmpint (count (f->store,
                          "SELECT count(*) FROM audit_log WHERE entity = 'project' AND "
                          "action = 'submit' AND before_json ->> '$.stage' = 'draft' AND "
                          "after_json ->> '$.stage' = 'submitted'"), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_setenv ("KEXIE_TODAY", "2026-03-10", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workflow/table", test_table);
  g_test_add_func ("/workflow/action-names", test_action_names);
  ADD ("/workflow/draft/refuses-every-other-action", test_draft_refuses);
  ADD ("/workflow/draft/disburse-hint", test_disburse_hint);
  ADD ("/workflow/not-found", test_not_found);
  ADD ("/workflow/next-actions/draft", test_next_actions_draft);
  ADD ("/workflow/set-stage/audited", test_set_stage_audited);

  return g_test_run ();
}
