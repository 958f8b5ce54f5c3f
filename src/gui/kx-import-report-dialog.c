/* kx-import-report-dialog.c: what a CSV import of organizations did
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-import-report-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-import-report-dialog.h"

#include "kx-form.h"

struct _KxImportReportDialog
{
  GtkWindow   parent_instance;

  /* Template widgets */
  GtkLabel   *outcome_label;
  GtkGrid    *summary_grid;
  GtkLabel   *problems_heading;
  GtkWidget  *problems_scrolled;
  GtkListBox *problem_list;

  GPtrArray  *problems;   /* of char *, as shown */
};

G_DEFINE_FINAL_TYPE (KxImportReportDialog, kx_import_report_dialog, GTK_TYPE_WINDOW)

static void
add_summary (KxImportReportDialog *self,
             int                   row,
             const char           *key,
             const char           *value)
{
  GtkWidget *key_label = gtk_label_new (key);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (key_label), 0.0f);
  gtk_widget_add_css_class (key_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_grid_attach (self->summary_grid, key_label, 0, row, 1, 1);
  gtk_grid_attach (self->summary_grid, value_label, 1, row, 1, 1);
}

static void
fill_summary (KxImportReportDialog *self,
              const KxImportReport *report)
{
  g_autofree char *rows = g_strdup_printf ("%u", report->rows);
  g_autofree char *imported = g_strdup_printf ("%u", report->imported);

  add_summary (self, 0, _("File"), kx_form_or_dash (report->file_name));
  add_summary (self, 1, _("Encoding"), kx_form_or_dash (report->encoding));
  add_summary (self, 2, _("Rows read"), rows);
  add_summary (self, 3, _("Imported"), imported);
}

static void
fill_problems (KxImportReportDialog *self,
               const KxImportReport *report)
{
  for (guint i = 0; report != NULL && report->problems != NULL && i < report->problems->len; i++)
    {
      char *text = kx_import_problem_format (g_ptr_array_index (report->problems, i));

      gtk_list_box_append (self->problem_list, kx_form_row_new (text, NULL));
      g_ptr_array_add (self->problems, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_heading), self->problems->len > 0);
  gtk_widget_set_visible (self->problems_scrolled, self->problems->len > 0);
  if (self->problems->len == 0)
    gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
}

static void
kx_import_report_dialog_finalize (GObject *object)
{
  KxImportReportDialog *self = KX_IMPORT_REPORT_DIALOG (object);

  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (kx_import_report_dialog_parent_class)->finalize (object);
}

static void
kx_import_report_dialog_class_init (KxImportReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kx_import_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-import-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxImportReportDialog, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, KxImportReportDialog, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, KxImportReportDialog, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, KxImportReportDialog, problems_scrolled);
  gtk_widget_class_bind_template_child (widget_class, KxImportReportDialog, problem_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_import_report_dialog_init (KxImportReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->problems = g_ptr_array_new_with_free_func (g_free);
}

/**
 * kx_import_report_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @report: (nullable): what the import read
 * @error: (nullable): why nothing was imported
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxImportReportDialog *
kx_import_report_dialog_new (GtkWindow            *parent,
                             const KxImportReport *report,
                             const GError         *error)
{
  KxImportReportDialog *self = g_object_new (KX_TYPE_IMPORT_REPORT_DIALOG,
                                             "transient-for", parent, NULL);
  g_autofree char *outcome = NULL;

  if (error == NULL)
    outcome = g_strdup_printf (ngettext ("%u organization imported.",
                                         "%u organizations imported.", report->imported),
                               report->imported);
  else if (report != NULL && report->problems != NULL && report->problems->len > 0)
    outcome = g_strdup (_("Nothing was imported: correct the rows below in the file and "
                          "import it again."));
  else
    outcome = g_strdup_printf (_("Nothing was imported: %s"), error->message);
  gtk_label_set_text (self->outcome_label, outcome);
  if (report != NULL)
    fill_summary (self, report);
  fill_problems (self, report);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * kx_import_report_dialog_dup_problems:
 *
 * Returns: (transfer full): the rejected rows as shown
 */
GStrv
kx_import_report_dialog_dup_problems (KxImportReportDialog *self)
{
  GStrvBuilder *builder;
  GStrv strv;

  g_return_val_if_fail (KX_IS_IMPORT_REPORT_DIALOG (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->problems->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->problems, i));
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return strv;
}
