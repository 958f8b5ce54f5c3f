/* kx-year-record-dialog.c: an organization's 社团年检 and 年度绩效考核 for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-year-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-year-record-dialog.h"

#include "kx-form.h"
#include "kx-validate.h"

struct _KxYearRecordDialog
{
  GtkWindow      parent_instance;

  /* Owned */
  KxStore       *store;
  gint64         organization_id;

  /* Template widgets */
  GtkSpinButton *year_spin;
  GtkDropDown   *inspection_dropdown;
  GtkDropDown   *assessment_dropdown;
  GtkEditable   *note_entry;
  GtkLabel      *save_error_label;
  GtkButton     *save_button;
};

G_DEFINE_FINAL_TYPE (KxYearRecordDialog, kx_year_record_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The spin button keeps the year in range and the drop-downs offer only
 * results, so the form is always valid; the core may still refuse, and
 * its message stays until the form changes. */
static void
on_field_changed_cb (KxYearRecordDialog *self)
{
  kx_form_show_error (self->save_error_label, NULL);
}

static void
on_save_clicked_cb (KxYearRecordDialog *self)
{
  g_autofree char *note = kx_form_get_text (self->note_entry);
  g_autoptr(GError) error = NULL;

  gtk_spin_button_update (self->year_spin);
  kx_organization_set_year_record (self->store, self->organization_id,
                                   gtk_spin_button_get_value_as_int (self->year_spin),
                                   gtk_drop_down_get_selected (self->inspection_dropdown),
                                   gtk_drop_down_get_selected (self->assessment_dropdown),
                                   *note != '\0' ? note : NULL, &error);
  if (!kx_form_show_error (self->save_error_label, error))
    return;
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GListModel *
new_result_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (KxResult r = KX_RESULT_UNKNOWN; r <= KX_RESULT_FAIL; r++)
    gtk_string_list_append (list, kx_result_label (r));
  return G_LIST_MODEL (list);
}

static void
kx_year_record_dialog_dispose (GObject *object)
{
  KxYearRecordDialog *self = KX_YEAR_RECORD_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_year_record_dialog_parent_class)->dispose (object);
}

static void
kx_year_record_dialog_class_init (KxYearRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_year_record_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-year-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, inspection_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, assessment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxYearRecordDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_year_record_dialog_init (KxYearRecordDialog *self)
{
  g_autoptr(GListModel) inspection = new_result_model ();
  g_autoptr(GListModel) assessment = new_result_model ();
  g_autofree char *today = kx_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->inspection_dropdown, inspection);
  gtk_drop_down_set_model (self->assessment_dropdown, assessment);
  /* Last year's results are the ones recorded in a year. */
  gtk_spin_button_set_value (self->year_spin, g_ascii_strtoll (today, NULL, 10) - 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * kx_year_record_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @record: (nullable): the year to edit; %NULL adds one
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxYearRecordDialog *
kx_year_record_dialog_new (GtkWindow          *parent,
                           KxStore            *store,
                           gint64              organization_id,
                           const KxYearRecord *record)
{
  KxYearRecordDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  self = g_object_new (KX_TYPE_YEAR_RECORD_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->organization_id = organization_id;
  if (record != NULL)
    {
      gtk_spin_button_set_value (self->year_spin, record->year);
      gtk_widget_set_sensitive (GTK_WIDGET (self->year_spin), FALSE);
      gtk_drop_down_set_selected (self->inspection_dropdown, record->inspection);
      gtk_drop_down_set_selected (self->assessment_dropdown, record->assessment);
      gtk_editable_set_text (self->note_entry, record->note != NULL ? record->note : "");
    }
  gtk_window_set_title (GTK_WINDOW (self),
                        record != NULL ? _("Edit Year Record") : _("Add Year Record"));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
