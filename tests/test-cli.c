/* test-cli.c: kexie-cli as a script or a clerk at a terminal uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef KxTestRun Run;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kx_test_make_dir ("cli");
  f->db = g_build_filename (f->dir, "office.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Runs kexie-cli --db DB ARGS… (NULL-terminated). */
static void
cli (Fixture    *f,
     Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  kx_test_run_cli (f->db, (const char * const *) args->pdata, run);
}

static void
assert_ok (Run *run)
{
  if (run->status != 0)
    g_error ("kexie-cli failed (%d): %s%s", run->status, run->out, run->err);
}

static gint64
db_int (Fixture    *f,
        const char *sql)
{
  return kx_test_db_int (f->db, sql);
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };
  const char *commands[] = { "init", "demo", "org add", "org list", "org show", "org record",
                             "org fact", "import orgs", "call add", "call list", "call show",
                             "project add", "project update", "project list", "project show",
                             "expert add", "audit verify", "backup", "check" };

  cli (f, &run, "help", NULL);
  assert_ok (&run);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *needle = g_strdup_printf ("kexie-cli %s", commands[i]);

      if (strstr (run.out, needle) == NULL)
        g_error ("help does not document “%s”:\n%s", needle, run.out);
    }
  /* help COMMAND shows just that command. */
  cli (f, &run, "help", "backup", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "kexie-cli backup FILE"));
  g_assert_null (strstr (run.out, "kexie-cli org add"));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  cli (f, &run, "frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "frobnicate"));
  g_assert_cmpstr (run.out, ==, "");

  cli (f, &run, "audit", "list-everything", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "kexie-cli help audit"));
}

static void
test_init_and_check (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  cli (f, &run, "init", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "\"schema_version\":"));
  g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));

  cli (f, &run, "check", NULL);
  assert_ok (&run);
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (f->db, "name,kind\n", -1, NULL));
  cli (f, &run, "check", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, f->db));
  g_assert_cmpstr (run.out, ==, "");
}

/* The office's day: an organization, its records and facts, a call, an
 * application with budget lines; then the audit trail holds every step. */
static void
test_office_day (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };
  g_autofree char *org_id = NULL;

  /* A mistyped check character is refused, naming the code; nothing saved. */
  cli (f, &run, "org", "add", "--name", "郴州市医学会", "--kind", "市级学会",
       "--credit-code", "91350100M000100Y44", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "91350100M000100Y44"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM organization"), ==, 0);

  cli (f, &run, "org", "add", "--name", "郴州市医学会", "--kind", "city_society", "--json",
       "--credit-code", "91350100M000100Y43", "--secretary-general", "李明", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "郴州市医学会"));
  org_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                            db_int (f, "SELECT id FROM organization WHERE name = '郴州市医学会'"));

  cli (f, &run, "org", "record", org_id, "--year", "2025", "--inspection", "pass",
       "--assessment", "pass", NULL);
  assert_ok (&run);
  cli (f, &run, "org", "fact", org_id, "--kind", "commendation", "--date", "2024-12-20",
       "--evidence", "郴科协发〔2024〕12号", NULL);
  assert_ok (&run);

  cli (f, &run, "call", "add", "--year", "2026", "--title", "2026年度学会服务能力提升计划",
       "--budget", "300万", "--window-start", "2026-03-01", "--window-end", "2026-04-30", NULL);
  assert_ok (&run);
  g_assert_cmpint (db_int (f, "SELECT budget_fen FROM call WHERE year = 2026"), ==, 300000000);

  cli (f, &run, "project", "add", "--call", "2026", "--org", org_id, "--type", "2",
       "--title", "2026年郴州市医学会学术年会", "--budget", "会议费=30,000",
       "--budget", "专家咨询费=1.2万", "--milestone", "2026-09-30=召开年会", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "2026-0001"));
  g_assert_cmpint (db_int (f, "SELECT requested_fen FROM project WHERE number = '2026-0001'"), ==,
                   4200000);

  cli (f, &run, "project", "list", "--call", "2026", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "2026年郴州市医学会学术年会"));

  cli (f, &run, "project", "show", "2026-0001", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "¥42,000.00"));

  cli (f, &run, "audit", "verify", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "\"ok\":true"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE entity IN "
                              "('organization', 'org_year_record', 'org_fact', 'call', 'project')"),
                   >=, 5);
}

/* An applicant that may apply (as test-life.c's set_up_office) and the
 * 2026 call, open from 2026-03-01 to 2026-04-30. */
static void
set_up_eligible_office (Fixture *f,
                        Run     *run)
{
  const char *facts[] = { "management_normal", "capable_secretary", "finance_system",
                          "bank_account", "finance_staff" };

  cli (f, run, "org", "add", "--name", "郴州市医学会", "--kind", "city_society",
       "--credit-code", "91350100M000100Y43", "--secretary-general", "李明", NULL);
  assert_ok (run);
  for (int year = 2024; year <= 2025; year++)
    {
      g_autofree char *year_text = g_strdup_printf ("%d", year);

      cli (f, run, "org", "record", "郴州市医学会", "--year", year_text, "--inspection", "pass",
           "--assessment", "pass", NULL);
      assert_ok (run);
    }
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      cli (f, run, "org", "fact", "郴州市医学会", "--kind", facts[i], "--date", "2026-01-15",
           "--evidence", "2025年度年检材料", NULL);
      assert_ok (run);
    }
  cli (f, run, "call", "add", "--year", "2026", "--title", "2026年度学会服务能力提升计划",
       "--budget", "300万", "--window-start", "2026-03-01", "--window-end", "2026-04-30", NULL);
  assert_ok (run);
}

