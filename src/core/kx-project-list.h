/* kx-project-list.h: the projects of a call as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads one compact row per project with a single query (and a fixed
 * number more for the review columns) and creates the KxProject items
 * lazily in get_item(), so 100 000 projects load fast and cost little
 * memory. Items read their content and indicators from the store on first
 * use, so use them on the thread that owns the store.
 *
 * The rows live in an immutable snapshot (KxProjectRows, see
 * kx-project-query.h) that worker threads may query; the list shows them
 * in an order set with kx_project_list_set_order(), all rows by project
 * id until then. get_n_items, get_item and kx_project_list_peek() go
 * through that order.
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-project.h"
#include "kx-project-query.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_PROJECT_LIST (kx_project_list_get_type ())
G_DECLARE_FINAL_TYPE (KxProjectList, kx_project_list, KX, PROJECT_LIST, GObject)

/* call_id 0 = all calls. Item type is KxProject. */
KxProjectList *kx_project_list_new    (KxStore        *store,
                                       gint64          call_id,
                                       GError        **error);
/* Re-reads every row and shows them all in natural order; emits one
 * items-changed for the whole list. */
gboolean       kx_project_list_reload (KxProjectList  *self,
                                       GError        **error);
gint64         kx_project_list_get_call_id (KxProjectList *self);
/* The list columns of the row shown at @position without creating an item;
 * borrowed until the next reload, set_order or refresh_project (take a
 * snapshot with kx_project_list_get_rows() to keep rows longer); NULL past
 * the end. */
const KxProjectSummary *kx_project_list_peek (KxProjectList *self,
                                              guint          position);

/* (transfer full) the current snapshot of all rows, for queries. */
KxProjectRows *kx_project_list_get_rows  (KxProjectList  *self);
/* Shows the rows of @rows in @order (a GArray of guint indices into @rows,
 * copied; NULL = all rows in natural order). Returns FALSE and changes
 * nothing when @rows is from before the last reload. A snapshot replaced
 * by kx_project_list_refresh_project() is still accepted: it has the same
 * rows at the same indices. Emits exactly one items-changed (0, old_n,
 * new_n), and notifies n-items when the number changed. */
gboolean       kx_project_list_set_order (KxProjectList  *self,
                                          KxProjectRows  *rows,
                                          GArray         *order);
/* The number of rows before filtering. */
guint          kx_project_list_get_total (KxProjectList  *self);
/* The position of the project in the current order, or G_MAXUINT when it
 * is not shown. */
guint          kx_project_list_find      (KxProjectList  *self,
                                          gint64          project_id);
/* Re-reads one project's row (after an action changed it) in place,
 * keeping the order, into a new snapshot (a worker may still hold the old
 * one). The ranks of the other projects of its call and type are worked
 * out again; emits one items-changed (first, n, n) spanning the shown rows
 * that changed: (pos, 1, 1) when only this project's row did, none when
 * nothing changed is shown. KX_PROJECT_ERROR / KX_ERROR_NOT_FOUND when the
 * project is not in the list or no longer exists (reload then). */
gboolean       kx_project_list_refresh_project (KxProjectList  *self,
                                                gint64          project_id,
                                                GError        **error);

G_END_DECLS
