/* kx-conflict-dialog.c: recording an organization an expert must never review (回避)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-conflict-dialog.h"

#include "kx-form.h"
#include "kx-organization.h"

struct _KxConflictDialog
{
  GtkWindow           parent_instance;

  /* Owned */
  KxStore            *store;
  gint64              expert_id;
  char               *search;   /* casefolded, NULL = everything */

  /* Template widgets */
  GtkLabel           *expert_label;
  GtkSearchEntry     *search_entry;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkLabel           *organization_error;
  GtkEditable        *reason_entry;
  GtkLabel           *save_error_label;
  GtkButton          *save_button;

  guint               touched : 1;
};

G_DEFINE_FINAL_TYPE (KxConflictDialog, kx_conflict_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  KxConflictDialog *self = user_data;
  const char *code = kx_organization_get_credit_code (item);
  g_autofree char *name = NULL;
  g_autofree char *folded_code = NULL;

  if (self->search == NULL)
    return TRUE;
  name = g_utf8_casefold (kx_organization_get_name (item), -1);
  folded_code = code != NULL ? g_utf8_casefold (code, -1) : NULL;
  return strstr (name, self->search) != NULL
         || (folded_code != NULL && strstr (folded_code, self->search) != NULL);
}

static gboolean
validate (KxConflictDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("Organization: choose the organization the expert is tied to"));
  kx_form_show_error (self->organization_error, self->touched ? error : NULL);
  return error == NULL;
}

static void
on_field_changed_cb (KxConflictDialog *self)
{
  kx_form_show_error (self->save_error_label, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), validate (self));
}

static void
on_search_changed_cb (KxConflictDialog *self)
{
  g_autofree char *text = kx_form_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);
  self->touched = TRUE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  on_field_changed_cb (self);
}

static void
on_save_clicked_cb (KxConflictDialog *self)
{
  KxOrganization *org = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *reason = kx_form_get_text (self->reason_entry);
  g_autoptr(GError) error = NULL;

  self->touched = TRUE;
  if (!validate (self))
    return;
  kx_expert_add_conflict (self->store, self->expert_id, kx_organization_get_id (org),
                          *reason != '\0' ? reason : NULL, &error);
  if (!kx_form_show_error (self->save_error_label, error))
    return;
  g_signal_emit (self, signals[SAVED], 0, kx_organization_get_id (org));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
setup_org_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = kx_form_cell_new (0.0f);

  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_org_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  KxOrganization *org = gtk_list_item_get_item (item);
  g_autofree char *text = g_strdup_printf ("%s  (%s)", kx_organization_get_name (org),
                                           kx_org_kind_label (kx_organization_get_kind (org)));

  kx_form_cell_set_text (item, text, TRUE);
}

static void
kx_conflict_dialog_dispose (GObject *object)
{
  KxConflictDialog *self = KX_CONFLICT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (kx_conflict_dialog_parent_class)->dispose (object);
}

static void
kx_conflict_dialog_class_init (KxConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_conflict_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, expert_label);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, filter);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, organization_error);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxConflictDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_org_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_org_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_conflict_dialog_init (KxConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_match_cb, self, NULL);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * kx_conflict_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxConflictDialog *
kx_conflict_dialog_new (GtkWindow *parent,
                        KxStore   *store,
                        KxExpert  *expert)
{
  KxConflictDialog *self;
  g_autoptr(GListModel) orgs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (KX_IS_EXPERT (expert), NULL);

  self = g_object_new (KX_TYPE_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->expert_id = kx_expert_get_id (expert);
  who = g_strdup_printf (_("%s will never review the projects of the organization chosen "
                           "here."), kx_expert_get_name (expert));
  gtk_label_set_text (self->expert_label, who);
  orgs = kx_organization_list (store, &error);
  gtk_filter_list_model_set_model (self->filter_model, orgs);
  kx_form_show_error (self->save_error_label, error);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
