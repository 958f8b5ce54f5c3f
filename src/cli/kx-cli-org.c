/* kx-cli-org.c: kexie-cli org … and kexie-cli import orgs …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-import.h"
#include "kx-organization.h"

/* What `org add` takes, one string per field. */
typedef struct
{
  char *name;
  char *kind;
  char *credit_code;
  char *secretary_general;
  char *finance_staff;
  char *bank_name;
  char *bank_account;
  char *party_branch;
  char *contact_person;
  char *contact_phone;
  char *address;
  char *note;
} OrgOptions;

static void
org_options_clear (OrgOptions *o)
{
  char **fields[] = {
    &o->name, &o->kind, &o->credit_code, &o->secretary_general, &o->finance_staff,
    &o->bank_name, &o->bank_account, &o->party_branch, &o->contact_person, &o->contact_phone,
    &o->address, &o->note,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_clear_pointer (fields[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OrgOptions, org_options_clear)

static int
fail_invalid (const char *message)
{
  g_printerr ("kexie-cli: %s\n", message);
  return 1;
}

static gboolean
parse_kind (const char *text,
            KxOrgKind  *out)
{
  if (kx_org_kind_from_string (text, out))
    return TRUE;
  g_printerr (_("kexie-cli: Kind: “%s” is not a kind of organization; use city_society "
                "(市级学会), university_sta (高校科协), county_sta (县市区科协), grassroots_sta "
                "(基层科协) or researcher (科技工作者)\n"), text);
  return FALSE;
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

static void
member_text (KxJson     *json,
             const char *key,
             const char *value)
{
  kx_json_member_string (json, key, value != NULL && *value != '\0' ? value : NULL);
}

static void
org_to_json (KxJson         *json,
             KxOrganization *org)
{
  kx_json_member_int (json, "id", kx_organization_get_id (org));
  member_text (json, "name", kx_organization_get_name (org));
  member_text (json, "kind", kx_org_kind_to_string (kx_organization_get_kind (org)));
  member_text (json, "kind_label", kx_org_kind_label (kx_organization_get_kind (org)));
  member_text (json, "credit_code", kx_organization_get_credit_code (org));
  member_text (json, "secretary_general", kx_organization_get_secretary_general (org));
  member_text (json, "finance_staff", kx_organization_get_finance_staff (org));
  member_text (json, "bank_name", kx_organization_get_bank_name (org));
  member_text (json, "bank_account", kx_organization_get_bank_account (org));
  member_text (json, "party_branch", kx_organization_get_party_branch (org));
  member_text (json, "contact_person", kx_organization_get_contact_person (org));
  member_text (json, "contact_phone", kx_organization_get_contact_phone (org));
  member_text (json, "address", kx_organization_get_address (org));
  member_text (json, "note", kx_organization_get_note (org));
}

/* org add */

static int
org_add (KxCli  *cli,
         int     argc,
         char  **argv)
{
  g_auto(OrgOptions) o = { NULL };
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o.name, NULL, NULL },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, NULL, NULL },
    { "credit-code", 0, 0, G_OPTION_ARG_STRING, &o.credit_code, NULL, NULL },
    { "secretary-general", 0, 0, G_OPTION_ARG_STRING, &o.secretary_general, NULL, NULL },
    { "finance-staff", 0, 0, G_OPTION_ARG_STRING, &o.finance_staff, NULL, NULL },
    { "bank-name", 0, 0, G_OPTION_ARG_STRING, &o.bank_name, NULL, NULL },
    { "bank-account", 0, 0, G_OPTION_ARG_STRING, &o.bank_account, NULL, NULL },
    { "party-branch", 0, 0, G_OPTION_ARG_STRING, &o.party_branch, NULL, NULL },
    { "contact-person", 0, 0, G_OPTION_ARG_STRING, &o.contact_person, NULL, NULL },
    { "contact-phone", 0, 0, G_OPTION_ARG_STRING, &o.contact_phone, NULL, NULL },
    { "address", 0, 0, G_OPTION_ARG_STRING, &o.address, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &o.note, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  KxOrganizationFields fields = { 0 };
  KxStore *store;
  gint64 id = 0;

  if (!kx_cli_parse_options ("org", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("org", _("Unexpected argument “%s”"), argv[1]);
  if (o.name == NULL || o.kind == NULL)
    return kx_cli_usage_error ("org", _("“org add” needs --name and --kind"));
  if (!parse_kind (o.kind, &fields.kind))
    return 1;
  fields = (KxOrganizationFields) {
    .name = o.name, .kind = fields.kind, .credit_code = o.credit_code,
    .secretary_general = o.secretary_general, .finance_staff = o.finance_staff,
    .bank_name = o.bank_name, .bank_account = o.bank_account, .party_branch = o.party_branch,
    .contact_person = o.contact_person, .contact_phone = o.contact_phone,
    .address = o.address, .note = o.note,
  };

  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if (!kx_organization_insert (store, &fields, &id, &error) ||
      (org = kx_organization_get (store, id, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      org_to_json (json, org);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

/* org list */

static void
print_org_table (GListModel *list,
                 int         kind)
{
  const char *headers[] = { _("ID"), _("Name"), _("Kind"), _("Credit code"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (list, i);
      char **cells;

      if (kind >= 0 && (int) kx_organization_get_kind (org) != kind)
        continue;
      cells = g_new0 (char *, 5);
      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, kx_organization_get_id (org));
      cells[1] = g_strdup (kx_organization_get_name (org));
      cells[2] = g_strdup (kx_org_kind_label (kx_organization_get_kind (org)));
      cells[3] = g_strdup (kx_organization_get_credit_code (org));
      g_ptr_array_add (rows, cells);
    }
  kx_cli_print_table (headers, rows);
}

static void
print_org_json_list (GListModel *list,
                     int         kind)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (list, i);

      if (kind >= 0 && (int) kx_organization_get_kind (org) != kind)
        continue;
      kx_json_begin_object (json);
      org_to_json (json, org);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_print_free (json);
}

static int
org_list (KxCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *kind_text = NULL;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  KxOrgKind kind = 0;
  KxStore *store;

  if (!kx_cli_parse_options ("org", entries, &argc, &argv))
    return 2;
  if (argc > 1)
    return kx_cli_usage_error ("org", _("Unexpected argument “%s”"), argv[1]);
  if (kind_text != NULL && !parse_kind (kind_text, &kind))
    return 1;
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((list = kx_organization_list (store, &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    print_org_json_list (list, kind_text != NULL ? (int) kind : -1);
  else
    print_org_table (list, kind_text != NULL ? (int) kind : -1);
  return 0;
}

/* org show */

static void
print_field (const char *label,
             const char *value)
{
  /* TRANSLATORS: a field's label and its value */
  g_print (_("%s: %s\n"), label, value != NULL && *value != '\0' ? value : "—");
}

static void
print_org_text (KxOrganization *org,
                GArray         *records,
                GArray         *facts)
{
  g_print ("%s: %" G_GINT64_FORMAT "\n", _("ID"), kx_organization_get_id (org));
  print_field (_("Name"), kx_organization_get_name (org));
  print_field (_("Kind"), kx_org_kind_label (kx_organization_get_kind (org)));
  print_field (_("Unified social credit code"), kx_organization_get_credit_code (org));
  print_field (_("Secretary-general"), kx_organization_get_secretary_general (org));
  print_field (_("Finance staff"), kx_organization_get_finance_staff (org));
  print_field (_("Bank"), kx_organization_get_bank_name (org));
  print_field (_("Bank account"), kx_organization_get_bank_account (org));
  print_field (_("Party branch"), kx_organization_get_party_branch (org));
  print_field (_("Contact person"), kx_organization_get_contact_person (org));
  print_field (_("Contact phone"), kx_organization_get_contact_phone (org));
  print_field (_("Address"), kx_organization_get_address (org));
  print_field (_("Note"), kx_organization_get_note (org));

  g_print ("\n%s\n", records->len > 0 ? _("Year records:") : _("Year records: none"));
  for (guint i = 0; i < records->len; i++)
    {
      const KxYearRecord *r = &g_array_index (records, KxYearRecord, i);

      g_print (_("  %d  annual inspection: %s  performance assessment: %s%s%s\n"), r->year,
               kx_result_label (r->inspection), kx_result_label (r->assessment),
               r->note != NULL ? "  " : "", r->note != NULL ? r->note : "");
    }

  g_print ("\n%s\n", facts->len > 0 ? _("Facts:") : _("Facts: none"));
  for (guint i = 0; i < facts->len; i++)
    {
      const KxFact *f = &g_array_index (facts, KxFact, i);

      g_print ("  #%" G_GINT64_FORMAT "  %s  %s%s", f->id, f->fact_date,
               kx_fact_kind_label (f->kind), f->holds ? "" : _(" — does not hold"));
      if (f->evidence != NULL)
        g_print (_("  evidence: %s"), f->evidence);
      if (f->note != NULL)
        g_print ("  %s", f->note);
      g_print ("\n");
    }
}

static void
print_org_json (KxOrganization *org,
                GArray         *records,
                GArray         *facts)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  org_to_json (json, org);
  kx_json_key (json, "year_records");
  kx_json_begin_array (json);
  for (guint i = 0; i < records->len; i++)
    {
      const KxYearRecord *r = &g_array_index (records, KxYearRecord, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "year", r->year);
      kx_json_member_string (json, "inspection", kx_result_to_string (r->inspection));
      kx_json_member_string (json, "assessment", kx_result_to_string (r->assessment));
      kx_json_member_string (json, "note", r->note);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "facts");
  kx_json_begin_array (json);
  for (guint i = 0; i < facts->len; i++)
    {
      const KxFact *f = &g_array_index (facts, KxFact, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", f->id);
      kx_json_member_string (json, "kind", kx_fact_kind_to_string (f->kind));
      kx_json_member_bool (json, "holds", f->holds);
      kx_json_member_string (json, "date", f->fact_date);
      kx_json_member_string (json, "evidence", f->evidence);
      kx_json_member_string (json, "note", f->note);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static int
org_show (KxCli  *cli,
          int     argc,
          char  **argv)
{
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GArray) records = NULL;
  g_autoptr(GArray) facts = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;

  if (argc != 2)
    return kx_cli_usage_error ("org", _("Usage: kexie-cli org show ID|NAME"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org = resolve_org (store, argv[1], &error)) == NULL ||
      (records = kx_organization_list_year_records (store, kx_organization_get_id (org),
                                                    &error)) == NULL ||
      (facts = kx_organization_list_facts (store, kx_organization_get_id (org), &error)) == NULL)
    return kx_cli_fail (error);

  if (cli->json)
    print_org_json (org, records, facts);
  else
    print_org_text (org, records, facts);
  return 0;
}

/* org record */

static gboolean
parse_result (const char *option,
              const char *text,
              KxResult   *out)
{
  if (text == NULL || kx_result_from_string (text, out))
    return TRUE;
  g_printerr (_("kexie-cli: %s: “%s” is not pass, fail or unknown\n"), option, text);
  return FALSE;
}

/* Options not given keep the year's recorded values. */
static gboolean
current_record (KxStore   *store,
                gint64     org_id,
                int        year,
                KxResult  *inspection,
                KxResult  *assessment,
                GError   **error)
{
  g_autoptr(GArray) records = kx_organization_list_year_records (store, org_id, error);

  if (records == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    if (g_array_index (records, KxYearRecord, i).year == year)
      {
        *inspection = g_array_index (records, KxYearRecord, i).inspection;
        *assessment = g_array_index (records, KxYearRecord, i).assessment;
      }
  return TRUE;
}

static void
print_record_json (gint64   org_id,
                   int      year,
                   KxResult inspection,
                   KxResult assessment)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "organization_id", org_id);
  kx_json_member_int (json, "year", year);
  kx_json_member_string (json, "inspection", kx_result_to_string (inspection));
  kx_json_member_string (json, "assessment", kx_result_to_string (assessment));
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static int
org_record (KxCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *inspection_text = NULL;
  g_autofree char *assessment_text = NULL;
  g_autofree char *note = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { "inspection", 0, 0, G_OPTION_ARG_STRING, &inspection_text, NULL, NULL },
    { "assessment", 0, 0, G_OPTION_ARG_STRING, &assessment_text, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  KxResult inspection = KX_RESULT_UNKNOWN;
  KxResult assessment = KX_RESULT_UNKNOWN;
  KxStore *store;

  if (!kx_cli_parse_options ("org", entries, &argc, &argv))
    return 2;
  if (argc != 2 || year == 0)
    return kx_cli_usage_error ("org", _("Usage: kexie-cli org record ID --year YEAR "
                                        "[--inspection pass|fail|unknown] "
                                        "[--assessment pass|fail|unknown] [--note TEXT]"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org = resolve_org (store, argv[1], &error)) == NULL ||
      !current_record (store, kx_organization_get_id (org), year, &inspection, &assessment,
                       &error))
    return kx_cli_fail (error);
  if (!parse_result ("--inspection", inspection_text, &inspection) ||
      !parse_result ("--assessment", assessment_text, &assessment))
    return 1;
  if (!kx_organization_set_year_record (store, kx_organization_get_id (org), year, inspection,
                                        assessment, note, &error))
    return kx_cli_fail (error);
  if (cli->json)
    print_record_json (kx_organization_get_id (org), year, inspection, assessment);
  else
    g_print (_("%s, %d: annual inspection %s, performance assessment %s\n"),
             kx_organization_get_name (org), year, kx_result_label (inspection),
             kx_result_label (assessment));
  return 0;
}

/* org fact */

static gboolean
parse_holds (const char *text,
             gboolean   *out)
{
  KxResult result = KX_RESULT_PASS;

  if (text == NULL)
    return TRUE;
  if (kx_result_from_string (text, &result) && result != KX_RESULT_UNKNOWN)
    {
      *out = result == KX_RESULT_PASS;
      return TRUE;
    }
  g_printerr (_("kexie-cli: --holds: “%s” is neither yes nor no\n"), text);
  return FALSE;
}

static int
fact_delete (KxCli          *cli,
             KxStore        *store,
             KxOrganization *org,
             gint64          fact_id)
{
  g_autoptr(GArray) facts = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  facts = kx_organization_list_facts (store, kx_organization_get_id (org), &error);
  if (facts == NULL)
    return kx_cli_fail (error);
  for (guint i = 0; i < facts->len; i++)
    found |= g_array_index (facts, KxFact, i).id == fact_id;
  if (!found)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s has no fact #%lld"), kx_organization_get_name (org),
                         (long long) fact_id);
      return fail_invalid (message);
    }
  if (!kx_organization_delete_fact (store, fact_id, &error))
    return kx_cli_fail (error);
  if (!cli->json)
    g_print (_("Deleted fact #%lld.\n"), (long long) fact_id);
  return 0;
}

static int
fact_add (KxCli          *cli,
          KxStore        *store,
          KxOrganization *org,
          const char     *kind_text,
          const char     *date,
          const char     *holds_text,
          const char     *evidence,
          const char     *note)
{
  g_autoptr(GError) error = NULL;
  KxFactKind kind;
  gboolean holds = TRUE;
  gint64 id = 0;

  if (!kx_fact_kind_from_string (kind_text, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("Fact: “%s” is not a kind of fact"),
                                                  kind_text);
      return fail_invalid (message);
    }
  if (!parse_holds (holds_text, &holds))
    return 1;
  if (!kx_organization_add_fact (store, kx_organization_get_id (org), kind, holds, date,
                                 evidence, note, &id, &error))
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", id);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
org_fact (KxCli  *cli,
          int     argc,
          char  **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *date = NULL;
  g_autofree char *holds = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *note = NULL;
  gint64 delete_id = 0;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, NULL, NULL },
    { "holds", 0, 0, G_OPTION_ARG_STRING, &holds, NULL, NULL },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &evidence, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, NULL, NULL },
    { "delete", 0, 0, G_OPTION_ARG_INT64, &delete_id, NULL, NULL },
    { NULL }
  };
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;

  if (!kx_cli_parse_options ("org", entries, &argc, &argv))
    return 2;
  if (argc != 2 || (delete_id == 0 && (kind == NULL || date == NULL)))
    return kx_cli_usage_error ("org", _("Usage: kexie-cli org fact ID --kind FACT --date "
                                        "YYYY-MM-DD [--holds yes|no] [--evidence TEXT] "
                                        "[--note TEXT], or kexie-cli org fact ID --delete "
                                        "FACT_ID"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;
  if ((org = resolve_org (store, argv[1], &error)) == NULL)
    return kx_cli_fail (error);
  if (delete_id != 0)
    return fact_delete (cli, store, org, delete_id);
  return fact_add (cli, store, org, kind, date, holds, evidence, note);
}

typedef struct
{
  const char *verb;
  int (*run) (KxCli *cli, int argc, char **argv);
} Verb;

static const Verb org_verbs[] = {
  { "add", org_add },
  { "list", org_list },
  { "show", org_show },
  { "record", org_record },
  { "fact", org_fact },
};

int
kx_cli_org (KxCli  *cli,
            int     argc,
            char  **argv)
{
  if (argc < 2)
    return kx_cli_usage_error ("org", _("Usage: kexie-cli org add|list|show|record|fact …"));
  for (guint i = 0; i < G_N_ELEMENTS (org_verbs); i++)
    if (g_strcmp0 (argv[1], org_verbs[i].verb) == 0)
      return org_verbs[i].run (cli, argc - 1, argv + 1);
  return kx_cli_usage_error ("org", _("Unknown verb “%s” for “org”"), argv[1]);
}

const char *
kx_cli_org_help (void)
{
  return _("  kexie-cli org add --name NAME --kind KIND [--credit-code CODE]\n"
           "                    [--secretary-general NAME] [--finance-staff NAME]\n"
           "                    [--bank-name BANK] [--bank-account NUMBER]\n"
           "                    [--party-branch NAME] [--contact-person NAME]\n"
           "                    [--contact-phone PHONE] [--address TEXT] [--note TEXT]\n"
           "      Add an applicant organization and print its id (with --json, the\n"
           "      whole record). KIND is city_society (市级学会), university_sta (高校科协),\n"
           "      county_sta (县市区科协), grassroots_sta (基层科协) or researcher\n"
           "      (科技工作者). The 18-character unified social credit code is required\n"
           "      for every kind but researcher; its check character is verified.\n"
           "  kexie-cli org list [--kind KIND]\n"
           "      List organizations by kind and name: id, name, kind, credit code.\n"
           "  kexie-cli org show ID|NAME\n"
           "      Show every field, the yearly records and the eligibility facts.\n"
           "  kexie-cli org record ID --year YEAR [--inspection pass|fail|unknown]\n"
           "                       [--assessment pass|fail|unknown] [--note TEXT]\n"
           "      Record the annual inspection (社团年检) and the performance\n"
           "      assessment (年度绩效考核) of YEAR; options left out keep their value.\n"
           "  kexie-cli org fact ID --kind FACT --date YYYY-MM-DD [--holds yes|no]\n"
           "                     [--evidence TEXT] [--note TEXT]\n"
           "  kexie-cli org fact ID --delete FACT_ID\n"
           "      Add a dated eligibility fact, with the document that proves it, and\n"
           "      print its id; or delete one. FACT is management_normal,\n"
           "      capable_secretary, finance_system, bank_account, finance_staff,\n"
           "      party_branch_active, distinctive_work, commendation, violation,\n"
           "      notified_penalty or uncompleted_task. --holds no records that the\n"
           "      fact was checked and does not hold.\n");
}

/* import orgs */

static void
print_problems (KxImportReport *report)
{
  for (guint i = 0; report != NULL && i < report->problems->len; i++)
    {
      g_autofree char *line = kx_import_problem_format (g_ptr_array_index (report->problems, i));

      g_printerr ("%s\n", line);
    }
}

static void
print_report_json (KxImportReport *report,
                   gboolean        ok)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_bool (json, "ok", ok);
  kx_json_member_string (json, "file", report->file_name);
  kx_json_member_string (json, "encoding", report->encoding);
  kx_json_member_int (json, "imported", report->imported);
  kx_json_key (json, "problems");
  kx_json_begin_array (json);
  for (guint i = 0; i < report->problems->len; i++)
    {
      const KxImportProblem *p = g_ptr_array_index (report->problems, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "line", p->line);
      kx_json_member_string (json, "field", p->field);
      kx_json_member_string (json, "message", p->message);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

int
kx_cli_import (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  KxStore *store;
  gboolean ok;

  if (argc != 3 || g_strcmp0 (argv[1], "orgs") != 0)
    return kx_cli_usage_error ("import", _("Usage: kexie-cli import orgs FILE.csv"));
  if ((store = kx_cli_store (cli)) == NULL)
    return 1;

  ok = kx_import_organizations (store, argv[2], &report, &error);
  if (cli->json && report != NULL)
    print_report_json (report, ok);
  if (!ok)
    {
      print_problems (report);
      return kx_cli_fail (error);
    }
  if (!cli->json)
    g_print (ngettext ("Imported %u organization from %s (%s).\n",
                       "Imported %u organizations from %s (%s).\n", report->imported),
             report->imported, report->file_name, report->encoding);
  return 0;
}

const char *
kx_cli_import_help (void)
{
  return _("  kexie-cli import orgs FILE.csv\n"
           "      Import organizations from a CSV file as Excel, WPS or LibreOffice save\n"
           "      it, in UTF-8 or GB18030 (detected). The first row names the columns,\n"
           "      in Chinese or English: 名称/name and 类型/kind are required;\n"
           "      统一社会信用代码/credit_code, 秘书长/secretary_general,\n"
           "      财务人员/finance_staff, 开户银行/bank_name, 银行账号/bank_account,\n"
           "      党支部/party_branch, 联系人/contact_person, 联系电话/contact_phone,\n"
           "      地址/address and 备注/note are optional. All rows are imported or\n"
           "      none: if any row is wrong, every problem is printed as\n"
           "      “line N, COLUMN: problem” and nothing is saved.\n");
}
