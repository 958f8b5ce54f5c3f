/* kx-expert-load.c: how many projects each expert reviews in a call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-expert-load"

#include "config.h"

#include "kx-expert-load.h"

#include "kx-store-private.h"

void
kx_expert_assignment_clear (KxExpertAssignment *assignment)
{
  g_clear_pointer (&assignment->number, g_free);
  g_clear_pointer (&assignment->title, g_free);
  g_clear_pointer (&assignment->organization_name, g_free);
  g_clear_pointer (&assignment->assigned_on, g_free);
}

/**
 * kx_expert_list_load:
 *
 * Reads the per-call counters the assignment triggers keep (0003), so the
 * cost does not grow with the number of assignments.
 *
 * Returns: (transfer full) (element-type KxExpertLoad): by expert id
 */
GArray *
kx_expert_list_load (KxStore  *store,
                     gint64    call_id,
                     GError  **error)
{
  static const char sql[] =
    "SELECT expert_id, n FROM expert_load WHERE call_id = ?1 AND n > 0 ORDER BY expert_id";
  g_autoptr(GArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxExpertLoad));
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxExpertLoad load = {
        .expert_id = sqlite3_column_int64 (stmt, 0),
        .n = sqlite3_column_int (stmt, 1),
      };

      g_array_append_val (list, load);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

static void
read_assignment (sqlite3_stmt       *stmt,
                 KxExpertAssignment *a)
{
  KxStage stage = KX_STAGE_DRAFT;

  kx_stage_from_string (_kx_column_text (stmt, 4), &stage);
  a->project_id = sqlite3_column_int64 (stmt, 0);
  a->number = _kx_column_dup (stmt, 1);
  a->title = _kx_column_dup (stmt, 2);
  a->organization_name = _kx_column_dup (stmt, 3);
  a->stage = stage;
  a->assigned_on = _kx_column_dup (stmt, 5);
  a->scored = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  a->total = sqlite3_column_int (stmt, 6);
}

/**
 * kx_expert_list_assignments:
 *
 * Returns: (transfer full) (element-type KxExpertAssignment): by project
 *   number
 */
GArray *
kx_expert_list_assignments (KxStore  *store,
                            gint64    expert_id,
                            gint64    call_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT p.id, p.number, p.title, o.name, p.stage, a.assigned_on, "
    "  s.basic + s.sustain + s.science + s.demo + s.reach "
    "FROM assignment a JOIN project p ON p.id = a.project_id "
    "JOIN organization o ON o.id = p.organization_id "
    "LEFT JOIN score s ON s.assignment_id = a.id "
    "WHERE a.expert_id = ?1 AND p.call_id = ?2 ORDER BY p.number";
  g_autoptr(GArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxExpertAssignment));
  g_array_set_clear_func (list, (GDestroyNotify) kx_expert_assignment_clear);
  sqlite3_bind_int64 (stmt, 1, expert_id);
  sqlite3_bind_int64 (stmt, 2, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxExpertAssignment a = { 0 };

      read_assignment (stmt, &a);
      g_array_append_val (list, a);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&list);
}
