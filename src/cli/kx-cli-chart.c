/* kx-cli-chart.c: kexie-cli chart — a fund chart of a call as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-chart.h"
#include "kx-cli-json.h"
#include "kx-cli.h"

const char *
kx_cli_chart_help (void)
{
  return _("  kexie-cli chart budget|timeline|organizations|pipeline --call YEAR -o FILE\n"
           "            [--width W] [--height H] [--top N] [--dark]\n"
           "      Draw a chart of the call of YEAR: budget (approved, disbursed and\n"
           "      recovered money per project type, with the call budget), timeline (the\n"
           "      money disbursed month by month over the year, against the budget),\n"
           "      organizations (the N organizations that received most, default 10, the\n"
           "      rest as Others) or pipeline (the projects at each stage). FILE ends in\n"
           "      .png, .svg or .pdf; the size defaults to 1280×800 (PNG at twice that).\n");
}

int
kx_cli_chart (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxChartData) data = NULL;
  KxChartStyle style;
  int year = G_MININT, width = 1280, height = 800, top = 10;
  gboolean dark = FALSE;
  KxChartKind kind;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, "YEAR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, NULL, "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, NULL, "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, NULL, "H" },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, NULL, "N" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, NULL, NULL },
    { NULL }
  };

  if (!kx_cli_parse_options ("chart", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("chart", _("Name the chart: budget, timeline, organizations "
                                          "or pipeline"));
  if (!kx_chart_kind_from_string (argv[1], &kind))
    return kx_cli_usage_error ("chart", _("Unknown chart “%s”: use budget, timeline, "
                                          "organizations or pipeline"), argv[1]);
  if (argc > 2)
    return kx_cli_usage_error ("chart", _("Unexpected argument “%s”"), argv[2]);
  if (year == G_MININT)
    return kx_cli_usage_error ("chart", _("Give the call with --call YEAR"));
  if (path == NULL || *path == '\0')
    return kx_cli_usage_error ("chart", _("Give the file to write with -o FILE.png, .svg or .pdf"));
  if (width < 16 || width > 10000)
    return kx_cli_usage_error ("chart", _("--width must be between 16 and 10000, not %d"), width);
  if (height < 16 || height > 10000)
    return kx_cli_usage_error ("chart", _("--height must be between 16 and 10000, not %d"), height);
  if (top < 1 || top > 100)
    return kx_cli_usage_error ("chart", _("--top must be between 1 and 100, not %d"), top);
  if (kx_cli_store (cli) == NULL)
    return 1;
  if ((call = kx_call_get_by_year (cli->store, year, &error)) == NULL ||
      (data = kx_chart_data_load (cli->store, kind, kx_call_get_id (call), (guint) top,
                                  &error)) == NULL)
    return kx_cli_fail (error);
  kx_chart_style_init (&style, dark);
  if (!kx_chart_write_file (data, &style, width, height, path, &error))
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_string (json, "chart", kx_chart_kind_to_string (kind));
      kx_json_member_int (json, "call_year", year);
      kx_json_member_int (json, "items", data->items->len);
      kx_json_member_string (json, "path", path);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Wrote %s to %s\n"), kx_chart_kind_label (kind), path);
  return 0;
}
