/* kx-cli-call.c: kexie-cli call add|list|show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-validate.h"

#define NO_VALUE G_MININT

typedef struct
{
  int    year;
  char  *title;
  char  *budget;
  char  *window_start;
  char  *window_end;
  char  *note;
  char  *weights;
  char **caps;
  int    experts;
  int    pass_line;
  int    notice_days;
  int    first_tranche;
} AddOptions;

static void
add_options_clear (AddOptions *o)
{
  g_free (o->title);
  g_free (o->budget);
  g_free (o->window_start);
  g_free (o->window_end);
  g_free (o->note);
  g_free (o->weights);
  g_strfreev (o->caps);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddOptions, add_options_clear)

static const char *const weight_keys[5] = { "basic", "sustain", "science", "demo", "reach" };

static char *
format_kinds (guint mask)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int k = 0; k < KX_N_ORG_KINDS; k++)
    if (mask & KX_ORG_KIND_BIT (k))
      g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "", kx_org_kind_label (k));
  if (text->len == 0)
    g_string_append (text, _("nobody"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Parsing call add */

static gboolean
parse_weights (const char  *text,
               KxPolicy    *policy,
               GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  if (g_strv_length (parts) != 5)
    goto bad;
  for (int i = 0; i < 5; i++)
    {
      char *end = NULL;
      gint64 value = g_ascii_strtoll (g_strstrip (parts[i]), &end, 10);

      if (parts[i][0] == '\0' || *end != '\0' || value < 0 || value > 100)
        goto bad;
      policy->weights[i] = (int) value;
    }
  return TRUE;

bad:
  g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
               _("Criteria weights: “%s” is not five whole numbers like 20,20,20,20,20"), text);
  return FALSE;
}

static gboolean
parse_cap (const char  *text,
           KxPolicy    *policy,
           GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "=", 2);
  g_autofree char *field = NULL;
  KxProjectType type;
  gint64 fen = 0;

  if (g_strv_length (parts) != 2 || !kx_project_type_from_string (parts[0], &type))
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Cap: “%s” should be TYPE=AMOUNT with a type from 1 to 5"), text);
      return FALSE;
    }
  field = g_strdup_printf (_("Cap for type %d"), type);
  if (!kx_money_parse (field, parts[1], &fen, error))
    return FALSE;
  policy->type_cap_fen[type - 1] = fen;
  return TRUE;
}

static gboolean
apply_policy_options (const AddOptions  *o,
                      KxPolicy          *policy,
                      GError           **error)
{
  if (o->experts != NO_VALUE)
    policy->experts_per_project = o->experts;
  if (o->pass_line != NO_VALUE)
    policy->pass_line = o->pass_line;
  if (o->notice_days != NO_VALUE)
    policy->notice_days = o->notice_days;
  if (o->first_tranche != NO_VALUE)
    policy->first_tranche_percent = o->first_tranche;
  if (o->weights != NULL && !parse_weights (o->weights, policy, error))
    return FALSE;
  for (guint i = 0; o->caps != NULL && o->caps[i] != NULL; i++)
    if (!parse_cap (o->caps[i], policy, error))
      return FALSE;
  return TRUE;
}

static const char *
missing_option (const AddOptions *o)
{
  if (o->year == NO_VALUE)
    return "--year";
  if (o->title == NULL)
    return "--title";
  if (o->budget == NULL)
    return "--budget";
  if (o->window_start == NULL)
    return "--window-start";
  if (o->window_end == NULL)
    return "--window-end";
  return NULL;
}

/* Output */

static void
json_policy (KxJson         *json,
             const KxPolicy *p)
{
  kx_json_key (json, "policy");
  kx_json_begin_object (json);
  kx_json_member_int (json, "experts_per_project", p->experts_per_project);
  kx_json_key (json, "weights");
  kx_json_begin_object (json);
  for (int i = 0; i < 5; i++)
    kx_json_member_int (json, weight_keys[i], p->weights[i]);
  kx_json_end_object (json);
  kx_json_member_int (json, "trim_min_experts", p->trim_min_experts);
  kx_json_member_int (json, "pass_line", p->pass_line);
  kx_json_member_int (json, "notice_days", p->notice_days);
  kx_json_member_int (json, "first_tranche_percent", p->first_tranche_percent);
  kx_json_member_int (json, "ban_years_fraud", p->ban_years_fraud);
  kx_json_member_int (json, "ban_years_failed", p->ban_years_failed);
  kx_json_member_int (json, "inspection_years", p->inspection_years);
  kx_json_member_int (json, "commendation_years", p->commendation_years);
  kx_json_end_object (json);
}

static void
json_types (KxJson         *json,
            const KxPolicy *p)
{
  kx_json_key (json, "types");
  kx_json_begin_array (json);
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      kx_json_begin_object (json);
      kx_json_member_int (json, "type", t + 1);
      kx_json_member_string (json, "label", kx_project_type_label (t + 1));
      kx_json_key (json, "allowed_kinds");
      kx_json_begin_array (json);
      for (int k = 0; k < KX_N_ORG_KINDS; k++)
        if (p->allowed_kinds[t] & KX_ORG_KIND_BIT (k))
          kx_json_string (json, kx_org_kind_to_string (k));
      kx_json_end_array (json);
      kx_json_key (json, "cap_fen");
      if (p->type_cap_fen[t] >= 0)
        kx_json_int (json, p->type_cap_fen[t]);
      else
        kx_json_null (json);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
}

