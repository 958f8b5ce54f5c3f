/* kx-office-sheets.c: the rows of the office's other workbooks, one query each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-office-sheets"

#include "config.h"

#include "kx-office-sheets.h"
#include "kx-store-private.h"

static void
expert_row_clear (gpointer data)
{
  KxExpertSheetRow *row = data;

  g_clear_pointer (&row->expert_name, g_free);
  g_clear_pointer (&row->affiliation, g_free);
  g_clear_pointer (&row->number, g_free);
  g_clear_pointer (&row->applicant, g_free);
  g_clear_pointer (&row->title, g_free);
}

static void
read_expert_row (sqlite3_stmt *stmt,
                 gpointer      element)
{
  KxExpertSheetRow *row = element;

  row->expert_id = sqlite3_column_int64 (stmt, 0);
  row->expert_name = _kx_column_dup (stmt, 1);
  row->affiliation = _kx_column_dup (stmt, 2);
  row->project_id = sqlite3_column_int64 (stmt, 3);
  row->number = _kx_column_dup (stmt, 4);
  row->applicant = _kx_column_dup (stmt, 5);
  row->title = _kx_column_dup (stmt, 6);
  row->type = sqlite3_column_int (stmt, 7);
}

/**
 * kx_office_sheet_assignments:
 * @call_id: the call
 *
 * Returns: (transfer full) (element-type KxExpertSheetRow): every
 * assignment of the call's projects, or %NULL on error
 */
GArray *
kx_office_sheet_assignments (KxStore  *store,
                             gint64    call_id,
                             GError  **error)
{
  static const char sql[] =
    "SELECT e.id, e.name, e.affiliation, p.id, p.number, o.name, p.title, p.type "
    "FROM project p JOIN assignment a ON a.project_id = p.id "
    "  JOIN expert e ON e.id = a.expert_id JOIN organization o ON o.id = p.organization_id "
    "WHERE p.call_id = ?1 ORDER BY e.id, p.number";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  return _kx_store_collect (store, sql, call_id, sizeof (KxExpertSheetRow),
                            expert_row_clear, read_expert_row, error);
}

static void
formal_row_clear (gpointer data)
{
  KxFormalSheetRow *row = data;

  g_clear_pointer (&row->number, g_free);
  g_clear_pointer (&row->applicant, g_free);
  g_clear_pointer (&row->title, g_free);
  g_clear_pointer (&row->reviewed_on, g_free);
  g_clear_pointer (&row->reviewer, g_free);
  g_clear_pointer (&row->note, g_free);
}

static void
read_formal_row (sqlite3_stmt *stmt,
                 gpointer      element)
{
  KxFormalSheetRow *row = element;

  row->project_id = sqlite3_column_int64 (stmt, 0);
  row->number = _kx_column_dup (stmt, 1);
  row->applicant = _kx_column_dup (stmt, 2);
  row->title = _kx_column_dup (stmt, 3);
  row->type = sqlite3_column_int (stmt, 4);
  row->reviewed_on = _kx_column_dup (stmt, 5);
  row->reviewer = _kx_column_dup (stmt, 6);
  for (int c = 0; c < KX_N_FORMAL_CHECKS; c++)
    row->ok[c] = sqlite3_column_int (stmt, 7 + c) != 0;
  if (!kx_formal_result_from_string (_kx_column_text (stmt, 12), &row->result))
    row->result = KX_FORMAL_RESULT_RETURN;
  row->note = _kx_column_dup (stmt, 13);
}

/**
 * kx_office_sheet_formal:
 * @call_id: the call
 *
 * Returns: (transfer full) (element-type KxFormalSheetRow): the latest
 * formal review of each project of the call, or %NULL on error
 */
GArray *
kx_office_sheet_formal (KxStore  *store,
                        gint64    call_id,
                        GError  **error)
{
  static const char sql[] =
    "SELECT p.id, p.number, o.name, p.title, p.type, f.reviewed_on, f.reviewer, "
    "  f.conditions_ok, f.form_ok, f.content_ok, f.materials_ok, f.budget_ok, f.result, f.note "
    "FROM project p JOIN organization o ON o.id = p.organization_id "
    "  JOIN formal_review f ON f.id = (SELECT max(id) FROM formal_review "
    "                                  WHERE project_id = p.id) "
    "WHERE p.call_id = ?1 ORDER BY p.number";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  return _kx_store_collect (store, sql, call_id, sizeof (KxFormalSheetRow),
                            formal_row_clear, read_formal_row, error);
}

static void
notice_row_clear (gpointer data)
{
  KxNoticeSheetRow *row = data;

  g_clear_pointer (&row->number, g_free);
  g_clear_pointer (&row->applicant, g_free);
  g_clear_pointer (&row->title, g_free);
  g_clear_pointer (&row->notice_start, g_free);
  g_clear_pointer (&row->notice_end, g_free);
}

static void
read_notice_row (sqlite3_stmt *stmt,
                 gpointer      element)
{
  KxNoticeSheetRow *row = element;

  row->project_id = sqlite3_column_int64 (stmt, 0);
  row->number = _kx_column_dup (stmt, 1);
  row->applicant = _kx_column_dup (stmt, 2);
  row->title = _kx_column_dup (stmt, 3);
  row->type = sqlite3_column_int (stmt, 4);
  if (!kx_stage_from_string (_kx_column_text (stmt, 5), &row->stage))
    row->stage = KX_STAGE_DRAFT;
  row->requested_fen = sqlite3_column_int64 (stmt, 6);
  row->approved_fen = sqlite3_column_int64 (stmt, 7);
  row->notice_start = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NULL
                      : _kx_column_dup (stmt, 8);
  row->notice_end = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? NULL
                    : _kx_column_dup (stmt, 9);
}

/**
 * kx_office_sheet_notice:
 * @call_id: the call
 *
 * Returns: (transfer full) (element-type KxNoticeSheetRow): the projects
 * of the call the Party group approved, or %NULL on error
 */
GArray *
kx_office_sheet_notice (KxStore  *store,
                        gint64    call_id,
                        GError  **error)
{
  static const char sql[] =
    "SELECT p.id, p.number, o.name, p.title, p.type, p.stage, p.requested_fen, "
    "  coalesce(d.approved_fen, 0), n.start_on, n.end_on "
    "FROM project p JOIN decision d ON d.project_id = p.id AND d.approved = 1 "
    "  JOIN organization o ON o.id = p.organization_id "
    "  LEFT JOIN notice n ON n.project_id = p.id "
    "WHERE p.call_id = ?1 ORDER BY p.type, p.number";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  return _kx_store_collect (store, sql, call_id, sizeof (KxNoticeSheetRow),
                            notice_row_clear, read_notice_row, error);
}
