/* kx-cli-progress.c: kexie-cli report and check midterm|final
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-implementation.h"
#include "kx-penalty.h"
#include "kx-project.h"
#include "kx-validate.h"

static const char * const statuses[] = { "planned", "in_progress", "done", "missed" };
/* What the office writes, whatever the language of the terminal. */
static const char * const statuses_zh[] = { "计划中", "进行中", "已完成", "未按期完成" };

const char *
kx_cli_progress_help (void)
{
  return _("  kexie-cli report PROJECT --text TEXT [--milestone SEQ=STATUS[=NOTE]]…\n"
           "                   [--date YYYY-MM-DD]\n"
           "      Record the organization's progress report (五.4) on a funded project;\n"
           "      the first report moves it from funded to in progress. Each --milestone\n"
           "      sets the status of the project's milestone number SEQ (see “kexie-cli\n"
           "      project show”): planned (计划中), in_progress (进行中), done (已完成)\n"
           "      or missed (未按期完成); NOTE is an optional remark.\n"
           "  kexie-cli report PROJECT --list\n"
           "      The project's progress reports with their milestone updates, and its\n"
           "      mid-term checks and final acceptance, oldest first.\n"
           "  kexie-cli check midterm PROJECT --result pass|fail [--materials TEXT]\n"
           "                          [--comments TEXT] [--date YYYY-MM-DD]\n"
           "      Record the mid-term check (中期检查, 五.5) of a project in progress that\n"
           "      has reported its progress at least once. Passed, the project may go to\n"
           "      its final acceptance; failed, it stays in progress and can be checked\n"
           "      again after rectification. A failed check needs --comments saying why.\n"
           "  kexie-cli check final PROJECT --result pass|fail [--materials TEXT]\n"
           "                        [--comments TEXT] [--date YYYY-MM-DD]\n"
           "      Record the final acceptance (总结验收) after a passed mid-term check.\n"
           "      Passed, the project is accepted and its last tranche can be disbursed.\n"
           "      Failed (--comments required), it is penalized at once (七(二)): all the\n"
           "      money disbursed is due for recovery (see “kexie-cli recover”) and the\n"
           "      organization may not apply during the call's ban (2 years by default).\n");
}

static gboolean
parse_status (const char  *text,
              const char **out)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (text, statuses[i]) == 0 || g_strcmp0 (text, statuses_zh[i]) == 0 ||
        g_strcmp0 (text, kx_milestone_status_label (statuses[i])) == 0)
      {
        *out = statuses[i];
        return TRUE;
      }
  return FALSE;
}

static const KxMilestone *
find_milestone (GArray *milestones,
                gint64  seq)
{
  for (guint i = 0; i < milestones->len; i++)
    if (g_array_index (milestones, KxMilestone, i).seq == seq)
      return &g_array_index (milestones, KxMilestone, i);
  return NULL;
}

/* SEQ=STATUS[=NOTE] → an update of one of @milestones; its strings point
 * into @text, which is split in place. Prints the error on failure. */
static gboolean
parse_update (char              *text,
              GArray            *milestones,
              KxMilestoneUpdate *out)
{
  char *status = strchr (text, '=');
  char *note = status != NULL ? strchr (status + 1, '=') : NULL;
  const KxMilestone *m;
  char *end = NULL;
  gint64 seq;

  if (status == NULL)
    {
      g_printerr (_("kexie-cli: Milestone: “%s” is not SEQ=STATUS (e.g. 1=done)\n"), text);
      return FALSE;
    }
  *status++ = '\0';
  if (note != NULL)
    *note++ = '\0';
  seq = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || *end != '\0' || (m = find_milestone (milestones, seq)) == NULL)
    {
      g_printerr (_("kexie-cli: Milestone: the project has no milestone “%s”\n"), text);
      return FALSE;
    }
  if (!parse_status (g_strstrip (status), &out->status))
    {
      g_printerr (_("kexie-cli: Milestone status: “%s” is not a status; use planned (计划中), "
                    "in_progress (进行中), done (已完成) or missed (未按期完成)\n"), status);
      return FALSE;
    }
  out->milestone_id = m->id;
  out->note = note;
  return TRUE;
}