static void
json_call (KxJson   *json,
           KxCall   *call,
           gboolean  with_policy)
{
  kx_json_begin_object (json);
  kx_json_member_int (json, "id", kx_call_get_id (call));
  kx_json_member_int (json, "year", kx_call_get_year (call));
  kx_json_member_string (json, "title", kx_call_get_title (call));
  kx_json_member_int (json, "budget_fen", kx_call_get_budget_fen (call));
  kx_json_member_string (json, "window_start", kx_call_get_window_start (call));
  kx_json_member_string (json, "window_end", kx_call_get_window_end (call));
  kx_json_member_string (json, "note", kx_call_get_note (call));
  if (with_policy)
    {
      json_policy (json, kx_call_get_policy (call));
      json_types (json, kx_call_get_policy (call));
    }
  kx_json_end_object (json);
}

static void
print_policy (const KxPolicy *p)
{
  g_print ("%s\n", _("Policy:"));
  g_print (_("  Experts per project: %d\n"), p->experts_per_project);
  g_print (_("  Criteria weights: basic conditions %d, sustainability %d, scientific "
             "soundness %d, demonstration %d, reach %d\n"),
           p->weights[0], p->weights[1], p->weights[2], p->weights[3], p->weights[4]);
  g_print (_("  Trimmed mean (dropping the highest and lowest score) from %d experts\n"),
           p->trim_min_experts);
  g_print (_("  Pass line: %d\n"), p->pass_line);
  g_print (_("  Public notice: %d days\n"), p->notice_days);
  g_print (_("  First tranche on signing: %d %%\n"), p->first_tranche_percent);
  g_print (_("  Ban after fraud: %d years; after failed acceptance: %d years\n"),
           p->ban_years_fraud, p->ban_years_failed);
  g_print (_("  Passed annual inspections required: %d years; commendation within %d years\n"),
           p->inspection_years, p->commendation_years);
}

static void
print_types (const KxPolicy *p)
{
  g_print ("%s\n", _("Project types (who may apply, cap):"));
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      g_autofree char *kinds = format_kinds (p->allowed_kinds[t]);
      g_autofree char *money = kx_money_format (p->type_cap_fen[t]);
      g_autofree char *cap = p->type_cap_fen[t] >= 0 ? g_strdup_printf (_("cap %s"), money)
                                                     : g_strdup (_("no cap"));

      /* TRANSLATORS: type number, type name, who may apply, the cap */
      g_print (_("  %d %s: %s; %s\n"), t + 1, kx_project_type_label (t + 1), kinds, cap);
    }
}

static void
print_call (KxCall *call)
{
  g_autofree char *budget = kx_money_format (kx_call_get_budget_fen (call));
  const char *note = kx_call_get_note (call);

  g_print (_("Year: %d\n"), kx_call_get_year (call));
  g_print (_("Title: %s\n"), kx_call_get_title (call));
  g_print (_("Budget: %s\n"), budget);
  g_print (_("Acceptance window: %s – %s\n"), kx_call_get_window_start (call),
           kx_call_get_window_end (call));
  if (note != NULL && *note != '\0')
    g_print (_("Note: %s\n"), note);
  print_policy (kx_call_get_policy (call));
  print_types (kx_call_get_policy (call));
}

static int
output_call (KxCli  *cli,
             KxCall *call)
{
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      json_call (json, call, TRUE);
      kx_json_print_free (json);
    }
  else
    print_call (call);
  return 0;
}

/* Verbs */

static gboolean
build_fields (const AddOptions  *o,
              KxCallFields      *fields,
              char             **start,
              char             **end,
              GError           **error)
{
  fields->year = o->year;
  fields->title = o->title;
  fields->note = o->note;
  kx_policy_init_defaults (&fields->policy);
  if (!kx_money_parse (_("Budget"), o->budget, &fields->budget_fen, error) ||
      !kx_date_parse (_("Window start"), o->window_start, start, error) ||
      !kx_date_parse (_("Window end"), o->window_end, end, error) ||
      !apply_policy_options (o, &fields->policy, error))
    return FALSE;
  fields->window_start = *start;
  fields->window_end = *end;
  return TRUE;
}

