/* kx-project-list.h: the projects of a call as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads one compact row per project with a single query and creates the
 * KxProject items lazily in get_item(), so 100 000 projects load fast and
 * cost little memory. Items read their content and indicators from the
 * store on first use, so use them on the thread that owns the store.
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_PROJECT_LIST (kx_project_list_get_type ())
G_DECLARE_FINAL_TYPE (KxProjectList, kx_project_list, KX, PROJECT_LIST, GObject)

/* call_id 0 = all calls. Item type is KxProject. */
KxProjectList *kx_project_list_new    (KxStore        *store,
                                       gint64          call_id,
                                       GError        **error);
/* Re-reads the rows; emits one items-changed for the whole list. */
gboolean       kx_project_list_reload (KxProjectList  *self,
                                       GError        **error);
gint64         kx_project_list_get_call_id (KxProjectList *self);
/* The list columns of row @position without creating an item (for
 * filters and sorters); borrowed until the next reload, NULL past the end. */
const KxProjectSummary *kx_project_list_peek (KxProjectList *self,
                                              guint          position);

G_END_DECLS
