/* kx-cli-project.c: kexie-cli project add|update|list|show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-organization.h"
#include "kx-project-list.h"
#include "kx-project.h"
#include "kx-validate.h"

typedef struct
{
  int    year;
  char  *org;
  char  *type;
  char  *title;
  char  *content;
  char  *indicators;
  char **budget;
  char **milestones;
} AddOptions;

static void
add_options_clear (AddOptions *o)
{
  g_free (o->org);
  g_free (o->type);
  g_free (o->title);
  g_free (o->content);
  g_free (o->indicators);
  g_strfreev (o->budget);
  g_strfreev (o->milestones);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddOptions, add_options_clear)

/* What the parsed --budget and --milestone strings point into. */
typedef struct
{
  GArray    *lines;       /* of KxBudgetLineFields */
  GArray    *milestones;  /* of KxMilestoneFields */
  GPtrArray *strings;     /* owned pieces they point into */
  GPtrArray *strvs;
} Parsed;

static void
parsed_clear (Parsed *p)
{
  g_clear_pointer (&p->lines, g_array_unref);
  g_clear_pointer (&p->milestones, g_array_unref);
  g_clear_pointer (&p->strings, g_ptr_array_unref);
  g_clear_pointer (&p->strvs, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static gboolean
is_digits (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, KX_PROJECT_ERROR, KX_ERROR_INVALID, message);
  return FALSE;
}

/* Parsing project add */

/* "ITEM=AMOUNT[=JUSTIFICATION]" */
static gboolean
parse_budget_line (const char  *text,
                   guint        index,
                   Parsed      *parsed,
                   GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "=", 3);
  g_autofree char *field = g_strdup_printf (_("Budget line %u"), index + 1);
  KxBudgetLineFields line = { 0 };

  if (g_strv_length (parts) < 2)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s: “%s” should be ITEM=AMOUNT or ITEM=AMOUNT=JUSTIFICATION"),
                         field, text);
      return set_invalid (error, message);
    }
  if (!kx_money_parse (field, parts[1], &line.amount_fen, error))
    return FALSE;
  line.item = g_strstrip (parts[0]);
  line.justification = parts[2] != NULL ? g_strstrip (parts[2]) : NULL;
  g_array_append_val (parsed->lines, line);
  g_ptr_array_add (parsed->strvs, g_steal_pointer (&parts));
  return TRUE;
}

/* "YYYY-MM-DD=TARGET" */
static gboolean
parse_milestone (const char  *text,
                 guint        index,
                 Parsed      *parsed,
                 GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "=", 2);
  g_autofree char *field = g_strdup_printf (_("Milestone %u"), index + 1);
  KxMilestoneFields milestone = { 0 };
  char *iso = NULL;

  if (g_strv_length (parts) != 2)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s: “%s” should be DATE=TARGET, e.g. 2026-09-30=召开年会"),
                         field, text);
      return set_invalid (error, message);
    }
  if (!kx_date_parse (field, g_strstrip (parts[0]), &iso, error))
    return FALSE;
  milestone.due_on = iso;
  milestone.target = g_strstrip (parts[1]);
  g_array_append_val (parsed->milestones, milestone);
  g_ptr_array_add (parsed->strings, iso);
  g_ptr_array_add (parsed->strvs, g_steal_pointer (&parts));
  return TRUE;
}

static gboolean
parse_lists (const AddOptions  *o,
             Parsed            *parsed,
             GError           **error)
{
  parsed->lines = g_array_new (FALSE, TRUE, sizeof (KxBudgetLineFields));
  parsed->milestones = g_array_new (FALSE, TRUE, sizeof (KxMilestoneFields));
  parsed->strings = g_ptr_array_new_with_free_func (g_free);
  parsed->strvs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; o->budget != NULL && o->budget[i] != NULL; i++)
    if (!parse_budget_line (o->budget[i], i, parsed, error))
      return FALSE;
  for (guint i = 0; o->milestones != NULL && o->milestones[i] != NULL; i++)
    if (!parse_milestone (o->milestones[i], i, parsed, error))
      return FALSE;
  return TRUE;
}