static int
call_add (KxCli  *cli,
          int     argc,
          char  **argv)
{
  g_auto(AddOptions) o = { .year = NO_VALUE, .experts = NO_VALUE, .pass_line = NO_VALUE,
                           .notice_days = NO_VALUE, .first_tranche = NO_VALUE };
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &o.year, NULL, "YEAR" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title, NULL, "TITLE" },
    { "budget", 0, 0, G_OPTION_ARG_STRING, &o.budget, NULL, "AMOUNT" },
    { "window-start", 0, 0, G_OPTION_ARG_STRING, &o.window_start, NULL, "DATE" },
    { "window-end", 0, 0, G_OPTION_ARG_STRING, &o.window_end, NULL, "DATE" },
    { "experts", 0, 0, G_OPTION_ARG_INT, &o.experts, NULL, "N" },
    { "pass-line", 0, 0, G_OPTION_ARG_INT, &o.pass_line, NULL, "N" },
    { "notice-days", 0, 0, G_OPTION_ARG_INT, &o.notice_days, NULL, "N" },
    { "first-tranche", 0, 0, G_OPTION_ARG_INT, &o.first_tranche, NULL, "PERCENT" },
    { "weights", 0, 0, G_OPTION_ARG_STRING, &o.weights, NULL, "A,B,C,D,E" },
    { "cap", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.caps, NULL, "TYPE=AMOUNT" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &o.note, NULL, "TEXT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  KxCallFields fields = { 0 };
  KxStore *store;
  gint64 id = 0;

  if (!kx_cli_parse_options ("call", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("call", _("Unexpected argument “%s”"), argv[1]);
  if (missing_option (&o) != NULL)
    return kx_cli_usage_error ("call", _("“call add” needs %s"), missing_option (&o));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (!build_fields (&o, &fields, &start, &end, &error) ||
      !kx_call_insert (store, &fields, &id, &error) ||
      (call = kx_call_get (store, id, &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    return output_call (cli, call);
  g_print (_("Call %d added (id %lld).\n"), fields.year, (long long) id);
  return 0;
}

static int
call_list (KxCli  *cli,
           int     argc,
           char  **argv)
{
  const char *headers[] = { _("Year"), C_("call", "Title"), _("Budget"), _("Window"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) calls = NULL;
  KxJson *json = NULL;
  KxStore *store;

  if (argc > 1)
    return kx_cli_usage_error ("call", _("Unexpected argument “%s”"), argv[1]);
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((calls = kx_call_list (store, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      json = kx_json_new ();
      kx_json_begin_array (json);
    }
  for (guint i = 0; i < g_list_model_get_n_items (calls); i++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, i);
      char **row = g_new0 (char *, 5);

      if (json != NULL)
        json_call (json, call, FALSE);
      row[0] = g_strdup_printf ("%d", kx_call_get_year (call));
      row[1] = g_strdup (kx_call_get_title (call));
      row[2] = kx_money_format (kx_call_get_budget_fen (call));
      row[3] = g_strdup_printf ("%s – %s", kx_call_get_window_start (call),
                                kx_call_get_window_end (call));
      g_ptr_array_add (rows, row);
    }
  if (json != NULL)
    {
      kx_json_end_array (json);
      kx_json_print_free (json);
    }
  else
    kx_cli_print_table (headers, rows);
  return 0;
}

static int
call_show (KxCli  *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  KxStore *store;
  char *end = NULL;
  gint64 year;

  if (argc != 2)
    return kx_cli_usage_error ("call", _("Usage: kexie-cli call show YEAR"));
  year = g_ascii_strtoll (argv[1], &end, 10);
  if (argv[1][0] == '\0' || *end != '\0' || year < 1 || year > 9999)
    return kx_cli_usage_error ("call", _("“%s” is not a year"), argv[1]);
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((call = kx_call_get_by_year (store, (int) year, &error)) == NULL)
    return kx_cli_fail (error);
  return output_call (cli, call);
}

const char *
kx_cli_call_help (void)
{
  static char *help;

  if (help != NULL)
    return help;
  help = g_strconcat (_("  kexie-cli call add --year YEAR --title TITLE --budget AMOUNT\n"
           "                     --window-start DATE --window-end DATE [--experts N]\n"
           "                     [--pass-line N] [--notice-days N] [--first-tranche PERCENT]\n"
           "                     [--weights A,B,C,D,E] [--cap TYPE=AMOUNT]… [--note TEXT]\n"
           "      Open the annual call (年度申报批次) with its total budget and acceptance\n"
           "      window. The policy starts from the seed rules (3 experts, weights 20\n"
           "      each, pass line 60, 7 days of notice, 70 percent paid on signing); the\n"
           "      options change it: --weights for basic conditions, sustainability,\n"
           "      scientific soundness, demonstration and reach (they must add up to 100);\n"
           "      --cap limits the money for one project type (repeatable, e.g. --cap 1=50万).\n"
           "  kexie-cli call list\n"
           "      List the calls, newest first: year, title, budget and window.\n"
           "  kexie-cli call show YEAR\n"
           "      Show a call with its whole policy and who may apply for each type.\n"),
                      kx_cli_call_template_help (), NULL);
  return help;
}

int
kx_cli_call (KxCli  *cli,
             int     argc,
             char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "add") == 0)
    return call_add (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "list") == 0)
    return call_list (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "show") == 0)
    return call_show (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "template") == 0)
    return kx_cli_call_template (cli, argc - 1, argv + 1);
  if (verb == NULL)
    return kx_cli_usage_error ("call", _("“call” needs add, list, show or template"));
  return kx_cli_usage_error ("call", _("Unknown verb “call %s”"), verb);
}
