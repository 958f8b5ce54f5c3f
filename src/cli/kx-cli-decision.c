/* kx-cli-decision.c: kexie-cli decide, notice … and agreement …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-decision.h"
#include "kx-validate.h"

const char *
kx_cli_decision_help (void)
{
  return _("  kexie-cli decide PROJECT --approve --amount AMOUNT | --reject\n"
           "                  [--meeting-date YYYY-MM-DD] [--minutes REF] [--note TEXT]\n"
           "      Record the Party group's decision (党组研究同意, 五.2) on a project whose\n"
           "      expert review is finished. --approve needs a score at or above the\n"
           "      call's pass line and an amount above 0 and at most the requested one\n"
           "      (e.g. 150000, 15万); the money approved in the call must stay within\n"
           "      the cap of the project's type and the call's budget. --reject records\n"
           "      that it is not approved. The meeting date (or --date) defaults to\n"
           "      today; --minutes is the reference of the meeting minutes.\n"
           "  kexie-cli notice start PROJECT [--date YYYY-MM-DD] [--url URL]\n"
           "      Put an approved project on public notice (公示) on the association's\n"
           "      website from the given day. The notice lasts the call's notice days\n"
           "      (7 by default) counting the first day: from 2026-05-06 it ends on\n"
           "      2026-05-12 and can be closed from 2026-05-13.\n"
           "  kexie-cli notice objection PROJECT --content TEXT [--objector NAME]\n"
           "                  [--date YYYY-MM-DD]\n"
           "      Record an objection (异议) received during the notice; prints its ID.\n"
           "  kexie-cli notice resolve OBJECTION_ID --unfounded|--upheld [--note TEXT]\n"
           "                  [--date YYYY-MM-DD]\n"
           "      Resolve an objection. An upheld objection withdraws the project (撤销);\n"
           "      an unfounded one leaves it in notice.\n"
           "  kexie-cli notice close PROJECT [--date YYYY-MM-DD]\n"
           "      Close the notice once its last day is past and no objection is\n"
           "      pending; the project may then sign its agreement.\n"
           "  kexie-cli notice show PROJECT\n"
           "      Show the decision, the notice period and the objections.\n"
           "  kexie-cli agreement sign PROJECT [--date YYYY-MM-DD]\n"
           "      Sign the project responsibility agreement (项目责任书) after the notice;\n"
           "      prints its number, CZKX-YEAR-NNN in the order of signing in the call.\n"
           "  kexie-cli agreement show PROJECT\n"
           "      Print the text of the agreement: the parties, the amount in figures and\n"
           "      in capitals, the tranches, the obligations and the penalties.\n");
}

static int
no_arguments_left (const char *command,
                   int         argc,
                   char      **argv,
                   int         expected)
{
  if (argc > expected)
    return kx_cli_usage_error (command, _("Unexpected argument “%s”"), argv[expected]);
  return 0;
}

static void
decision_to_json (KxJson     *json,
                  KxDecision *d)
{
  g_autofree char *amount = d->approved_fen >= 0 ? kx_money_format_plain (d->approved_fen) : NULL;

  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", d->project_id);
  kx_json_member_string (json, "meeting_on", d->meeting_on);
  kx_json_member_bool (json, "approved", d->approved);
  kx_json_key (json, "approved_fen");
  if (d->approved_fen >= 0)
    kx_json_int (json, d->approved_fen);
  else
    kx_json_null (json);
  kx_json_member_string (json, "approved_amount", amount);
  kx_json_member_string (json, "minutes_ref", d->minutes_ref);
  kx_json_member_string (json, "note", d->note);
  kx_json_end_object (json);
}

/* decide */

static void
print_decision_text (KxDecision *d)
{
  g_autofree char *amount = NULL;

  if (!d->approved)
    {
      g_print (_("Not approved at the meeting of %s.\n"), d->meeting_on);
      return;
    }
  amount = kx_money_format (d->approved_fen);
  g_print (_("Approved %s at the meeting of %s.\n"), amount, d->meeting_on);
}

static int
print_decision (KxStore *store,
                gboolean json,
                gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) d = kx_decision_get (store, project_id, &error);
  KxJson *out;

  if (d == NULL)
    return kx_cli_fail (error);
  if (!json)
    {
      print_decision_text (d);
      return 0;
    }
  out = kx_json_new ();
  decision_to_json (out, d);
  kx_json_print_free (out);
  return 0;
}

