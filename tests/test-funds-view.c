/* test-funds-view.c: the 资金 section shows the core's totals and ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kx-gui-test.h"
#include "kx-call.h"
#include "kx-funds-view.h"
#include "kx-money.h"
#include "kx-money-report.h"
#include "kx-validate.h"

#define PROJECTS 150

typedef struct
{
  KxStore    *store;
  KxCall     *call;
  GtkWidget  *view;
  GtkWindow  *window;
  gint64      activated;
} Fixture;

static gboolean
idle_view (gpointer data)
{
  return !kx_funds_view_get_busy (data);
}

static void
on_project_activated_cb (GtkWidget *view,
                         gint64     id,
                         Fixture   *f)
{
  f->activated = id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = kx_gui_test_open (kx_gui_test_demo_path (PROJECTS));
  f->call = kx_call_get_by_year (f->store, GPOINTER_TO_INT (data), &error);
  g_assert_no_error (error);
  f->view = kx_funds_view_new ();
  g_signal_connect (f->view, "project-activated", G_CALLBACK (on_project_activated_cb), f);
  kx_funds_view_set_store (KX_FUNDS_VIEW (f->view), f->store);
  kx_funds_view_set_call (KX_FUNDS_VIEW (f->view), f->call);
  f->window = kx_gui_test_host (f->view, 1000, 700);
  kx_gui_test_wait_until (idle_view, f->view);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  kx_gui_test_flush ();
  g_clear_object (&f->call);
  g_clear_object (&f->store);
}

static void
assert_shows_money (Fixture *f,
                    gint64   fen)
{
  g_autofree char *text = kx_money_format (fen);
  GtkWidget *label = kx_gui_test_find (f->view, GTK_TYPE_LABEL, text);

  if (label == NULL)
    g_error ("%s is not shown", text);
  g_assert_true (gtk_widget_is_drawable (label));
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxCallTotals totals;

  g_assert_true (kx_money_call_totals (f->store, kx_call_get_id (f->call), &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (totals.disbursed_fen, >, 0);
  assert_shows_money (f, totals.budget_fen);
  assert_shows_money (f, totals.approved_fen);
  assert_shows_money (f, totals.disbursed_fen);
  assert_shows_money (f, totals.recovered_fen);
  assert_shows_money (f, totals.balance_fen);
  assert_shows_money (f, totals.available_fen);
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      assert_shows_money (f, totals.types[t].approved_fen);
      assert_shows_money (f, totals.types[t].disbursed_fen);
      if (totals.types[t].cap_fen >= 0)
        assert_shows_money (f, totals.types[t].cap_fen);
    }
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "funds-view.png", NULL);

      g_autofree char *small = g_build_filename (g_getenv ("KX_SHOT_DIR"), "funds-view-800.png",
                                                 NULL);

      kx_gui_test_save_png (f->view, png);
      /* A section of a 1024 × 700 window gets about 800 × 600. */
      gtk_window_set_default_size (f->window, 800, 600);
      kx_gui_test_wait_drawn (f->view);
      kx_gui_test_save_png (f->view, small);
      g_assert_cmpint (gtk_widget_get_width (f->view), <=, 800);
    }
}

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) report = kx_money_report_call (f->store, kx_call_get_id (f->call), &error);
  KxFundsView *view = KX_FUNDS_VIEW (f->view);
  GtkWidget *column_view = kx_gui_test_find (f->view, GTK_TYPE_COLUMN_VIEW, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (report->len, >, 0);
  g_assert_cmpuint (kx_funds_view_get_n_rows (view), ==, report->len);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)))), ==,
                    report->len);
  for (guint i = 0; i < report->len; i++)
    {
      const KxMoneyReportRow *want = &g_array_index (report, KxMoneyReportRow, i);
      const KxMoneyReportRow *got = kx_funds_view_get_row (view, i);

      g_assert_cmpint (got->project_id, ==, want->project_id);
      g_assert_cmpstr (got->number, ==, want->number);
      g_assert_cmpstr (got->applicant, ==, want->applicant);
      g_assert_cmpint (got->approved_fen, ==, want->approved_fen);
      g_assert_cmpint (got->tranche1_fen, ==, want->tranche1_fen);
      g_assert_cmpint (got->tranche2_fen, ==, want->tranche2_fen);
      g_assert_cmpint (got->recovered_fen, ==, want->recovered_fen);
      g_assert_cmpint (got->balance_fen, ==, want->balance_fen);
    }
  /* The first row is on screen, as its number. */
  g_assert_nonnull (kx_gui_test_find (f->view, GTK_TYPE_LABEL,
                                      g_array_index (report, KxMoneyReportRow, 0).number));

  g_signal_emit_by_name (column_view, "activate", 1);
  g_assert_cmpint (f->activated, ==, g_array_index (report, KxMoneyReportRow, 1).project_id);
}

static void
test_empty (void)
{
  GtkWidget *view = kx_funds_view_new ();
  GtkWindow *window = kx_gui_test_host (view, 800, 600);
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (PROJECTS));

  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, "No database open"));
  kx_funds_view_set_store (KX_FUNDS_VIEW (view), store);
  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, "No call selected"));
  g_assert_cmpuint (kx_funds_view_get_n_rows (KX_FUNDS_VIEW (view)), ==, 0);
  gtk_window_destroy (window);
  kx_gui_test_flush ();
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/funds-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, fn, year) \
  g_test_add (path, Fixture, GINT_TO_POINTER (year), fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/funds-view/empty", test_empty);
  ADD ("/funds-view/totals", test_totals, 2025);
  ADD ("/funds-view/ledger", test_ledger, 2025);
  ADD ("/funds-view/ledger-2024", test_ledger, 2024);
#undef ADD

  return g_test_run ();
}