static gboolean
parse_type (const char     *text,
            KxProjectType  *out,
            GError        **error)
{
  g_autofree char *message = NULL;

  if (kx_project_type_from_string (text, out))
    return TRUE;
  message = g_strdup_printf (_("Type: “%s” is not a project type; types run from 1 to 5"), text);
  return set_invalid (error, message);
}

/* Points @fields at the parsed budget lines and milestones. */
static void
set_lists (KxProjectFields *fields,
           const Parsed    *parsed)
{
  fields->budget_lines = (const KxBudgetLineFields *) parsed->lines->data;
  fields->n_budget_lines = parsed->lines->len;
  fields->milestones = (const KxMilestoneFields *) parsed->milestones->data;
  fields->n_milestones = parsed->milestones->len;
}

static gboolean
resolve_org (KxStore     *store,
             const char  *text,
             gint64      *out_id,
             GError     **error)
{
  g_autoptr(KxOrganization) org = NULL;

  if (is_digits (text))
    org = kx_organization_get (store, g_ascii_strtoll (text, NULL, 10), error);
  else
    org = kx_organization_find_by_name (store, text, error);
  if (org == NULL)
    return FALSE;
  *out_id = kx_organization_get_id (org);
  return TRUE;
}

static gboolean
build_fields (KxStore           *store,
              const AddOptions  *o,
              Parsed            *parsed,
              KxProjectFields   *fields,
              GError           **error)
{
  g_autoptr(KxCall) call = NULL;
  KxProjectType type;

  if (!parse_type (o->type, &type, error) ||
      (call = kx_call_get_by_year (store, o->year, error)) == NULL ||
      !resolve_org (store, o->org, &fields->organization_id, error) ||
      !parse_lists (o, parsed, error))
    return FALSE;
  fields->call_id = kx_call_get_id (call);
  fields->type = type;
  fields->title = o->title;
  fields->content = o->content;
  fields->indicators = o->indicators;
  set_lists (fields, parsed);
  return TRUE;
}

/* Parsing project update */

/* The project as it is, for what the command line leaves out. */
typedef struct
{
  KxProject *project;
  GArray    *milestones;  /* of KxMilestone */
  GArray    *lines;       /* of KxBudgetLine */
} Current;

