/* kx-expert-load.c: how many reviews each expert carries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-expert-load"

#include "config.h"

#include "kx-expert-load.h"

#include "kx-store-private.h"

static void
read_load (sqlite3_stmt *stmt,
           gpointer      element)
{
  KxExpertLoad *load = element;

  load->expert_id = sqlite3_column_int64 (stmt, 0);
  load->in_call = sqlite3_column_int (stmt, 1);
  load->total = sqlite3_column_int (stmt, 2);
}

GArray *
kx_expert_load_list (KxStore  *store,
                     gint64    call_id,
                     GError  **error)
{
  static const char sql[] =
    "SELECT a.expert_id, sum(p.call_id = ?1), count(*) "
    "FROM assignment a JOIN project p ON p.id = a.project_id "
    "GROUP BY a.expert_id ORDER BY a.expert_id";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kx_store_collect (store, sql, call_id, sizeof (KxExpertLoad), NULL, read_load, error);
}
