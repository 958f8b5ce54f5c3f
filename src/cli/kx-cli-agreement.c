/* kx-cli-agreement.c: kexie-cli agreement pdf … and call template …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The responsibility agreement as a PDF file (one project, or every signed
 * project of a call), and the call's agreement template. "agreement sign"
 * and "agreement show" live in kx-cli-decision.c, which hands the PDF
 * forms here.
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "kx-agreement-pdf.h"
#include "kx-agreement-template.h"
#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"

const char *
kx_cli_agreement_help (void)
{
  return _("  kexie-cli agreement pdf --project PROJECT -o FILE.pdf\n"
           "  kexie-cli agreement pdf --call YEAR -o FILE.pdf\n"
           "      Write the signed responsibility agreement (项目责任书) of a project, or\n"
           "      of every project of the call that has signed one, as an A4 PDF ready\n"
           "      to print and sign: parties, amount in figures and in capitals,\n"
           "      content, milestones, the clauses and the signature blocks. PROJECT\n"
           "      is a number (2026-0001) or an ID. “agreement --project …” and\n"
           "      “agreement --call …” without “pdf” do the same. (agreement sign and\n"
           "      agreement show: see “kexie-cli help decide”.)\n");
}

const char *
kx_cli_call_template_help (void)
{
  return _("  kexie-cli call template show YEAR|--call YEAR [--placeholders]\n"
           "      Print the clause text of the call's agreements (obligations,\n"
           "      penalties, other clauses); --placeholders lists the {{名称}} it may use.\n"
           "  kexie-cli call template set YEAR|--call YEAR --file FILE | --default\n"
           "      Use the text of FILE (UTF-8) for the agreements signed from now on;\n"
           "      --default goes back to the text built from the policy. Agreements\n"
           "      already signed keep their text.\n");
}

static gboolean
call_of_year (KxCli       *cli,
              const char  *command,
              const char  *text,
              gint64      *out_id,
              int         *out_status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  char *end = NULL;
  gint64 year = g_ascii_strtoll (text, &end, 10);

  if (end == NULL || *end != '\0' || year < 1990 || year > 2200)
    {
      *out_status = kx_cli_usage_error (command, _("“%s” is not a year"), text);
      return FALSE;
    }
  if (kx_cli_store (cli) == NULL)
    {
      *out_status = 1;
      return FALSE;
    }
  if ((call = kx_call_get_by_year (cli->store, (int) year, &error)) == NULL)
    {
      *out_status = kx_cli_fail (error);
      return FALSE;
    }
  *out_id = kx_call_get_id (call);
  return TRUE;
}

static int
report_written (KxCli      *cli,
                const char *path,
                guint       n)
{
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_string (json, "path", path);
      kx_json_member_int (json, "agreements", n);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u agreement to %s\n",
                          "Wrote %u agreements to %s\n", n), n, path);
  return 0;
}

/* argv[0] is "pdf" or "agreement" (the form without a verb). */
static int
agreement_pdf (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *project = NULL;
  g_autofree char *year = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_STRING, &project, NULL, "PROJECT" },
    { "call", 0, 0, G_OPTION_ARG_STRING, &year, NULL, "YEAR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  guint n = 1;
  int status = 0;

  if (!kx_cli_parse_options ("agreement", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("agreement", _("Unexpected argument “%s”"), argv[1]);
  if ((project == NULL) == (year == NULL))
    return kx_cli_usage_error ("agreement", _("“agreement pdf” needs either --project or --call"));
  if (output == NULL)
    return kx_cli_usage_error ("agreement", _("“agreement pdf” needs -o FILE.pdf"));
  if (project != NULL)
    {
      if ((id = kx_cli_project_id (cli, project)) == 0)
        return 1;
      if (!kx_agreement_write_pdf (cli->store, id, output, &error))
        return kx_cli_fail (error);
    }
  else if (!call_of_year (cli, "agreement", year, &id, &status))
    return status;
  else if (!kx_agreement_write_call_pdf (cli->store, id, output, &n, &error))
    return kx_cli_fail (error);
  return report_written (cli, output, n);
}

int
kx_cli_agreement_pdf (KxCli  *cli,
                      int     argc,
                      char  **argv)
{
  return agreement_pdf (cli, argc, argv);
}

static int
template_show (KxCli  *cli,
               int     argc,
               char  **argv)
{
  gboolean placeholders = FALSE;
  g_autofree char *year = NULL;
  GOptionEntry entries[] = {
    { "placeholders", 0, 0, G_OPTION_ARG_NONE, &placeholders, NULL, NULL },
    { "call", 0, 0, G_OPTION_ARG_STRING, &year, NULL, "YEAR" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean is_default = FALSE;
  gint64 call_id = 0;
  int status = 0;

  if (!kx_cli_parse_options ("call", entries, &argc, &argv))
    return 2;
  if (year == NULL && argc == 2)
    year = g_strdup (argv[1]);
  if (year == NULL || argc > 2)
    return kx_cli_usage_error ("call", _("“call template show” needs the year"));
  if (!call_of_year (cli, "call", year, &call_id, &status))
    return status;
  if ((text = kx_agreement_template_get (cli->store, call_id, &is_default, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_bool (json, "default", is_default);
      kx_json_member_string (json, "template", text);
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  if (placeholders)
    {
      guint n = 0;
      const KxAgreementPlaceholder *list = kx_agreement_template_placeholders (&n);

      for (guint i = 0; i < n; i++)
        g_print ("{{%s}}  %s\n", list[i].name, _(list[i].meaning));
      return 0;
    }
  fputs (text, stdout);
  if (!g_str_has_suffix (text, "\n"))
    fputs ("\n", stdout);
  return 0;
}

static int
template_set (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *file = NULL;
  gboolean use_default = FALSE;
  g_autofree char *year = NULL;
  GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file, NULL, "FILE" },
    { "default", 0, 0, G_OPTION_ARG_NONE, &use_default, NULL, NULL },
    { "call", 0, 0, G_OPTION_ARG_STRING, &year, NULL, "YEAR" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 call_id = 0;
  int status = 0;

  if (!kx_cli_parse_options ("call", entries, &argc, &argv))
    return 2;
  if (year == NULL && argc == 2)
    year = g_strdup (argv[1]);
  if (year == NULL || argc > 2)
    return kx_cli_usage_error ("call", _("“call template set” needs the year"));
  if ((file == NULL) == !use_default)
    return kx_cli_usage_error ("call", _("“call template set” needs either --file or --default"));
  if (file != NULL && !g_file_get_contents (file, &text, NULL, &error))
    return kx_cli_fail (error);
  if (!call_of_year (cli, "call", year, &call_id, &status))
    return status;
  if (!kx_agreement_template_set (cli->store, call_id, text, &error))
    return kx_cli_fail (error);
  if (!cli->json)
    g_print (use_default ? _("The call of %s uses the default agreement template\n")
                         : _("The agreement template of the call of %s is set\n"), year);
  return 0;
}

int
kx_cli_call_template (KxCli  *cli,
                      int     argc,
                      char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "show") == 0)
    return template_show (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "set") == 0)
    return template_set (cli, argc - 1, argv + 1);
  if (verb == NULL)
    return kx_cli_usage_error ("call", _("“call template” needs show or set"));
  return kx_cli_usage_error ("call", _("Unknown verb “call template %s”"), verb);
}
