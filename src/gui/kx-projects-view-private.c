/* kx-projects-view-private.c: what the projects view shows its cells and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-projects-view"

#include "config.h"

#include "kx-projects-view-private.h"

KxProjectList *
_kx_projects_view_get_list (KxProjectsView *self)
{
  return self->projects;
}

GtkColumnView *
_kx_projects_view_get_column_view (KxProjectsView *self)
{
  return self->column_view;
}

GtkColumnViewColumn *
_kx_projects_view_get_column (KxProjectsView  *self,
                              KxProjectColumn  column)
{
  return self->columns[column];
}

GtkDropDown *
_kx_projects_view_get_type_dropdown (KxProjectsView *self)
{
  return self->type_dropdown;
}

GtkDropDown *
_kx_projects_view_get_stage_dropdown (KxProjectsView *self)
{
  return self->stage_dropdown;
}

GtkWidget *
_kx_projects_view_get_detail (KxProjectsView *self)
{
  return GTK_WIDGET (self->detail);
}

GtkWidget *
_kx_projects_view_get_action_bar (KxProjectsView *self)
{
  return GTK_WIDGET (self->action_bar);
}

gboolean
_kx_projects_view_is_busy (KxProjectsView *self)
{
  return self->loading || self->querying;
}

void
_kx_projects_view_get_sort (KxProjectsView  *self,
                            KxProjectColumn *column,
                            gboolean        *descending)
{
  *column = self->sort_column;
  *descending = self->descending;
}

const char *
_kx_projects_view_get_visible_page (KxProjectsView *self)
{
  return gtk_stack_get_visible_child_name (self->list_stack);
}

const char *
_kx_projects_view_get_empty_text (KxProjectsView *self)
{
  return kx_empty_state_get_title (self->empty_state);
}
