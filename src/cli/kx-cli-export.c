/* kx-cli-export.c: kexie-cli export — the office's workbooks of a call as .xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-export-workbook.h"

const char *
kx_cli_export_help (void)
{
  return _("  kexie-cli export review|scores|formal|notice|ledger --call YEAR -o FILE.xlsx\n"
           "      Write a workbook of the call of YEAR: review (the review results, a\n"
           "      summary sheet and one per project type, with the averages of each\n"
           "      criterion, the score, the rank, the recommendation and the Party group's\n"
           "      decision), scores (a score sheet per expert to fill in and sign), formal\n"
           "      (the formal review of each project), notice (the approved projects to put\n"
           "      on public notice) or ledger (the money of each funded project). FILE is\n"
           "      replaced only once the workbook is complete.\n");
}

int
kx_cli_export (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int year = G_MININT;
  KxWorkbookKind kind;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, "YEAR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, NULL, "FILE" },
    { NULL }
  };

  if (!kx_cli_parse_options ("export", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("export", _("Name the workbook: review, scores, formal, notice "
                                           "or ledger"));
  if (!kx_workbook_kind_from_string (argv[1], &kind))
    return kx_cli_usage_error ("export", _("Unknown workbook “%s”: use review, scores, formal, "
                                           "notice or ledger"), argv[1]);
  if (argc > 2)
    return kx_cli_usage_error ("export", _("Unexpected argument “%s”"), argv[2]);
  if (year == G_MININT)
    return kx_cli_usage_error ("export", _("Give the call with --call YEAR"));
  if (path == NULL || *path == '\0')
    return kx_cli_usage_error ("export", _("Give the file to write with -o FILE.xlsx"));
  if (kx_cli_store (cli) == NULL)
    return 1;
  if (!kx_export_workbook (cli->store, kind, year, path, NULL, NULL, NULL, &error))
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_string (json, "workbook", kx_workbook_kind_to_string (kind));
      kx_json_member_int (json, "call_year", year);
      kx_json_member_string (json, "path", path);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Wrote %s to %s\n"), kx_workbook_kind_label (kind), path);
  return 0;
}
