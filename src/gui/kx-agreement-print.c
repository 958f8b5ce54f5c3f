/* kx-agreement-print.c: print a responsibility agreement (or save it as PDF)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation drives the layout module of libkx-export: the pages
 * are counted in begin-print with the printer's cairo context and drawn in
 * draw-page, so what is printed is what `kexie-cli agreement` writes.
 */

#define G_LOG_DOMAIN "kx-agreement-print"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-agreement-print.h"

#include "kx-agreement-doc.h"
#include "kx-agreement-layout.h"

typedef struct
{
  KxAgreementDoc    *doc;
  KxAgreementLayout *layout;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->layout, kx_agreement_layout_free);
  g_clear_pointer (&job->doc, kx_agreement_doc_free);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Job               *job)
{
  KxAgreementPage page;

  /* Full page in points: the layout keeps its own 25 mm margins. */
  kx_agreement_page_init (&page, gtk_print_context_get_width (context),
                          gtk_print_context_get_height (context));
  g_clear_pointer (&job->layout, kx_agreement_layout_free);
  job->layout = kx_agreement_layout_new (job->doc, &page);
  gtk_print_operation_set_n_pages (operation,
                                   kx_agreement_layout_paginate (job->layout,
                                                                 gtk_print_context_get_cairo_context (context)));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 Job               *job)
{
  kx_agreement_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context),
                                 (guint) page_nr);
}

gboolean
kx_agreement_print (GtkWindow                *parent,
                    KxStore                  *store,
                    gint64                    project_id,
                    GtkPrintOperationAction   action,
                    const char               *export_path,
                    GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autofree char *job_name = NULL;
  Job *job;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = g_new0 (Job, 1);
  job->doc = kx_agreement_doc_load (store, project_id, error);
  if (job->doc == NULL)
    {
      job_free (job);
      return FALSE;
    }

  operation = gtk_print_operation_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  /* TRANSLATORS: the print job's name, e.g. "项目责任书 CZKX-2026-001" */
  job_name = g_strdup_printf (_("Responsibility agreement %s"), job->doc->number);
  gtk_print_operation_set_job_name (operation, job_name);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_object_set_data_full (G_OBJECT (operation), "kx-job", job, (GDestroyNotify) job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return gtk_print_operation_run (operation, action, parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
