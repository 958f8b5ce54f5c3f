/* kx-experts-view.c: the 评审专家 section — the pool, its load in the call, one expert
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-experts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-experts-view.h"

#include "kx-expert-detail.h"
#include "kx-expert-dialog.h"
#include "kx-expert-load.h"
#include "kx-expert.h"
#include "kx-form.h"

struct _KxExpertsView
{
  GtkWidget           parent_instance;

  /* Owned */
  KxStore            *store;
  KxCall             *call;
  GHashTable         *load;     /* expert id → projects assigned in the call */
  char               *search;   /* casefolded, NULL = everything */

  /* Template widgets */
  GtkPaned           *paned;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkLabel           *empty_label;
  GtkLabel           *status_label;
  KxExpertDetail     *detail;
  GtkColumnViewColumn *load_column;
};

G_DEFINE_FINAL_TYPE (KxExpertsView, kx_experts_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static KxExpert *
selected_expert (KxExpertsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (KxExpertsView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.add", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.edit",
                                 self->store != NULL && selected_expert (self) != NULL);
}

static void
update_status (KxExpertsView *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autofree char *status = NULL;

  if (self->store == NULL)
    gtk_label_set_text (self->empty_label, _("No database open"));
  else if (total == 0)
    gtk_label_set_text (self->empty_label, _("The expert pool is empty: add an expert"));
  else
    gtk_label_set_text (self->empty_label, _("No expert matches the search"));
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");

  if (self->search != NULL)
    status = g_strdup_printf (ngettext ("%u of %u expert", "%u of %u experts", total), shown,
                              total);
  else
    status = g_strdup_printf (ngettext ("%u expert", "%u experts", total), total);
  gtk_label_set_text (self->status_label, self->store != NULL ? status : "");
}

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  KxExpertsView *self = user_data;

  return self->search == NULL
         || kx_form_contains_folded (kx_expert_get_name (item), self->search)
         || kx_form_contains_folded (kx_expert_get_affiliation (item), self->search)
         || kx_form_contains_folded (kx_expert_get_field (item), self->search);
}

static void
load_counts (KxExpertsView *self)
{
  g_autoptr(GArray) load = NULL;
  g_autofree char *title = NULL;

  g_hash_table_remove_all (self->load);
  if (self->store != NULL && self->call != NULL)
    load = kx_expert_list_load (self->store, kx_call_get_id (self->call), NULL);
  for (guint i = 0; load != NULL && i < load->len; i++)
    {
      const KxExpertLoad *l = &g_array_index (load, KxExpertLoad, i);

      g_hash_table_insert (self->load, GINT_TO_POINTER (l->expert_id), GINT_TO_POINTER (l->n));
    }
  /* TRANSLATORS: column title: projects assigned in the call of a year */
  title = self->call != NULL ? g_strdup_printf (_("Load %d"), kx_call_get_year (self->call))
                             : g_strdup (C_("column", "Load"));
  gtk_column_view_column_set_title (self->load_column, title);
}

static void
load (KxExpertsView *self,
      gint64         select_id)
{
  g_autoptr(GListModel) experts = NULL;
  g_autoptr(GError) error = NULL;

  load_counts (self);
  if (self->store != NULL)
    experts = kx_expert_list (self->store, &error);
  /* A new model: every visible cell is bound again, with the new loads. */
  gtk_filter_list_model_set_model (self->filter_model, experts);
  gtk_single_selection_set_selected (self->selection,
                                    kx_form_position_to_show (G_LIST_MODEL (self->selection),
                                                              select_id));
  update_status (self);
  if (error != NULL)
    gtk_label_set_text (self->empty_label, error->message);
  kx_expert_detail_reload (self->detail);
}

static gint64
selected_id (KxExpertsView *self)
{
  KxExpert *expert = selected_expert (self);

  return expert != NULL ? kx_expert_get_id (expert) : 0;
}

static void
on_search_changed_cb (KxExpertsView *self)
{
  kx_form_update_search (GTK_EDITABLE (self->search_entry), &self->search,
                         GTK_FILTER (self->filter));
  update_status (self);
}

static void
on_selected_cb (KxExpertsView *self)
{
  kx_expert_detail_set_expert (self->detail, selected_id (self));
  update_actions (self);
}

/* Double-click or Enter on a row edits it. */
static void
on_row_activated_cb (KxExpertsView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "experts.edit", NULL);
}

static void
on_items_changed_cb (KxExpertsView *self)
{
  update_status (self);
}

