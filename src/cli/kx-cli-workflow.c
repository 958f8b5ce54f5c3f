/* kx-cli-workflow.c: what a project's next steps are, and shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-project.h"
#include "kx-validate.h"
#include "kx-workflow.h"

gint64
kx_cli_project_id (KxCli      *cli,
                   const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  KxStore *store = kx_cli_store (cli);
  char *end = NULL;
  gint64 id;

  if (store == NULL)
    return 0;
  if (text == NULL || *text == '\0')
    {
      kx_cli_usage_error (NULL, _("Name the project by its number (e.g. 2026-0001) or its ID"));
      return 0;
    }

  /* Numbers look like 2026-0001; a bare integer is an ID. */
  id = g_ascii_strtoll (text, &end, 10);
  if (end != NULL && *end == '\0' && id > 0)
    project = kx_project_get (store, id, &error);
  else
    project = kx_project_get_by_number (store, text, &error);

  if (project == NULL)
    {
      kx_cli_fail (error);
      return 0;
    }
  return kx_project_get_id (project);
}

char *
kx_cli_date_or_today (const char *field,
                      const char *text)
{
  g_autoptr(GError) error = NULL;
  char *iso = NULL;

  if (text == NULL)
    return kx_date_today ();
  if (!kx_date_parse (field, text, &iso, &error))
    {
      kx_cli_fail (error);
      return NULL;
    }
  return iso;
}

const char *
kx_cli_actions_help (void)
{
  return _("  kexie-cli actions PROJECT [--date YYYY-MM-DD]\n"
           "      What can be done with the project now (PROJECT is its number, e.g.\n"
           "      2026-0001, or its ID): every action of its current stage, and for each\n"
           "      one that is blocked, what blocks it and what to do. The command that\n"
           "      performs each action is named beside it.\n");
}

static void
print_actions_json (gint64  project_id,
                    GArray *states)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", project_id);
  kx_json_key (json, "actions");
  kx_json_begin_array (json);
  for (guint i = 0; i < states->len; i++)
    {
      KxActionState *s = &g_array_index (states, KxActionState, i);

      kx_json_begin_object (json);
      kx_json_member_string (json, "action", kx_action_to_string (s->action));
      kx_json_member_string (json, "label", kx_action_label (s->action));
      kx_json_member_bool (json, "allowed", s->allowed);
      kx_json_member_string (json, "reason", s->reason);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

/* The kexie-cli command that performs each action. */
static const char *
action_command (KxAction action)
{
  static const char * const commands[KX_N_ACTIONS] = {
    [KX_ACTION_SUBMIT] = "submit",
    [KX_ACTION_FORMAL_REVIEW] = "formal-review",
    [KX_ACTION_ASSIGN_EXPERTS] = "expert assign",
    [KX_ACTION_SCORE] = "score",
    [KX_ACTION_FINISH_REVIEW] = "review finish",
    [KX_ACTION_DECIDE] = "decide",
    [KX_ACTION_START_NOTICE] = "notice start",
    [KX_ACTION_RECORD_OBJECTION] = "notice objection",
    [KX_ACTION_RESOLVE_OBJECTION] = "notice resolve",
    [KX_ACTION_CLOSE_NOTICE] = "notice close",
    [KX_ACTION_SIGN_AGREEMENT] = "agreement sign",
    [KX_ACTION_DISBURSE] = "disburse",
    [KX_ACTION_REPORT_PROGRESS] = "report",
    [KX_ACTION_SPEND] = "spend",
    [KX_ACTION_MIDTERM_CHECK] = "check midterm",
    [KX_ACTION_FINAL_CHECK] = "check final",
    [KX_ACTION_RECOVER] = "recover",
    [KX_ACTION_PENALIZE_FRAUD] = "penalize --fraud",
  };

  return commands[action];
}

int
kx_cli_actions (KxCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) states = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *today = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  gint64 id;

  if (!kx_cli_parse_options ("actions", entries, &argc, &argv))
    return 2;
  if (argc != 2)
    return kx_cli_usage_error ("actions", _("Usage: kexie-cli actions PROJECT"));
  if ((today = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;

  states = kx_workflow_next_actions (kx_cli_store (cli), id, today, &error);
  if (states == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      print_actions_json (id, states);
      return 0;
    }
  if (states->len == 0)
    g_print (_("Nothing more can be done with this project.\n"));
  for (guint i = 0; i < states->len; i++)
    {
      KxActionState *s = &g_array_index (states, KxActionState, i);

      if (s->allowed)
        g_print (_("✓ %s (kexie-cli %s)\n"), kx_action_label (s->action),
                 action_command (s->action));
      else
        g_print (_("✗ %s (kexie-cli %s): %s\n"), kx_action_label (s->action),
                 action_command (s->action), s->reason);
    }
  return 0;
}
