/* kx-money.c: disbursement, recovery and expenditure (五.3, 七(二), 七(三))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writes and their checks; the ledgers (what is read back) are in
 * kx-money-ledger.c.
 */

#define G_LOG_DOMAIN "kx-money"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-money.h"
#include "kx-money-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-money-error-quark, kx_money_error)

/* What bounds a disbursement besides the project's approved amount. */
typedef struct
{
  int     percent;          /* first tranche, % of the approved amount */
  gint64  budget_fen;       /* the call's budget */
  gint64  cap_fen;          /* the type's cap in the call, -1 = none */
  gint64  call_disbursed;   /* every disbursement of the call */
  gint64  type_disbursed;   /* … of the project's type */
} Limits;

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
    *error = g_error_new_valist (KX_MONEY_ERROR, KX_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

/* Steps the INSERT @stmt of a row of @table, then audits the new row. */
static gboolean
insert_audited (KxStore       *store,
                sqlite3_stmt  *stmt,
                const char    *table,
                KxAction       action,
                gint64        *out_id,
                GError       **error)
{
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return _kx_store_audit_write (store, table, *out_id, kx_action_to_string (action), NULL, error);
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           col,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

/**
 * kx_money_first_tranche:
 * @approved_fen: the approved amount, ≥ 0
 * @percent: the policy's first tranche, 0–100
 *
 * Computed as q × percent + round (r × percent / 100) with approved = 100 q + r,
 * which is exactly approved × percent / 100 rounded half up and cannot
 * overflow.
 *
 * Returns: the first tranche in fen
 */
gint64
kx_money_first_tranche (gint64 approved_fen,
                        int    percent)
{
  g_return_val_if_fail (approved_fen >= 0, 0);
  g_return_val_if_fail (percent >= 0 && percent <= 100, 0);

  return approved_fen / 100 * percent + (approved_fen % 100 * percent + 50) / 100;
}

/* The one integer @sql (?1 = the project) answers; -1 on error. */
gint64
_kx_money_int_for_project (KxStore     *store,
                           const char  *sql,
                           gint64       project_id,
                           GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 sum;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (_kx_store_step_row (store, stmt, error) <= 0)
    {
      sqlite3_reset (stmt);
      return -1;
    }
  sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

gint64
_kx_money_disbursed (KxStore  *store,
                     gint64    project_id,
                     GError  **error)
{
  return _kx_money_int_for_project (store,
                                    "SELECT COALESCE(SUM(amount_fen), 0) FROM disbursement "
                                    "WHERE project_id = ?1", project_id, error);
}

gint64
_kx_money_recovered (KxStore  *store,
                     gint64    project_id,
                     GError  **error)
{
  return _kx_money_int_for_project (store,
                                    "SELECT COALESCE(SUM(amount_fen), 0) FROM recovery "
                                    "WHERE project_id = ?1", project_id, error);
}

static gboolean
load_limits (KxStore               *store,
             const KxProjectState  *state,
             Limits                *out,
             GError               **error)
{
  static const char sql[] =
    "SELECT c.first_tranche_percent, c.budget_fen, t.cap_fen, "
    "  (SELECT COALESCE(SUM(amount), 0) FROM call_disbursed WHERE call_id = c.id), "
    "  (SELECT COALESCE(SUM(amount), 0) FROM call_disbursed WHERE call_id = c.id AND type = ?2) "
    "FROM call c LEFT JOIN call_type t ON t.call_id = c.id AND t.type = ?2 WHERE c.id = ?1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->call_id);
  sqlite3_bind_int (stmt, 2, state->type);
  if (_kx_store_step_row (store, stmt, error) <= 0)
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  out->percent = sqlite3_column_int (stmt, 0);
  out->budget_fen = sqlite3_column_int64 (stmt, 1);
  out->cap_fen = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1
                 : sqlite3_column_int64 (stmt, 2);
  out->call_disbursed = sqlite3_column_int64 (stmt, 3);
  out->type_disbursed = sqlite3_column_int64 (stmt, 4);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The date before which the tranche due now cannot be paid (五.3: after
 * signing; the last tranche after the passed final acceptance), or NULL. */
static char *
not_before (KxStore               *store,
            const KxProjectState  *state,
            GError               **error)
{
  static const char agreement_sql[] = "SELECT signed_on FROM agreement WHERE project_id = ?1";
  static const char check_sql[] =
    "SELECT MAX(checked_on) FROM project_check "
    "WHERE project_id = ?1 AND kind = 'final' AND result = 'pass'";
  sqlite3_stmt *stmt;
  char *date = NULL;
  int rc;

  stmt = _kx_store_cached (store, state->stage == KX_STAGE_ACCEPTED ? check_sql : agreement_sql,
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, state->id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1 && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    date = _kx_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : (date != NULL ? date : g_strdup (""));
}

static gboolean
check_tranche_date (KxStore               *store,
                    const KxProjectState  *state,
                    const char            *today,
                    GError               **error)
{
  g_autofree char *first_day = not_before (store, state, error);

  if (first_day == NULL)
    return FALSE;
  if (*first_day == '\0' || kx_date_compare (today, first_day) >= 0)
    return TRUE;
  if (state->stage == KX_STAGE_ACCEPTED)
    return _kx_workflow_blocked (error, _("The final payment cannot be dated %s, before the "
                                          "final acceptance was passed on %s"),
                                 today, first_day);
  return _kx_workflow_blocked (error, _("Funds cannot be disbursed on %s, before the "
                                        "responsibility agreement was signed on %s"),
                               today, first_day);
}

/* Blocks when the call's budget or the type's cap has no room left. */
static gboolean
check_room (const KxProjectState  *state,
            const Limits          *limits,
            GError               **error)
{
  g_autofree char *budget = kx_money_format (limits->budget_fen);
  g_autofree char *cap = kx_money_format (limits->cap_fen);

  if (limits->call_disbursed >= limits->budget_fen)
    return _kx_workflow_blocked (error, _("The budget of the %d call (%s) has been disbursed in "
                                          "full"), state->call_year, budget);
  if (limits->cap_fen >= 0 && limits->type_disbursed >= limits->cap_fen)
    return _kx_workflow_blocked (error, _("The cap of %s for “%s” projects in the %d call has "
                                          "been disbursed in full"),
                                 cap, kx_project_type_label (state->type), state->call_year);
  return TRUE;
}

gboolean
_kx_disburse_check (KxStore               *store,
                    const KxProjectState  *state,
                    const char            *today,
                    GError               **error)
{
  g_autofree char *left = NULL;
  g_autofree char *approved = NULL;
  gint64 disbursed;
  Limits limits;

  if ((disbursed = _kx_money_disbursed (store, state->id, error)) < 0)
    return FALSE;
  approved = kx_money_format (MAX (state->approved_fen, 0));
  left = kx_money_format (MAX (state->approved_fen, 0) - disbursed);

  switch ((int) state->stage)
    {
    case KX_STAGE_FUNDED:
    case KX_STAGE_IN_PROGRESS:
    case KX_STAGE_MIDTERM_PASSED:
      return _kx_workflow_blocked (error, _("The remaining %s is disbursed only after the final "
                                            "acceptance is passed"), left);
    case KX_STAGE_FAILED_ACCEPTANCE:
    case KX_STAGE_REVOKED:
      return _kx_workflow_blocked (error, _("Nothing more is disbursed to a project that is "
                                            "“%s”"), kx_stage_label (state->stage));
    case KX_STAGE_AGREEMENT_SIGNED:
    case KX_STAGE_ACCEPTED:
      break;
    default:
      return TRUE;   /* the stage check says why not */
    }

  if (state->approved_fen <= disbursed)
    return _kx_workflow_blocked (error, _("Nothing is left to disburse: the approved %s has been "
                                          "disbursed in full"), approved);
  return load_limits (store, state, &limits, error) &&
         check_room (state, &limits, error) &&
         check_tranche_date (store, state, today, error);
}

/* Once funded, the workflow's stage hint (the agreement is not signed) is
 * not what blocks: the final acceptance is, or the project's end. */
static gboolean
require_disburse (KxStore               *store,
                  const KxProjectState  *state,
                  const char            *today,
                  GError               **error)
{
  switch ((int) state->stage)
    {
    case KX_STAGE_FUNDED:
    case KX_STAGE_IN_PROGRESS:
    case KX_STAGE_MIDTERM_PASSED:
    case KX_STAGE_FAILED_ACCEPTANCE:
    case KX_STAGE_REVOKED:
      return _kx_disburse_check (store, state, today, error);
    default:
      break;
    }
  return _kx_workflow_require (store, state, KX_ACTION_DISBURSE, today, error);
}

static gboolean
over_limit (GError      **error,
            const char   *what,
            gint64        limit,
            gint64        already,
            gint64        amount)
{
  g_autofree char *amount_text = kx_money_format (amount);
  g_autofree char *limit_text = kx_money_format (limit);
  g_autofree char *already_text = kx_money_format (already);
  g_autofree char *most_text = kx_money_format (MAX (limit - already, 0));

  return _kx_workflow_blocked (error, _("Disbursing %s would exceed %s of %s: %s is already "
                                        "disbursed, at most %s can be paid"),
                               amount_text, what, limit_text, already_text, most_text);
}

/* The guards of DESIGN.md "budget totals never exceeded" and the split of
 * the policy: the first tranche is at most the policy's share. */
static gboolean
check_amount (const KxProjectState  *state,
              const Limits          *limits,
              gint64                 disbursed,
              gint64                 amount,
              GError               **error)
{
  gint64 first = kx_money_first_tranche (MAX (state->approved_fen, 0), limits->percent);
  g_autofree char *type_what = NULL;
  g_autofree char *call_what = NULL;

  if (amount > state->approved_fen - disbursed)
    return over_limit (error, _("the approved amount"), state->approved_fen, disbursed, amount);
  if (state->stage == KX_STAGE_AGREEMENT_SIGNED && amount > first)
    {
      g_autofree char *first_text = kx_money_format (first);

      return _kx_workflow_blocked (error, _("The first tranche is at most %d%% of the approved "
                                            "amount, %s; the rest is disbursed after the final "
                                            "acceptance is passed"),
                                   limits->percent, first_text);
    }
  type_what = g_strdup_printf (_("the cap for “%s” projects"),
                               kx_project_type_label (state->type));
  if (limits->cap_fen >= 0 && amount > limits->cap_fen - limits->type_disbursed)
    return over_limit (error, type_what, limits->cap_fen, limits->type_disbursed, amount);
  call_what = g_strdup_printf (_("the budget of the %d call"), state->call_year);
  if (amount > limits->budget_fen - limits->call_disbursed)
    return over_limit (error, call_what, limits->budget_fen, limits->call_disbursed, amount);
  return TRUE;
}

static gboolean
insert_disbursement (KxStore     *store,
                     gint64       project_id,
                     const char  *paid_on,
                     gint64       amount,
                     const char  *voucher_no,
                     gint64      *out_id,
                     GError     **error)
{
  static const char sql[] =
    "INSERT INTO disbursement (project_id, tranche, paid_on, amount_fen, voucher_no) "
    "VALUES (?1, (SELECT COALESCE(MAX(tranche), 0) + 1 FROM disbursement WHERE project_id = ?1), "
    "        ?2, ?3, ?4)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_text (stmt, 2, paid_on, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, amount);
  sqlite3_bind_text (stmt, 4, voucher_no != NULL ? voucher_no : "", -1, SQLITE_STATIC);
  return insert_audited (store, stmt, "disbursement", KX_ACTION_DISBURSE, out_id, error);
}

static gboolean
disburse_in_transaction (KxStore     *store,
                         gint64       project_id,
                         const char  *paid_on,
                         gint64       amount,
                         const char  *voucher_no,
                         gint64      *out_id,
                         GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  gint64 disbursed;
  Limits limits;

  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !require_disburse (store, &state, paid_on, error) ||
      (disbursed = _kx_money_disbursed (store, project_id, error)) < 0 ||
      !load_limits (store, &state, &limits, error))
    return FALSE;

  if (amount < 0)
    amount = state.stage == KX_STAGE_AGREEMENT_SIGNED
             ? kx_money_first_tranche (state.approved_fen, limits.percent)
             : state.approved_fen - disbursed;
  if (amount == 0)
    return _kx_workflow_blocked (error, _("The call's policy pays 0%% on signing; nothing can be "
                                          "disbursed now"));

  return check_amount (&state, &limits, disbursed, amount, error) &&
         insert_disbursement (store, project_id, paid_on, amount, voucher_no, out_id, error) &&
         (state.stage != KX_STAGE_AGREEMENT_SIGNED ||
          _kx_workflow_set_stage (store, &state, KX_STAGE_FUNDED, KX_ACTION_DISBURSE, error));
}

/**
 * kx_money_disburse:
 * @store: the store
 * @project_id: the project
 * @paid_on: the payment date
 * @amount_fen: the amount, or -1 for the tranche the policy sets
 * @voucher_no: (nullable): the payment voucher number
 * @out_id: (out) (optional): the disbursement's id
 * @error: return location for a #GError
 *
 * Pays the next tranche (numbered 1, 2, … per project). The first needs a
 * signed agreement and moves the project to funded; the rest needs a
 * passed final acceptance. Refused (KX_ERROR_BLOCKED) when the amount
 * would take the project above its approved amount, the first tranche
 * above the policy's share, the type above its cap or the call above its
 * budget.
 *
 * Returns: %TRUE when the tranche is recorded
 */
gboolean
kx_money_disburse (KxStore     *store,
                   gint64       project_id,
                   const char  *paid_on,
                   gint64       amount_fen,
                   const char  *voucher_no,
                   gint64      *out_id,
                   GError     **error)
{
  g_autofree char *date = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), paid_on, &date, error))
    return FALSE;
  if (amount_fen == 0 || amount_fen < -1)
    return invalid (error, _("Amount: a disbursement must be more than ¥0.00"));
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!disburse_in_transaction (store, project_id, date, amount_fen, voucher_no, &id, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

/* Recovery */

gboolean
_kx_recover_check (KxStore               *store,
                   const KxProjectState  *state,
                   const char            *today,
                   GError               **error)
{
  gint64 disbursed, recovered;

  if ((disbursed = _kx_money_disbursed (store, state->id, error)) < 0 ||
      (recovered = _kx_money_recovered (store, state->id, error)) < 0)
    return FALSE;
  if (disbursed == 0)
    return _kx_workflow_blocked (error, _("No funds have been disbursed to this project"));
  if (recovered >= disbursed)
    {
      g_autofree char *text = kx_money_format (disbursed);

      return _kx_workflow_blocked (error, _("Nothing is left to recover: all %s disbursed has "
                                            "been recovered"), text);
    }
  return TRUE;
}

/* A recovery under a penalty must be under one of the project's. Its
 * amount needs no bound of its own: what a penalty leaves due is never
 * less than what is outstanding, since the penalty's recovery is what was
 * outstanding when it was decided and nothing is disbursed after it. */
static gboolean
check_recovery (KxStore               *store,
                const KxProjectState  *state,
                gint64                 amount,
                gint64                 penalty_id,
                GError               **error)
{
  static const char sql[] = "SELECT count(*) FROM penalty WHERE id = ?1 AND project_id = ?2";
  sqlite3_stmt *stmt;
  gint64 disbursed, recovered;
  int rc;

  if ((disbursed = _kx_money_disbursed (store, state->id, error)) < 0 ||
      (recovered = _kx_money_recovered (store, state->id, error)) < 0)
    return FALSE;
  if (amount > disbursed - recovered)
    {
      g_autofree char *amount_text = kx_money_format (amount);
      g_autofree char *d = kx_money_format (disbursed);
      g_autofree char *r = kx_money_format (recovered);
      g_autofree char *most = kx_money_format (disbursed - recovered);

      return _kx_workflow_blocked (error, _("Cannot recover %s: %s was disbursed and %s is "
                                            "already recovered, so at most %s can be"),
                                   amount_text, d, r, most);
    }
  if (penalty_id == 0)
    return TRUE;
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, penalty_id);
  sqlite3_bind_int64 (stmt, 2, state->id);
  rc = _kx_store_step_row (store, stmt, error);
  rc = rc == 1 ? (int) sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_reset (stmt);
  if (rc == 0)
    return invalid (error, _("Penalty: there is no penalty %lld on this project"),
                    (long long) penalty_id);
  return rc > 0;
}

static gboolean
insert_recovery (KxStore     *store,
                 gint64       project_id,
                 const char  *recovered_on,
                 gint64       amount,
                 const char  *reason,
                 gint64       penalty_id,
                 gint64      *out_id,
                 GError     **error)
{
  static const char sql[] =
    "INSERT INTO recovery (project_id, penalty_id, recovered_on, amount_fen, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  bind_id_or_null (stmt, 2, penalty_id);
  sqlite3_bind_text (stmt, 3, recovered_on, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, amount);
  sqlite3_bind_text (stmt, 5, reason, -1, SQLITE_STATIC);
  return insert_audited (store, stmt, "recovery", KX_ACTION_RECOVER, out_id, error);
}

/**
 * kx_money_recover:
 * @store: the store
 * @project_id: the project
 * @recovered_on: the date the money came back
 * @amount_fen: the amount, > 0
 * @reason: why (required)
 * @penalty_id: the penalty it is recovered under (七(二)), or 0
 * @out_id: (out) (optional): the recovery's id
 * @error: return location for a #GError
 *
 * At most what was disbursed and not yet recovered; @penalty_id, when
 * given, must be a penalty of this project.
 *
 * Returns: %TRUE when the recovery is recorded
 */
gboolean
kx_money_recover (KxStore     *store,
                  gint64       project_id,
                  const char  *recovered_on,
                  gint64       amount_fen,
                  const char  *reason,
                  gint64       penalty_id,
                  gint64      *out_id,
                  GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *why = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), recovered_on, &date, error))
    return FALSE;
  if (amount_fen <= 0)
    return invalid (error, _("Amount: a recovery must be more than ¥0.00"));
  if (*why == '\0')
    return invalid (error, _("Reason: say why the money is recovered"));
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_RECOVER, date, error) ||
      !check_recovery (store, &state, amount_fen, penalty_id, error) ||
      !insert_recovery (store, project_id, date, amount_fen, why, penalty_id, &id, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

/* Expenditure */

static gboolean
check_budget_line (KxStore  *store,
                   gint64    project_id,
                   gint64    budget_line_id,
                   GError  **error)
{
  static const char sql[] = "SELECT project_id FROM budget_line WHERE id = ?1";
  sqlite3_stmt *stmt;
  gboolean ours;
  int rc;

  if (budget_line_id == 0)
    return TRUE;
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, budget_line_id);
  rc = _kx_store_step_row (store, stmt, error);
  ours = rc == 1 && sqlite3_column_int64 (stmt, 0) == project_id;
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (!ours)
    return invalid (error, _("Budget line: the project has no budget line %lld"),
                    (long long) budget_line_id);
  return TRUE;
}

