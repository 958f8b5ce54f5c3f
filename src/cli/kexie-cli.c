/* kexie-cli.c: Kexie without a display, for scripting, CI and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kx-audit.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-i18n.h"
#include "kx-store.h"

typedef struct
{
  const char  *name;
  int        (*run)  (KxCli *cli, int argc, char **argv);
  const char *(*help) (void);
} Command;

static int run_init   (KxCli *cli, int argc, char **argv);
static int run_audit  (KxCli *cli, int argc, char **argv);
static int run_backup (KxCli *cli, int argc, char **argv);
static int run_check  (KxCli *cli, int argc, char **argv);
static const char *init_help   (void);
static const char *audit_help  (void);
static const char *backup_help (void);
static const char *check_help  (void);

static const char *no_help (void);

/* In the order of the help: set-up, the office's records, then a
 * project's life from submission to penalties, then maintenance. A NULL
 * help means the command is documented with another one. */
static const Command commands[] = {
  { "init", run_init, init_help },
  { "demo", kx_cli_demo, kx_cli_demo_help },
  { "org", kx_cli_org, kx_cli_org_help },
  { "import", kx_cli_import, kx_cli_import_help },
  { "expert", kx_cli_expert, kx_cli_expert_help },
  { "call", kx_cli_call, kx_cli_call_help },
  { "project", kx_cli_project, kx_cli_project_help },
  { "actions", kx_cli_actions, kx_cli_actions_help },
  { "eligibility", kx_cli_eligibility, kx_cli_eligibility_help },
  { "submit", kx_cli_submit, no_help },
  { "penalize", kx_cli_penalize, no_help },
  { "record", kx_cli_record, no_help },
  { "formal-review", kx_cli_formal_review, kx_cli_review_help },
  { "score", kx_cli_score, no_help },
  { "review", kx_cli_review, no_help },
  { "ranking", kx_cli_ranking, no_help },
  { "recommend", kx_cli_recommend, no_help },
  { "decide", kx_cli_decide, kx_cli_decision_help },
  { "notice", kx_cli_notice, no_help },
  { "agreement", kx_cli_agreement, kx_cli_agreement_help },
  { "disburse", kx_cli_disburse, kx_cli_money_help },
  { "recover", kx_cli_recover, no_help },
  { "spend", kx_cli_spend, no_help },
  { "ledger", kx_cli_ledger, no_help },
  { "report", kx_cli_report, kx_cli_progress_help },
  { "export", kx_cli_export, kx_cli_export_help },
  { "chart", kx_cli_chart, kx_cli_chart_help },
  { "audit", run_audit, audit_help },
  { "backup", run_backup, backup_help },
  { "check", run_check, check_help },
};

/* Commands documented together with another one print nothing of their
 * own in the overview; "help submit" shows the block that documents it. */
static const char *
no_help (void)
{
  return NULL;
}

KxStore *
kx_cli_store (KxCli *cli)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (cli->store != NULL)
    return cli->store;

  dir = g_path_get_dirname (cli->db_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("kexie-cli: %s\n", _("Cannot create the folder for the database"));
      return NULL;
    }
  cli->store = kx_store_open (cli->db_path, &error);
  if (cli->store == NULL)
    {
      kx_cli_fail (error);
      return NULL;
    }
  if (kx_store_get_backup_path (cli->store) != NULL)
    g_printerr (_("kexie-cli: the database was upgraded; the old version was saved as %s\n"),
                kx_store_get_backup_path (cli->store));
  return cli->store;
}

int
kx_cli_fail (GError *error)
{
  g_printerr ("kexie-cli: %s\n", error != NULL ? error->message : _("Unknown error"));
  return 1;
}

int
kx_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("kexie-cli: %s\n", message);
  if (command != NULL)
    g_printerr (_("Try “kexie-cli help %s”.\n"), command);
  else
    g_printerr (_("Try “kexie-cli help”.\n"));
  return 2;
}

gboolean
kx_cli_parse_options (const char    *command,
                      GOptionEntry  *entries,
                      int           *argc,
                      char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      kx_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static glong
display_width (const char *text)
{
  glong width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
print_row (const char * const *cells,
           const glong        *widths,
           guint               n)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *cell = cells[i] != NULL ? cells[i] : "";

      g_string_append (line, cell);
      if (i + 1 < n)
        for (glong pad = display_width (cell); pad < widths[i] + 2; pad++)
          g_string_append_c (line, ' ');
    }
  puts (line->str);
}

