/* kx-project-detail.h: the selected project's detail pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eight pages, named "overview", "eligibility", "formal", "review",
 * "decision", "agreement", "money" and "progress", each reading only the
 * selected project. The pages only read; their buttons activate the
 * project.run and project.score actions an ancestor installs.
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_PROJECT_DETAIL (kx_project_detail_get_type ())

G_DECLARE_FINAL_TYPE (KxProjectDetail, kx_project_detail, KX, PROJECT_DETAIL, GtkBox)

GtkWidget  *kx_project_detail_new         (void);
void        kx_project_detail_set_store   (KxProjectDetail *self,
                                           KxStore         *store);
void        kx_project_detail_set_project (KxProjectDetail *self,
                                           gint64           project_id);
gint64      kx_project_detail_get_project (KxProjectDetail *self);
void        kx_project_detail_reload      (KxProjectDetail *self);
void        kx_project_detail_set_page    (KxProjectDetail *self,
                                           const char      *name);
const char *kx_project_detail_get_page    (KxProjectDetail *self);

G_END_DECLS
