/* kx-projects-view-cells.c: the cells of the projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One plain label per cell: GTK 4.8 rebuilds every visible cell on a model
 * change, so cells must stay cheap (PLATFORM.md, "Big lists"). Cells read
 * the compact row of their position, not the KxProject item.
 */

#define G_LOG_DOMAIN "kx-projects-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-projects-view-private.h"

#include "kx-action-bar.h"
#include "kx-review.h"
#include "kx-validate.h"

static GtkWidget *
new_cell_label (float xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_text_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (item, new_cell_label (0.0f));
}

static void
setup_number_cell_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *label = new_cell_label (1.0f);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
setup_badge_cell_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = new_cell_label (0.5f);

  /* A badge shows its whole stage name; the column is wide enough. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
}

static const KxProjectSummary *
item_row (GtkListItem *item,
          gpointer     user_data)
{
  KxProjectList *list = _kx_projects_view_get_list (KX_PROJECTS_VIEW (user_data));

  return list != NULL ? kx_project_list_peek (list, gtk_list_item_get_position (item)) : NULL;
}

static void
set_cell_text (GtkListItem *item,
               const char  *text,
               gboolean     tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (tooltip)
    gtk_widget_set_tooltip_text (label, text);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);

  set_cell_text (item, row != NULL ? row->number : NULL, FALSE);
}

static void
bind_applicant_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);

  set_cell_text (item, row != NULL ? row->organization_name : NULL, TRUE);
}

static void
bind_type_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);
  GtkWidget *label = gtk_list_item_get_child (item);

  set_cell_text (item, row != NULL ? kx_project_type_short (row->type) : NULL, FALSE);
  gtk_widget_set_tooltip_text (label, row != NULL ? kx_project_type_label (row->type) : NULL);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);

  set_cell_text (item, row != NULL ? row->title : NULL, TRUE);
}

static void
bind_stage_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *classes[] = { "kx-stage", NULL, NULL };

  if (row == NULL)
    {
      set_cell_text (item, NULL, FALSE);
      return;
    }
  classes[1] = kx_action_bar_stage_css_class (row->stage);
  gtk_widget_set_css_classes (label, classes);
  set_cell_text (item, kx_stage_label (row->stage), FALSE);
}

static void
bind_formal_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);
  const char *text = NULL;

  if (row != NULL && row->formal_result >= 0)
    text = kx_formal_result_label (row->formal_result);
  set_cell_text (item, text, FALSE);
}

static void
bind_score_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);
  g_autofree char *text = NULL;

  if (row != NULL && row->score_centi >= 0)
    text = g_strdup_printf ("%d.%02d", row->score_centi / 100, row->score_centi % 100);
  set_cell_text (item, text, FALSE);
}

static void
bind_rank_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);
  g_autofree char *text = NULL;

  if (row != NULL && row->rank > 0)
    text = g_strdup_printf ("%d", row->rank);
  set_cell_text (item, text, FALSE);
}

static void
set_money_cell (GtkListItem *item,
                gint64       fen)
{
  g_autofree char *text = fen >= 0 ? kx_money_format (fen) : NULL;

  set_cell_text (item, text, FALSE);
}

static void
bind_requested_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);

  set_money_cell (item, row != NULL ? row->requested_fen : -1);
}

static void
bind_approved_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  const KxProjectSummary *row = item_row (item, user_data);

  set_money_cell (item, row != NULL ? row->approved_fen : -1);
}

void
_kx_projects_view_cells_bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_badge_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_applicant_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_type_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_formal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_score_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_approved_cb);
}