static gboolean
insert_expenditure (KxStore     *store,
                    gint64       project_id,
                    gint64       budget_line_id,
                    const char  *spent_on,
                    gint64       amount,
                    const char  *description,
                    const char  *voucher_no,
                    gint64      *out_id,
                    GError     **error)
{
  static const char sql[] =
    "INSERT INTO expenditure (project_id, budget_line_id, spent_on, amount_fen, description, "
    "                         voucher_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  bind_id_or_null (stmt, 2, budget_line_id);
  sqlite3_bind_text (stmt, 3, spent_on, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, amount);
  sqlite3_bind_text (stmt, 5, description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, voucher_no != NULL ? voucher_no : "", -1, SQLITE_STATIC);
  return insert_audited (store, stmt, "expenditure", KX_ACTION_SPEND, out_id, error);
}

/**
 * kx_money_spend:
 * @store: the store
 * @project_id: the project, funded and not yet through its final acceptance
 * @budget_line_id: the budget line the money was spent on, or 0 for none
 * @spent_on: the date
 * @amount_fen: the amount, > 0
 * @description: what the money was spent on (required)
 * @voucher_no: (nullable): the accounting voucher
 * @out_id: (out) (optional): the expenditure's id
 * @error: return location for a #GError
 *
 * Recorded even when it breaks 七(三) (no budget line, over its line, more
 * than was disbursed): kx_money_expenditure_flag() then says so.
 *
 * Returns: %TRUE when the expenditure is recorded
 */
gboolean
kx_money_spend (KxStore     *store,
                gint64       project_id,
                gint64       budget_line_id,
                const char  *spent_on,
                gint64       amount_fen,
                const char  *description,
                const char  *voucher_no,
                gint64      *out_id,
                GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *what = g_strstrip (g_strdup (description != NULL ? description : ""));
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date"), spent_on, &date, error))
    return FALSE;
  if (amount_fen <= 0)
    return invalid (error, _("Amount: an expenditure must be more than ¥0.00"));
  if (*what == '\0')
    return invalid (error, _("Description: say what the money was spent on"));
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_SPEND, date, error) ||
      !check_budget_line (store, project_id, budget_line_id, error) ||
      !insert_expenditure (store, project_id, budget_line_id, date, amount_fen, what,
                           voucher_no, &id, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}