static void
on_detail_changed_cb (KxExpertsView *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_dialog_saved_cb (KxExpertsView *self,
                    gint64         id)
{
  if (self->search != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  load (self, id);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Cells */

static KxExpert *
item_expert (GtkListItem *item)
{
  return KX_EXPERT (gtk_list_item_get_item (item));
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_expert_get_name (item_expert (item)), TRUE);
}

static void
bind_affiliation_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_expert_get_affiliation (item_expert (item)), TRUE);
}

static void
bind_field_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_expert_get_field (item_expert (item)), TRUE);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_expert_get_title (item_expert (item)), TRUE);
}

static void
bind_phone_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_expert_get_phone (item_expert (item)), FALSE);
}

static void
bind_active_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gboolean active = kx_expert_get_active (item_expert (item));

  kx_form_cell_set_text (item, active ? C_("expert", "Active") : C_("expert", "Inactive"), FALSE);
}

static void
bind_load_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KxExpertsView            *self)
{
  gint64 id = kx_expert_get_id (item_expert (item));
  int n = GPOINTER_TO_INT (g_hash_table_lookup (self->load, GINT_TO_POINTER (id)));
  g_autofree char *text = g_strdup_printf ("%d", n);

  kx_form_cell_set_text (item, self->call != NULL ? text : "—", FALSE);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KxExpertsView *self = KX_EXPERTS_VIEW (widget);
  KxExpertDialog *dialog;

  dialog = kx_expert_dialog_new (kx_form_get_window (widget), self->store, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KxExpertsView *self = KX_EXPERTS_VIEW (widget);
  KxExpert *expert = selected_expert (self);
  KxExpertDialog *dialog;

  if (expert == NULL)
    return;
  dialog = kx_expert_dialog_new (kx_form_get_window (widget), self->store, expert);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
kx_experts_view_dispose (GObject *object)
{
  KxExpertsView *self = KX_EXPERTS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_EXPERTS_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_experts_view_parent_class)->dispose (object);
}

static void
kx_experts_view_finalize (GObject *object)
{
  KxExpertsView *self = KX_EXPERTS_VIEW (object);

  g_hash_table_unref (self->load);
  g_free (self->search);

  G_OBJECT_CLASS (kx_experts_view_parent_class)->finalize (object);
}

static void
kx_experts_view_class_init (KxExpertsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_experts_view_dispose;
  object_class->finalize = kx_experts_view_finalize;

  /**
   * KxExpertsView::changed:
   *
   * Emitted after the section wrote to the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KX_TYPE_EXPERT_DETAIL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-experts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, paned);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, selection);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, filter);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, detail);
  gtk_widget_class_bind_template_child (widget_class, KxExpertsView, load_column);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_text_cell_cb",
                                                G_CALLBACK (kx_form_setup_text_cell_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_number_cell_cb",
                                                G_CALLBACK (kx_form_setup_number_cell_cb));
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_affiliation_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_phone_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_load_cb);

  gtk_widget_class_install_action (widget_class, "experts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "experts.edit", NULL, edit_action);
}

static void
kx_experts_view_init (KxExpertsView *self)
{
  self->load = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_match_cb, self, NULL);
  load_counts (self);
  update_status (self);
  update_actions (self);
}

GtkWidget *
kx_experts_view_new (void)
{
  return g_object_new (KX_TYPE_EXPERTS_VIEW, NULL);
}

/**
 * kx_experts_view_set_store:
 * @store: (nullable): the database shown
 */
void
kx_experts_view_set_store (KxExpertsView *self,
                           KxStore       *store)
{
  g_return_if_fail (KX_IS_EXPERTS_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  kx_expert_detail_set_store (self->detail, store);
  load (self, 0);
  update_actions (self);
}

/**
 * kx_experts_view_set_call:
 * @call: (nullable): the call whose load is shown
 */
void
kx_experts_view_set_call (KxExpertsView *self,
                          KxCall        *call)
{
  g_return_if_fail (KX_IS_EXPERTS_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  if (self->call == call
      || (self->call != NULL && call != NULL && kx_call_get_id (self->call) == kx_call_get_id (call)))
    return;
  g_set_object (&self->call, call);
  kx_expert_detail_set_call (self->detail, call);
  load (self, selected_id (self));
}

/**
 * kx_experts_view_reload:
 *
 * Re-reads the pool, the loads in the call and the selected expert.
 */
void
kx_experts_view_reload (KxExpertsView *self)
{
  g_return_if_fail (KX_IS_EXPERTS_VIEW (self));

  load (self, selected_id (self));
}
