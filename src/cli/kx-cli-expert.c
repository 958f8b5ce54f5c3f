/* kx-cli-expert.c: kexie-cli expert …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-expert.h"
#include "kx-organization.h"
#include "kx-review.h"

static void
member_text (KxJson     *json,
             const char *key,
             const char *value)
{
  kx_json_member_string (json, key, value != NULL && *value != '\0' ? value : NULL);
}

static void
expert_to_json (KxJson   *json,
                KxExpert *expert)
{
  kx_json_member_int (json, "id", kx_expert_get_id (expert));
  member_text (json, "name", kx_expert_get_name (expert));
  member_text (json, "affiliation", kx_expert_get_affiliation (expert));
  member_text (json, "field", kx_expert_get_field (expert));
  member_text (json, "title", kx_expert_get_title (expert));
  member_text (json, "phone", kx_expert_get_phone (expert));
  kx_json_member_bool (json, "active", kx_expert_get_active (expert));
}

static gboolean
parse_id (const char *text,
          gint64     *out)
{
  char *end = NULL;

  *out = g_ascii_strtoll (text, &end, 10);
  return *text != '\0' && end != NULL && *end == '\0' && *out > 0;
}

/* expert add */

static int
expert_add (KxCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *affiliation = NULL;
  g_autofree char *field = NULL;
  g_autofree char *title = NULL;
  g_autofree char *phone = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, NULL, NULL },
    { "affiliation", 0, 0, G_OPTION_ARG_STRING, &affiliation, NULL, NULL },
    { "field", 0, 0, G_OPTION_ARG_STRING, &field, NULL, NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, NULL, NULL },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxExpert) expert = NULL;
  g_autoptr(GError) error = NULL;
  KxExpertFields fields;
  KxStore *store;
  gint64 id = 0;

  if (!kx_cli_parse_options ("expert", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("expert", _("Unexpected argument “%s”"), argv[1]);
  if (name == NULL)
    return kx_cli_usage_error ("expert", _("“expert add” needs --name"));
  fields = (KxExpertFields) { .name = name, .affiliation = affiliation, .field = field,
                              .title = title, .phone = phone };

  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (!kx_expert_insert (store, &fields, &id, &error) ||
      (expert = kx_expert_get (store, id, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      expert_to_json (json, expert);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

/* expert list */

static void
print_expert_table (GListModel *list)
{
  const char *headers[] = { _("ID"), _("Name"), _("Affiliation"), _("Field"), C_("expert", "Title"),
                            _("Active"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KxExpert) expert = g_list_model_get_item (list, i);
      char **cells = g_new0 (char *, 7);

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, kx_expert_get_id (expert));
      cells[1] = g_strdup (kx_expert_get_name (expert));
      cells[2] = g_strdup (kx_expert_get_affiliation (expert));
      cells[3] = g_strdup (kx_expert_get_field (expert));
      cells[4] = g_strdup (kx_expert_get_title (expert));
      cells[5] = g_strdup (kx_expert_get_active (expert) ? _("yes") : _("no"));
      g_ptr_array_add (rows, cells);
    }
  kx_cli_print_table (headers, rows);
}

static int
expert_list (KxCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;

  if (argc > 1)
    return kx_cli_usage_error ("expert", _("Unexpected argument “%s”"), argv[1]);
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((list = kx_expert_list (store, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_array (json);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KxExpert) expert = g_list_model_get_item (list, i);

          kx_json_begin_object (json);
          expert_to_json (json, expert);
          kx_json_end_object (json);
        }
      kx_json_end_array (json);
      kx_json_print_free (json);
    }
  else
    print_expert_table (list);
  return 0;
}

/* expert show */

static void
print_field (const char *label,
             const char *value)
{
  /* TRANSLATORS: a field's label and its value */
  g_print (_("%s: %s\n"), label, value != NULL && *value != '\0' ? value : "—");
}

/* Each conflict with the organization's name and the reason. */
static void
print_conflicts (KxStore  *store,
                 KxExpert *expert,
                 GArray   *orgs,
                 KxJson   *json)
{
  for (guint i = 0; i < orgs->len; i++)
    {
      gint64 org_id = g_array_index (orgs, gint64, i);
      g_autoptr(KxOrganization) org = kx_organization_get (store, org_id, NULL);
      g_autofree char *reason = kx_expert_get_conflict_reason (store, kx_expert_get_id (expert),
                                                               org_id);
      const char *name = org != NULL ? kx_organization_get_name (org) : "?";

      if (json != NULL)
        {
          kx_json_begin_object (json);
          kx_json_member_int (json, "organization_id", org_id);
          kx_json_member_string (json, "organization", name);
          member_text (json, "reason", reason);
          kx_json_end_object (json);
        }
      else
        g_print ("  %" G_GINT64_FORMAT "  %s%s%s\n", org_id, name,
                 reason != NULL && *reason != '\0' ? "  " : "", reason != NULL ? reason : "");
    }
}

static void
print_expert (KxCli    *cli,
              KxStore  *store,
              KxExpert *expert,
              GArray   *orgs)
{
  KxJson *json;

  if (!cli->json)
    {
      g_print ("%s: %" G_GINT64_FORMAT "\n", _("ID"), kx_expert_get_id (expert));
      print_field (_("Name"), kx_expert_get_name (expert));
      print_field (_("Affiliation"), kx_expert_get_affiliation (expert));
      print_field (_("Field"), kx_expert_get_field (expert));
      print_field (C_("expert", "Title"), kx_expert_get_title (expert));
      print_field (_("Phone"), kx_expert_get_phone (expert));
      print_field (_("Active"), kx_expert_get_active (expert) ? _("yes") : _("no"));
      g_print ("\n%s\n", orgs->len > 0 ? _("Must not review (回避):") : _("Conflicts: none"));
      print_conflicts (store, expert, orgs, NULL);
      return;
    }

  json = kx_json_new ();
  kx_json_begin_object (json);
  expert_to_json (json, expert);
  kx_json_key (json, "conflicts");
  kx_json_begin_array (json);
  print_conflicts (store, expert, orgs, json);
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static int
expert_show (KxCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(KxExpert) expert = NULL;
  g_autoptr(GArray) orgs = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;
  gint64 id = 0;

  if (argc != 2 || !parse_id (argv[1], &id))
    return kx_cli_usage_error ("expert", _("Usage: kexie-cli expert show ID"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((expert = kx_expert_get (store, id, &error)) == NULL ||
      (orgs = kx_expert_list_conflicts (store, id, &error)) == NULL)
    return kx_cli_fail (error);
  print_expert (cli, store, expert, orgs);
  return 0;
}

/* expert conflict */

/* --org takes an id or an exact name. */
static gint64
resolve_org_id (KxStore    *store,
                const char *text,
                GError    **error)
{
  g_autoptr(KxOrganization) org = NULL;
  gint64 id = 0;

  if (parse_id (text, &id))
    return id;
  org = kx_organization_find_by_name (store, text, error);
  return org != NULL ? kx_organization_get_id (org) : 0;
}

static int
expert_conflict (KxCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *org_text = NULL;
  g_autofree char *reason = NULL;
  gboolean remove = FALSE;
  GOptionEntry entries[] = {
    { "org", 0, 0, G_OPTION_ARG_STRING, &org_text, NULL, NULL },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, NULL, NULL },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  KxStore *store;
  gint64 expert_id = 0;
  gint64 org_id;

  if (!kx_cli_parse_options ("expert", entries, &argc, &argv))
    return 2;
  if (argc != 2 || !parse_id (argv[1], &expert_id) || org_text == NULL)
    return kx_cli_usage_error ("expert", _("Usage: kexie-cli expert conflict EXPERT_ID --org "
                                           "ORG_ID [--reason TEXT] [--remove]"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org_id = resolve_org_id (store, org_text, &error)) == 0)
    return kx_cli_fail (error);

  if (remove ? !kx_expert_remove_conflict (store, expert_id, org_id, &error)
             : !kx_expert_add_conflict (store, expert_id, org_id, reason, &error))
    return kx_cli_fail (error);
  if (!cli->json && remove)
    g_print (_("Expert %lld may again review organization %lld.\n"), (long long) expert_id,
             (long long) org_id);
  else if (!cli->json)
    g_print (_("Expert %lld will not review organization %lld.\n"), (long long) expert_id,
             (long long) org_id);
  return 0;
}

/* expert assign */

static void
print_assigned (KxCli  *cli,
                gint64  project_id,
                GArray *expert_ids)
{
  KxJson *json;

  if (!cli->json)
    {
      for (guint i = 0; i < expert_ids->len; i++)
        {
          gint64 id = g_array_index (expert_ids, gint64, i);
          g_autoptr(KxExpert) expert = kx_expert_get (kx_cli_store (cli), id, NULL);

          g_print (_("Assigned expert %lld %s.\n"), (long long) id,
                   expert != NULL ? kx_expert_get_name (expert) : "");
        }
      return;
    }
  json = kx_json_new ();
  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", project_id);
  kx_json_key (json, "expert_ids");
  kx_json_begin_array (json);
  for (guint i = 0; i < expert_ids->len; i++)
    kx_json_int (json, g_array_index (expert_ids, gint64, i));
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

/* Every expert named, or none: one transaction around the assignments. */
static gboolean
assign_experts (KxStore     *store,
                gint64       project_id,
                GArray      *expert_ids,
                const char  *date,
                GError     **error)
{
  if (!kx_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < expert_ids->len; i++)
    if (!kx_review_assign (store, project_id, g_array_index (expert_ids, gint64, i), date,
                           error))
      {
        kx_store_rollback (store);
        return FALSE;
      }
  if (!kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static int
assign_usage (void)
{
  return kx_cli_usage_error ("expert", _("Usage: kexie-cli expert assign PROJECT --auto | "
                                         "--expert ID [--expert ID]…"));
}

static int
expert_assign (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_auto(GStrv) expert_texts = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  gboolean automatic = FALSE;
  GOptionEntry entries[] = {
    { "auto", 0, 0, G_OPTION_ARG_NONE, &automatic, NULL, NULL },
    { "expert", 0, 0, G_OPTION_ARG_STRING_ARRAY, &expert_texts, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 project_id;

  if (!kx_cli_parse_options ("expert", entries, &argc, &argv))
    return 2;
  if (argc != 2 || automatic == (expert_texts != NULL))
    return assign_usage ();
  for (guint i = 0; expert_texts != NULL && expert_texts[i] != NULL; i++)
    {
      gint64 id = 0;

      if (!parse_id (expert_texts[i], &id))
        return kx_cli_usage_error ("expert", _("--expert: “%s” is not an expert ID"),
                                   expert_texts[i]);
      g_array_append_val (ids, id);
    }
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (project_id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;

  if (automatic)
    {
      g_clear_pointer (&ids, g_array_unref);
      if (!kx_review_assign_auto (kx_cli_store (cli), project_id, date, &ids, &error))
        return kx_cli_fail (error);
    }
  else if (!assign_experts (kx_cli_store (cli), project_id, ids, date, &error))
    return kx_cli_fail (error);
  print_assigned (cli, project_id, ids);
  return 0;
}

typedef struct
{
  const char *verb;
  int (*run) (KxCli *cli, int argc, char **argv);
} Verb;

static const Verb expert_verbs[] = {
  { "add", expert_add },
  { "list", expert_list },
  { "show", expert_show },
  { "conflict", expert_conflict },
  { "assign", expert_assign },
};

int
kx_cli_expert (KxCli  *cli,
               int     argc,
               char  **argv)
{
  if (argc < 2)
    return kx_cli_usage_error ("expert",
                               _("Usage: kexie-cli expert add|list|show|conflict|assign …"));
  for (guint i = 0; i < G_N_ELEMENTS (expert_verbs); i++)
    if (g_strcmp0 (argv[1], expert_verbs[i].verb) == 0)
      return expert_verbs[i].run (cli, argc - 1, argv + 1);
  return kx_cli_usage_error ("expert", _("Unknown verb “%s” for “expert”"), argv[1]);
}

const char *
kx_cli_expert_help (void)
{
  return _("  kexie-cli expert add --name NAME [--affiliation TEXT] [--field TEXT]\n"
           "                       [--title TEXT] [--phone PHONE]\n"
           "      Add an expert to the review pool (专家库) and print the id.\n"
           "  kexie-cli expert list\n"
           "      List the experts by name.\n"
           "  kexie-cli expert show ID\n"
           "      Show an expert and the organizations he or she must not review.\n"
           "  kexie-cli expert conflict EXPERT_ID --org ORG_ID [--reason TEXT]\n"
           "  kexie-cli expert conflict EXPERT_ID --org ORG_ID --remove\n"
           "      Record (or remove) a conflict of interest (回避): the expert never\n"
           "      reviews that organization's projects. --org also takes a name.\n"
           "  kexie-cli expert assign PROJECT --auto [--date YYYY-MM-DD]\n"
           "  kexie-cli expert assign PROJECT --expert ID [--expert ID]… [--date YYYY-MM-DD]\n"
           "      Assign reviewers to a project that passed the formal review (PROJECT is\n"
           "      its number, e.g. 2026-0001, or its ID). --auto picks as many experts as\n"
           "      the call asks for (3 by default) among the active ones not tied to the\n"
           "      applicant, the least busy in the call first, then the least busy\n"
           "      overall, then the lowest ID. --expert names them yourself; an expert\n"
           "      who is tied to the applicant, inactive or already assigned is refused\n"
           "      and none is assigned. The date defaults to today.\n");
}
