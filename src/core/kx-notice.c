/* kx-notice.c: 公示 and 异议 (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-decision.h: an approved project is put on public notice,
 * objections received during the notice are recorded and resolved, and
 * the notice is closed once its period is over.
 */

#define G_LOG_DOMAIN "kx-decision"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-decision.h"
#include "kx-call.h"
#include "kx-decision-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

/* Public notice */

void
kx_notice_free (KxNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->start_on);
  g_free (notice->end_on);
  g_free (notice->url);
  g_free (notice);
}

KxNotice *
kx_notice_get (KxStore  *store,
               gint64    project_id,
               GError  **error)
{
  static const char sql[] =
    "SELECT id, start_on, end_on, url FROM notice WHERE project_id = ?1";
  sqlite3_stmt *stmt;
  KxNotice *n;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_decision_get_row (store, sql, project_id, error,
                               _("The project with ID %lld has not been put on public notice"),
                               (long long) project_id);
  if (stmt == NULL)
    return NULL;
  n = g_new0 (KxNotice, 1);
  n->id = sqlite3_column_int64 (stmt, 0);
  n->project_id = project_id;
  n->start_on = _kx_column_dup (stmt, 1);
  n->end_on = _kx_column_dup (stmt, 2);
  n->url = _kx_column_dup (stmt, 3);
  sqlite3_reset (stmt);
  return n;
}

static gboolean
insert_notice (KxStore               *store,
               const KxProjectState  *state,
               const char            *start_on,
               const char            *url,
               GError               **error)
{
  static const char sql[] =
    "INSERT INTO notice (project_id, start_on, end_on, url) VALUES (?1, ?2, ?3, ?4)";
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxDecision) decision = NULL;
  g_autofree char *end_on = NULL;
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;

  if ((call = kx_call_get (store, state->call_id, error)) == NULL ||
      (decision = kx_decision_get (store, state->id, error)) == NULL)
    return FALSE;
  if (kx_date_compare (start_on, decision->meeting_on) < 0)
    {
      message = g_strdup_printf (_("the public notice cannot start before the decision of %s"),
                                 decision->meeting_on);
      return _kx_decision_invalid (error, _("Start date"), message);
    }
  /* notice_days calendar days counting the first: 7 days from 05-06 end on 05-12. */
  end_on = kx_date_add_days (start_on, kx_call_get_policy (call)->notice_days - 1);
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_text (stmt, 2, start_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, end_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, url != NULL ? url : "", -1, SQLITE_STATIC);
  return _kx_decision_insert (store, stmt, "notice", NULL, error);
}

