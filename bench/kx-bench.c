/* kx-bench.c: generation and load times of demo databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kx-bench generate DB PROJECTS [ORGANIZATIONS]
 *   kx-bench load DB
 *
 * load also times queries of the projects list (kx-project-query.h) on
 * all projects: each on a fresh snapshot once ("_first", which builds the
 * search text or the column order) and then the best of 5 runs.
 *
 * Each prints key=value lines for bench/run. Load runs in a process of its
 * own so its peak RSS is not the generator's.
 */

#define G_LOG_DOMAIN "kx-bench"

#include "config.h"

#include "kx-bench-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-demo.h"
#include "kx-i18n.h"
#include "kx-project-list.h"
#include "kx-project-query.h"
#include "kx-store.h"

static int
generate (const char *path,
          guint       projects,
          guint       organizations)
{
  g_autoptr(KxStore) store = NULL;
  GError *error = NULL;
  KxDemoOptions options;
  gint64 start;

  kx_demo_options_init (&options);
  options.projects = projects;
  options.organizations = organizations > 0 ? organizations : MAX (80, projects / 50);

  store = kx_store_open (path, &error);
  if (store == NULL)
    return fail (error);
  start = g_get_monotonic_time ();
  if (!kx_demo_generate (store, &options, NULL, NULL, NULL, &error))
    return fail (error);
  printf ("projects=%u\norganizations=%u\ngenerate_ms=%.0f\ngenerate_rss_mb=%.1f\n",
          projects, options.organizations, elapsed_ms (start), peak_rss_mb ());
  return 0;
}

/* The call with the most projects, from a count query (not timed). */
static gint64
biggest_call (KxStore  *store,
              GError  **error)
{
  g_autoptr(GArray) calls = kx_demo_summarize (store, NULL, NULL, error);
  g_autoptr(KxCall) call = NULL;
  int year = 0;
  guint most = 0;

  if (calls == NULL)
    return -1;
  for (guint i = 0; i < calls->len; i++)
    {
      const KxDemoCallSummary *summary = &g_array_index (calls, KxDemoCallSummary, i);

      if (summary->projects > most)
        {
          most = summary->projects;
          year = summary->year;
        }
    }
  call = kx_call_get_by_year (store, year, error);
  return call != NULL ? kx_call_get_id (call) : -1;
}

static gboolean
time_list (KxStore     *store,
           gint64       call_id,
           const char  *key,
           GError     **error)
{
  g_autoptr(KxProjectList) list = NULL;
  gint64 start = g_get_monotonic_time ();

  list = kx_project_list_new (store, call_id, error);
  if (list == NULL)
    return FALSE;
  printf ("%s_ms=%.1f\n%s_rows=%u\n", key, elapsed_ms (start), key,
          g_list_model_get_n_items (G_LIST_MODEL (list)));
  return TRUE;
}

typedef struct
{
  const char      *key;
  const char      *search;
  int              stage;
  KxProjectColumn  column;
  gboolean         descending;
} BenchQuery;

static const BenchQuery bench_queries[] = {
  { "q_search1", "学", -1, KX_PROJECT_COLUMN_NUMBER, FALSE },
  { "q_search2", "学会", -1, KX_PROJECT_COLUMN_NUMBER, FALSE },
  { "q_stage", NULL, KX_STAGE_IN_PROGRESS, KX_PROJECT_COLUMN_NUMBER, FALSE },
  { "q_sort_score", NULL, -1, KX_PROJECT_COLUMN_SCORE, TRUE },
  { "q_sort_applicant", NULL, -1, KX_PROJECT_COLUMN_APPLICANT, FALSE },
};

static double
time_query (KxProjectRows         *rows,
            const KxProjectQuery  *query,
            guint                 *out_n)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GArray) order = kx_project_query_run (rows, query, NULL, NULL);
  double ms = elapsed_ms (start);

  *out_n = order->len;
  return ms;
}

/* Each query on a fresh snapshot (reloaded), then the best of 5. */
static gboolean
time_queries (KxStore  *store,
              GError  **error)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (store, 0, error);

  if (list == NULL)
    return FALSE;
  for (guint q = 0; q < G_N_ELEMENTS (bench_queries); q++)
    {
      const BenchQuery *b = &bench_queries[q];
      g_autoptr(KxProjectRows) rows = NULL;
      KxProjectQuery query;
      double first;
      double best = G_MAXDOUBLE;
      guint n;

      if (!kx_project_list_reload (list, error))
        return FALSE;
      rows = kx_project_list_get_rows (list);
      kx_project_query_init (&query);
      query.search = b->search;
      query.stage = b->stage;
      query.sort_column = b->column;
      query.descending = b->descending;
      first = time_query (rows, &query, &n);
      for (guint i = 0; i < 5; i++)
        best = MIN (best, time_query (rows, &query, &n));
      printf ("%s_first_ms=%.1f\n%s_ms=%.1f\n%s_rows=%u\n", b->key, first, b->key, best,
              b->key, n);
    }
  return TRUE;
}

static int
load (const char *path)
{
  g_autoptr(KxStore) store = NULL;
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 call_id;

  store = kx_store_open (path, &error);
  if (store == NULL)
    return fail (error);
  printf ("open_ms=%.1f\n", elapsed_ms (start));
  if (!time_list (store, 0, "load_all", &error) ||
      (call_id = biggest_call (store, &error)) < 0 ||
      !time_list (store, call_id, "load_call", &error))
    return fail (error);
  printf ("load_rss_mb=%.1f\n", peak_rss_mb ());
  if (!time_queries (store, &error))
    return fail (error);
  return 0;
}

static int
usage (void)
{
  fprintf (stderr, "usage: kx-bench generate DB PROJECTS [ORGANIZATIONS]\n"
                   "       kx-bench load DB\n");
  return 2;
}

int
main (int    argc,
      char **argv)
{
  kx_i18n_init ();
  g_set_prgname ("kx-bench");

  if (argc >= 4 && g_str_equal (argv[1], "generate"))
    return generate (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10),
                     argc >= 5 ? (guint) g_ascii_strtoull (argv[4], NULL, 10) : 0);
  if (argc == 3 && g_str_equal (argv[1], "load"))
    return load (argv[2]);
  return usage ();
}
