/* kx-projects-view-private.h: what the projects view shares with its
 * column cells and with the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-projects-view.h"
#include "kx-project-list.h"
#include "kx-project-query.h"

G_BEGIN_DECLS

/* The list shown (a KxProjectList in display order), or %NULL. */
KxProjectList *_kx_projects_view_get_list     (KxProjectsView *self);
GtkColumnView *_kx_projects_view_get_column_view (KxProjectsView *self);
GtkColumnViewColumn *_kx_projects_view_get_column (KxProjectsView  *self,
                                                   KxProjectColumn  column);
GtkDropDown   *_kx_projects_view_get_type_dropdown  (KxProjectsView *self);
GtkDropDown   *_kx_projects_view_get_stage_dropdown (KxProjectsView *self);
GtkWidget     *_kx_projects_view_get_detail   (KxProjectsView *self);
GtkWidget     *_kx_projects_view_get_action_bar (KxProjectsView *self);
/* TRUE while a load or a refilter is running in a worker. */
gboolean       _kx_projects_view_is_busy      (KxProjectsView *self);
/* The sort the column headers ask for. */
void           _kx_projects_view_get_sort     (KxProjectsView  *self,
                                               KxProjectColumn *column,
                                               gboolean        *descending);
/* "list" or "empty" */
const char    *_kx_projects_view_get_visible_page (KxProjectsView *self);
const char    *_kx_projects_view_get_empty_text   (KxProjectsView *self);

/* kx-projects-view-cells.c: the cell factories' callbacks, bound into the
 * template by kx_projects_view_class_init(). */
void           _kx_projects_view_cells_bind_template (GtkWidgetClass *widget_class);

G_END_DECLS
