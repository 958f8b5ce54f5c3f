/* test-life.c: whole lives of projects through kexie-cli, as a clerk would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Uses only what `kexie-cli help` documents: from an empty database to an
 * accepted, fully paid project; and to a fraud penalty whose ban then
 * refuses the organization's next application.
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
  f->dir = kx_test_make_dir ("life");
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

/* kexie-cli --db DB ARGS…; the command line is split on spaces, with
 * '~' standing for a space inside an argument. */
static void
cli (Fixture    *f,
     Run        *run,
     const char *line)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (line, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (args, g_strdelimit (g_strdup (words[i]), "~", ' '));
  g_ptr_array_add (args, NULL);
  kx_test_run_cli (f->db, (const char * const *) args->pdata, run);
}

static void
ok (Fixture    *f,
    Run        *run,
    const char *line)
{
  cli (f, run, line);
  if (run->status != 0)
    g_error ("“kexie-cli %s” failed (%d):\n%s%s", line, run->status, run->out, run->err);
}

static void
refused (Fixture    *f,
         Run        *run,
         const char *line,
         const char *needle)
{
  cli (f, run, line);
  if (run->status != 1 || strstr (run->err, needle) == NULL)
    g_error ("“kexie-cli %s” should fail mentioning “%s” (%d):\n%s%s", line, needle,
             run->status, run->out, run->err);
}

static gint64
db_int (Fixture    *f,
        const char *sql)
{
  return kx_test_db_int (f->db, sql);
}

static const char *
stage (Fixture    *f,
       const char *number)
{
  static char buf[64];
  g_autofree char *sql = g_strdup_printf ("SELECT stage FROM project WHERE number = '%s'", number);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_strlcpy (buf, (const char *) sqlite3_column_text (stmt, 0), sizeof buf);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return buf;
}

/* A city society with everything 六(二) asks of it, and three experts. */
static void
set_up_office (Fixture    *f,
               Run        *run,
               const char *name,
               const char *code)
{
  g_autofree char *add = g_strdup_printf ("org add --name %s --kind city_society "
                                          "--credit-code %s --secretary-general 李明", name, code);
  const char *facts[] = { "management_normal", "capable_secretary", "finance_system",
                          "bank_account", "finance_staff" };

  ok (f, run, add);
  for (int year = 2024; year <= 2025; year++)
    {
      g_autofree char *line = g_strdup_printf ("org record %s --year %d --inspection pass "
                                               "--assessment pass", name, year);
      ok (f, run, line);
    }
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_autofree char *line = g_strdup_printf ("org fact %s --kind %s --date 2026-01-15 "
                                               "--evidence 2025年度年检材料", name, facts[i]);
      ok (f, run, line);
    }
}

static void
set_up_call_and_experts (Fixture *f,
                         Run     *run)
{
  ok (f, run, "call add --year 2026 --title 2026年度学会服务能力提升计划 --budget 300万 "
              "--window-start 2026-03-01 --window-end 2026-04-30");
  ok (f, run, "expert add --name 王建国 --affiliation 湘南学院 --title 教授");
  ok (f, run, "expert add --name 刘芳 --affiliation 郴州市第一人民医院 --title 主任医师");
  ok (f, run, "expert add --name 陈志强 --affiliation 郴州职业技术学院 --title 研究员");
}

/* Up to an agreement signed and the first tranche paid. */
static void
walk_to_funded (Fixture    *f,
                Run        *run,
                const char *number)
{
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func (g_free);

#define DO(fmt) \
  do { g_free (line); line = g_strdup_printf (fmt, number); ok (f, run, line); } while (0)

  DO ("submit %s --date 2026-03-10");
  g_assert_cmpstr (stage (f, number), ==, "submitted");
  DO ("formal-review %s --result pass --reviewer 张敏 --date 2026-05-06");
  g_assert_cmpstr (stage (f, number), ==, "formal_passed");
  DO ("expert assign %s --auto --date 2026-05-10");
  g_assert_cmpstr (stage (f, number), ==, "under_expert_review");
  for (int e = 1; e <= 3; e++)
    {
      g_free (line);
      line = g_strdup_printf ("score %s --expert %d --scores 16,15,14,15,14 --date 2026-05-15",
                              number, e);
      ok (f, run, line);
    }
  DO ("review finish %s --date 2026-05-20");
  g_assert_cmpstr (stage (f, number), ==, "reviewed");
  DO ("decide %s --approve --amount 4.5万 --meeting-date 2026-05-25 --minutes 党组会〔2026〕5号");
  g_assert_cmpstr (stage (f, number), ==, "approved");
  DO ("notice start %s --date 2026-05-26");
  g_assert_cmpstr (stage (f, number), ==, "in_notice");
  /* Seven days from 05-26 end on 06-01: closing that day is refused. */
  g_free (line);
  line = g_strdup_printf ("notice close %s --date 2026-06-01", number);
  refused (f, run, line, "2026-06-01");
  DO ("notice close %s --date 2026-06-02");
  g_assert_cmpstr (stage (f, number), ==, "notice_passed");
  DO ("agreement sign %s --date 2026-06-05");
  g_assert_cmpstr (stage (f, number), ==, "agreement_signed");
  DO ("disburse %s --voucher 记-0601 --date 2026-06-10");
  g_assert_cmpstr (stage (f, number), ==, "funded");
#undef DO
}