static int
print_report (KxCli      *cli,
              gint64      project_id,
              gint64      report_id,
              guint       n_updates)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = kx_project_get (cli->store, project_id, &error);

  if (project == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", report_id);
      kx_json_member_string (json, "project", kx_project_get_number (project));
      kx_json_member_int (json, "milestone_updates", n_updates);
      kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  g_print (_("Progress report %lld recorded for project %s (%u milestones updated).\n"),
           (long long) report_id, kx_project_get_number (project), n_updates);
  g_print (_("Stage: %s\n"), kx_stage_label (kx_project_get_stage (project)));
  return 0;
}

static int
report_with (KxCli       *cli,
             gint64       project_id,
             const char  *date,
             const char  *text,
             char       **milestones)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) known = kx_project_list_milestones (cli->store, project_id, &error);
  g_autoptr(GArray) updates = g_array_new (FALSE, TRUE, sizeof (KxMilestoneUpdate));
  gint64 id = 0;

  if (known == NULL)
    return kx_cli_fail (error);
  for (guint i = 0; milestones != NULL && milestones[i] != NULL; i++)
    {
      KxMilestoneUpdate update = { 0 };

      if (!parse_update (milestones[i], known, &update))
        return 1;
      g_array_append_val (updates, update);
    }
  if (!kx_progress_report (cli->store, project_id, date, text,
                           (const KxMilestoneUpdate *) updates->data, updates->len, &id,
                           &error))
    return kx_cli_fail (error);
  return print_report (cli, project_id, id, updates->len);
}

/* report PROJECT --list */

