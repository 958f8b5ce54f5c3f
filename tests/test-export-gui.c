/* test-export-gui.c: Ctrl+E writes a workbook from a worker; Ctrl+P prints an agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "kx-agreement-preview.h"
#include "kx-agreement-print.h"
#include "kx-agreement-template.h"
#include "kx-export.h"
#include "kx-export-dialog.h"
#include "kx-export-workbook.h"
#include "kx-gui-test.h"
#include "kx-project-list.h"

#define DEMO_PROJECTS 120

static gboolean
export_finished (gpointer data)
{
  const char *state = _kx_export_dialog_get_state (data);

  return g_strcmp0 (state, "running") != 0;
}

/* The output of a command run on @path, e.g. unzip -l or pdftotext. */
static char *
run (const char *program,
     const char *option,
     const char *path)
{
  const char *argv[] = { program, option, path, "-", NULL };

  /* run ("pdfinfo", FILE, NULL): no option */
  if (path == NULL)
    {
      argv[1] = option;
      argv[2] = NULL;
    }
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (g_strcmp0 (program, "unzip") == 0)
    argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static KxCall *
call_2026 (KxStore *store)
{
  g_autoptr(GError) error = NULL;
  KxCall *call = kx_call_get_by_year (store, 2026, &error);

  g_assert_no_error (error);
  return call;
}

static void
test_export_review (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  g_autoptr(KxCall) call = call_2026 (store);
  g_autofree char *path = kx_gui_test_tmp_path ("review.xlsx");
  g_autofree char *listing = NULL;
  g_autofree char *status = NULL;
  KxExportDialog *dialog = kx_export_dialog_new (NULL, store, call);

  gtk_window_present (GTK_WINDOW (dialog));
  kx_gui_test_wait_drawn (GTK_WIDGET (dialog));

  /* A place that cannot be written is named before anything runs. */
  _kx_export_dialog_set_path (dialog, "/no/such/folder/review.xlsx");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL)
                  && g_strcmp0 (_kx_export_dialog_get_state (dialog), "idle") != 0);
  g_assert_cmpstr (_kx_export_dialog_get_state (dialog), ==, "idle");
  {
    g_autofree char *problem = g_strdup_printf (_("File: the folder “%s” does not exist."),
                                                "/no/such/folder");

    g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, problem));
  }

  _kx_export_dialog_set_kind (dialog, KX_WORKBOOK_REVIEW);
  _kx_export_dialog_set_path (dialog, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  kx_gui_test_wait_until (export_finished, dialog);
  g_assert_cmpstr (_kx_export_dialog_get_state (dialog), ==, "done");
  status = g_strdup_printf (_("Exported to %s"), path);
  g_assert_cmpstr (_kx_export_dialog_get_status (dialog), ==, status);

  listing = run ("unzip", "-l", path);
  g_assert_nonnull (strstr (listing, "xl/workbook.xml"));
  g_assert_nonnull (strstr (listing, "xl/worksheets/sheet1.xml"));

  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "export-dialog.png", NULL);

      kx_gui_test_wait_drawn (GTK_WIDGET (dialog));
      kx_gui_test_save_png (GTK_WIDGET (dialog), png);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kx_gui_test_flush ();
}

/* Cancel right after starting: whichever wins, what the dialog says is
 * what is on disk. */