gboolean
kx_notice_start (KxStore     *store,
                 gint64       project_id,
                 const char  *start_on,
                 const char  *url,
                 GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *start = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Start date"), start_on, &start, error) ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_START_NOTICE, start, error) ||
      !insert_notice (store, &state, start, url, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_IN_NOTICE, KX_ACTION_START_NOTICE,
                               error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static gint64
count_pending (KxStore  *store,
               gint64    project_id,
               GError  **error)
{
  static const char sql[] =
    "SELECT count(*) FROM objection WHERE project_id = ?1 AND resolution = 'pending'";

  return _kx_decision_query_int (store, sql, project_id, 0, error);
}

/* A project in notice without a notice row was put there around this
 * module (e.g. by an older demo): its dates are unknown, so the actions
 * that need them are blocked rather than failing. */
static KxNotice *
require_notice (KxStore               *store,
                const KxProjectState  *state,
                GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  KxNotice *notice = kx_notice_get (store, state->id, &local_error);

  if (notice != NULL)
    return notice;
  if (g_error_matches (local_error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
    _kx_workflow_blocked (error, _("Project %s has no public notice on record; its dates are "
                                   "unknown"), state->number);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

gboolean
_kx_close_notice_check (KxStore              *store,
                        const KxProjectState *state,
                        const char           *today,
                        GError              **error)
{
  g_autoptr(KxNotice) notice = require_notice (store, state, error);
  g_autofree char *first = NULL;
  gint64 pending;

  if (notice == NULL)
    return FALSE;
  if (kx_date_compare (today, notice->end_on) <= 0)
    {
      first = kx_date_add_days (notice->end_on, 1);
      return _kx_workflow_blocked (error,
                                   _("The public notice is not over: it ends on %s and can be "
                                     "closed from %s"), notice->end_on, first);
    }
  if ((pending = count_pending (store, state->id, error)) == G_MININT64)
    return FALSE;
  if (pending == 0)
    return TRUE;
  return _kx_workflow_blocked (error,
                               ngettext ("%d objection is still pending; resolve it before "
                                         "closing the notice",
                                         "%d objections are still pending; resolve them before "
                                         "closing the notice", (gulong) pending),
                               (int) pending);
}

gboolean
kx_notice_close (KxStore     *store,
                 gint64       project_id,
                 const char  *date,
                 GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *day = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), date, &day, error) ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_CLOSE_NOTICE, day, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_NOTICE_PASSED, KX_ACTION_CLOSE_NOTICE,
                               error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Objections */

static void
objection_clear (gpointer data)
{
  KxObjection *o = data;

  g_free (o->received_on);
  g_free (o->objector);
  g_free (o->content);
  g_free (o->resolution);
  g_free (o->resolved_on);
  g_free (o->resolution_note);
}

GArray *
kx_notice_list_objections (KxStore  *store,
                           gint64    project_id,
                           GError  **error)
{
  static const char sql[] =
    "SELECT id, received_on, objector, content, resolution, resolved_on, resolution_note "
    "FROM objection WHERE project_id = ?1 ORDER BY received_on, id";
  g_autoptr(GArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxObjection));
  g_array_set_clear_func (list, objection_clear);
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxObjection o = {
        .id = sqlite3_column_int64 (stmt, 0),
        .project_id = project_id,
        .received_on = _kx_column_dup (stmt, 1),
        .objector = _kx_column_dup (stmt, 2),
        .content = _kx_column_dup (stmt, 3),
        .resolution = _kx_column_dup (stmt, 4),
        .resolved_on = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                       ? NULL : _kx_column_dup (stmt, 5),
        .resolution_note = _kx_column_dup (stmt, 6),
      };
      g_array_append_val (list, o);
    }
  if (rc < 0)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

gint64
kx_notice_objection_project (KxStore  *store,
                             gint64    objection_id,
                             GError  **error)
{
  static const char sql[] = "SELECT project_id FROM objection WHERE id = ?1";
  gint64 project_id;

  g_return_val_if_fail (KX_IS_STORE (store), 0);

  project_id = _kx_decision_query_int (store, sql, objection_id, 0, error);
  if (project_id == G_MININT64)
    return 0;
  if (project_id == 0)
    _kx_decision_not_found (error, _("There is no objection with ID %lld"),
                            (long long) objection_id);
  return project_id;
}

/* Objections are received during the notice only. Shaped as a
 * KxActionCheck so that the workflow table can list it for
 * KX_ACTION_RECORD_OBJECTION. */
gboolean
_kx_record_objection_check (KxStore               *store,
                            const KxProjectState  *state,
                            const char            *today,
                            GError               **error)
{
  g_autoptr(KxNotice) notice = require_notice (store, state, error);

  if (notice == NULL)
    return FALSE;
  if (kx_date_compare (today, notice->start_on) >= 0 &&
      kx_date_compare (today, notice->end_on) <= 0)
    return TRUE;
  return _kx_workflow_blocked (error,
                               _("An objection received on %s is outside the public notice "
                                 "(%s to %s) and cannot be recorded"),
                               today, notice->start_on, notice->end_on);
}

static gboolean
insert_objection (KxStore               *store,
                  const KxProjectState  *state,
                  const char            *received_on,
                  const char            *objector,
                  const char            *content,
                  gint64                *out_id,
                  GError               **error)
{
  static const char sql[] =
    "INSERT INTO objection (project_id, received_on, objector, content) VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *stmt;

  if (!_kx_record_objection_check (store, state, received_on, error))
    return FALSE;
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_text (stmt, 2, received_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, objector != NULL ? objector : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, content, -1, SQLITE_STATIC);
  return _kx_decision_insert (store, stmt, "objection", out_id, error);
}

gboolean
kx_notice_record_objection (KxStore     *store,
                            gint64       project_id,
                            const char  *received_on,
                            const char  *objector,
                            const char  *content,
                            gint64      *out_id,
                            GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *received = NULL;
  g_autofree char *text = g_strstrip (g_strdup (content != NULL ? content : ""));

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date received"), received_on, &received, error))
    return FALSE;
  if (*text == '\0')
    return _kx_decision_invalid (error, _("Content"), _("say what the objection is"));
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_RECORD_OBJECTION, received, error) ||
      !insert_objection (store, &state, received, objector, text, out_id, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kx_resolve_objection_check (KxStore              *store,
                             const KxProjectState *state,
                             const char           *today,
                             GError              **error)
{
  gint64 pending = count_pending (store, state->id, error);

  if (pending == G_MININT64)
    return FALSE;
  if (pending > 0)
    return TRUE;
  return _kx_workflow_blocked (error, _("Project %s has no pending objection to resolve"),
                               state->number);
}

/* The objection must be pending and resolved on or after the day it was
 * received. */
static gboolean
check_objection (KxStore     *store,
                 gint64       objection_id,
                 const char  *resolved_on,
                 GError     **error)
{
  static const char sql[] =
    "SELECT received_on, resolution, resolved_on FROM objection WHERE id = ?1";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  g_autofree char *message = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objection_id);
  if (_kx_store_step_row (store, stmt, error) <= 0)
    return FALSE;   /* the caller found its project: the row exists */
  if (g_strcmp0 (_kx_column_text (stmt, 1), "pending") != 0)
    return _kx_workflow_blocked (error, _("Objection %lld was already resolved on %s"),
                                 (long long) objection_id, _kx_column_text (stmt, 2));
  if (kx_date_compare (resolved_on, _kx_column_text (stmt, 0)) >= 0)
    return TRUE;
  message = g_strdup_printf (_("the objection was received on %s"), _kx_column_text (stmt, 0));
  return _kx_decision_invalid (error, _("Date resolved"), message);
}

static gboolean
update_objection (KxStore     *store,
                  gint64       objection_id,
                  const char  *resolution,
                  const char  *resolved_on,
                  const char  *note,
                  GError     **error)
{
  static const char sql[] =
    "UPDATE objection SET resolution = ?2, resolved_on = ?3, resolution_note = ?4 "
    "WHERE id = ?1";
  g_autofree char *before = NULL;
  sqlite3_stmt *stmt;

  if ((before = _kx_store_row_json (store, "objection", objection_id, error)) == NULL ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objection_id);
  sqlite3_bind_text (stmt, 2, resolution, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, resolved_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, note != NULL ? note : "", -1, SQLITE_STATIC);
  return _kx_store_step_done (store, stmt, error) &&
         _kx_store_audit_write (store, "objection", objection_id, "resolve", before, error);
}

gboolean
kx_notice_resolve_objection (KxStore     *store,
                             gint64       objection_id,
                             const char  *resolution,
                             const char  *resolved_on,
                             const char  *note,
                             GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *resolved = NULL;
  gboolean upheld = g_strcmp0 (resolution, "upheld") == 0;
  gint64 project_id;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!upheld && g_strcmp0 (resolution, "unfounded") != 0)
    return _kx_decision_invalid (error, _("Resolution"),
                                 _("use “unfounded” or “upheld”"));
  if (!kx_date_parse (_("Date resolved"), resolved_on, &resolved, error) ||
      (project_id = kx_notice_objection_project (store, objection_id, error)) == 0 ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !check_objection (store, objection_id, resolved, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_RESOLVE_OBJECTION, resolved, error) ||
      !update_objection (store, objection_id, resolution, resolved, note, error) ||
      (upheld && !_kx_workflow_set_stage (store, &state, KX_STAGE_WITHDRAWN,
                                          KX_ACTION_RESOLVE_OBJECTION, error)) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
