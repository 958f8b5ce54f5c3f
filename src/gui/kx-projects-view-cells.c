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
#include "kx-cell-label.h"
#include "kx-row-slots.h"
#include "kx-review.h"
#include "kx-validate.h"

/* Names and titles are often cut short: hovering shows them whole. */
static void
setup_text_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (item, kx_cell_label_new (0.0f, TRUE));
}

static void
setup_number_cell_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *label = kx_cell_label_new (1.0f, FALSE);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* The stage badge is a real label: it sizes itself to its text. */
static void
setup_badge_cell_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
}

typedef void (*RenderFunc) (GtkListItem            *item,
                            const KxProjectSummary *row);

/* No gtk_widget_set_tooltip_text() here: on 600 cells a keystroke it cost
 * ~150 ms (see kx-cell-label.c); the text cells show theirs on hover. */
static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  if (KX_IS_CELL_LABEL (label))
    kx_cell_label_set_text (KX_CELL_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
}

/* Shows the row now at the cell's slot (a KxRowSlot: see kx-row-slots.c). */
static void
render (GtkListItem *item)
{
  KxProjectsView *view = g_object_get_data (G_OBJECT (item), "kx-view");
  RenderFunc func = g_object_get_data (G_OBJECT (item), "kx-render");
  KxRowSlot *slot = gtk_list_item_get_item (item);
  KxProjectList *list = _kx_projects_view_get_list (view);
  const KxProjectSummary *row = NULL;

  if (list != NULL && slot != NULL)
    row = kx_project_list_peek (list, kx_row_slot_get_position (slot));
  if (row != NULL)
    func (item, row);
  else
    set_cell_text (item, NULL);
}

static void
bind_cell (GtkListItem *item,
           gpointer     view,
           RenderFunc   func)
{
  gulong handler;

  g_object_set_data (G_OBJECT (item), "kx-view", view);
  g_object_set_data (G_OBJECT (item), "kx-render", func);
  handler = g_signal_connect_swapped (gtk_list_item_get_item (item), "changed",
                                      G_CALLBACK (render), item);
  g_object_set_data (G_OBJECT (item), "kx-handler", GSIZE_TO_POINTER (handler));
  render (item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "kx-handler"));
  gpointer slot = gtk_list_item_get_item (item);

  if (handler != 0 && slot != NULL)
    g_signal_handler_disconnect (slot, handler);
  g_object_set_data (G_OBJECT (item), "kx-handler", NULL);
}

static void
render_number (GtkListItem            *item,
               const KxProjectSummary *row)
{
  set_cell_text (item, row->number);
}

static void
render_applicant (GtkListItem            *item,
                  const KxProjectSummary *row)
{
  set_cell_text (item, row->organization_name);
}

static void
render_type (GtkListItem            *item,
             const KxProjectSummary *row)
{
  set_cell_text (item, kx_project_type_short (row->type));
  kx_cell_label_set_tip (KX_CELL_LABEL (gtk_list_item_get_child (item)),
                         kx_project_type_label (row->type));
}

static void
render_title (GtkListItem            *item,
              const KxProjectSummary *row)
{
  set_cell_text (item, row->title);
}

static void
render_stage (GtkListItem            *item,
              const KxProjectSummary *row)
{
  const char *classes[] = { "kx-stage", kx_action_bar_stage_css_class (row->stage), NULL };

  gtk_widget_set_css_classes (gtk_list_item_get_child (item), classes);
  set_cell_text (item, kx_stage_label (row->stage));
}

static void
render_formal (GtkListItem            *item,
               const KxProjectSummary *row)
{
  set_cell_text (item, row->formal_result >= 0 ? kx_formal_result_label (row->formal_result)
                                               : NULL);
}

static void
render_score (GtkListItem            *item,
              const KxProjectSummary *row)
{
  g_autofree char *text = NULL;

  if (row->score_centi >= 0)
    text = g_strdup_printf ("%d.%02d", row->score_centi / 100, row->score_centi % 100);
  set_cell_text (item, text);
}

static void
render_rank (GtkListItem            *item,
             const KxProjectSummary *row)
{
  g_autofree char *text = row->rank > 0 ? g_strdup_printf ("%d", row->rank) : NULL;

  set_cell_text (item, text);
}

static void
set_money_cell (GtkListItem *item,
                gint64       fen)
{
  g_autofree char *text = fen >= 0 ? kx_money_format (fen) : NULL;

  set_cell_text (item, text);
}

static void
render_requested (GtkListItem            *item,
                  const KxProjectSummary *row)
{
  set_money_cell (item, row->requested_fen);
}

static void
render_approved (GtkListItem            *item,
                 const KxProjectSummary *row)
{
  set_money_cell (item, row->approved_fen);
}

#define DEFINE_BIND(name) \
  static void \
  bind_##name##_cb (GtkSignalListItemFactory *factory, \
                    GtkListItem              *item, \
                    gpointer                  user_data) \
  { \
    bind_cell (item, user_data, render_##name); \
  }

DEFINE_BIND (number)
DEFINE_BIND (applicant)
DEFINE_BIND (type)
DEFINE_BIND (title)
DEFINE_BIND (stage)
DEFINE_BIND (formal)
DEFINE_BIND (score)
DEFINE_BIND (rank)
DEFINE_BIND (requested)
DEFINE_BIND (approved)

void
_kx_projects_view_cells_bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_badge_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cell_cb);
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