int
kx_cli_decide (KxCli  *cli,
               int     argc,
               char  **argv)
{
  gboolean approve = FALSE;
  gboolean reject = FALSE;
  g_autofree char *amount_text = NULL;
  g_autofree char *meeting_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *note = NULL;
  g_autofree char *meeting = NULL;
  GOptionEntry entries[] = {
    { "approve", 0, 0, G_OPTION_ARG_NONE, &approve, NULL, NULL },
    { "reject", 0, 0, G_OPTION_ARG_NONE, &reject, NULL, NULL },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, NULL, NULL },
    { "meeting-date", 0, 0, G_OPTION_ARG_STRING, &meeting_text, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 project_id, fen = 0;

  if (!kx_cli_parse_options ("decide", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("decide", _("“decide” needs the project"));
  if (no_arguments_left ("decide", argc, argv, 2) != 0)
    return 2;
  if (approve == reject)
    return kx_cli_usage_error ("decide", _("“decide” needs either --approve or --reject"));
  if (approve != (amount_text != NULL))
    return kx_cli_usage_error ("decide", approve ? _("--approve needs --amount")
                                                 : _("--amount goes with --approve"));
  if (meeting_text != NULL && date_text != NULL)
    return kx_cli_usage_error ("decide", _("Give the meeting date once"));
  if (approve && !kx_money_parse (_("Amount"), amount_text, &fen, &error))
    return kx_cli_fail (error);
  if ((meeting = kx_cli_date_or_today (_("Meeting date"),
                                       meeting_text != NULL ? meeting_text : date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_decision_record (cli->store, project_id, meeting, approve, fen, minutes, note, &error))
    return kx_cli_fail (error);
  return print_decision (cli->store, cli->json, project_id);
}

/* notice */

static void
notice_to_json (KxJson   *json,
                KxNotice *n,
                GArray   *objections)
{
  kx_json_member_int (json, "project_id", n->project_id);
  kx_json_member_string (json, "start_on", n->start_on);
  kx_json_member_string (json, "end_on", n->end_on);
  kx_json_member_string (json, "url", n->url);
  kx_json_key (json, "objections");
  kx_json_begin_array (json);
  for (guint i = 0; objections != NULL && i < objections->len; i++)
    {
      KxObjection *o = &g_array_index (objections, KxObjection, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", o->id);
      kx_json_member_string (json, "received_on", o->received_on);
      kx_json_member_string (json, "objector", o->objector);
      kx_json_member_string (json, "content", o->content);
      kx_json_member_string (json, "resolution", o->resolution);
      kx_json_member_string (json, "resolved_on", o->resolved_on);
      kx_json_member_string (json, "resolution_note", o->resolution_note);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
}

static const char *
resolution_label (const char *resolution)
{
  if (g_strcmp0 (resolution, "upheld") == 0)
    return _("upheld");
  if (g_strcmp0 (resolution, "unfounded") == 0)
    return _("unfounded");
  return _("pending");
}

static void
print_objections (GArray *objections)
{
  const char *headers[] = { _("ID"), _("Received"), _("Objector"), _("Content"),
                            _("Resolution"), _("Resolved"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < objections->len; i++)
    {
      KxObjection *o = &g_array_index (objections, KxObjection, i);
      char **cells = g_new0 (char *, 7);

      cells[0] = g_strdup_printf ("%lld", (long long) o->id);
      cells[1] = g_strdup (o->received_on);
      cells[2] = g_strdup (o->objector);
      cells[3] = g_strdup (o->content);
      cells[4] = g_strdup (resolution_label (o->resolution));
      cells[5] = g_strdup (o->resolved_on != NULL ? o->resolved_on : "");
      g_ptr_array_add (rows, cells);
    }
  kx_cli_print_table (headers, rows);
}

static void
print_notice_text (KxNotice *n,
                   GArray   *objections)
{
  g_autofree char *first = kx_date_add_days (n->end_on, 1);

  g_print (_("Public notice from %s to %s; it can be closed from %s.\n"), n->start_on,
           n->end_on, first);
  if (*n->url != '\0')
    g_print (_("Published at %s\n"), n->url);
  if (objections->len > 0)
    print_objections (objections);
}

static int
print_notice (KxStore *store,
              gboolean json,
              gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxNotice) n = kx_notice_get (store, project_id, &error);
  g_autoptr(GArray) objections = NULL;
  KxJson *out;

  if (n == NULL ||
      (objections = kx_notice_list_objections (store, project_id, &error)) == NULL)
    return kx_cli_fail (error);
  if (!json)
    {
      print_notice_text (n, objections);
      return 0;
    }
  out = kx_json_new ();
  kx_json_begin_object (out);
  notice_to_json (out, n, objections);
  kx_json_end_object (out);
  kx_json_print_free (out);
  return 0;
}

static int
notice_start (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *url = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("notice", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("notice", _("“notice start” needs the project"));
  if (no_arguments_left ("notice", argc, argv, 2) != 0)
    return 2;
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_notice_start (cli->store, project_id, date, url, &error))
    return kx_cli_fail (error);
  return print_notice (cli->store, cli->json, project_id);
}

static int
notice_objection (KxCli  *cli,
                  int     argc,
                  char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *content = NULL;
  g_autofree char *objector = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { "content", 0, 0, G_OPTION_ARG_STRING, &content, NULL, NULL },
    { "objector", 0, 0, G_OPTION_ARG_STRING, &objector, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 project_id, id = 0;

  if (!kx_cli_parse_options ("notice", entries, &argc, &argv))
    return 2;
  if (argc < 2 || content == NULL)
    return kx_cli_usage_error ("notice", _("“notice objection” needs the project and --content"));
  if (no_arguments_left ("notice", argc, argv, 2) != 0)
    return 2;
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_notice_record_objection (cli->store, project_id, date, objector, content, &id,
                                   &error))
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", id);
      kx_json_member_int (json, "project_id", project_id);
      kx_json_member_string (json, "received_on", date);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print ("%lld\n", (long long) id);
  return 0;
}

static int
notice_resolve (KxCli  *cli,
                int     argc,
                char  **argv)
{
  gboolean unfounded = FALSE;
  gboolean upheld = FALSE;
  g_autofree char *date_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "unfounded", 0, 0, G_OPTION_ARG_NONE, &unfounded, NULL, NULL },
    { "upheld", 0, 0, G_OPTION_ARG_NONE, &upheld, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 objection_id, project_id;
  char *end = NULL;

  if (!kx_cli_parse_options ("notice", entries, &argc, &argv))
    return 2;
  if (argc < 2 || unfounded == upheld)
    return kx_cli_usage_error ("notice", _("“notice resolve” needs the objection ID and either "
                                           "--unfounded or --upheld"));
  if (no_arguments_left ("notice", argc, argv, 2) != 0)
    return 2;
  objection_id = g_ascii_strtoll (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || objection_id <= 0)
    return kx_cli_usage_error ("notice", _("“%s” is not an objection ID"), argv[1]);
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      kx_cli_store (cli) == NULL)
    return 1;
  if ((project_id = kx_notice_objection_project (cli->store, objection_id, &error)) == 0 ||
      !kx_notice_resolve_objection (cli->store, objection_id, upheld ? "upheld" : "unfounded",
                                    date, note, &error))
    return kx_cli_fail (error);
  if (!cli->json)
    g_print (upheld ? _("Objection %lld upheld; the project is withdrawn.\n")
                    : _("Objection %lld found unfounded.\n"), (long long) objection_id);
  return cli->json ? print_notice (cli->store, TRUE, project_id) : 0;
}

static int
notice_close (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("notice", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("notice", _("“notice close” needs the project"));
  if (no_arguments_left ("notice", argc, argv, 2) != 0)
    return 2;
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_notice_close (cli->store, project_id, date, &error))
    return kx_cli_fail (error);
  if (cli->json)
    return print_notice (cli->store, TRUE, project_id);
  g_print (_("The public notice is closed with no objection upheld.\n"));
  return 0;
}

/* Clears a NOT_FOUND error: there is no decision or notice yet. */
static gboolean
is_missing (GError **error)
{
  if (!g_error_matches (*error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
    return FALSE;
  g_clear_error (error);
  return TRUE;
}

static void
show_json (gint64      project_id,
           KxDecision *d,
           KxNotice   *n,
           GArray     *objections)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", project_id);
  kx_json_key (json, "decision");
  if (d != NULL)
    decision_to_json (json, d);
  else
    kx_json_null (json);
  kx_json_key (json, "notice");
  if (n != NULL)
    {
      kx_json_begin_object (json);
      notice_to_json (json, n, objections);
      kx_json_end_object (json);
    }
  else
    kx_json_null (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static int
notice_show (KxCli  *cli,
             int     argc,
             char  **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) d = NULL;
  g_autoptr(KxNotice) n = NULL;
  g_autoptr(GArray) objections = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("notice", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("notice", _("“notice show” needs the project"));
  if (no_arguments_left ("notice", argc, argv, 2) != 0)
    return 2;
  if ((project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (((d = kx_decision_get (cli->store, project_id, &error)) == NULL && !is_missing (&error)) ||
      ((n = kx_notice_get (cli->store, project_id, &error)) == NULL && !is_missing (&error)) ||
      (objections = kx_notice_list_objections (cli->store, project_id, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    show_json (project_id, d, n, objections);
  else if (d == NULL)
    g_print (_("No decision has been recorded yet.\n"));
  else
    {
      print_decision_text (d);
      if (n != NULL)
        print_notice_text (n, objections);
      else
        g_print (_("Not on public notice yet.\n"));
    }
  return 0;
}

int
kx_cli_notice (KxCli  *cli,
               int     argc,
               char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "start") == 0)
    return notice_start (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "objection") == 0)
    return notice_objection (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "resolve") == 0)
    return notice_resolve (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "close") == 0)
    return notice_close (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "show") == 0)
    return notice_show (cli, argc - 1, argv + 1);
  if (verb == NULL)
    return kx_cli_usage_error ("notice", _("“notice” needs start, objection, resolve, close or "
                                           "show"));
  return kx_cli_usage_error ("notice", _("Unknown verb “notice %s”"), verb);
}

/* agreement */

static int
print_agreement (KxStore *store,
                 gboolean json,
                 gboolean number_only,
                 gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxAgreement) a = kx_agreement_get (store, project_id, &error);
  KxJson *out;

  if (a == NULL)
    return kx_cli_fail (error);
  if (!json)
    {
      if (number_only)
        g_print ("%s\n", a->number);
      else
        g_print ("%s%s", a->text, g_str_has_suffix (a->text, "\n") ? "" : "\n");
      return 0;
    }
  out = kx_json_new ();
  kx_json_begin_object (out);
  kx_json_member_int (out, "project_id", a->project_id);
  kx_json_member_string (out, "number", a->number);
  kx_json_member_string (out, "signed_on", a->signed_on);
  kx_json_member_string (out, "text", a->text);
  kx_json_end_object (out);
  kx_json_print_free (out);
  return 0;
}

static int
agreement_run (KxCli     *cli,
               int        argc,
               char     **argv,
               gboolean   sign)
{
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  GOptionEntry sign_entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  GOptionEntry show_entries[] = { { NULL } };
  g_autoptr(GError) error = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("agreement", sign ? sign_entries : show_entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("agreement", _("“agreement %s” needs the project"), argv[0]);
  if (no_arguments_left ("agreement", argc, argv, 2) != 0)
    return 2;
  if ((sign && (date = kx_cli_date_or_today (_("Date"), date_text)) == NULL) ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (sign && !kx_agreement_sign (cli->store, project_id, date, NULL, &error))
    return kx_cli_fail (error);
  return print_agreement (cli->store, cli->json, sign, project_id);
}

int
kx_cli_agreement (KxCli  *cli,
                  int     argc,
                  char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "sign") == 0 || g_strcmp0 (verb, "show") == 0)
    return agreement_run (cli, argc - 1, argv + 1, g_strcmp0 (verb, "sign") == 0);
  if (g_strcmp0 (verb, "pdf") == 0)
    return kx_cli_agreement_pdf (cli, argc - 1, argv + 1);
  /* "agreement --project 5 -o a.pdf", as the office writes it */
  if (verb != NULL && verb[0] == '-')
    return kx_cli_agreement_pdf (cli, argc, argv);
  if (verb == NULL)
    return kx_cli_usage_error ("agreement", _("“agreement” needs sign, show or pdf"));
  return kx_cli_usage_error ("agreement", _("Unknown verb “agreement %s”"), verb);
}