void
kx_cli_print_table (const char * const *headers,
                    GPtrArray          *rows)
{
  guint n = g_strv_length ((char **) headers);
  g_autofree glong *widths = g_new0 (glong, n);

  for (guint i = 0; i < n; i++)
    widths[i] = display_width (headers[i]);
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint i = 0; i < n && cells[i] != NULL; i++)
        widths[i] = MAX (widths[i], display_width (cells[i]));
    }

  print_row (headers, widths, n);
  for (guint r = 0; r < rows->len; r++)
    print_row ((const char * const *) g_ptr_array_index (rows, r), widths, n);
}

static const char *
init_help (void)
{
  return _("  kexie-cli init\n"
           "      Create an empty Kexie database (or bring an existing one up to the\n"
           "      current schema, after saving a backup copy beside it).\n");
}

static int
run_init (KxCli  *cli,
          int     argc,
          char  **argv)
{
  KxStore *store;

  if (argc > 1)
    return kx_cli_usage_error ("init", _("“init” takes no arguments"));
  store = kx_cli_store (cli);
  if (store == NULL)
    return 1;

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_string (json, "database", kx_store_get_path (store));
      kx_json_member_int (json, "schema_version", kx_store_get_version (store));
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Database %s is ready (schema version %d).\n"), kx_store_get_path (store),
             kx_store_get_version (store));
  return 0;
}

static const char *
audit_help (void)
{
  return _("  kexie-cli audit verify\n"
           "      Check the whole audit log: every entry's SHA-256 hash and its link to\n"
           "      the entry before it. Reports the first entry that was edited, deleted\n"
           "      or inserted out of order, and exits with status 1 if there is one.\n");
}

static int
run_audit (KxCli  *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  KxStore *store;
  gint64 rows = 0;

  if (argc != 2 || g_strcmp0 (argv[1], "verify") != 0)
    return kx_cli_usage_error ("audit", _("Usage: kexie-cli audit verify"));
  store = kx_cli_store (cli);
  if (store == NULL)
    return 1;

  if (!kx_audit_verify (store, &rows, &error))
    {
      if (cli->json)
        {
          KxJson *json = kx_json_new ();

          kx_json_begin_object (json);
          kx_json_member_bool (json, "ok", FALSE);
          kx_json_member_string (json, "error", error->message);
          kx_json_end_object (json);
          kx_json_print_free (json);
        }
      return kx_cli_fail (error);
    }

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_bool (json, "ok", TRUE);
      kx_json_member_int (json, "entries", rows);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Audit log intact: %lld entries verified.\n"), (long long) rows);
  return 0;
}

static const char *
backup_help (void)
{
  return _("  kexie-cli backup FILE\n"
           "      Write a consistent copy of the database to FILE (which must not exist),\n"
           "      even while Kexie is running.\n");
}

static int
run_backup (KxCli  *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GError) error = NULL;
  KxStore *store;

  if (argc != 2)
    return kx_cli_usage_error ("backup", _("Usage: kexie-cli backup FILE"));
  store = kx_cli_store (cli);
  if (store == NULL)
    return 1;
  if (!kx_store_backup (store, argv[1], &error))
    return kx_cli_fail (error);
  g_print (_("Backup written to %s\n"), argv[1]);
  return 0;
}

static const char *
check_help (void)
{
  return _("  kexie-cli check\n"
           "      Run SQLite's integrity and foreign-key checks, then verify the audit log.\n"
           "      (kexie-cli check midterm|final PROJECT … records a project's checks; see\n"
           "      “kexie-cli help report”.)\n");
}

static int
run_check (KxCli  *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  KxStore *store;
  gint64 rows = 0;

  if (argc > 1 && (g_strcmp0 (argv[1], "midterm") == 0 || g_strcmp0 (argv[1], "final") == 0))
    return kx_cli_project_check (cli, argc, argv);
  if (argc != 1)
    return kx_cli_usage_error ("check", _("Usage: kexie-cli check, or kexie-cli check midterm|final "
                                          "PROJECT …"));
  store = kx_cli_store (cli);
  if (store == NULL)
    return 1;
  if (!kx_store_check (store, &error) || !kx_audit_verify (store, &rows, &error))
    return kx_cli_fail (error);

  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_bool (json, "ok", TRUE);
      kx_json_member_int (json, "audit_entries", rows);
      kx_json_end_object (json);
      kx_json_print_free (json);
    }
  else
    g_print (_("Database OK; audit log intact (%lld entries).\n"), (long long) rows);
  return 0;
}