static void
test_accepted (Fixture       *f,
               gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  set_up_office (f, &run, "郴州市医学会", "91350100M000100Y43");
  set_up_call_and_experts (f, &run);
  ok (f, &run, "project add --call 2026 --org 郴州市医学会 --type 2 "
               "--title 2026年郴州市医学会学术年会 --budget 会议费=30,000 "
               "--budget 专家咨询费=2万 --milestone 2026-09-30=召开年会");

  ok (f, &run, "eligibility --org 郴州市医学会 --call 2026 --type 2 --date 2026-03-10");
  ok (f, &run, "actions 2026-0001 --date 2026-03-10");
  g_assert_nonnull (strstr (run.out, "kexie-cli submit"));

  walk_to_funded (f, &run, "2026-0001");
  /* 70 % of ¥45,000.00 on signing. */
  g_assert_cmpint (db_int (f, "SELECT sum(amount_fen) FROM disbursement"), ==, 3150000);
  refused (f, &run, "disburse 2026-0001 --date 2026-07-01", "");

  ok (f, &run, "report 2026-0001 --text 年会筹备完成 --milestone 1=done --date 2026-08-01");
  g_assert_cmpstr (stage (f, "2026-0001"), ==, "in_progress");
  ok (f, &run, "spend 2026-0001 --amount 12,000 --line 会议费 --description 会场租赁 "
               "--date 2026-08-05");
  ok (f, &run, "check midterm 2026-0001 --result pass --date 2026-09-01");
  g_assert_cmpstr (stage (f, "2026-0001"), ==, "midterm_passed");
  ok (f, &run, "check final 2026-0001 --result pass --date 2026-12-10");
  g_assert_cmpstr (stage (f, "2026-0001"), ==, "accepted");
  ok (f, &run, "disburse 2026-0001 --date 2026-12-15");
  g_assert_cmpint (db_int (f, "SELECT sum(amount_fen) FROM disbursement"), ==, 4500000);

  ok (f, &run, "ledger 2026-0001");
  g_assert_nonnull (strstr (run.out, "¥45,000.00"));
  ok (f, &run, "record --org 郴州市医学会");
  ok (f, &run, "audit verify");
  ok (f, &run, "check");
}

static void
test_fraud (Fixture       *f,
            gconstpointer  data)
{
  g_auto(KxTestRun) run = { 0 };

  set_up_office (f, &run, "郴州市农学会", "91110000600037341L");
  set_up_call_and_experts (f, &run);
  ok (f, &run, "project add --call 2026 --org 郴州市农学会 --type 3 "
               "--title 郴州市农业技术推广服务 --budget 培训费=50,000");
  walk_to_funded (f, &run, "2026-0001");

  ok (f, &run, "penalize 2026-0001 --fraud --reason 虚报培训人数 --date 2026-09-15");
  g_assert_cmpstr (stage (f, "2026-0001"), ==, "revoked");
  g_assert_cmpint (db_int (f, "SELECT recovery_fen FROM penalty WHERE kind = 'fraud'"), ==,
                   3150000);
  g_assert_cmpint (db_int (f, "SELECT ban_years FROM penalty"), ==, 3);

  /* The next call opens inside the three-year ban: 七(二) refuses. */
  ok (f, &run, "call add --year 2027 --title 2027年度学会服务能力提升计划 --budget 300万 "
               "--window-start 2027-03-01 --window-end 2027-04-30");
  ok (f, &run, "eligibility --org 郴州市农学会 --call 2027 --type 3 --date 2027-03-10");
  g_assert_nonnull (strstr (run.out, "七(二)"));
  ok (f, &run, "project add --call 2027 --org 郴州市农学会 --type 3 "
               "--title 郴州市农业技术推广服务二期 --budget 培训费=50,000");
  refused (f, &run, "submit 2027-0001 --date 2027-03-10", "七(二)");
  g_assert_cmpstr (stage (f, "2027-0001"), ==, "draft");
  ok (f, &run, "audit verify");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/life/draft-to-accepted", test_accepted);
  ADD ("/life/fraud-and-ban", test_fraud);

  return g_test_run ();
}
