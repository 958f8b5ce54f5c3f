/* kx-cli-eligibility.c: kexie-cli eligibility, submit, penalize and record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-eligibility.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-project.h"
#include "kx-validate.h"

const char *
kx_cli_eligibility_help (void)
{
  return _("  kexie-cli eligibility --org ID|NAME --call YEAR --type N [--date YYYY-MM-DD]\n"
           "      Check whether the organization may apply to the call of YEAR with a\n"
           "      project of type N (1 综合示范学会, 2 学术交流和重点活动, 3 社会化服务,\n"
           "      4 决策咨询和课题调研, 5 引领县级学会能力提升) on the date (default\n"
           "      today). Every rule is listed with its clause of the policy, pass, fail\n"
           "      or unknown, and the evidence: who may apply (四), the acceptance window\n"
           "      (五.1), 六(一)1–6 for type 1 or 六(二) for the others (city societies\n"
           "      also need their inspections, performance assessments, bank account\n"
           "      and finance staff), the exclusions 六(三)1–3 and bans from penalties\n"
           "      (七(二)). Unknown means a record is missing: enter it with “org record”\n"
           "      or “org fact”. The organization is eligible only when every rule\n"
           "      passes. The exit status is 0 either way.\n"
           "  kexie-cli submit PROJECT [--date YYYY-MM-DD]\n"
           "      Submit a draft, or an application returned for correction, on the date\n"
           "      (default today). PROJECT is its number (2026-0001) or ID. Submission\n"
           "      is refused outside the call's acceptance window and whenever a rule of\n"
           "      “eligibility” fails or is unknown; the refusal lists each of them.\n"
           "  kexie-cli penalize PROJECT --fraud --reason TEXT [--date YYYY-MM-DD]\n"
           "      Penalize fraud or false reporting of results (弄虚作假、虚报业绩, 七(二))\n"
           "      on a funded project, decided on the date (default today): the project\n"
           "      is revoked, everything disbursed and not yet recovered is recorded as\n"
           "      due (record repayments with “recover”), and the organization may not\n"
           "      apply to a call opening in the next 3 years (the call's policy). A\n"
           "      failed final acceptance is penalized by “check final” (2 years).\n"
           "  kexie-cli record --org ID|NAME [--date YYYY-MM-DD]\n"
           "      The organization's track record on the date (default today): its\n"
           "      projects with stage, approved amount, expert score and final\n"
           "      acceptance; its penalties; the ban in force; and whether it is marked\n"
           "      for priority support (三.4: its last final acceptance passed and it was\n"
           "      never penalized).\n");
}

/* An all-digit argument is an id, anything else a name. */
static KxOrganization *
resolve_org (KxStore    *store,
             const char *text,
             GError    **error)
{
  char *end = NULL;
  gint64 id = g_ascii_strtoll (text, &end, 10);

  if (*text != '\0' && end != NULL && *end == '\0' && id > 0)
    return kx_organization_get (store, id, error);
  return kx_organization_find_by_name (store, text, error);
}

static const char *
result_word (KxResult result)
{
  const char *word = kx_result_to_string (result);

  return word != NULL ? word : "unknown";
}

/* eligibility */