static void
print_help (const char *topic)
{
  g_autofree char *default_db = kx_store_default_path ();

  if (topic != NULL)
    {
      const char *help = NULL;

      /* A command without its own block is documented in the block of the
       * nearest command before it that has one. */
      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        {
          if (commands[i].help () != NULL)
            help = commands[i].help ();
          if (g_strcmp0 (topic, commands[i].name) == 0)
            {
              fputs (help, stdout);
              return;
            }
        }
    }

  g_print (_("Usage: kexie-cli [--db FILE] [--json] COMMAND [ARGUMENTS…]\n"
             "\n"
             "Manage the Chenzhou science association's society capacity programme\n"
             "without a display. Every change is written in one transaction together\n"
             "with its audit log entry.\n"
             "\n"
             "Global options (allowed anywhere on the line):\n"
             "  --db FILE   the database (default: $KEXIE_DB, else %s)\n"
             "  --json      print results as JSON on standard output\n"
             "  --version   print the version\n"
             "\n"
             "Amounts accept 12345.67, 12,345.67, 1.5万 or ¥1,000. Dates are YYYY-MM-DD.\n"
             "Errors go to standard error; the exit status is 0 on success, 1 when the\n"
             "operation failed, 2 for wrong usage.\n"
             "\n"
             "Commands:\n"), default_db);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (commands[i].help () == NULL)
        continue;
      fputs (commands[i].help (), stdout);
      fputc ('\n', stdout);
    }
  g_print (_("  kexie-cli help [COMMAND]\n"
             "      Show this help, or the help of one command.\n"));
}

/* Takes --db FILE / --db=FILE / --json / --version from anywhere on the
 * line, so "kexie-cli org list --json" works as well as "--json org list". */
static gboolean
extract_global_options (KxCli      *cli,
                        GPtrArray  *args,
                        gboolean   *out_version)
{
  for (guint i = 0; i < args->len;)
    {
      const char *arg = g_ptr_array_index (args, i);

      if (g_strcmp0 (arg, "--json") == 0)
        cli->json = TRUE;
      else if (g_strcmp0 (arg, "--version") == 0)
        *out_version = TRUE;
      else if (g_str_has_prefix (arg, "--db="))
        {
          g_free (cli->db_path);
          cli->db_path = g_strdup (arg + strlen ("--db="));
        }
      else if (g_strcmp0 (arg, "--db") == 0)
        {
          if (i + 1 >= args->len)
            {
              kx_cli_usage_error (NULL, _("--db needs a file name"));
              return FALSE;
            }
          g_free (cli->db_path);
          cli->db_path = g_strdup (g_ptr_array_index (args, i + 1));
          g_ptr_array_remove_index (args, i);
        }
      else
        {
          i++;
          continue;
        }
      g_ptr_array_remove_index (args, i);
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  KxCli cli = { 0 };
  gboolean version = FALSE;
  const char *env_db = g_getenv ("KEXIE_DB");
  int status = 2;

  kx_i18n_init ();

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  cli.db_path = env_db != NULL && *env_db != '\0' ? g_strdup (env_db) : kx_store_default_path ();
  if (!extract_global_options (&cli, args, &version))
    goto out;

  if (version)
    {
      g_print ("kexie-cli %s\n", PACKAGE_VERSION);
      status = 0;
      goto out;
    }
  if (args->len == 0 || g_strcmp0 (g_ptr_array_index (args, 0), "help") == 0 ||
      g_strcmp0 (g_ptr_array_index (args, 0), "--help") == 0 ||
      g_strcmp0 (g_ptr_array_index (args, 0), "-h") == 0)
    {
      print_help (args->len > 1 ? g_ptr_array_index (args, 1) : NULL);
      status = args->len == 0 ? 2 : 0;
      goto out;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (g_ptr_array_index (args, 0), commands[i].name) == 0)
      {
        g_ptr_array_add (args, NULL);
        status = commands[i].run (&cli, (int) args->len - 1, (char **) args->pdata);
        goto out;
      }
  status = kx_cli_usage_error (NULL, _("Unknown command “%s”"),
                               (const char *) g_ptr_array_index (args, 0));

out:
  g_clear_object (&cli.store);
  g_free (cli.db_path);
  return status;
}
