/* kx-money-report.c: the money of every funded project of a call, in one query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GROUP BY per kind of money over the call's projects, joined once:
 * the cost does not grow with a query per project.
 */

#define G_LOG_DOMAIN "kx-money-report"

#include "config.h"

#include "kx-money-report.h"
#include "kx-store-private.h"

static void
row_clear (gpointer data)
{
  KxMoneyReportRow *row = data;

  g_clear_pointer (&row->number, g_free);
  g_clear_pointer (&row->applicant, g_free);
}

static void
read_row (sqlite3_stmt *stmt,
          gpointer      element)
{
  KxMoneyReportRow *row = element;
  gint64 disbursed;

  row->project_id = sqlite3_column_int64 (stmt, 0);
  row->number = _kx_column_dup (stmt, 1);
  row->applicant = _kx_column_dup (stmt, 2);
  row->type = sqlite3_column_int (stmt, 3);
  if (!kx_stage_from_string (_kx_column_text (stmt, 4), &row->stage))
    row->stage = KX_STAGE_DRAFT;
  row->approved_fen = sqlite3_column_int64 (stmt, 5);
  row->tranche1_fen = sqlite3_column_int64 (stmt, 6);
  row->tranche2_fen = sqlite3_column_int64 (stmt, 7);
  row->recovered_fen = sqlite3_column_int64 (stmt, 8);
  row->spent_fen = sqlite3_column_int64 (stmt, 9);
  disbursed = row->tranche1_fen + row->tranche2_fen;
  row->balance_fen = disbursed - row->recovered_fen - row->spent_fen;
}

/**
 * kx_money_report_call:
 * @call_id: the call
 *
 * Returns: (transfer full) (element-type KxMoneyReportRow): the funded
 * projects of the call by number, or NULL on error
 */
GArray *
kx_money_report_call (KxStore  *store,
                      gint64    call_id,
                      GError  **error)
{
  static const char sql[] =
    "WITH funded AS ("
    "  SELECT id FROM project WHERE call_id = ?1 AND stage IN ('agreement_signed', 'funded', "
    "    'in_progress', 'midterm_passed', 'accepted', 'failed_acceptance', 'revoked')), "
    "paid AS ("
    "  SELECT project_id, sum(CASE WHEN tranche = 1 THEN amount_fen ELSE 0 END) AS t1, "
    "         sum(CASE WHEN tranche > 1 THEN amount_fen ELSE 0 END) AS t2 "
    "  FROM disbursement WHERE project_id IN funded GROUP BY project_id), "
    "back AS ("
    "  SELECT project_id, sum(amount_fen) AS amount FROM recovery "
    "  WHERE project_id IN funded GROUP BY project_id), "
    "spent AS ("
    "  SELECT project_id, sum(amount_fen) AS amount FROM expenditure "
    "  WHERE project_id IN funded GROUP BY project_id) "
    "SELECT p.id, p.number, o.name, p.type, p.stage, coalesce(p.approved_fen, 0), "
    "       coalesce(paid.t1, 0), coalesce(paid.t2, 0), coalesce(back.amount, 0), "
    "       coalesce(spent.amount, 0) "
    "FROM project p JOIN organization o ON o.id = p.organization_id "
    "LEFT JOIN paid ON paid.project_id = p.id "
    "LEFT JOIN back ON back.project_id = p.id "
    "LEFT JOIN spent ON spent.project_id = p.id "
    "WHERE p.id IN funded ORDER BY p.number";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kx_store_collect (store, sql, call_id, sizeof (KxMoneyReportRow), row_clear,
                            read_row, error);
}
