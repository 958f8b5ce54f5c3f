/* kx-projects-view-private.h: what the projects view shares with its
 * column cells and with the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-projects-view.h"
#include "kx-project-list.h"
#include "kx-project-query.h"
#include "kx-action-bar.h"
#include "kx-empty-state.h"
#include "kx-project-detail.h"
#include "kx-row-slots.h"

G_BEGIN_DECLS

/* Shared by kx-projects-view.c and kx-projects-view-private.c. */
struct _KxProjectsView
{
  GtkBox               parent_instance;

  /* Owned */
  KxStore             *store;
  KxCall              *call;
  KxProjectList       *projects;
  KxRowSlots          *slots;         /* what the column view shows: see kx-row-slots.c */
  KxProjectRows       *query_rows;    /* the snapshot the running query orders */
  GCancellable        *cancellable;   /* the running load or query */
  char                *search;
  char                *count_text;

  KxProjectColumn      sort_column;
  gboolean             descending;
  int                  probe_column;  /* set by the header sorter probe */

  guint                loading : 1;
  guint                querying : 1;
  guint                reordering : 1; /* selection changes are ours, not the user's */

  /* Template widgets */
  GtkPaned            *paned;
  GtkDropDown         *type_dropdown;
  GtkDropDown         *stage_dropdown;
  GtkStringList       *type_strings;
  GtkStringList       *stage_strings;
  GtkLabel            *count_label;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  KxEmptyState        *empty_state;
  KxActionBar         *action_bar;
  KxProjectDetail     *detail;
  GtkColumnViewColumn *columns[KX_N_PROJECT_COLUMNS];
};


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
