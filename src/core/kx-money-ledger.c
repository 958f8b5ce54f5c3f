/* kx-money-ledger.c: the ledgers of a project and the totals of a call (七(二), 七(三))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-money.h: what is read back of the disbursements, recoveries
 * and expenditures that kx-money.c records, with the flag of each
 * expenditure that breaks 七(三).
 */

#define G_LOG_DOMAIN "kx-money"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-money.h"
#include "kx-money-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

static void
disbursement_clear (gpointer data)
{
  KxDisbursement *d = data;

  g_clear_pointer (&d->paid_on, g_free);
  g_clear_pointer (&d->voucher_no, g_free);
}

static void
recovery_clear (gpointer data)
{
  KxRecovery *r = data;

  g_clear_pointer (&r->recovered_on, g_free);
  g_clear_pointer (&r->reason, g_free);
}

static void
expenditure_clear (gpointer data)
{
  KxExpenditure *e = data;

  g_clear_pointer (&e->budget_line_item, g_free);
  g_clear_pointer (&e->spent_on, g_free);
  g_clear_pointer (&e->description, g_free);
  g_clear_pointer (&e->voucher_no, g_free);
  g_clear_pointer (&e->flag, g_free);
}

static void
line_spending_clear (gpointer data)
{
  KxLineSpending *l = data;

  g_clear_pointer (&l->item, g_free);
}

void
kx_project_ledger_clear (KxProjectLedger *ledger)
{
  g_clear_pointer (&ledger->disbursements, g_array_unref);
  g_clear_pointer (&ledger->recoveries, g_array_unref);
  g_clear_pointer (&ledger->expenditures, g_array_unref);
  g_clear_pointer (&ledger->lines, g_array_unref);
}

static void
read_disbursement (sqlite3_stmt *stmt,
                   gpointer      element)
{
  *(KxDisbursement *) element = (KxDisbursement) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1), _kx_column_dup (stmt, 2),
    sqlite3_column_int64 (stmt, 3), _kx_column_dup (stmt, 4),
  };
}

static void
read_recovery (sqlite3_stmt *stmt,
               gpointer      element)
{
  *(KxRecovery *) element = (KxRecovery) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), _kx_column_dup (stmt, 2),
    sqlite3_column_int64 (stmt, 3), _kx_column_dup (stmt, 4),
  };
}

static void
read_line (sqlite3_stmt *stmt,
           gpointer      element)
{
  *(KxLineSpending *) element = (KxLineSpending) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1), _kx_column_dup (stmt, 2),
    sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
  };
}

static gboolean
collect_ledger_lists (KxStore          *store,
                      KxProjectLedger  *l,
                      GError          **error)
{
  static const char disbursements[] =
    "SELECT id, tranche, paid_on, amount_fen, voucher_no FROM disbursement "
    "WHERE project_id = ?1 ORDER BY tranche";
  static const char recoveries[] =
    "SELECT id, COALESCE(penalty_id, 0), recovered_on, amount_fen, reason FROM recovery "
    "WHERE project_id = ?1 ORDER BY recovered_on, id";
  static const char lines[] =
    "SELECT b.id, b.seq, b.item, b.amount_fen, "
    "       (SELECT COALESCE(SUM(e.amount_fen), 0) FROM expenditure e "
    "        WHERE e.budget_line_id = b.id) "
    "FROM budget_line b WHERE b.project_id = ?1 ORDER BY b.seq";

  return (l->disbursements = _kx_store_collect (store, disbursements, l->project_id,
                                      sizeof (KxDisbursement), disbursement_clear,
                                      read_disbursement, error)) != NULL &&
         (l->recoveries = _kx_store_collect (store, recoveries, l->project_id, sizeof (KxRecovery),
                                   recovery_clear, read_recovery, error)) != NULL &&
         (l->lines = _kx_store_collect (store, lines, l->project_id, sizeof (KxLineSpending),
                              line_spending_clear, read_line, error)) != NULL &&
         (l->expenditures = kx_money_list_expenditures (store, l->project_id, error)) != NULL;
}

/* Why an expenditure breaks 七(三), from the running totals in date order:
 * its line's spending so far against the line, and the project's spending
 * so far against what had been disbursed by its date. NULL = in order. */
static char *
expenditure_flag (sqlite3_stmt *stmt)
{
  g_autoptr(GString) flag = g_string_new (NULL);
  gint64 line_budget = sqlite3_column_int64 (stmt, 4);
  gint64 line_so_far = sqlite3_column_int64 (stmt, 9);
  gint64 spent_so_far = sqlite3_column_int64 (stmt, 10);
  gint64 disbursed_then = sqlite3_column_int64 (stmt, 11);

  if (sqlite3_column_int64 (stmt, 1) == 0)
    g_string_append (flag, _("Not against any budget line"));
  else if (line_so_far > line_budget)
    {
      g_autofree char *budget = kx_money_format (line_budget);

      g_string_append_printf (flag, _("Over the budget line %s %s"),
                              _kx_column_text (stmt, 3), budget);
    }
  if (spent_so_far > disbursed_then)
    {
      g_autofree char *disbursed = kx_money_format (disbursed_then);

      if (flag->len > 0)
        g_string_append (flag, _("; "));
      g_string_append_printf (flag, _("More than the %s disbursed by then"), disbursed);
    }
  return flag->len > 0 ? g_string_free (g_steal_pointer (&flag), FALSE) : NULL;
}

