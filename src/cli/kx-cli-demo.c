/* kx-cli-demo.c: kexie-cli demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-demo.h"
#include "kx-validate.h"

#define MAX_ORGANIZATIONS 100000
#define MAX_PROJECTS      10000000
#define MAX_EXPERTS       100000

/* Reading the options */

static gboolean
check_count (const char *option,
             gint64      value,
             gint64      min,
             gint64      max)
{
  if (value >= min && value <= max)
    return TRUE;
  kx_cli_usage_error ("demo", _("%s: %lld is outside %lld–%lld"), option, (long long) value,
                      (long long) min, (long long) max);
  return FALSE;
}

static gboolean
parse_options (int            *argc,
               char         ***argv,
               KxDemoOptions  *options)
{
  gint64 organizations = options->organizations;
  gint64 projects = options->projects;
  gint64 experts = options->experts;
  gint64 seed = options->seed;
  GOptionEntry entries[] = {
    { "organizations", 0, 0, G_OPTION_ARG_INT64, &organizations, NULL, NULL },
    { "projects", 0, 0, G_OPTION_ARG_INT64, &projects, NULL, NULL },
    { "experts", 0, 0, G_OPTION_ARG_INT64, &experts, NULL, NULL },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, NULL, NULL },
    { NULL }
  };

  if (!kx_cli_parse_options ("demo", entries, argc, argv))
    return FALSE;
  if (*argc > 1)
    {
      kx_cli_usage_error ("demo", _("Unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }
  if (!check_count ("--organizations", organizations, 1, MAX_ORGANIZATIONS) ||
      !check_count ("--projects", projects, 0, MAX_PROJECTS) ||
      !check_count ("--experts", experts, 0, MAX_EXPERTS) ||
      !check_count ("--seed", seed, 0, G_MAXUINT32))
    return FALSE;
  options->organizations = (guint) organizations;
  options->projects = (guint) projects;
  options->experts = (guint) experts;
  options->seed = (guint32) seed;
  return TRUE;
}

/* Progress on a terminal only: a log or a pipe gets no carriage returns. */
static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  g_printerr ("\r");
  g_printerr (_("Generating projects: %u of %u"), done, total);
  if (done == total)
    g_printerr ("\n");
}

/* Text output */

static char **
call_row (const KxDemoCallSummary *call)
{
  char **cells = g_new0 (char *, 6);

  cells[0] = g_strdup_printf ("%d", call->year);
  cells[1] = g_strdup_printf ("%u", call->projects);
  cells[2] = kx_money_format (call->budget_fen);
  cells[3] = kx_money_format (call->requested_fen);
  cells[4] = kx_money_format (call->approved_fen);
  return cells;
}

static void
print_calls (GArray *calls)
{
  const char *headers[] = {
    _("Call"), _("Projects"), _("Budget"), _("Requested"), _("Approved amount"), NULL
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < calls->len; i++)
    g_ptr_array_add (rows, call_row (&g_array_index (calls, KxDemoCallSummary, i)));
  kx_cli_print_table (headers, rows);
}

/* One row per stage, one column per call, and the total. */
static void
print_stages (GArray *calls)
{
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (headers, g_strdup (_("Stage")));
  for (guint i = 0; i < calls->len; i++)
    g_ptr_array_add (headers, g_strdup_printf ("%d", g_array_index (calls, KxDemoCallSummary,
                                                                    i).year));
  g_ptr_array_add (headers, g_strdup (_("Total")));
  g_ptr_array_add (headers, NULL);

  for (int s = 0; s < KX_N_STAGES; s++)
    {
      GPtrArray *cells = g_ptr_array_new ();
      guint total = 0;

      g_ptr_array_add (cells, g_strdup (kx_stage_label (s)));
      for (guint i = 0; i < calls->len; i++)
        {
          guint n = g_array_index (calls, KxDemoCallSummary, i).stages[s];

          total += n;
          g_ptr_array_add (cells, g_strdup_printf ("%u", n));
        }
      g_ptr_array_add (cells, g_strdup_printf ("%u", total));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (cells, FALSE));
    }
  kx_cli_print_table ((const char * const *) headers->pdata, rows);
}

