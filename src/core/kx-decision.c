/* kx-decision.c: 党组研究同意 (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The public notice and its objections are in kx-notice.c, the agreement
 * (项目责任书) and the capital numerals its text needs in kx-agreement.c;
 * the three files implement kx-decision.h and share the helpers below
 * through kx-decision-private.h.
 */

#define G_LOG_DOMAIN "kx-decision"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-decision.h"
#include "kx-call.h"
#include "kx-decision-private.h"
#include "kx-money.h"
#include "kx-project.h"
#include "kx-review.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-decision-error-quark, kx_decision_error)

/* Shared with kx-notice.c and kx-agreement.c */

gboolean
_kx_decision_invalid (GError     **error,
                      const char  *field,
                      const char  *message)
{
  g_set_error (error, KX_DECISION_ERROR, KX_ERROR_INVALID, _("%s: %s"), field, message);
  return FALSE;
}

static void G_GNUC_PRINTF (2, 0)
set_not_found (GError     **error,
               const char  *format,
               va_list      args)
{
  if (error != NULL)
    *error = g_error_new_valist (KX_DECISION_ERROR, KX_ERROR_NOT_FOUND, format, args);
}

gboolean
_kx_decision_not_found (GError     **error,
                        const char  *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  set_not_found (error, format, args);
  va_end (args);
  return FALSE;
}

gint64
_kx_decision_query_int (KxStore     *store,
                        const char  *sql,
                        gint64       id,
                        gint64       missing,
                        GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 value;
  int rc;

  if (stmt == NULL)
    return G_MININT64;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc < 0)
    return G_MININT64;
  value = rc == 1 && sqlite3_column_type (stmt, 0) != SQLITE_NULL
          ? sqlite3_column_int64 (stmt, 0) : missing;
  sqlite3_reset (stmt);
  return value;
}

sqlite3_stmt *
_kx_decision_get_row (KxStore     *store,
                      const char  *sql,
                      gint64       project_id,
                      GError     **error,
                      const char  *not_found,
                      ...)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  va_list args;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) > 0)
    return stmt;
  if (rc == 0)
    {
      va_start (args, not_found);
      set_not_found (error, not_found, args);
      va_end (args);
    }
  return NULL;
}