static void
read_expenditure (sqlite3_stmt *stmt,
                  gpointer      element)
{
  *(KxExpenditure *) element = (KxExpenditure) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2),
    sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NULL : _kx_column_dup (stmt, 3),
    _kx_column_dup (stmt, 5), sqlite3_column_int64 (stmt, 6), _kx_column_dup (stmt, 7),
    _kx_column_dup (stmt, 8), expenditure_flag (stmt),
  };
}

/**
 * kx_money_list_expenditures:
 *
 * Returns: (transfer full) (element-type KxExpenditure): the project's
 *   expenditures by date, each with its flag, or %NULL on error
 */
GArray *
kx_money_list_expenditures (KxStore  *store,
                            gint64    project_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT e.id, COALESCE(e.budget_line_id, 0), COALESCE(b.seq, 0), b.item, b.amount_fen, "
    "       e.spent_on, e.amount_fen, e.description, e.voucher_no, "
    "       SUM(e.amount_fen) OVER (PARTITION BY e.budget_line_id ORDER BY e.spent_on, e.id), "
    "       SUM(e.amount_fen) OVER (ORDER BY e.spent_on, e.id), "
    "       (SELECT COALESCE(SUM(d.amount_fen), 0) FROM disbursement d "
    "        WHERE d.project_id = e.project_id AND d.paid_on <= e.spent_on) "
    "FROM expenditure e LEFT JOIN budget_line b ON b.id = e.budget_line_id "
    "WHERE e.project_id = ?1 ORDER BY e.spent_on, e.id";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kx_store_collect (store, sql, project_id, sizeof (KxExpenditure), expenditure_clear,
                  read_expenditure, error);
}

/**
 * kx_money_expenditure_flag:
 *
 * Returns: (transfer full): why the expenditure is flagged, "" when it is
 *   in order, %NULL on error (KX_ERROR_NOT_FOUND when there is none)
 */
char *
kx_money_expenditure_flag (KxStore  *store,
                           gint64    expenditure_id,
                           GError  **error)
{
  static const char sql[] = "SELECT project_id FROM expenditure WHERE id = ?1";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) list = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  if ((stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, expenditure_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) == 0)
    g_set_error (error, KX_MONEY_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no expenditure with ID %lld"), (long long) expenditure_id);
  if (rc <= 0 ||
      (list = kx_money_list_expenditures (store, sqlite3_column_int64 (stmt, 0), error)) == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      KxExpenditure *e = &g_array_index (list, KxExpenditure, i);

      if (e->id == expenditure_id)
        return g_strdup (e->flag != NULL ? e->flag : "");
    }
  g_return_val_if_reached (NULL);
}

static gint64
spent_total (KxStore  *store,
             gint64    project_id,
             GError  **error)
{
  return _kx_money_int_for_project (store,
                                    "SELECT COALESCE(SUM(amount_fen), 0) FROM expenditure "
                                    "WHERE project_id = ?1", project_id, error);
}

static gint64
recovery_due (KxStore  *store,
              gint64    project_id,
              GError  **error)
{
  return _kx_money_int_for_project (store,
                                    "SELECT COALESCE(SUM(MAX(p.recovery_fen - "
                                    "  (SELECT COALESCE(SUM(r.amount_fen), 0) FROM recovery r "
                                    "   WHERE r.penalty_id = p.id), 0)), 0) "
                                    "FROM penalty p WHERE p.project_id = ?1", project_id, error);
}

/**
 * kx_money_open_penalty:
 *
 * Returns: the latest penalty of the project with recovery still due, 0
 *   when there is none, -1 on error
 */
gint64
kx_money_open_penalty (KxStore  *store,
                       gint64    project_id,
                       GError  **error)
{
  return _kx_money_int_for_project (store,
                                    "SELECT COALESCE(MAX(p.id), 0) FROM penalty p "
                                    "WHERE p.project_id = ?1 AND p.recovery_fen > "
                                    "  (SELECT COALESCE(SUM(r.amount_fen), 0) FROM recovery r "
                                    "   WHERE r.penalty_id = p.id)", project_id, error);
}

static gboolean
ledger_sums (KxStore          *store,
             KxProjectLedger  *out,
             GError          **error)
{
  g_auto(KxProjectState) state = { 0 };

  if (!_kx_workflow_load (store, out->project_id, &state, error) ||
      (out->disbursed_fen = _kx_money_disbursed (store, out->project_id, error)) < 0 ||
      (out->recovered_fen = _kx_money_recovered (store, out->project_id, error)) < 0 ||
      (out->recovery_due_fen = recovery_due (store, out->project_id, error)) < 0 ||
      (out->spent_fen = spent_total (store, out->project_id, error)) < 0)
    return FALSE;
  out->approved_fen = state.approved_fen;
  out->balance_fen = out->disbursed_fen - out->recovered_fen - out->spent_fen;
  /* Nothing more is paid once the project failed or was revoked. */
  out->undisbursed_fen = state.stage == KX_STAGE_FAILED_ACCEPTANCE ||
                         state.stage == KX_STAGE_REVOKED
                         ? 0 : MAX (state.approved_fen, 0) - out->disbursed_fen;
  return TRUE;
}

