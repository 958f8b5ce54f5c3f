/* kx-bench-gui.c: what a clerk waits for in the applications list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kx-bench-gui DB
 *
 * Under a display (xvfb-run), shows the applications section of DB's
 * biggest call in a 1280×800 window and measures, to the next frame drawn:
 * opening the call (load + sort in the worker, then one model change),
 * keystrokes of a search, a stage filter and a header sort. Also the
 * longest the UI thread was blocked during each (the largest gap between
 * main-loop wake-ups), which is what "a visible stall" means. Prints
 * key=value lines for bench/run-gui.
 */

#define G_LOG_DOMAIN "kx-bench-gui"

#include "config.h"

#include <stdio.h>

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-i18n.h"
#include "kx-projects-view-private.h"
#include "kx-store.h"

typedef struct
{
  GtkWidget *window;
  KxProjectsView *view;
  gint64 last_wake;
  gint64 worst_gap;
  guint frames;
} Bench;

static gboolean
wake_cb (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  if (bench->last_wake != 0)
    bench->worst_gap = MAX (bench->worst_gap, now - bench->last_wake);
  bench->last_wake = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  ((Bench *) user_data)->frames++;
  return G_SOURCE_CONTINUE;
}

/* Runs the loop until the view is idle and one more frame was drawn;
 * returns the milliseconds since @start. */
static double
wait_shown (Bench  *bench,
            gint64  start)
{
  guint frames;

  while (_kx_projects_view_is_busy (bench->view))
    g_main_context_iteration (NULL, TRUE);
  frames = bench->frames;
  while (bench->frames < frames + 1)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
measure (Bench      *bench,
         const char *key,
         gint64      start)
{
  double ms = wait_shown (bench, start);

  printf ("%s_ms=%.1f\n%s_stall_ms=%.1f\n%s_rows=%u\n", key, ms, key,
          bench->worst_gap / 1000.0, key,
          g_list_model_get_n_items (G_LIST_MODEL (_kx_projects_view_get_list (bench->view))));
  bench->worst_gap = 0;
  bench->last_wake = 0;
}

static KxCall *
biggest_call (KxStore *store)
{
  g_autoptr(GListModel) calls = kx_call_list (store, NULL);

  /* The newest call: the demo puts most projects there. */
  return calls != NULL && g_list_model_get_n_items (calls) > 0
         ? g_list_model_get_item (calls, 0) : NULL;
}

static void
type_search (Bench      *bench,
             const char *text,
             const char *key)
{
  gint64 start = g_get_monotonic_time ();

  kx_projects_view_set_search (bench->view, text);
  measure (bench, key, start);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KxStore) store = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(GError) error = NULL;
  GtkColumnView *column_view;
  GtkColumnViewColumn *score;
  Bench bench = { 0 };
  gint64 start;

  kx_i18n_init ();
  if (argc != 2)
    {
      fprintf (stderr, "usage: kx-bench-gui DB\n");
      return 2;
    }
  if (!gtk_init_check ())
    {
      fprintf (stderr, "kx-bench-gui: no display (run under xvfb-run)\n");
      return 1;
    }
  store = kx_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "kx-bench-gui: %s\n", error->message);
      return 1;
    }
  call = biggest_call (store);

  bench.view = g_object_new (KX_TYPE_PROJECTS_VIEW, NULL);
  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (bench.window), GTK_WIDGET (bench.view));
  gtk_widget_add_tick_callback (bench.window, tick_cb, &bench, NULL);
  gtk_window_present (GTK_WINDOW (bench.window));
  kx_projects_view_set_store (bench.view, store);
  while (bench.frames < 3)
    g_main_context_iteration (NULL, TRUE);
  g_timeout_add (1, wake_cb, &bench);

  start = g_get_monotonic_time ();
  kx_projects_view_set_call (bench.view, call);
  measure (&bench, "open", start);

  type_search (&bench, "学", "key1");
  type_search (&bench, "学会", "key2");
  type_search (&bench, "学会服务", "key3");
  type_search (&bench, NULL, "clear");

  start = g_get_monotonic_time ();
  gtk_drop_down_set_selected (_kx_projects_view_get_stage_dropdown (bench.view), 1 + KX_STAGE_FUNDED);
  measure (&bench, "stage", start);
  gtk_drop_down_set_selected (_kx_projects_view_get_stage_dropdown (bench.view), 0);
  wait_shown (&bench, 0);

  column_view = _kx_projects_view_get_column_view (bench.view);
  score = _kx_projects_view_get_column (bench.view, KX_PROJECT_COLUMN_SCORE);
  bench.worst_gap = 0;
  start = g_get_monotonic_time ();
  gtk_column_view_sort_by_column (column_view, score, GTK_SORT_DESCENDING);
  measure (&bench, "sort", start);

  gtk_window_destroy (GTK_WINDOW (bench.window));
  return 0;
}