static void
current_clear (Current *c)
{
  g_clear_object (&c->project);
  g_clear_pointer (&c->milestones, g_array_unref);
  g_clear_pointer (&c->lines, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Current, current_clear)

/* NUMBER (2026-0001) or ID. */
static KxProject *
get_project (KxStore     *store,
             const char  *text,
             GError     **error)
{
  if (is_digits (text))
    return kx_project_get (store, g_ascii_strtoll (text, NULL, 10), error);
  return kx_project_get_by_number (store, text, error);
}

static gboolean
load_current (KxStore     *store,
              const char  *text,
              Current     *current,
              GError     **error)
{
  gint64 id;

  if ((current->project = get_project (store, text, error)) == NULL)
    return FALSE;
  id = kx_project_get_id (current->project);
  return (current->milestones = kx_project_list_milestones (store, id, error)) != NULL &&
         (current->lines = kx_project_list_budget_lines (store, id, error)) != NULL;
}

/* A list not given on the command line keeps the project's current one;
 * the fields point into @current. */
static void
keep_current_lists (const AddOptions *o,
                    const Current    *current,
                    Parsed           *parsed)
{
  if (o->budget == NULL)
    for (guint i = 0; i < current->lines->len; i++)
      {
        const KxBudgetLine *b = &g_array_index (current->lines, KxBudgetLine, i);
        KxBudgetLineFields line = { b->seq, b->item, b->amount_fen, b->justification };

        g_array_append_val (parsed->lines, line);
      }
  if (o->milestones == NULL)
    for (guint i = 0; i < current->milestones->len; i++)
      {
        const KxMilestone *m = &g_array_index (current->milestones, KxMilestone, i);
        KxMilestoneFields milestone = { m->seq, m->due_on, m->target };

        g_array_append_val (parsed->milestones, milestone);
      }
}

static gboolean
build_update_fields (const AddOptions  *o,
                     const Current     *current,
                     Parsed            *parsed,
                     KxProjectFields   *fields,
                     GError           **error)
{
  KxProject *p = current->project;

  fields->type = kx_project_get_project_type (p);
  if ((o->type != NULL && !parse_type (o->type, &fields->type, error)) ||
      !parse_lists (o, parsed, error))
    return FALSE;
  keep_current_lists (o, current, parsed);
  fields->call_id = kx_project_get_call_id (p);
  fields->organization_id = kx_project_get_organization_id (p);
  fields->title = o->title != NULL ? o->title : kx_project_get_title (p);
  fields->content = o->content != NULL ? o->content : kx_project_get_content (p);
  fields->indicators = o->indicators != NULL ? o->indicators : kx_project_get_indicators (p);
  set_lists (fields, parsed);
  return TRUE;
}

/* Output */

static void
json_project (KxJson    *json,
              KxProject *p)
{
  kx_json_member_int (json, "id", kx_project_get_id (p));
  kx_json_member_string (json, "number", kx_project_get_number (p));
  kx_json_member_int (json, "call_year", kx_project_get_call_year (p));
  kx_json_member_int (json, "organization_id", kx_project_get_organization_id (p));
  kx_json_member_string (json, "organization", kx_project_get_organization_name (p));
  kx_json_member_int (json, "type", kx_project_get_project_type (p));
  kx_json_member_string (json, "type_label",
                         kx_project_type_label (kx_project_get_project_type (p)));
  kx_json_member_string (json, "title", kx_project_get_title (p));
  kx_json_member_string (json, "content", kx_project_get_content (p));
  kx_json_member_string (json, "indicators", kx_project_get_indicators (p));
  kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (p)));
  kx_json_member_string (json, "stage_label", kx_stage_label (kx_project_get_stage (p)));
  kx_json_member_int (json, "requested_fen", kx_project_get_requested_fen (p));
  kx_json_key (json, "approved_fen");
  if (kx_project_get_approved_fen (p) >= 0)
    kx_json_int (json, kx_project_get_approved_fen (p));
  else
    kx_json_null (json);
  kx_json_member_string (json, "submitted_on", kx_project_get_submitted_on (p));
}

static void
json_children (KxJson *json,
               GArray *milestones,
               GArray *lines)
{
  kx_json_key (json, "milestones");
  kx_json_begin_array (json);
  for (guint i = 0; i < milestones->len; i++)
    {
      KxMilestone *m = &g_array_index (milestones, KxMilestone, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "seq", m->seq);
      kx_json_member_string (json, "due_on", m->due_on);
      kx_json_member_string (json, "target", m->target);
      kx_json_member_string (json, "status", m->status);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "budget_lines");
  kx_json_begin_array (json);
  for (guint i = 0; i < lines->len; i++)
    {
      KxBudgetLine *b = &g_array_index (lines, KxBudgetLine, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "seq", b->seq);
      kx_json_member_string (json, "item", b->item);
      kx_json_member_int (json, "amount_fen", b->amount_fen);
      kx_json_member_string (json, "justification", b->justification);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
}

static void
print_text_block (const char *label,
                  const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL || *text == '\0')
    return;
  g_print ("%s\n", label);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("  %s\n", lines[i]);
}

static void
print_header (KxProject *p)
{
  KxProjectType type = kx_project_get_project_type (p);
  g_autofree char *requested = kx_money_format (kx_project_get_requested_fen (p));
  g_autofree char *approved = kx_project_get_approved_fen (p) >= 0
                              ? kx_money_format (kx_project_get_approved_fen (p))
                              : g_strdup ("—");
  const char *submitted = kx_project_get_submitted_on (p);

  g_print (_("Number: %s\n"), kx_project_get_number (p));
  g_print (_("Title: %s\n"), kx_project_get_title (p));
  g_print (_("Call: %d\n"), kx_project_get_call_year (p));
  g_print (_("Applicant: %s (id %lld)\n"), kx_project_get_organization_name (p),
           (long long) kx_project_get_organization_id (p));
  g_print (_("Type: %d %s\n"), type, kx_project_type_label (type));
  g_print (_("Stage: %s\n"), kx_stage_label (kx_project_get_stage (p)));
  g_print (_("Requested: %s\n"), requested);
  g_print (_("Approved: %s\n"), approved);
  g_print (_("Submitted on: %s\n"), submitted != NULL ? submitted : "—");
  print_text_block (_("Content:"), kx_project_get_content (p));
  print_text_block (_("Indicators:"), kx_project_get_indicators (p));
}

