/* kx-implementation.c: progress reports, mid-term check, final acceptance (五.4, 五.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-implementation"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-implementation.h"
#include "kx-penalty.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-implementation-error-quark, kx_implementation_error)

static const char * const milestone_statuses[] = { "planned", "in_progress", "done", "missed" };

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (KX_IMPLEMENTATION_ERROR, KX_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

static gboolean
is_milestone_status (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (milestone_statuses); i++)
    if (g_strcmp0 (status, milestone_statuses[i]) == 0)
      return TRUE;
  return FALSE;
}

static gint64
count_for_project (KxStore     *store,
                   const char  *sql,
                   gint64       project_id,
                   GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (_kx_store_step_row (store, stmt, error) == 1)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Checks */

/* 五.4: the organization reports its progress; the mid-term check (五.5)
 * looks at what was reported, so there must be something to look at. */
gboolean
_kx_midterm_check_check (KxStore               *store,
                         const KxProjectState  *state,
                         const char            *today,
                         GError               **error)
{
  gint64 n = count_for_project (store, "SELECT count(*) FROM progress_report "
                                       "WHERE project_id = ?1", state->id, error);

  if (n < 0)
    return FALSE;
  if (n == 0)
    return _kx_workflow_blocked (error, _("No progress has been reported yet; record the "
                                          "organization's progress report first"));
  return TRUE;
}

/* Nothing beyond the stage (a passed mid-term check): the final acceptance
 * must be recordable as failed for a project that stopped reporting, so
 * requiring reports or finished milestones here would shield exactly the
 * projects 七(二) penalizes. */
gboolean
_kx_final_check_check (KxStore               *store,
                       const KxProjectState  *state,
                       const char            *today,
                       GError               **error)
{
  return TRUE;
}

/* Progress reports */

static gboolean
validate_updates (const KxMilestoneUpdate  *updates,
                  guint                     n_updates,
                  GError                  **error)
{
  for (guint i = 0; i < n_updates; i++)
    {
      if (!is_milestone_status (updates[i].status))
        return invalid (error, _("Milestone status: “%s” is not a status; use planned, "
                                 "in_progress, done or missed"),
                        updates[i].status != NULL ? updates[i].status : "");
      for (guint j = 0; j < i; j++)
        if (updates[j].milestone_id == updates[i].milestone_id)
          return invalid (error, _("Milestone: milestone %lld is updated twice in one report"),
                          (long long) updates[i].milestone_id);
    }
  return TRUE;
}

static gboolean
insert_report (KxStore     *store,
               gint64       project_id,
               const char  *reported_on,
               const char  *text,
               gint64      *out_id,
               GError     **error)
{
  static const char sql[] =
    "INSERT INTO progress_report (project_id, reported_on, text) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_text (stmt, 2, reported_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return _kx_store_audit_write (store, "progress_report", *out_id,
                                kx_action_to_string (KX_ACTION_REPORT_PROGRESS), NULL, error);
}

/* The milestone's new status, audited, after checking it is the project's. */
static gboolean
set_milestone_status (KxStore                  *store,
                      gint64                    project_id,
                      const KxMilestoneUpdate  *update,
                      GError                  **error)
{
  static const char sql[] = "UPDATE milestone SET status = ?3 WHERE id = ?1 AND project_id = ?2";
  g_autoptr(GError) local_error = NULL;
  g_autofree char *before = NULL;
  sqlite3_stmt *stmt;

  before = _kx_store_row_json (store, "milestone", update->milestone_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, update->milestone_id);
  sqlite3_bind_int64 (stmt, 2, project_id);
  sqlite3_bind_text (stmt, 3, update->status, -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (_kx_store_get_db (store)) == 0)
    return invalid (error, _("Milestone: the project has no milestone %lld"),
                    (long long) update->milestone_id);
  return _kx_store_audit_write (store, "milestone", update->milestone_id,
                                kx_action_to_string (KX_ACTION_REPORT_PROGRESS), before, error);
}

static gboolean
insert_update (KxStore                  *store,
               gint64                    project_id,
               gint64                    report_id,
               const KxMilestoneUpdate  *update,
               GError                  **error)
{
  static const char sql[] =
    "INSERT INTO milestone_update (report_id, milestone_id, status, note) "
    "VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *stmt;

  if (!set_milestone_status (store, project_id, update, error) ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int64 (stmt, 2, update->milestone_id);
  sqlite3_bind_text (stmt, 3, update->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, update->note != NULL ? update->note : "", -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  return _kx_store_audit_write (store, "milestone_update",
                                sqlite3_last_insert_rowid (_kx_store_get_db (store)),
                                kx_action_to_string (KX_ACTION_REPORT_PROGRESS), NULL, error);
}

static gboolean
report_in_transaction (KxStore                  *store,
                       gint64                    project_id,
                       const char               *reported_on,
                       const char               *text,
                       const KxMilestoneUpdate  *updates,
                       guint                     n_updates,
                       gint64                   *out_id,
                       GError                  **error)
{
  g_auto(KxProjectState) state = { 0 };

  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_REPORT_PROGRESS, reported_on, error) ||
      !insert_report (store, project_id, reported_on, text, out_id, error))
    return FALSE;
  for (guint i = 0; i < n_updates; i++)
    if (!insert_update (store, project_id, *out_id, &updates[i], error))
      return FALSE;
  if (state.stage == KX_STAGE_FUNDED)
    return _kx_workflow_set_stage (store, &state, KX_STAGE_IN_PROGRESS,
                                   KX_ACTION_REPORT_PROGRESS, error);
  return TRUE;
}