gboolean
_kx_decision_insert (KxStore       *store,
                     sqlite3_stmt  *stmt,
                     const char    *entity,
                     gint64        *out_id,
                     GError       **error)
{
  gint64 id;

  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  if (!_kx_store_audit_write (store, entity, id, "insert", NULL, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

/* Decision */

void
kx_decision_free (KxDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->meeting_on);
  g_free (decision->minutes_ref);
  g_free (decision->note);
  g_free (decision);
}

KxDecision *
kx_decision_get (KxStore  *store,
                 gint64    project_id,
                 GError  **error)
{
  static const char sql[] =
    "SELECT id, meeting_on, approved, approved_fen, minutes_ref, note "
    "FROM decision WHERE project_id = ?1";
  sqlite3_stmt *stmt;
  KxDecision *d;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_decision_get_row (store, sql, project_id, error,
                               _("The project with ID %lld has no decision recorded"),
                               (long long) project_id);
  if (stmt == NULL)
    return NULL;
  d = g_new0 (KxDecision, 1);
  d->id = sqlite3_column_int64 (stmt, 0);
  d->project_id = project_id;
  d->meeting_on = _kx_column_dup (stmt, 1);
  d->approved = sqlite3_column_int (stmt, 2) != 0;
  d->approved_fen = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                    ? -1 : sqlite3_column_int64 (stmt, 3);
  d->minutes_ref = _kx_column_dup (stmt, 4);
  d->note = _kx_column_dup (stmt, 5);
  sqlite3_reset (stmt);
  return d;
}

gint64
kx_decision_approved_total (KxStore  *store,
                            gint64    call_id,
                            int       type,
                            gint64    except_project_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT (SELECT COALESCE(SUM(amount), 0) FROM call_approved "
    "        WHERE call_id = ?1 AND (?2 = 0 OR type = ?2)) "
    "  - COALESCE((SELECT CASE WHEN p.approved_fen IS NULL "
    "                            OR p.stage IN ('withdrawn', 'not_approved') THEN 0 "
    "    WHEN p.stage IN ('revoked', 'failed_acceptance') "
    "    THEN (SELECT COALESCE(SUM(d.amount_fen), 0) FROM disbursement d "
    "          WHERE d.project_id = p.id) "
    "    ELSE p.approved_fen END FROM project p "
    "    WHERE p.id = ?3 AND p.call_id = ?1 AND (?2 = 0 OR p.type = ?2)), 0)";
  sqlite3_stmt *stmt;
  gint64 sum;

  g_return_val_if_fail (KX_IS_STORE (store), -1);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, call_id);
  sqlite3_bind_int (stmt, 2, type);
  sqlite3_bind_int64 (stmt, 3, except_project_id);
  if (_kx_store_step_row (store, stmt, error) <= 0)
    return -1;
  sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

/* A decision needs an expert score to decide on. Below the pass line the
 * Party group can still record that the project is not approved, so the
 * pass line is checked only when approving (check_pass_line). */
gboolean
_kx_decide_check (KxStore              *store,
                  const KxProjectState *state,
                  const char           *today,
                  GError              **error)
{
  KxScoreSummary summary = { 0 };

  if (!kx_review_project_score (store, state->id, &summary, error))
    return FALSE;
  if (summary.n_scores > 0)
    return TRUE;
  return _kx_workflow_blocked (error,
                               _("No expert score is recorded for project %s; the expert "
                                 "review must be finished before the decision"), state->number);
}

static gboolean
check_amount (const KxProjectState  *state,
              gint64                 approved_fen,
              GError               **error)
{
  g_autofree char *amount = kx_money_format (approved_fen);
  g_autofree char *requested = kx_money_format (state->requested_fen);
  g_autofree char *message = NULL;

  if (approved_fen <= 0)
    return _kx_decision_invalid (error, _("Approved amount"),
                                 _("an approval needs an amount above ¥0.00"));
  if (approved_fen <= state->requested_fen)
    return TRUE;
  message = g_strdup_printf (_("%s is more than the %s requested"), amount, requested);
  return _kx_decision_invalid (error, _("Approved amount"), message);
}

static gboolean
check_pass_line (KxStore               *store,
                 const KxProjectState  *state,
                 const KxPolicy        *policy,
                 GError               **error)
{
  KxScoreSummary summary = { 0 };

  if (!kx_review_project_score (store, state->id, &summary, error))
    return FALSE;
  if (summary.passes)
    return TRUE;
  return _kx_workflow_blocked (error,
                               _("The expert review did not reach the pass line of %d points "
                                 "(score %lld.%02lld); the project can only be recorded as not "
                                 "approved (五.2)"),
                               policy->pass_line, (long long) (summary.score_x100 / 100),
                               (long long) (summary.score_x100 % 100));
}

static gboolean
over_cap (GError               **error,
          const KxProjectState  *state,
          gint64                 sum_fen,
          gint64                 amount_fen,
          gint64                 cap_fen)
{
  g_autofree char *sum = kx_money_format (sum_fen);
  g_autofree char *amount = kx_money_format (amount_fen);
  g_autofree char *cap = kx_money_format (cap_fen);

  return _kx_workflow_blocked (error, _("Over the cap for “%s”: %s already approved, %s for "
                                        "this project, cap %s"),
                               kx_project_type_label (state->type), sum, amount, cap);
}

static gboolean
over_budget (GError **error,
             gint64   sum_fen,
             gint64   amount_fen,
             gint64   budget_fen)
{
  g_autofree char *sum = kx_money_format (sum_fen);
  g_autofree char *amount = kx_money_format (amount_fen);
  g_autofree char *budget = kx_money_format (budget_fen);

  return _kx_workflow_blocked (error, _("Over the year's budget: %s already approved, %s for "
                                        "this project, budget %s"), sum, amount, budget);
}

/* The money approved in the call stays within the type's cap and the
 * call's budget, counting this project. */
static gboolean
check_limits (KxStore               *store,
              const KxProjectState  *state,
              KxCall                *call,
              gint64                 approved_fen,
              GError               **error)
{
  gint64 cap = kx_call_get_policy (call)->type_cap_fen[state->type - 1];
  gint64 budget = kx_call_get_budget_fen (call);
  gint64 sum;

  if (cap >= 0)
    {
      sum = kx_decision_approved_total (store, state->call_id, state->type, state->id, error);
      if (sum < 0)
        return FALSE;
      if (sum + approved_fen > cap)
        return over_cap (error, state, sum, approved_fen, cap);
    }
  sum = kx_decision_approved_total (store, state->call_id, 0, state->id, error);
  if (sum < 0)
    return FALSE;
  if (sum + approved_fen > budget)
    return over_budget (error, sum, approved_fen, budget);
  return TRUE;
}

static gboolean
check_approval (KxStore               *store,
                const KxProjectState  *state,
                gint64                 approved_fen,
                GError               **error)
{
  g_autoptr(KxCall) call = NULL;

  if (!check_amount (state, approved_fen, error) ||
      (call = kx_call_get (store, state->call_id, error)) == NULL)
    return FALSE;
  return check_pass_line (store, state, kx_call_get_policy (call), error) &&
         check_limits (store, state, call, approved_fen, error);
}

static gboolean
insert_decision (KxStore               *store,
                 const KxProjectState  *state,
                 const char            *meeting_on,
                 gboolean               approved,
                 gint64                 approved_fen,
                 const char            *minutes_ref,
                 const char            *note,
                 GError               **error)
{
  static const char sql[] =
    "INSERT INTO decision (project_id, meeting_on, approved, approved_fen, minutes_ref, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_text (stmt, 2, meeting_on, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, approved ? 1 : 0);
  if (approved)
    sqlite3_bind_int64 (stmt, 4, approved_fen);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, minutes_ref != NULL ? minutes_ref : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, note != NULL ? note : "", -1, SQLITE_STATIC);
  return _kx_decision_insert (store, stmt, "decision", NULL, error);
}

/**
 * kx_decision_record:
 *
 * Records the Party group's decision on a reviewed project: approved with
 * @approved_fen, or not approved. Everything or nothing is written.
 */
gboolean
kx_decision_record (KxStore     *store,
                    gint64       project_id,
                    const char  *meeting_on,
                    gboolean     approved,
                    gint64       approved_fen,
                    const char  *minutes_ref,
                    const char  *note,
                    GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *meeting = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Meeting date"), meeting_on, &meeting, error) ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_DECIDE, meeting, error) ||
      (approved && !check_approval (store, &state, approved_fen, error)) ||
      !insert_decision (store, &state, meeting, approved, approved_fen, minutes_ref, note,
                        error) ||
      !(approved ? _kx_workflow_approve (store, &state, approved_fen, error)
                 : _kx_workflow_set_stage (store, &state, KX_STAGE_NOT_APPROVED,
                                           KX_ACTION_DECIDE, error)) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
