/* kx-fact-dialog.c: recording a dated eligibility fact of an organization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-fact-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-fact-dialog.h"

#include "kx-form.h"
#include "kx-organization.h"
#include "kx-validate.h"

struct _KxFactDialog
{
  GtkWindow       parent_instance;

  /* Owned */
  KxStore        *store;
  gint64          organization_id;

  /* Template widgets */
  GtkDropDown    *kind_dropdown;
  GtkEditable    *date_entry;
  GtkLabel       *date_error;
  GtkCheckButton *holds_check;
  GtkEditable    *evidence_entry;
  GtkEditable    *note_entry;
  GtkLabel       *save_error_label;
  GtkButton      *save_button;
};

G_DEFINE_FINAL_TYPE (KxFactDialog, kx_fact_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
parse_date (KxFactDialog  *self,
            GError       **error)
{
  g_autofree char *text = kx_form_get_text (self->date_entry);
  char *iso = NULL;

  kx_date_parse (_("Fact date"), text, &iso, error);
  return iso;
}

static void
on_field_changed_cb (KxFactDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = parse_date (self, &error);

  kx_form_show_error (self->date_error, error);
  kx_form_show_error (self->save_error_label, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), date != NULL);
}

static void
on_save_clicked_cb (KxFactDialog *self)
{
  g_autofree char *evidence = kx_form_get_text (self->evidence_entry);
  g_autofree char *note = kx_form_get_text (self->note_entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = parse_date (self, &error);
  gint64 id = 0;

  if (!kx_form_show_error (self->date_error, error))
    return;
  kx_organization_add_fact (self->store, self->organization_id,
                            gtk_drop_down_get_selected (self->kind_dropdown),
                            gtk_check_button_get_active (self->holds_check), date,
                            *evidence != '\0' ? evidence : NULL, *note != '\0' ? note : NULL,
                            &id, &error);
  if (!kx_form_show_error (self->save_error_label, error))
    return;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kx_fact_dialog_dispose (GObject *object)
{
  KxFactDialog *self = KX_FACT_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_fact_dialog_parent_class)->dispose (object);
}

static void
kx_fact_dialog_class_init (KxFactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_fact_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-fact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, holds_check);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, evidence_entry);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxFactDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_fact_dialog_init (KxFactDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *today = kx_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (KxFactKind kind = 0; kind < KX_N_FACTS; kind++)
    gtk_string_list_append (kinds, kx_fact_kind_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_check_button_set_active (self->holds_check, TRUE);
  gtk_editable_set_text (self->date_entry, today);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * kx_fact_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxFactDialog *
kx_fact_dialog_new (GtkWindow *parent,
                    KxStore   *store,
                    gint64     organization_id)
{
  KxFactDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  self = g_object_new (KX_TYPE_FACT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->organization_id = organization_id;
  gtk_window_set_title (GTK_WINDOW (self), _("Add Eligibility Fact"));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