static void
json_history (GArray *reports,
              GArray *checks)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_key (json, "reports");
  kx_json_begin_array (json);
  for (guint i = 0; i < reports->len; i++)
    {
      KxProgressReport *r = &g_array_index (reports, KxProgressReport, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", r->id);
      kx_json_member_string (json, "reported_on", r->reported_on);
      kx_json_member_string (json, "text", r->text);
      kx_json_key (json, "milestones");
      kx_json_begin_array (json);
      for (guint j = 0; j < r->updates->len; j++)
        {
          KxMilestoneReport *m = &g_array_index (r->updates, KxMilestoneReport, j);

          kx_json_begin_object (json);
          kx_json_member_int (json, "seq", m->seq);
          kx_json_member_string (json, "status", m->status);
          kx_json_member_string (json, "note", m->note);
          kx_json_end_object (json);
        }
      kx_json_end_array (json);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "checks");
  kx_json_begin_array (json);
  for (guint i = 0; i < checks->len; i++)
    {
      KxProjectCheck *c = &g_array_index (checks, KxProjectCheck, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", c->id);
      kx_json_member_string (json, "kind", c->kind);
      kx_json_member_string (json, "checked_on", c->checked_on);
      kx_json_member_string (json, "result", kx_result_to_string (c->result));
      kx_json_member_string (json, "materials", c->materials);
      kx_json_member_string (json, "comments", c->comments);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static void
print_history (GArray *reports,
               GArray *checks)
{
  g_print ("%s\n", _("Progress reports:"));
  if (reports->len == 0)
    g_print ("%s\n", _("  (none)"));
  for (guint i = 0; i < reports->len; i++)
    {
      KxProgressReport *r = &g_array_index (reports, KxProgressReport, i);

      g_print ("  %s  %s\n", r->reported_on, r->text);
      for (guint j = 0; j < r->updates->len; j++)
        {
          KxMilestoneReport *m = &g_array_index (r->updates, KxMilestoneReport, j);
          const char *status = kx_milestone_status_label (m->status);
          g_autofree char *line = *m->note != '\0' ? g_strdup_printf ("%s — %s", status, m->note)
                                                   : g_strdup (status);

          g_print (_("      %d %s: %s\n"), m->seq, m->target, line);
        }
    }
  g_print ("\n%s\n", _("Checks:"));
  if (checks->len == 0)
    g_print ("%s\n", _("  (none)"));
  for (guint i = 0; i < checks->len; i++)
    {
      KxProjectCheck *c = &g_array_index (checks, KxProjectCheck, i);

      g_print ("  %s  %s  %s  %s\n", c->checked_on,
               g_strcmp0 (c->kind, "midterm") == 0 ? _("Mid-term check") : _("Final acceptance"),
               kx_result_label (c->result), c->comments);
    }
}

static int
report_list (KxCli  *cli,
             gint64  project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GArray) checks = NULL;

  if ((reports = kx_progress_list_reports (cli->store, project_id, &error)) == NULL ||
      (checks = kx_check_list (cli->store, project_id, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    json_history (reports, checks);
  else
    print_history (reports, checks);
  return 0;
}

int
kx_cli_report (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *text = NULL;
  g_autofree char *date_text = NULL;
  g_auto(GStrv) milestones = NULL;
  gboolean list = FALSE;
  GOptionEntry entries[] = {
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, NULL, NULL },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, NULL, "TEXT" },
    { "milestone", 0, 0, G_OPTION_ARG_STRING_ARRAY, &milestones, NULL, "SEQ=STATUS[=NOTE]" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, "YYYY-MM-DD" },
    { NULL }
  };
  g_autofree char *date = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("report", entries, &argc, &argv))
    return 2;
  if (argc != 2)
    return kx_cli_usage_error ("report", argc < 2 ? _("Name the project by its number (e.g. "
                                                      "2026-0001) or its ID")
                                                  : _("Too many arguments"));
  if (text == NULL && !list)
    return kx_cli_usage_error ("report", _("“report” needs --text, or --list"));
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (list)
    return report_list (cli, project_id);
  return report_with (cli, project_id, date, text, milestones);
}

/* check midterm|final */

/* The penalty a failed final acceptance has just recorded. */
static void
print_penalty (KxStore   *store,
               KxProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) penalties = kx_penalty_list (store,
                                                 kx_project_get_organization_id (project),
                                                 &error);

  for (guint i = 0; penalties != NULL && i < penalties->len; i++)
    {
      KxPenalty *p = &g_array_index (penalties, KxPenalty, i);
      g_autofree char *due = NULL;

      if (p->project_id != kx_project_get_id (project))
        continue;
      due = kx_money_format (p->recovery_fen);
      g_print (_("Penalty %lld (七(二)): %s to be recovered; %s may not apply until %s.\n"),
               (long long) p->id, due, kx_project_get_organization_name (project), p->until);
      return;
    }
}

static int
print_check (KxCli      *cli,
             gint64      project_id,
             const char *kind,
             KxResult    result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = kx_project_get (cli->store, project_id, &error);
  KxStage stage;

  if (project == NULL)
    return kx_cli_fail (error);
  stage = kx_project_get_stage (project);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_string (json, "project", kx_project_get_number (project));
      kx_json_member_string (json, "kind", kind);
      kx_json_member_string (json, "result", kx_result_to_string (result));
      kx_json_member_string (json, "stage", kx_stage_to_string (stage));
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  g_print (g_strcmp0 (kind, "midterm") == 0 ? _("Mid-term check of project %s: %s\n")
                                            : _("Final acceptance of project %s: %s\n"),
           kx_project_get_number (project), kx_result_label (result));
  g_print (_("Stage: %s\n"), kx_stage_label (stage));
  if (stage == KX_STAGE_FAILED_ACCEPTANCE)
    print_penalty (cli->store, project);
  return 0;
}

int
kx_cli_project_check (KxCli  *cli,
                      int     argc,
                      char  **argv)
{
  g_autofree char *result_text = NULL;
  g_autofree char *materials = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *date_text = NULL;
  GOptionEntry entries[] = {
    { "result", 0, 0, G_OPTION_ARG_STRING, &result_text, NULL, "pass|fail" },
    { "materials", 0, 0, G_OPTION_ARG_STRING, &materials, NULL, "TEXT" },
    { "comments", 0, 0, G_OPTION_ARG_STRING, &comments, NULL, "TEXT" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  KxResult result = KX_RESULT_UNKNOWN;
  gint64 project_id;

  if (!kx_cli_parse_options ("report", entries, &argc, &argv))
    return 2;
  if (argc != 3 || (g_strcmp0 (argv[1], "midterm") != 0 && g_strcmp0 (argv[1], "final") != 0))
    return kx_cli_usage_error ("report", _("Usage: kexie-cli check midterm|final PROJECT "
                                           "--result pass|fail"));
  if (result_text == NULL)
    return kx_cli_usage_error ("report", _("“check %s” needs --result pass|fail"), argv[1]);
  if (!kx_result_from_string (result_text, &result) || result == KX_RESULT_UNKNOWN)
    return kx_cli_usage_error ("report", _("Result: “%s” is neither pass nor fail"),
                               result_text);
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[2])) == 0)
    return 1;
  if (!kx_check_record (cli->store, project_id, argv[1], date, result, materials, comments,
                        &error))
    return kx_cli_fail (error);
  return print_check (cli, project_id, argv[1], result);
}