static void
print_eligibility_json (KxOrganization      *org,
                        const KxEligibility *verdict)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "organization_id", kx_organization_get_id (org));
  kx_json_member_string (json, "organization", kx_organization_get_name (org));
  kx_json_member_int (json, "call_id", verdict->call_id);
  kx_json_member_int (json, "call_year", verdict->call_year);
  kx_json_member_int (json, "type", verdict->type);
  kx_json_member_string (json, "date", verdict->on_date);
  kx_json_member_bool (json, "eligible", verdict->eligible);
  kx_json_key (json, "rules");
  kx_json_begin_array (json);
  for (guint i = 0; i < verdict->rules->len; i++)
    {
      const KxEligibilityRule *r = &g_array_index (verdict->rules, KxEligibilityRule, i);

      kx_json_begin_object (json);
      kx_json_member_string (json, "clause", r->clause);
      kx_json_member_string (json, "rule", r->rule);
      kx_json_member_string (json, "result", result_word (r->result));
      kx_json_member_string (json, "reason", r->reason);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static void
print_eligibility_text (KxOrganization      *org,
                        const KxEligibility *verdict)
{
  const char *headers[] = { _("Clause"), _("Rule"), _("Result"), _("Reason"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint failed = 0;
  guint unknown = 0;

  g_print (_("%s (%s), call %d, type %d %s, on %s\n\n"), kx_organization_get_name (org),
           kx_org_kind_label (kx_organization_get_kind (org)), verdict->call_year,
           (int) verdict->type, kx_project_type_label (verdict->type), verdict->on_date);
  for (guint i = 0; i < verdict->rules->len; i++)
    {
      const KxEligibilityRule *r = &g_array_index (verdict->rules, KxEligibilityRule, i);
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup (r->clause);
      cells[1] = g_strdup (r->rule);
      cells[2] = g_strdup (kx_result_label (r->result));
      cells[3] = g_strdup (r->reason);
      g_ptr_array_add (rows, cells);
      failed += r->result == KX_RESULT_FAIL;
      unknown += r->result == KX_RESULT_UNKNOWN;
    }
  kx_cli_print_table (headers, rows);
  g_print ("\n");
  if (verdict->eligible)
    g_print (_("Eligible: every condition is met.\n"));
  else
    g_print (_("Not eligible: %u conditions fail and %u are unknown.\n"), failed, unknown);
}

static gboolean
parse_type (const char    *text,
            KxProjectType *out)
{
  if (text != NULL && kx_project_type_from_string (text, out))
    return TRUE;
  return FALSE;
}

int
kx_cli_eligibility (KxCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *org_text = NULL;
  g_autofree char *type_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "org", 0, 0, G_OPTION_ARG_STRING, &org_text, NULL, NULL },
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_text, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxEligibility) verdict = NULL;
  g_autoptr(GError) error = NULL;
  KxProjectType type = 0;
  KxStore *store;

  if (!kx_cli_parse_options ("eligibility", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("eligibility", _("Unexpected argument “%s”"), argv[1]);
  if (org_text == NULL || year == 0 || type_text == NULL)
    return kx_cli_usage_error ("eligibility", _("Usage: kexie-cli eligibility --org ID|NAME "
                                                "--call YEAR --type N [--date YYYY-MM-DD]"));
  if (!parse_type (type_text, &type))
    {
      g_printerr ("kexie-cli: ");
      g_printerr (_("Type: “%s” is not a project type; types run from 1 to 5"), type_text);
      g_printerr ("\n");
      return 1;
    }
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org = resolve_org (store, org_text, &error)) == NULL ||
      (call = kx_call_get_by_year (store, year, &error)) == NULL ||
      (verdict = kx_eligibility_evaluate (store, kx_organization_get_id (org),
                                          kx_call_get_id (call), type, date, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    print_eligibility_json (org, verdict);
  else
    print_eligibility_text (org, verdict);
  return 0;
}

/* submit */

int
kx_cli_submit (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!kx_cli_parse_options ("submit", entries, &argc, &argv))
    return 2;
  if (argc != 2)
    return kx_cli_usage_error ("submit", _("Usage: kexie-cli submit PROJECT [--date "
                                           "YYYY-MM-DD]"));
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_project_submit (kx_cli_store (cli), id, date, &error) ||
      (project = kx_project_get (kx_cli_store (cli), id, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "project_id", id);
      kx_json_member_string (json, "number", kx_project_get_number (project));
      kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
      kx_json_member_string (json, "submitted_on", kx_project_get_submitted_on (project));
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Project %s submitted on %s.\n"), kx_project_get_number (project), date);
  return 0;
}

/* penalize */

static gboolean
find_penalty (KxStore    *store,
              gint64      organization_id,
              gint64      penalty_id,
              KxPenalty  *out,
              GError    **error)
{
  g_autoptr(GArray) list = kx_penalty_list (store, organization_id, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      KxPenalty *p = &g_array_index (list, KxPenalty, i);

      if (p->id == penalty_id)
        {
          *out = *p;
          memset (p, 0, sizeof *p);
          return TRUE;
        }
    }
  g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_NOT_FOUND,
               _("There is no penalty with ID %lld"), (long long) penalty_id);
  return FALSE;
}

static void
penalty_to_json (KxJson          *json,
                 const KxPenalty *p)
{
  kx_json_member_int (json, "id", p->id);
  kx_json_member_int (json, "organization_id", p->organization_id);
  if (p->project_id > 0)
    kx_json_member_int (json, "project_id", p->project_id);
  else
    {
      kx_json_key (json, "project_id");
      kx_json_null (json);
    }
  kx_json_member_string (json, "project_number", p->project_number);
  kx_json_member_string (json, "kind", p->kind);
  kx_json_member_string (json, "decided_on", p->decided_on);
  kx_json_member_int (json, "ban_years", p->ban_years);
  kx_json_member_string (json, "until", p->until);
  kx_json_member_int (json, "recovery_fen", p->recovery_fen);
  kx_json_member_string (json, "reason", p->reason);
}

static void
print_penalty_result (KxCli           *cli,
                      KxProject       *project,
                      const KxPenalty *p)
{
  g_autofree char *due = kx_money_format (p->recovery_fen);
  g_autofree char *last = kx_date_add_days (p->until, -1);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      penalty_to_json (json, p);
      kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
      kx_json_end_object (json);
      kx_json_print_free (json);
      return;
    }
  g_print (_("Project %s is revoked (penalty %lld, decided on %s).\n"),
           kx_project_get_number (project), (long long) p->id, p->decided_on);
  g_print (_("To be recovered: %s.\n"), due);
  if (p->ban_years > 0)
    g_print (_("%s may not apply to a call whose acceptance window opens from %s to %s "
               "(%d years).\n"), kx_project_get_organization_name (project), p->decided_on,
             last, p->ban_years);
  else
    g_print (_("The call's policy bans no applications after this penalty.\n"));
}

int
kx_cli_penalize (KxCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  gboolean fraud = FALSE;
  GOptionEntry entries[] = {
    { "fraud", 0, 0, G_OPTION_ARG_NONE, &fraud, NULL, NULL },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(KxPenalty) penalty = { 0 };
  gint64 penalty_id = 0;
  gint64 id;

  if (!kx_cli_parse_options ("penalize", entries, &argc, &argv))
    return 2;
  if (argc != 2 || reason == NULL)
    return kx_cli_usage_error ("penalize", _("Usage: kexie-cli penalize PROJECT --fraud "
                                             "--reason TEXT [--date YYYY-MM-DD]"));
  if (!fraud)
    return kx_cli_usage_error ("penalize", _("Say --fraud: only fraud is penalized here; a "
                                             "failed final acceptance is penalized by "
                                             "“kexie-cli check final”"));
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_penalty_fraud (kx_cli_store (cli), id, date, reason, &penalty_id, &error) ||
      (project = kx_project_get (kx_cli_store (cli), id, &error)) == NULL ||
      !find_penalty (kx_cli_store (cli), kx_project_get_organization_id (project), penalty_id,
                     &penalty, &error))
    return kx_cli_fail (error);
  print_penalty_result (cli, project, &penalty);
  return 0;
}

/* record */

static char *
score_text (const KxTrackProject *p)
{
  if (!p->has_score)
    return g_strdup ("—");
  return g_strdup_printf ("%lld.%02lld", (long long) (p->score_x100 / 100),
                          (long long) (p->score_x100 % 100));
}

static char *
final_text (const KxTrackProject *p)
{
  if (p->final_checked_on == NULL)
    return g_strdup ("—");
  /* TRANSLATORS: a final acceptance's result and date, "Pass (2027-12-10)" */
  return g_strdup_printf (_("%s (%s)"), kx_result_label (p->final_result), p->final_checked_on);
}

static void
print_track_projects (GArray *projects)
{
  const char *headers[] = {
    _("Number"), _("Year"), _("Type"), _("Title"), _("Stage"), _("Approved"), _("Score"),
    _("Final acceptance"), NULL
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < projects->len; i++)
    {
      const KxTrackProject *p = &g_array_index (projects, KxTrackProject, i);
      char **cells = g_new0 (char *, 9);

      cells[0] = g_strdup (p->number);
      cells[1] = g_strdup_printf ("%d", p->call_year);
      cells[2] = g_strdup (kx_project_type_short (p->type));
      cells[3] = g_strdup (p->title);
      cells[4] = g_strdup (kx_stage_label (p->stage));
      cells[5] = p->approved_fen >= 0 ? kx_money_format (p->approved_fen) : g_strdup ("—");
      cells[6] = score_text (p);
      cells[7] = final_text (p);
      g_ptr_array_add (rows, cells);
    }
  kx_cli_print_table (headers, rows);
}

static void
print_track_penalties (GArray *penalties)
{
  for (guint i = 0; i < penalties->len; i++)
    {
      const KxPenalty *p = &g_array_index (penalties, KxPenalty, i);
      g_autofree char *due = kx_money_format (p->recovery_fen);
      g_autofree char *last = kx_date_add_days (p->until, -1);

      g_print (_("  #%lld  %s  %s  project %s  to recover %s  banned %d years (to %s)  %s\n"),
               (long long) p->id, p->decided_on, kx_penalty_kind_label (p->kind),
               p->project_number != NULL ? p->project_number : "—", due, p->ban_years, last,
               p->reason);
    }
}

static void
print_record_text (KxOrganization      *org,
                   const KxTrackRecord *record)
{
  g_print (_("%s (%s): track record on %s\n\n"), kx_organization_get_name (org),
           kx_org_kind_label (kx_organization_get_kind (org)), record->on_date);
  if (record->projects->len == 0)
    g_print (_("Projects: none\n"));
  else
    {
      g_print (_("Projects:\n"));
      print_track_projects (record->projects);
    }
  g_print ("\n%s\n", record->penalties->len > 0 ? _("Penalties:") : _("Penalties: none"));
  print_track_penalties (record->penalties);
  g_print ("\n");
  if (record->banned)
    {
      g_autofree char *last = kx_date_add_days (record->ban.until, -1);

      g_print (_("Banned: may not apply to a call opening up to %s (penalty of %s).\n"), last,
               record->ban.decided_on);
    }
  else
    g_print (_("Banned: no.\n"));
  g_print ("%s\n", record->priority_reason);
}

static void
print_record_json (KxOrganization      *org,
                   const KxTrackRecord *record)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "organization_id", record->organization_id);
  kx_json_member_string (json, "organization", kx_organization_get_name (org));
  kx_json_member_string (json, "date", record->on_date);
  kx_json_key (json, "projects");
  kx_json_begin_array (json);
  for (guint i = 0; i < record->projects->len; i++)
    {
      const KxTrackProject *p = &g_array_index (record->projects, KxTrackProject, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "project_id", p->project_id);
      kx_json_member_string (json, "number", p->number);
      kx_json_member_int (json, "call_year", p->call_year);
      kx_json_member_int (json, "type", p->type);
      kx_json_member_string (json, "title", p->title);
      kx_json_member_string (json, "stage", kx_stage_to_string (p->stage));
      kx_json_key (json, "approved_fen");
      p->approved_fen >= 0 ? kx_json_int (json, p->approved_fen) : kx_json_null (json);
      kx_json_key (json, "score_x100");
      p->has_score ? kx_json_int (json, p->score_x100) : kx_json_null (json);
      kx_json_member_string (json, "final_result", kx_result_to_string (p->final_result));
      kx_json_member_string (json, "final_checked_on", p->final_checked_on);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "penalties");
  kx_json_begin_array (json);
  for (guint i = 0; i < record->penalties->len; i++)
    {
      kx_json_begin_object (json);
      penalty_to_json (json, &g_array_index (record->penalties, KxPenalty, i));
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_member_bool (json, "banned", record->banned);
  kx_json_key (json, "ban");
  if (record->banned)
    {
      kx_json_begin_object (json);
      kx_json_member_int (json, "penalty_id", record->ban.penalty_id);
      kx_json_member_string (json, "kind", record->ban.kind);
      kx_json_member_string (json, "decided_on", record->ban.decided_on);
      kx_json_member_string (json, "until", record->ban.until);
      kx_json_end_object (json);
    }
  else
    kx_json_null (json);
  kx_json_member_bool (json, "priority", record->priority);
  kx_json_member_string (json, "priority_reason", record->priority_reason);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

int
kx_cli_record (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *org_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "org", 0, 0, G_OPTION_ARG_STRING, &org_text, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(KxTrackRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;

  if (!kx_cli_parse_options ("record", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("record", _("Unexpected argument “%s”"), argv[1]);
  if (org_text == NULL)
    return kx_cli_usage_error ("record", _("Usage: kexie-cli record --org ID|NAME [--date "
                                           "YYYY-MM-DD]"));
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org = resolve_org (store, org_text, &error)) == NULL ||
      (record = kx_organization_track_record (store, kx_organization_get_id (org), date,
                                              &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    print_record_json (org, record);
  else
    print_record_text (org, record);
  return 0;
}