/**
 * kx_money_project_ledger:
 * @store: the store
 * @project_id: the project
 * @out: (out caller-allocates): filled in; clear with kx_project_ledger_clear()
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
kx_money_project_ledger (KxStore          *store,
                         gint64            project_id,
                         KxProjectLedger  *out,
                         GError          **error)
{
  g_auto(KxProjectLedger) ledger = { .project_id = project_id };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ledger_sums (store, &ledger, error) || !collect_ledger_lists (store, &ledger, error))
    return FALSE;
  *out = ledger;
  memset (&ledger, 0, sizeof ledger);
  return TRUE;
}

/* Per-call totals */

static gboolean
load_call (KxStore       *store,
           KxCallTotals  *out,
           GError       **error)
{
  static const char sql[] = "SELECT year, budget_fen FROM call WHERE id = ?1";
  static const char types_sql[] = "SELECT type, cap_fen FROM call_type WHERE call_id = ?1";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  g_autoptr(sqlite3_stmt) types = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, out->call_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) == 0)
    g_set_error (error, KX_MONEY_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no call with ID %lld"), (long long) out->call_id);
  if (rc <= 0 || (types = _kx_store_prepare (store, types_sql, error)) == NULL)
    return FALSE;
  out->year = sqlite3_column_int (stmt, 0);
  out->budget_fen = sqlite3_column_int64 (stmt, 1);

  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    out->types[t].cap_fen = -1;
  sqlite3_bind_int64 (types, 1, out->call_id);
  while ((rc = _kx_store_step_row (store, types, error)) == 1)
    {
      int t = sqlite3_column_int (types, 0);

      if (kx_project_type_is_valid (t) && sqlite3_column_type (types, 1) != SQLITE_NULL)
        out->types[t - 1].cap_fen = sqlite3_column_int64 (types, 1);
    }
  return rc == 0;
}

/**
 * kx_money_call_totals:
 * @store: the store
 * @call_id: the call
 * @out: (out caller-allocates): the totals, overall and per type
 * @error: return location for a #GError
 *
 * See #KxCallTotals for what counts as approved.
 *
 * Returns: %TRUE on success
 */
gboolean
kx_money_call_totals (KxStore       *store,
                      gint64         call_id,
                      KxCallTotals  *out,
                      GError       **error)
{
  static const char sql[] =
    "SELECT p.type, "
    "  COALESCE(SUM(CASE WHEN p.stage IN ('approved', 'in_notice', 'notice_passed', "
    "      'agreement_signed', 'funded', 'in_progress', 'midterm_passed', 'accepted') "
    "    THEN p.approved_fen WHEN p.stage IN ('revoked', 'failed_acceptance') "
    "    THEN COALESCE(d.total, 0) END), 0), "
    "  COUNT(CASE WHEN p.stage IN ('approved', 'in_notice', 'notice_passed', "
    "      'agreement_signed', 'funded', 'in_progress', 'midterm_passed', 'accepted', "
    "      'revoked', 'failed_acceptance') THEN 1 END), "
    "  COALESCE(SUM(d.total), 0), COALESCE(SUM(r.total), 0) "
    "FROM project p "
    "LEFT JOIN (SELECT project_id, SUM(amount_fen) AS total FROM disbursement "
    "           GROUP BY project_id) d ON d.project_id = p.id "
    "LEFT JOIN (SELECT project_id, SUM(amount_fen) AS total FROM recovery "
    "           GROUP BY project_id) r ON r.project_id = p.id "
    "WHERE p.call_id = ?1 GROUP BY p.type";
  KxCallTotals totals = { .call_id = call_id };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_call (store, &totals, error) ||
      (stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      int t = sqlite3_column_int (stmt, 0);
      KxTypeTotals *type;

      if (!kx_project_type_is_valid (t))
        continue;
      type = &totals.types[t - 1];
      type->approved_fen = sqlite3_column_int64 (stmt, 1);
      type->n_projects = (guint) sqlite3_column_int (stmt, 2);
      type->disbursed_fen = sqlite3_column_int64 (stmt, 3);
      type->recovered_fen = sqlite3_column_int64 (stmt, 4);
      totals.approved_fen += type->approved_fen;
      totals.disbursed_fen += type->disbursed_fen;
      totals.recovered_fen += type->recovered_fen;
    }
  if (rc < 0)
    return FALSE;
  totals.balance_fen = totals.budget_fen - totals.disbursed_fen + totals.recovered_fen;
  totals.available_fen = totals.budget_fen - totals.disbursed_fen;
  *out = totals;
  return TRUE;
}
