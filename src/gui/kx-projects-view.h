/* kx-projects-view.h: the 申报项目 section — the list of a call's applications
 * and the selected one's action bar and detail pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_PROJECTS_VIEW (kx_projects_view_get_type ())
G_DECLARE_FINAL_TYPE (KxProjectsView, kx_projects_view, KX, PROJECTS_VIEW, GtkBox)

void     kx_projects_view_set_store      (KxProjectsView *self,
                                          KxStore        *store);
void     kx_projects_view_set_call       (KxProjectsView *self,
                                          KxCall         *call);
void     kx_projects_view_reload         (KxProjectsView *self);
void     kx_projects_view_set_search     (KxProjectsView *self,
                                          const char     *text);
void     kx_projects_view_select_project (KxProjectsView *self,
                                          gint64          project_id);
gint64   kx_projects_view_get_project    (KxProjectsView *self);
void     kx_projects_view_set_filter     (KxProjectsView *self,
                                          int             type,
                                          int             stage);
/* The selected application's detail page: "overview", "eligibility", … */
void     kx_projects_view_show_page      (KxProjectsView *self,
                                          const char     *page);
/* "共 N 个项目" or, filtered, "M / N 个项目" */
const char *kx_projects_view_get_count_text (KxProjectsView *self);

G_END_DECLS