/**
 * kx_progress_report:
 * @store: the store
 * @project_id: the project (funded, in progress or mid-term passed)
 * @reported_on: the date of the report
 * @text: what the organization reported (required)
 * @updates: (array length=n_updates) (nullable): new milestone statuses
 * @n_updates: their number
 * @out_id: (out) (optional): the report's id
 * @error: return location for a #GError
 *
 * 五.4. The first report of a funded project moves it to in_progress.
 * Each milestone must be one of the project's.
 *
 * Returns: %TRUE when the report is recorded
 */
gboolean
kx_progress_report (KxStore                  *store,
                    gint64                    project_id,
                    const char               *reported_on,
                    const char               *text,
                    const KxMilestoneUpdate  *updates,
                    guint                     n_updates,
                    gint64                   *out_id,
                    GError                  **error)
{
  g_autofree char *date = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (updates != NULL || n_updates == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), reported_on, &date, error))
    return FALSE;
  if (*stripped == '\0')
    return invalid (error, _("Text: say what progress the organization reported"));
  if (!validate_updates (updates, n_updates, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!report_in_transaction (store, project_id, date, stripped, updates, n_updates, &id,
                              error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

/* Checks: 中期检查 and 总结验收 */

static gboolean
insert_check (KxStore     *store,
              gint64       project_id,
              KxAction     action,
              const char  *kind,
              const char  *checked_on,
              KxResult     result,
              const char  *materials,
              const char  *comments,
              GError     **error)
{
  static const char sql[] =
    "INSERT INTO project_check (project_id, kind, checked_on, result, materials, comments) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, checked_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kx_result_to_string (result), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, materials != NULL ? materials : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, comments, -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  return _kx_store_audit_write (store, "project_check",
                                sqlite3_last_insert_rowid (_kx_store_get_db (store)),
                                kx_action_to_string (action), NULL, error);
}

/* The stage a check leads to: a failed mid-term check leaves the project
 * in progress (it may be checked again after rectification). */
static KxStage
stage_after (KxAction action,
             KxResult result)
{
  if (action == KX_ACTION_MIDTERM_CHECK)
    return result == KX_RESULT_PASS ? KX_STAGE_MIDTERM_PASSED : KX_STAGE_IN_PROGRESS;
  return result == KX_RESULT_PASS ? KX_STAGE_ACCEPTED : KX_STAGE_FAILED_ACCEPTANCE;
}

static gboolean
check_in_transaction (KxStore     *store,
                      gint64       project_id,
                      KxAction     action,
                      const char  *kind,
                      const char  *checked_on,
                      KxResult     result,
                      const char  *materials,
                      const char  *comments,
                      GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  KxStage to = stage_after (action, result);

  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, action, checked_on, error) ||
      !insert_check (store, project_id, action, kind, checked_on, result, materials, comments,
                     error))
    return FALSE;
  if (to != state.stage &&
      !_kx_workflow_set_stage (store, &state, to, action, error))
    return FALSE;
  /* 七(二): 对项目考核验收不合格的，收回已拨付的项目资金，并连续2年取消其申报资格. */
  if (to == KX_STAGE_FAILED_ACCEPTANCE)
    return _kx_penalty_record (store, &state, KX_PENALTY_FAILED_ACCEPTANCE, checked_on,
                               comments, NULL, error);
  return TRUE;
}

static gboolean
validate_check (const char  *kind,
                KxResult     result,
                const char  *comments,
                KxAction    *out_action,
                GError     **error)
{
  if (g_strcmp0 (kind, "midterm") == 0)
    *out_action = KX_ACTION_MIDTERM_CHECK;
  else if (g_strcmp0 (kind, "final") == 0)
    *out_action = KX_ACTION_FINAL_CHECK;
  else
    return invalid (error, _("Kind: “%s” is not a check; use midterm or final"),
                    kind != NULL ? kind : "");
  if (result != KX_RESULT_PASS && result != KX_RESULT_FAIL)
    return invalid (error, _("Result: a check is either passed or failed"));
  if (result == KX_RESULT_FAIL && is_blank (comments))
    return invalid (error, _("Comments: say why the check failed"));
  return TRUE;
}