static void
print_children (GArray     *milestones,
                GArray     *lines,
                const char *total)
{
  const char *m_headers[] = { "#", _("Due"), _("Target"), _("Status"), NULL };
  const char *b_headers[] = { "#", _("Item"), _("Amount"), _("Justification"), NULL };
  g_autoptr(GPtrArray) m_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) b_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < milestones->len; i++)
    {
      KxMilestone *m = &g_array_index (milestones, KxMilestone, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup_printf ("%d", m->seq);
      row[1] = g_strdup (m->due_on);
      row[2] = g_strdup (m->target);
      row[3] = g_strdup (kx_milestone_status_label (m->status));
      g_ptr_array_add (m_rows, row);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      KxBudgetLine *b = &g_array_index (lines, KxBudgetLine, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup_printf ("%d", b->seq);
      row[1] = g_strdup (b->item);
      row[2] = kx_money_format (b->amount_fen);
      row[3] = g_strdup (b->justification);
      g_ptr_array_add (b_rows, row);
    }
  g_print ("\n%s\n", _("Milestones:"));
  if (m_rows->len > 0)
    kx_cli_print_table (m_headers, m_rows);
  else
    g_print ("%s\n", _("  (none)"));
  g_print ("\n%s\n", _("Budget:"));
  kx_cli_print_table (b_headers, b_rows);
  g_print (_("Total: %s\n"), total);
}

static int
output_project (KxCli     *cli,
                KxStore   *store,
                KxProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) milestones = NULL;
  g_autoptr(GArray) lines = NULL;

  if ((milestones = kx_project_list_milestones (store, kx_project_get_id (p), &error)) == NULL ||
      (lines = kx_project_list_budget_lines (store, kx_project_get_id (p), &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      json_project (json, p);
      json_children (json, milestones, lines);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    {
      g_autofree char *total = kx_money_format (kx_project_get_requested_fen (p));

      print_header (p);
      print_children (milestones, lines, total);
    }
  return 0;
}

/* Verbs */

static int
project_add (KxCli  *cli,
             int     argc,
             char  **argv)
{
  g_auto(AddOptions) o = { .year = G_MININT };
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &o.year, NULL, "YEAR" },
    { "org", 0, 0, G_OPTION_ARG_STRING, &o.org, NULL, "ORG_ID|NAME" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &o.type, NULL, "N" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title, NULL, "TITLE" },
    { "content", 0, 0, G_OPTION_ARG_STRING, &o.content, NULL, "TEXT" },
    { "indicators", 0, 0, G_OPTION_ARG_STRING, &o.indicators, NULL, "TEXT" },
    { "budget", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.budget, NULL, "ITEM=AMOUNT[=WHY]" },
    { "milestone", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.milestones, NULL, "DATE=TARGET" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_auto(Parsed) parsed = { 0 };
  KxProjectFields fields = { 0 };
  KxStore *store;
  gint64 id = 0;

  if (!kx_cli_parse_options ("project", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("project", _("Unexpected argument “%s”"), argv[1]);
  if (o.year == G_MININT || o.org == NULL || o.type == NULL || o.title == NULL)
    return kx_cli_usage_error ("project", _("“project add” needs --call, --org, --type "
                                            "and --title"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (!build_fields (store, &o, &parsed, &fields, &error) ||
      !kx_project_insert (store, &fields, &id, &error) ||
      (project = kx_project_get (store, id, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    return output_project (cli, store, project);
  g_print ("%s\n", kx_project_get_number (project));
  return 0;
}

static int
project_update (KxCli  *cli,
                int     argc,
                char  **argv)
{
  g_auto(AddOptions) o = { .year = G_MININT };
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &o.type, NULL, "N" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title, NULL, "TITLE" },
    { "content", 0, 0, G_OPTION_ARG_STRING, &o.content, NULL, "TEXT" },
    { "indicators", 0, 0, G_OPTION_ARG_STRING, &o.indicators, NULL, "TEXT" },
    { "budget", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.budget, NULL, "ITEM=AMOUNT[=WHY]" },
    { "milestone", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.milestones, NULL, "DATE=TARGET" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_autofree char *requested = NULL;
  g_auto(Current) current = { 0 };
  g_auto(Parsed) parsed = { 0 };
  KxProjectFields fields = { 0 };
  KxStore *store;
  gint64 id;

  if (!kx_cli_parse_options ("project", entries, &argc, &argv))
    return 2;
  if (argc < 2)
    return kx_cli_usage_error ("project", _("Usage: kexie-cli project update NUMBER|ID "
                                            "[options]"));
  if (argc > 2)
    return kx_cli_usage_error ("project", _("Unexpected argument “%s”"), argv[2]);
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (!load_current (store, argv[1], &current, &error) ||
      !build_update_fields (&o, &current, &parsed, &fields, &error))
    return kx_cli_fail (error);
  id = kx_project_get_id (current.project);
  if (!kx_project_update (store, id, &fields, &error) ||
      (project = kx_project_get (store, id, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    return output_project (cli, store, project);
  requested = kx_money_format (kx_project_get_requested_fen (project));
  g_print (_("Project %s updated; requested amount %s.\n"), kx_project_get_number (project),
           requested);
  return 0;
}

typedef struct
{
  gboolean      by_stage;
  KxStage       stage;
  KxProjectType type;   /* 0 = any */
} Filter;

/* Returns 0, or the usage error status after printing it. */
static int
parse_filter (const char  *stage,
              int          type,
              Filter      *filter)
{
  filter->by_stage = stage != NULL;
  if (stage != NULL && !kx_stage_from_string (stage, &filter->stage))
    return kx_cli_usage_error ("project", _("Unknown stage “%s”"), stage);
  if (type != 0 && !kx_project_type_is_valid (type))
    return kx_cli_usage_error ("project", _("Type %d is not a project type; types run from 1 "
                                            "to 5"), type);
  filter->type = type;
  return 0;
}

static void
json_row (KxJson                 *json,
          const KxProjectSummary *row)
{
  kx_json_begin_object (json);
  kx_json_member_int (json, "id", row->id);
  kx_json_member_string (json, "number", row->number);
  kx_json_member_int (json, "call_year", row->call_year);
  kx_json_member_int (json, "organization_id", row->organization_id);
  kx_json_member_string (json, "organization", row->organization_name);
  kx_json_member_int (json, "type", row->type);
  kx_json_member_string (json, "title", row->title);
  kx_json_member_string (json, "stage", kx_stage_to_string (row->stage));
  kx_json_member_string (json, "stage_label", kx_stage_label (row->stage));
  kx_json_member_int (json, "requested_fen", row->requested_fen);
  kx_json_key (json, "approved_fen");
  if (row->approved_fen >= 0)
    kx_json_int (json, row->approved_fen);
  else
    kx_json_null (json);
  kx_json_member_string (json, "submitted_on", row->submitted_on);
  kx_json_end_object (json);
}

static char **
table_row (const KxProjectSummary *row)
{
  char **cells = g_new0 (char *, 6);

  cells[0] = g_strdup (row->number);
  cells[1] = g_strdup (row->organization_name);
  cells[2] = g_strdup_printf ("%d %s", row->type, kx_project_type_short (row->type));
  cells[3] = g_strdup (kx_stage_label (row->stage));
  cells[4] = kx_money_format (row->requested_fen);
  return cells;
}

static void
print_rows (KxCli         *cli,
            KxProjectList *list,
            const Filter  *filter)
{
  const char *headers[] = { _("Number"), _("Applicant"), _("Type"), _("Stage"), _("Requested"),
                            NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  KxJson *json = cli->json ? kx_json_new () : NULL;
  const KxProjectSummary *row;

  if (json != NULL)
    kx_json_begin_array (json);
  for (guint i = 0; (row = kx_project_list_peek (list, i)) != NULL; i++)
    {
      if ((filter->by_stage && row->stage != filter->stage) ||
          (filter->type != 0 && row->type != filter->type))
        continue;
      if (json != NULL)
        json_row (json, row);
      else
        g_ptr_array_add (rows, table_row (row));
    }
  if (json != NULL)
    {
      kx_json_end_array (json);
      kx_json_print_free (json);
    }
  else
    kx_cli_print_table (headers, rows);
}

static int
project_list (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *stage = NULL;
  int year = 0;
  int type = 0;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, "YEAR" },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage, NULL, "STAGE" },
    { "type", 0, 0, G_OPTION_ARG_INT, &type, NULL, "N" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxProjectList) list = NULL;
  Filter filter = { 0 };
  KxStore *store;
  int status;

  if (!kx_cli_parse_options ("project", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("project", _("Unexpected argument “%s”"), argv[1]);
  if ((status = parse_filter (stage, type, &filter)) != 0)
    return status;
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (year != 0 && (call = kx_call_get_by_year (store, year, &error)) == NULL)
    return kx_cli_fail (error);
  list = kx_project_list_new (store, call != NULL ? kx_call_get_id (call) : 0, &error);
  if (list == NULL)
    return kx_cli_fail (error);
  print_rows (cli, list, &filter);
  return 0;
}

static int
project_show (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  KxStore *store;

  if (argc != 2)
    return kx_cli_usage_error ("project", _("Usage: kexie-cli project show NUMBER|ID"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((project = get_project (store, argv[1], &error)) == NULL)
    return kx_cli_fail (error);
  return output_project (cli, store, project);
}

const char *
kx_cli_project_help (void)
{
  return _("  kexie-cli project add --call YEAR --org ORG_ID|NAME --type N --title TITLE\n"
           "                        [--content TEXT] [--indicators TEXT]\n"
           "                        --budget ITEM=AMOUNT[=JUSTIFICATION]…\n"
           "                        [--milestone YYYY-MM-DD=TARGET]…\n"
           "      Enter an application as a draft. Repeat --budget for each budget line\n"
           "      (the requested amount is their sum) and --milestone for each planned\n"
           "      stage. Types: 1 综合示范学会, 2 学术交流和重点活动, 3 社会化服务,\n"
           "      4 决策咨询和课题调研, 5 引领县级学会能力提升. Prints the project number\n"
           "      (e.g. 2026-0001).\n"
           "  kexie-cli project update NUMBER|ID [--title TITLE] [--type N]\n"
           "                           [--content TEXT] [--indicators TEXT]\n"
           "                           [--budget ITEM=AMOUNT[=JUSTIFICATION]]…\n"
           "                           [--milestone YYYY-MM-DD=TARGET]…\n"
           "      Correct a draft, or an application returned for correction (退回补正)\n"
           "      before it is submitted again; any other stage is refused. Options left\n"
           "      out keep their values; --budget lines, when given, replace all budget\n"
           "      lines (the requested amount is their new sum), and --milestone ones\n"
           "      all milestones.\n"
           "  kexie-cli project list [--call YEAR] [--stage STAGE] [--type N]\n"
           "      List the projects of a call (all calls without --call): number,\n"
           "      applicant, type, stage and requested amount. STAGE is e.g. draft,\n"
           "      submitted, approved or its Chinese name.\n"
           "  kexie-cli project show NUMBER|ID\n"
           "      Show a project with its content, milestones and budget lines.\n");
}

int
kx_cli_project (KxCli  *cli,
                int     argc,
                char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "add") == 0)
    return project_add (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "update") == 0)
    return project_update (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "list") == 0)
    return project_list (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "show") == 0)
    return project_show (cli, argc - 1, argv + 1);
  if (verb == NULL)
    return kx_cli_usage_error ("project", _("“project” needs add, update, list or show"));
  return kx_cli_usage_error ("project", _("Unknown verb “project %s”"), verb);
}