/* 退回补正 from the command line: a draft is corrected (what is left out
 * stays), a submitted application cannot be, a returned one can again. */
static void
test_project_update (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  set_up_eligible_office (f, &run);
  cli (f, &run, "project", "add", "--call", "2026", "--org", "郴州市医学会", "--type", "2",
       "--title", "2026年郴州市医学会学术年会", "--content", "召开学术年会",
       "--budget", "会议费=30,000", "--budget", "专家咨询费=1.2万",
       "--milestone", "2026-09-30=召开年会", NULL);
  assert_ok (&run);

  cli (f, &run, "project", "update", "2026-0001", "--title", "2026年郴州市医学会学术年会暨培训班",
       "--budget", "会议费=25,000", "--budget", "培训资料费=8,000=教材印制",
       "--budget", "专家咨询费=1万", NULL);
  assert_ok (&run);
  cli (f, &run, "project", "show", "2026-0001", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "\"title\":\"2026年郴州市医学会学术年会暨培训班\""));
  g_assert_nonnull (strstr (run.out, "\"requested_fen\":4300000"));
  g_assert_nonnull (strstr (run.out, "\"justification\":\"教材印制\""));
  g_assert_nonnull (strstr (run.out, "\"content\":\"召开学术年会\""));
  g_assert_nonnull (strstr (run.out, "\"target\":\"召开年会\""));
  g_assert_nonnull (strstr (run.out, "\"type\":2"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM budget_line"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT sum(amount_fen) FROM budget_line"), ==, 4300000);

  cli (f, &run, "submit", "2026-0001", "--date", "2026-03-10", NULL);
  assert_ok (&run);
  cli (f, &run, "project", "update", "2026-0001", "--title", "改名", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "2026-0001"));
  g_assert_nonnull (strstr (run.err, "Submitted"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM project WHERE title = '改名'"), ==, 0);

  cli (f, &run, "formal-review", "2026-0001", "--result", "return", "--fail", "budget:培训资料费偏高",
       "--date", "2026-03-15", NULL);
  assert_ok (&run);
  cli (f, &run, "project", "update", "2026-0001", "--budget", "会议费=25,000",
       "--budget", "专家咨询费=1万", NULL);
  assert_ok (&run);
  g_assert_cmpint (db_int (f, "SELECT requested_fen FROM project"), ==, 3500000);
  cli (f, &run, "submit", "2026-0001", "--date", "2026-03-20", NULL);
  assert_ok (&run);
}

static void
test_bad_input_saves_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  cli (f, &run, "call", "add", "--year", "2026", "--title", "2026年度", "--budget", "1.234",
       "--window-start", "2026-03-01", "--window-end", "2026-04-30", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "1.234"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM call"), ==, 0);

  cli (f, &run, "call", "add", "--year", "2026", "--title", "2026年度", "--budget", "100",
       "--window-start", "2026-02-30", "--window-end", "2026-04-30", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "2026-02-30"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM call"), ==, 0);
}

static void
test_audit_tamper (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };
  sqlite3 *db = NULL;

  cli (f, &run, "org", "add", "--name", "桂阳县科协", "--kind", "county_sta",
       "--credit-code", "91110000600037341L", NULL);
  assert_ok (&run);
  cli (f, &run, "audit", "verify", NULL);
  assert_ok (&run);

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_log_no_update;"
                                     "UPDATE audit_log SET after_json = '{}' "
                                     "WHERE entity = 'organization'", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  cli (f, &run, "audit", "verify", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "tampered"));
  cli (f, &run, "check", NULL);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);

  cli (f, &run, "init", NULL);
  assert_ok (&run);
  cli (f, &run, "backup", dest, NULL);
  assert_ok (&run);
  g_assert_true (g_file_test (dest, G_FILE_TEST_EXISTS));
  cli (f, &run, "backup", dest, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, dest));
}

static void
test_demo_then_check (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  cli (f, &run, "demo", "--projects", "300", "--organizations", "60", "--seed", "7", NULL);
  assert_ok (&run);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM project"), ==, 300);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM organization"), ==, 60);
  g_assert_cmpint (db_int (f, "SELECT count(DISTINCT year) FROM call"), ==, 3);
  cli (f, &run, "check", NULL);
  assert_ok (&run);

  /* A second demo on the same database is refused and changes nothing. */
  cli (f, &run, "demo", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM project"), ==, 300);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/init-and-check", test_init_and_check);
  ADD ("/cli/not-a-database", test_not_a_database);
  ADD ("/cli/office-day", test_office_day);
  ADD ("/cli/project-update", test_project_update);
  ADD ("/cli/bad-input-saves-nothing", test_bad_input_saves_nothing);
  ADD ("/cli/audit-tamper", test_audit_tamper);
  ADD ("/cli/backup", test_backup);
  ADD ("/cli/demo-then-check", test_demo_then_check);

  return g_test_run ();
}