/**
 * kx_check_record:
 * @store: the store
 * @project_id: the project
 * @kind: "midterm" (中期检查) or "final" (总结验收)
 * @checked_on: the date of the check
 * @result: %KX_RESULT_PASS or %KX_RESULT_FAIL
 * @materials: (nullable): the written materials provided (五.5)
 * @comments: (nullable): the findings; required when the check failed
 * @error: return location for a #GError
 *
 * Mid-term (in progress): pass → midterm_passed; fail → stays in progress.
 * Final (midterm_passed): pass → accepted; fail → failed_acceptance and a
 * penalty (七(二)) in the same transaction.
 *
 * Returns: %TRUE when the check is recorded
 */
gboolean
kx_check_record (KxStore     *store,
                 gint64       project_id,
                 const char  *kind,
                 const char  *checked_on,
                 KxResult     result,
                 const char  *materials,
                 const char  *comments,
                 GError     **error)
{
  g_autofree char *date = NULL;
  g_autofree char *findings = g_strstrip (g_strdup (comments != NULL ? comments : ""));
  KxAction action = KX_ACTION_MIDTERM_CHECK;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), checked_on, &date, error) ||
      !validate_check (kind, result, findings, &action, error) ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!check_in_transaction (store, project_id, action, kind, date, result, materials,
                             findings, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Lists */

static void
milestone_report_clear (gpointer data)
{
  KxMilestoneReport *m = data;

  g_clear_pointer (&m->target, g_free);
  g_clear_pointer (&m->status, g_free);
  g_clear_pointer (&m->note, g_free);
}

static void
progress_report_clear (gpointer data)
{
  KxProgressReport *r = data;

  g_clear_pointer (&r->reported_on, g_free);
  g_clear_pointer (&r->text, g_free);
  g_clear_pointer (&r->updates, g_array_unref);
}

static void
project_check_clear (gpointer data)
{
  KxProjectCheck *c = data;

  g_clear_pointer (&c->kind, g_free);
  g_clear_pointer (&c->checked_on, g_free);
  g_clear_pointer (&c->materials, g_free);
  g_clear_pointer (&c->comments, g_free);
}

static void
read_milestone_report (sqlite3_stmt *stmt,
                       gpointer      element)
{
  *(KxMilestoneReport *) element = (KxMilestoneReport) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1), _kx_column_dup (stmt, 2),
    _kx_column_dup (stmt, 3), _kx_column_dup (stmt, 4),
  };
}

static GArray *
list_updates (KxStore  *store,
              gint64    report_id,
              GError  **error)
{
  static const char sql[] =
    "SELECT u.milestone_id, m.seq, m.target, u.status, u.note "
    "FROM milestone_update u JOIN milestone m ON m.id = u.milestone_id "
    "WHERE u.report_id = ?1 ORDER BY m.seq";

  return _kx_store_collect (store, sql, report_id, sizeof (KxMilestoneReport),
                            milestone_report_clear, read_milestone_report, error);
}

/**
 * kx_progress_list_reports:
 *
 * Returns: (transfer full) (element-type KxProgressReport): the project's
 *   reports, oldest first, with their milestone updates; %NULL on error
 */
GArray *
kx_progress_list_reports (KxStore  *store,
                          gint64    project_id,
                          GError  **error)
{
  static const char sql[] =
    "SELECT id, reported_on, text FROM progress_report WHERE project_id = ?1 "
    "ORDER BY reported_on, id";
  g_autoptr(GArray) list = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxProgressReport));
  g_array_set_clear_func (list, progress_report_clear);
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxProgressReport r = {
        sqlite3_column_int64 (stmt, 0), _kx_column_dup (stmt, 1), _kx_column_dup (stmt, 2),
        NULL,
      };

      /* Appended first, so that it is freed with the list on error. */
      g_array_append_val (list, r);
      if ((g_array_index (list, KxProgressReport, list->len - 1).updates =
             list_updates (store, r.id, error)) == NULL)
        return NULL;
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

static void
read_check (sqlite3_stmt *stmt,
            gpointer      element)
{
  KxProjectCheck *c = element;

  *c = (KxProjectCheck) {
    sqlite3_column_int64 (stmt, 0), _kx_column_dup (stmt, 1), _kx_column_dup (stmt, 2),
    KX_RESULT_UNKNOWN, _kx_column_dup (stmt, 4), _kx_column_dup (stmt, 5),
  };
  kx_result_from_string (_kx_column_text (stmt, 3), &c->result);
}

/**
 * kx_check_list:
 *
 * Returns: (transfer full) (element-type KxProjectCheck): the project's
 *   mid-term checks and final acceptances, oldest first; %NULL on error
 */
GArray *
kx_check_list (KxStore  *store,
               gint64    project_id,
               GError  **error)
{
  static const char sql[] =
    "SELECT id, kind, checked_on, result, materials, comments FROM project_check "
    "WHERE project_id = ?1 ORDER BY checked_on, id";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kx_store_collect (store, sql, project_id, sizeof (KxProjectCheck), project_check_clear,
                            read_check, error);
}