static void
test_export_cancel (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  g_autoptr(KxCall) call = call_2026 (store);
  g_autofree char *path = kx_gui_test_tmp_path ("cancelled.xlsx");
  KxExportDialog *dialog = kx_export_dialog_new (NULL, store, call);

  gtk_window_present (GTK_WINDOW (dialog));
  _kx_export_dialog_set_kind (dialog, KX_WORKBOOK_SCORES);
  _kx_export_dialog_set_path (dialog, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_cmpstr (_kx_export_dialog_get_state (dialog), ==, "running");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL));
  kx_gui_test_wait_until (export_finished, dialog);
  g_test_message ("cancel right after start: the export ended %s",
                  _kx_export_dialog_get_state (dialog));

  if (g_strcmp0 (_kx_export_dialog_get_state (dialog), "done") == 0)
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  else
    {
      g_assert_cmpstr (_kx_export_dialog_get_state (dialog), ==, "failed");
      g_assert_cmpstr (_kx_export_dialog_get_status (dialog), ==,
                       _("Export cancelled; no file was written."));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  /* Nothing half-written is left beside it either way. */
  {
    g_autoptr(GDir) dir = g_dir_open (kx_gui_test_tmp_dir (), 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_suffix (name, ".part"));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kx_gui_test_flush ();
}

/* The first project of 2026 with a signed agreement, and one without. */
static void
find_projects (KxStore *store,
               gint64  *signed_id,
               gint64  *unsigned_id)
{
  g_autoptr(KxCall) call = call_2026 (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = kx_agreement_list_signed (store, kx_call_get_id (call), &error);
  g_autoptr(KxProjectList) list = kx_project_list_new (store, kx_call_get_id (call), &error);
  const KxProjectSummary *row;

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 0);
  *signed_id = g_array_index (ids, gint64, 0);
  *unsigned_id = 0;
  for (guint i = 0; (row = kx_project_list_peek (list, i)) != NULL; i++)
    if (row->stage == KX_STAGE_SUBMITTED)
      *unsigned_id = row->id;
  g_assert_cmpint (*unsigned_id, >, 0);
}

/* Printing goes through GtkPrintOperation and the same layout as the
 * CLI's PDF; exporting it to a file shows what the printer gets. */
static void
test_print_agreement (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  g_autofree char *pdf = kx_gui_test_tmp_path ("agreement.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  gint64 signed_id;
  gint64 unsigned_id;

  find_projects (store, &signed_id, &unsigned_id);
  project = kx_project_get (store, signed_id, &error);
  g_assert_no_error (error);

  g_assert_true (kx_agreement_print (NULL, store, signed_id, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                     pdf, &error));
  g_assert_no_error (error);
  text = run ("pdftotext", "-layout", pdf);
  g_assert_nonnull (strstr (text, "项目责任书"));
  g_assert_nonnull (strstr (text, kx_project_get_organization_name (project)));
  g_assert_nonnull (strstr (text, "专款专用"));
  /* pdftotext drops the spaces between Chinese words */
  g_assert_nonnull (strstr (text, "第1页") != NULL ? "" : strstr (text, "第 1 页"));

  /* No agreement, nothing to print: said, not printed. */
  g_assert_false (kx_agreement_print (NULL, store, unsigned_id, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                      pdf, &error));
  g_assert_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID);
}

/* Ctrl+P shows the pages first; from there, print or save the PDF. */
static void
test_preview (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  g_autofree char *pdf = kx_gui_test_tmp_path ("preview.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  const char *pages;
  g_autoptr(GError) error = NULL;
  KxAgreementPreview *preview;
  gint64 signed_id;
  gint64 unsigned_id;
  guint n_areas = 0;
  GtkWidget *child;

  find_projects (store, &signed_id, &unsigned_id);
  g_assert_null (kx_agreement_preview_new (NULL, store, unsigned_id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  preview = kx_agreement_preview_new (NULL, store, signed_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (preview));
  kx_gui_test_wait_drawn (GTK_WIDGET (preview));
  g_assert_cmpuint (kx_agreement_preview_get_n_pages (preview), >=, 2);
  child = kx_gui_test_find (GTK_WIDGET (preview), GTK_TYPE_DRAWING_AREA, NULL);
  for (; child != NULL; child = gtk_widget_get_next_sibling (child))
    n_areas++;
  g_assert_cmpuint (n_areas, ==, kx_agreement_preview_get_n_pages (preview));

  g_assert_true (kx_agreement_preview_save_pdf (preview, pdf, &error));
  g_assert_no_error (error);
  text = run ("pdftotext", "-layout", pdf);
  g_assert_nonnull (strstr (text, "项目责任书"));
  info = run ("pdfinfo", pdf, NULL);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpuint (strtoul (pages + strlen ("Pages:"), NULL, 10), ==,
                    kx_agreement_preview_get_n_pages (preview));

  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "agreement-preview.png",
                                               NULL);

      kx_gui_test_wait_drawn (GTK_WIDGET (preview));
      kx_gui_test_save_png (GTK_WIDGET (preview), png);
    }
  gtk_window_destroy (GTK_WINDOW (preview));
  kx_gui_test_flush ();
}

static void
test_skip (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/export-gui/skipped", test_skip);
      return g_test_run ();
    }
  g_test_add_func ("/export-gui/review-workbook", test_export_review);
  g_test_add_func ("/export-gui/cancel", test_export_cancel);
  g_test_add_func ("/export-gui/print-agreement", test_print_agreement);
  g_test_add_func ("/export-gui/preview", test_preview);
  return g_test_run ();
}