static void
print_text (KxCli                *cli,
            const KxDemoOptions  *options,
            GArray               *calls,
            guint                 organizations,
            guint                 experts,
            double                seconds)
{
  guint projects = 0;

  for (guint i = 0; i < calls->len; i++)
    projects += g_array_index (calls, KxDemoCallSummary, i).projects;
  g_print (_("Demo database %s (seed %u, %.1f s): %u organizations, %u experts, "
             "%u projects.\n\n"),
           cli->db_path, options->seed, seconds, organizations, experts, projects);
  print_calls (calls);
  g_print ("\n");
  print_stages (calls);
}

/* JSON output */

static void
json_call (KxJson                  *json,
           const KxDemoCallSummary *call)
{
  kx_json_begin_object (json);
  kx_json_member_int (json, "year", call->year);
  kx_json_member_int (json, "projects", call->projects);
  kx_json_member_int (json, "budget_fen", call->budget_fen);
  kx_json_member_int (json, "requested_fen", call->requested_fen);
  kx_json_member_int (json, "approved_fen", call->approved_fen);
  kx_json_key (json, "stages");
  kx_json_begin_object (json);
  for (int s = 0; s < KX_N_STAGES; s++)
    kx_json_member_int (json, kx_stage_to_string (s), call->stages[s]);
  kx_json_end_object (json);
  kx_json_end_object (json);
}

static void
print_json (KxCli                *cli,
            const KxDemoOptions  *options,
            GArray               *calls,
            guint                 organizations,
            guint                 experts)
{
  KxJson *json = kx_json_new ();
  guint projects = 0;

  for (guint i = 0; i < calls->len; i++)
    projects += g_array_index (calls, KxDemoCallSummary, i).projects;
  kx_json_begin_object (json);
  kx_json_member_string (json, "database", cli->db_path);
  kx_json_member_int (json, "seed", options->seed);
  kx_json_member_int (json, "organizations", organizations);
  kx_json_member_int (json, "experts", experts);
  kx_json_member_int (json, "projects", projects);
  kx_json_key (json, "calls");
  kx_json_begin_array (json);
  for (guint i = 0; i < calls->len; i++)
    json_call (json, &g_array_index (calls, KxDemoCallSummary, i));
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

/* The command */

const char *
kx_cli_demo_help (void)
{
  return _("  kexie-cli demo [--organizations M] [--projects N] [--experts E] [--seed S]\n"
           "      Fill an empty database with realistic demo data for Chenzhou: city\n"
           "      societies, university, county and grassroots associations, researchers\n"
           "      with their yearly records and eligibility facts, experts with their\n"
           "      conflicts, the calls 2024–2026 and projects in every stage. The same\n"
           "      seed always gives the same data. A database that already holds data\n"
           "      is refused. Prints the projects per call and per stage.\n"
           "      --organizations M  organizations to create (default 80)\n"
           "      --projects N       projects over the three calls (default 400)\n"
           "      --experts E        experts to create (default 30)\n"
           "      --seed S           seed of the generator, 0–4294967295 (default 2026)\n");
}

int
kx_cli_demo (KxCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calls = NULL;
  KxDemoOptions options;
  guint organizations = 0;
  guint experts = 0;
  gint64 start;
  KxStore *store;

  kx_demo_options_init (&options);
  if (!parse_options (&argc, &argv, &options))
    return 2;
  store = kx_cli_store (cli);
  if (store == NULL)
    return 1;

  start = g_get_monotonic_time ();
  if (!kx_demo_generate (store, &options, NULL, isatty (STDERR_FILENO) ? on_progress_cb : NULL,
                         NULL, &error) ||
      (calls = kx_demo_summarize (store, &organizations, &experts, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    print_json (cli, &options, calls, organizations, experts);
  else
    print_text (cli, &options, calls, organizations, experts,
                (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
