/* kx-test-world.c: the world the core tests start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-decision.h"
#include "kx-demo.h"
#include "kx-eligibility.h"
#include "kx-expert.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-review.h"
#include "kx-validate.h"

/* The store and its directory */

char *
kx_test_make_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("kexie-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
kx_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (dir);
}

void
kx_test_run_clear (KxTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
kx_test_run_cli (const char         *db,
                 const char * const *args,
                 KxTestRun          *run)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli_path = g_getenv ("KEXIE_CLI");

  g_assert_nonnull (cli_path);
  g_ptr_array_add (argv, (char *) cli_path);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  kx_test_run_clear (run);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

gint64
kx_test_db_int (const char *db,
                const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

void
kx_test_world_open (KxTestWorld *w,
                    const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  w->dir = kx_test_make_dir (name);
  path = g_build_filename (w->dir, "kexie.db", NULL);
  w->store = kx_store_open (path, &error);
  g_assert_no_error (error);
}

void
kx_test_world_open_demo (KxTestWorld *w,
                         const char  *name,
                         guint        organizations,
                         guint        projects)
{
  g_autoptr(GError) error = NULL;
  KxDemoOptions options;

  kx_test_world_open (w, name);
  kx_demo_options_init (&options);
  if (organizations > 0)
    options.organizations = organizations;
  if (projects > 0)
    options.projects = projects;
  g_assert_true (kx_demo_generate (w->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
kx_test_world_set_up (KxTestWorld *w,
                      const char  *name,
                      gint64       budget_fen,
                      gint64       consulting_cap_fen)
{
  KxPolicy policy;

  kx_test_world_open (w, name);
  kx_policy_init_defaults (&policy);
  policy.type_cap_fen[KX_PROJECT_TYPE_CONSULTING - 1] = consulting_cap_fen;
  w->call = kx_test_add_call (w, 2026, budget_fen, &policy);
  g_free (kx_test_add_experts (w, 3));
}

void
kx_test_world_tear_down (KxTestWorld   *w,
                         gconstpointer  data)
{
  g_clear_object (&w->store);
  kx_test_remove_dir (w->dir);
  g_clear_pointer (&w->dir, g_free);
}

/* Calls */

static gint64
add_call (KxTestWorld    *w,
          int             year,
          const char     *opens,
          const char     *closes,
          gint64          budget_fen,
          const KxPolicy *policy)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("%d年度学会服务能力提升计划", year);
  KxCallFields fields = {
    .year = year, .title = title, .budget_fen = budget_fen,
    .window_start = opens, .window_end = closes,
  };
  gint64 id = 0;

  if (policy != NULL)
    fields.policy = *policy;
  else
    kx_policy_init_defaults (&fields.policy);
  g_assert_true (kx_call_insert (w->store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

gint64
kx_test_add_call (KxTestWorld    *w,
                  int             year,
                  gint64          budget_fen,
                  const KxPolicy *policy)
{
  g_autofree char *opens = g_strdup_printf ("%d-03-01", year);
  g_autofree char *closes = g_strdup_printf ("%d-04-30", year);

  return add_call (w, year, opens, closes, budget_fen, policy);
}

gint64
kx_test_add_call_window (KxTestWorld *w,
                         int          year,
                         const char  *opens,
                         const char  *closes)
{
  return add_call (w, year, opens, closes, KX_TEST_BUDGET_FEN, NULL);
}

/* Organizations */

/* 5 = 民政, 1 = 社会团体, 431000 = 郴州市; a different code per organization. */
gint64
kx_test_add_org (KxTestWorld *w,
                 const char  *name,
                 KxOrgKind    kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first17 = g_strdup_printf ("51431000MJ%07u", ++w->n_orgs);
  g_autofree char *code = g_strdup_printf ("%s%c", first17, kx_credit_code_check_char (first17));
  KxOrganizationFields fields = {
    .name = name, .kind = kind,
    .credit_code = kind == KX_ORG_KIND_RESEARCHER ? NULL : code,
  };
  gint64 id = 0;

  g_assert_true (kx_organization_insert (w->store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

gint64
kx_test_add_fact (KxTestWorld *w,
                  gint64       org,
                  KxFactKind   kind,
                  gboolean     holds,
                  const char  *date,
                  const char  *evidence)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kx_organization_add_fact (w->store, org, kind, holds, date, evidence, NULL,
                                           &id, &error));
  g_assert_no_error (error);
  return id;
}

void
kx_test_set_year (KxTestWorld *w,
                  gint64       org,
                  int          year,
                  KxResult     inspection,
                  KxResult     assessment)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_organization_set_year_record (w->store, org, year, inspection, assessment,
                                                  NULL, &error));
  g_assert_no_error (error);
}

void
kx_test_make_eligible_for (KxTestWorld *w,
                           gint64       org,
                           int          call_year,
                           guint        skip)
{
  static const KxFactKind kinds[] = {
    KX_FACT_MANAGEMENT_NORMAL, KX_FACT_CAPABLE_SECRETARY, KX_FACT_FINANCE_SYSTEM,
    KX_FACT_BANK_ACCOUNT, KX_FACT_FINANCE_STAFF, KX_FACT_PARTY_BRANCH_ACTIVE,
    KX_FACT_DISTINCTIVE_WORK,
  };
  g_autofree char *held = g_strdup_printf ("%d-12-01", call_year - 1);
  g_autofree char *commended = g_strdup_printf ("%d-05-20", call_year - 2);

  kx_test_set_year (w, org, call_year - 2, KX_RESULT_PASS, KX_RESULT_PASS);
  kx_test_set_year (w, org, call_year - 1, KX_RESULT_PASS, KX_RESULT_PASS);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (!(skip & (1u << kinds[i])))
      kx_test_add_fact (w, org, kinds[i], TRUE, held, NULL);
  if (!(skip & (1u << KX_FACT_COMMENDATION)))
    kx_test_add_fact (w, org, KX_FACT_COMMENDATION, TRUE, commended, "郴科协字〔2024〕12号");
}

void
kx_test_make_eligible (KxTestWorld *w,
                       gint64       org,
                       guint        skip)
{
  kx_test_make_eligible_for (w, org, 2026, skip);
}

gint64
kx_test_add_society (KxTestWorld *w,
                     const char  *name)
{
  gint64 org = kx_test_add_org (w, name, KX_ORG_KIND_CITY_SOCIETY);

  kx_test_make_eligible (w, org, 0);
  return org;
}

/* Experts */

gint64
kx_test_add_expert (KxTestWorld *w,
                    const char  *name)
{
  g_autoptr(GError) error = NULL;
  KxExpertFields fields = { .name = name, .affiliation = "湘南学院" };
  gint64 id = 0;

  g_assert_true (kx_expert_insert (w->store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

gint64 *
kx_test_add_experts (KxTestWorld *w,
                     guint        n)
{
  gint64 *ids = g_new0 (gint64, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("专家%u", ++w->n_experts);

      ids[i] = kx_test_add_expert (w, name);
    }
  return ids;
}

/* Projects */

gint64
kx_test_add_project (KxTestWorld         *w,
                     const KxTestProject *spec)
{
  static const KxMilestoneFields milestones[] = {
    { .due_on = "2026-09-30", .target = "完成调研" },
    { .due_on = "2026-12-31", .target = "提交调研报告" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("郴州市科技创新课题调研%u", ++w->n_projects);
  KxBudgetLineFields lines[2];
  KxProjectFields fields = {
    .call_id = spec->call != 0 ? spec->call : w->call,
    .organization_id = spec->org,
    .type = spec->type != 0 ? spec->type : KX_PROJECT_TYPE_CONSULTING,
    .title = spec->title != NULL ? spec->title : title,
    .content = "开展郴州市科技创新现状调研", .indicators = "形成调研报告一份",
    .budget_lines = lines, .milestones = milestones,
    .n_milestones = G_N_ELEMENTS (milestones),
  };
  gint64 id = 0;

  if (spec->meeting_fen != 0)
    lines[fields.n_budget_lines++] = (KxBudgetLineFields) { .item = "会议费",
                                                            .amount_fen = spec->meeting_fen };
  if (spec->research_fen != 0)
    lines[fields.n_budget_lines++] = (KxBudgetLineFields) { .item = "调研费",
                                                            .amount_fen = spec->research_fen };
  if (fields.organization_id == 0)
    {
      g_autofree char *name = g_strdup_printf ("研究员%u", w->n_orgs + 1);

      fields.organization_id = kx_test_add_org (w, name, KX_ORG_KIND_RESEARCHER);
    }
  g_assert_true (kx_project_insert (w->store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

static char *
day (KxProject  *project,
     const char *month_day)
{
  return g_strdup_printf ("%d-%s", kx_project_get_call_year (project), month_day);
}

static KxProject *
get_project (KxTestWorld *w,
             gint64       project)
{
  g_autoptr(GError) error = NULL;
  KxProject *p = kx_project_get (w->store, project, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}

/* Assigned experts without a score, in the order they were assigned. */
static GArray *
unscored_experts (KxTestWorld *w,
                  gint64       project)
{
  static const char sql[] =
    "SELECT a.expert_id FROM assignment a WHERE a.project_id = ?1 AND NOT EXISTS "
    "(SELECT 1 FROM score s WHERE s.assignment_id = a.id) ORDER BY a.id";
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (w->store, sql, &error);
  GArray *experts = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, project);
  while ((rc = _kx_store_step_row (w->store, stmt, &error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (experts, id);
    }
  g_assert_no_error (error);
  g_assert_cmpint (rc, ==, 0);
  return experts;
}

void
kx_test_score (KxTestWorld *w,
               gint64       project,
               int          points,
               int          last_extra)
{
  g_autoptr(KxProject) p = get_project (w, project);
  g_autoptr(GArray) experts = unscored_experts (w, project);
  g_autofree char *on = day (p, "03-25");

  for (guint i = 0; i < experts->len; i++)
    {
      g_autoptr(GError) error = NULL;
      int scores[KX_N_CRITERIA] = { points, points, points, points, points };

      if (i + 1 == experts->len)
        scores[0] += last_extra;
      g_assert_true (kx_review_score (w->store, project, g_array_index (experts, gint64, i),
                                      scores, on, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The expert review: scores from who has not scored, then finished. */
static gboolean
finish_review (KxTestWorld  *w,
               KxProject    *p,
               GError      **error)
{
  g_autofree char *on = day (p, "03-25");

  kx_test_score (w, kx_project_get_id (p), 16, 0);
  return kx_review_finish (w->store, kx_project_get_id (p), on, error);
}

static gboolean
pass_formal_review (KxTestWorld  *w,
                    KxProject    *p,
                    GError      **error)
{
  g_autofree char *on = day (p, "03-15");
  KxFormalReviewFields formal = {
    .reviewed_on = on, .ok = { TRUE, TRUE, TRUE, TRUE, TRUE },
    .result = KX_FORMAL_RESULT_PASS,
  };

  return kx_formal_review_record (w->store, kx_project_get_id (p), &formal, error);
}

static gboolean
decide (KxTestWorld  *w,
        KxProject    *p,
        GError      **error)
{
  g_autofree char *on = day (p, "04-10");
  g_autofree char *minutes = g_strdup_printf ("党组会〔%d〕5号", kx_project_get_call_year (p));

  return kx_decision_record (w->store, kx_project_get_id (p), on, TRUE,
                             kx_project_get_requested_fen (p), minutes, NULL, error);
}

static gboolean
check (KxTestWorld  *w,
       KxProject    *p,
       const char   *kind,
       KxResult      result,
       GError      **error)
{
  gboolean final = g_str_equal (kind, "final");
  g_autofree char *on = day (p, final ? "12-01" : "07-01");

  return kx_check_record (w->store, kx_project_get_id (p), kind, on, result,
                          final ? "总结报告" : "中期报告",
                          result == KX_RESULT_FAIL ? "指标未完成" : NULL, error);
}

/* One action from the project's stage towards @target. */
static gboolean
step (KxTestWorld  *w,
      KxProject    *p,
      KxStage       target,
      GError      **error)
{
  KxStore *store = w->store;
  gint64 id = kx_project_get_id (p);
  g_autofree char *on = NULL;

  switch (kx_project_get_stage (p))
    {
    case KX_STAGE_DRAFT:
    case KX_STAGE_RETURNED:
      on = day (p, "03-10");
      return kx_project_submit (store, id, on, error);
    case KX_STAGE_SUBMITTED:
      return pass_formal_review (w, p, error);
    case KX_STAGE_FORMAL_PASSED:
      on = day (p, "03-20");
      return kx_review_assign_auto (store, id, on, NULL, error);
    case KX_STAGE_UNDER_EXPERT_REVIEW:
      return finish_review (w, p, error);
    case KX_STAGE_REVIEWED:
      return decide (w, p, error);
    case KX_STAGE_APPROVED:
      on = day (p, "04-15");
      return kx_notice_start (store, id, on, NULL, error);
    case KX_STAGE_IN_NOTICE:
      on = day (p, "04-22");
      return kx_notice_close (store, id, on, error);
    case KX_STAGE_NOTICE_PASSED:
      on = day (p, "04-25");
      return kx_agreement_sign (store, id, on, NULL, error);
    case KX_STAGE_AGREEMENT_SIGNED:
      on = day (p, "05-01");
      return kx_money_disburse (store, id, on, -1, "记-0501", NULL, error);
    case KX_STAGE_FUNDED:
      on = day (p, "06-01");
      return kx_progress_report (store, id, on, "调研进行中", NULL, 0, NULL, error);
    case KX_STAGE_IN_PROGRESS:
      return check (w, p, "midterm", KX_RESULT_PASS, error);
    case KX_STAGE_MIDTERM_PASSED:
      return check (w, p, "final", target == KX_STAGE_FAILED_ACCEPTANCE
                                   ? KX_RESULT_FAIL : KX_RESULT_PASS, error);
    default:
      g_error ("No walk from %s to %s", kx_stage_to_string (kx_project_get_stage (p)),
               kx_stage_to_string (target));
    }
}

gint64
kx_test_walk (KxTestWorld *w,
              gint64       project,
              KxStage      stage)
{
  g_autoptr(KxProject) p = get_project (w, project);

  while (kx_project_get_stage (p) != stage)
    {
      g_autoptr(GError) error = NULL;
      KxStage from = kx_project_get_stage (p);

      g_assert_true (step (w, p, stage, &error));
      g_assert_no_error (error);
      g_clear_object (&p);
      p = get_project (w, project);
      g_assert_cmpint (kx_project_get_stage (p), !=, from);
    }
  return project;
}

gint64
kx_test_project_at (KxTestWorld *w,
                    KxStage      stage,
                    gint64       meeting_fen,
                    gint64       research_fen)
{
  KxTestProject spec = { .meeting_fen = meeting_fen, .research_fen = research_fen };

  return kx_test_walk (w, kx_test_add_project (w, &spec), stage);
}

KxStage
kx_test_stage (KxTestWorld *w,
               gint64       project)
{
  g_autoptr(KxProject) p = get_project (w, project);

  return kx_project_get_stage (p);
}

/* Queries */

static sqlite3_stmt *
query (KxTestWorld *w,
       const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (w->store, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  g_assert_cmpint (_kx_store_step_row (w->store, stmt, &error), ==, 1);
  g_assert_no_error (error);
  return g_steal_pointer (&stmt);
}

gint64
kx_test_query_int (KxTestWorld *w,
                   const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = query (w, sql);

  return sqlite3_column_int64 (stmt, 0);
}

char *
kx_test_query_text (KxTestWorld *w,
                    const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = query (w, sql);

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gint64
kx_test_count (KxTestWorld *w,
               const char  *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return kx_test_query_int (w, sql);
}

char *
kx_test_snapshot (KxTestWorld *w)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM audit_log) "
    "|| '/' || (SELECT count(*) FROM decision) || '/' || (SELECT count(*) FROM notice) "
    "|| '/' || (SELECT count(*) FROM objection) "
    "|| '/' || (SELECT COALESCE(group_concat(resolution), '') FROM objection) "
    "|| '/' || (SELECT count(*) FROM agreement) || '/' || (SELECT count(*) FROM disbursement) "
    "|| '/' || (SELECT count(*) FROM recovery) || '/' || (SELECT count(*) FROM expenditure) "
    "|| '/' || (SELECT count(*) FROM progress_report) "
    "|| '/' || (SELECT count(*) FROM milestone_update) "
    "|| '/' || (SELECT COALESCE(group_concat(status), '') FROM milestone) "
    "|| '/' || (SELECT count(*) FROM project_check) || '/' || (SELECT count(*) FROM penalty) "
    "|| '/' || (SELECT COALESCE(group_concat(stage || ':' || COALESCE(approved_fen, '-')), '') "
    "           FROM project)";
  char *text = kx_test_query_text (w, sql);

  g_assert_nonnull (text);
  return text;
}
