/* kx-bench-chart.c: how long a fund chart takes, query to pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kx-bench-chart fill DB YEAR N     adds synthetic disbursements (and a
 *                                     recovery for every 50th) to the call
 *                                     of YEAR until it has N, in SQL, in one
 *                                     transaction
 *   kx-bench-chart time DB YEAR RUNS  per chart: the aggregate query, the
 *                                     layout and the render into a
 *                                     1280×800 image surface, RUNS times;
 *                                     the first run (cold caches) and the
 *                                     best
 *
 * Prints key=value lines for bench/run-chart.
 */

#define G_LOG_DOMAIN "kx-bench"

#include "config.h"

#include "kx-bench-common.h"

#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "kx-call.h"
#include "kx-chart.h"
#include "kx-store.h"

#define WIDTH  1280
#define HEIGHT 800

static gint64
sql_int (sqlite3    *db,
         const char *sql,
         int         year)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int (stmt, 1, year);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        v = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  return v;
}

static int
fill (const char *path,
      int         year,
      gint64      target)
{
  static const char count_sql[] =
    "SELECT count(*) FROM disbursement d JOIN project p ON p.id = d.project_id "
    "JOIN call c ON c.id = p.call_id WHERE c.year = ?1";
  /* the call's projects numbered 0…, then tranches 100… of them in turn,
   * paid on a day of the year, ¥100.00 to ¥50,099.99 */
  static const char projects_sql[] =
    "CREATE TEMP TABLE ps (i INTEGER PRIMARY KEY, id INTEGER NOT NULL); "
    "INSERT INTO ps (i, id) SELECT row_number() OVER (ORDER BY p.id) - 1, p.id "
    "FROM project p JOIN call c ON c.id = p.call_id WHERE c.year = %d";
  static const char insert_sql[] =
    "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < ?2), "
    "np(n) AS (SELECT count(*) FROM ps) "
    "INSERT INTO disbursement (project_id, tranche, paid_on, amount_fen, voucher_no) "
    "SELECT ps.id, 100 + k.n / np.n, "
    "       date(printf('%04d-01-01', ?1), '+' || ((k.n * 37) % 365) || ' days'), "
    "       10000 + (k.n * 7919) % 5000000, 'BENCH' "
    "FROM k, np JOIN ps ON ps.i = k.n % np.n";
  static const char recover_sql[] =
    "INSERT INTO recovery (project_id, recovered_on, amount_fen, reason) "
    "SELECT project_id, paid_on, amount_fen / 2, 'bench' FROM disbursement "
    "WHERE voucher_no = 'BENCH' AND id % 50 = 0";
  g_autoptr(GError) error = NULL;
  g_autofree char *projects = g_strdup_printf (projects_sql, year);
  KxStore *store;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 have, add;
  int rc;

  /* brought to the current schema first, so the triggers count the rows */
  if ((store = kx_store_open (path, &error)) == NULL)
    {
      fprintf (stderr, "kx-bench-chart: %s\n", error->message);
      return 1;
    }
  g_object_unref (store);
  if (sqlite3_open (path, &db) != SQLITE_OK)
    {
      fprintf (stderr, "kx-bench-chart: cannot open %s\n", path);
      return 1;
    }
  have = sql_int (db, count_sql, year);
  add = target - have;
  if (add > 0)
    {
      gint64 start = g_get_monotonic_time ();

      sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
      rc = sqlite3_exec (db, projects, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2 (db, insert_sql, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int (stmt, 1, year);
          sqlite3_bind_int64 (stmt, 2, add - 1);
          rc = sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE ||
          sqlite3_exec (db, recover_sql, NULL, NULL, NULL) != SQLITE_OK ||
          sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        {
          fprintf (stderr, "kx-bench-chart: %s\n", sqlite3_errmsg (db));
          sqlite3_close (db);
          return 1;
        }
      printf ("fill_ms=%.0f\n", elapsed_ms (start));
    }
  printf ("disbursements=%" G_GINT64_FORMAT "\n", sql_int (db, count_sql, year));
  printf ("projects=%" G_GINT64_FORMAT "\n",
          sql_int (db, "SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
                       "WHERE c.year = ?1", year));
  sqlite3_close (db);
  return 0;
}

typedef struct
{
  double query, layout, render;
} Times;

static gboolean
time_once (KxStore     *store,
           gint64       call_id,
           KxChartKind  kind,
           Times       *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxChartData) data = NULL;
  g_autoptr(KxChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr;
  KxChartStyle style;
  gint64 start;

  kx_chart_style_init (&style, FALSE);
  start = g_get_monotonic_time ();
  data = kx_chart_data_load (store, kind, call_id, 0, &error);
  out->query = elapsed_ms (start);
  if (data == NULL)
    {
      fprintf (stderr, "kx-bench-chart: %s\n", error->message);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  start = g_get_monotonic_time ();
  cr = cairo_create (surface);
  layout = kx_chart_layout_new (data, &style, cr, WIDTH, HEIGHT);
  out->layout = elapsed_ms (start);
  start = g_get_monotonic_time ();
  kx_chart_render (cr, layout);
  cairo_surface_flush (surface);
  out->render = elapsed_ms (start);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

static int
time_charts (const char *path,
             int         year,
             int         runs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (path, &error);
  g_autoptr(KxCall) call = NULL;

  if (store == NULL || (call = kx_call_get_by_year (store, year, &error)) == NULL)
    {
      fprintf (stderr, "kx-bench-chart: %s\n", error->message);
      return 1;
    }
  for (guint k = 0; k < KX_N_CHARTS; k++)
    {
      const char *name = kx_chart_kind_to_string (k);
      Times first = { 0 }, best = { 0 };
      double best_total = G_MAXDOUBLE;

      for (int r = 0; r < runs; r++)
        {
          Times t;

          if (!time_once (store, kx_call_get_id (call), k, &t))
            return 1;
          if (r == 0)
            first = t;
          if (t.query + t.layout + t.render < best_total)
            {
              best = t;
              best_total = t.query + t.layout + t.render;
            }
        }
      printf ("%s_first_ms=%.2f\n", name, first.query + first.layout + first.render);
      printf ("%s_query_ms=%.2f\n%s_layout_ms=%.2f\n%s_render_ms=%.2f\n%s_total_ms=%.2f\n",
              name, best.query, name, best.layout, name, best.render, name, best_total);
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_set_prgname ("kx-bench-chart");
  if (argc == 5 && g_str_equal (argv[1], "fill"))
    return fill (argv[2], atoi (argv[3]), g_ascii_strtoll (argv[4], NULL, 10));
  if (argc == 5 && g_str_equal (argv[1], "time"))
    return time_charts (argv[2], atoi (argv[3]), MAX (atoi (argv[4]), 1));
  fprintf (stderr, "usage: kx-bench-chart fill DB YEAR N\n"
                   "       kx-bench-chart time DB YEAR RUNS\n");
  return 2;
}
