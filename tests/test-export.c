/* test-export.c: the workbooks, read back as a spreadsheet program reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each workbook of a demo call is exported and unzipped: the sheet names
 * (xl/workbook.xml), the cells, formulas, merged title, filter, frozen
 * pane, footer and data validation (xl/worksheets/sheetN.xml — constant-
 * memory mode writes strings inline) and the money format (xl/styles.xml),
 * compared with what the core says.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-demo.h"
#include "kx-export-workbook.h"
#include "kx-money.h"
#include "kx-money-report.h"
#include "kx-review.h"

#define YEAR 2026

static char *demo_dir;
static char *demo_db;
static KxStore *store;

/* Helpers */

static char *
unzip_part (const char *xlsx,
            const char *part)
{
  const char *argv[] = { "unzip", "-p", xlsx, part, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
sheet_xml (const char *xlsx,
           guint       n)
{
  g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", n);

  return unzip_part (xlsx, part);
}

static char *
unescape (const char *text,
          gsize       len)
{
  GString *s = g_string_new_len (text, len);

  g_string_replace (s, "&quot;", "\"", 0);
  g_string_replace (s, "&lt;", "<", 0);
  g_string_replace (s, "&gt;", ">", 0);
  g_string_replace (s, "&apos;", "'", 0);
  g_string_replace (s, "&amp;", "&", 0);
  return g_string_free (s, FALSE);
}

/* The text between @open and @close inside @from … @end, or NULL. */
static char *
between (const char *from,
         const char *end,
         const char *open,
         const char *close)
{
  const char *a = g_strstr_len (from, end - from, open);
  const char *b;

  if (a == NULL)
    return NULL;
  a += strlen (open);
  if ((b = g_strstr_len (a, end - a, close)) == NULL)
    return NULL;
  return unescape (a, b - a);
}

typedef enum { PART_TEXT, PART_VALUE, PART_FORMULA } Part;

/* What the cell @ref holds: its inline text, its value or its formula;
 * NULL for a missing or empty cell. */
static char *
cell (const char *xml,
      const char *ref,
      Part        part)
{
  g_autofree char *tag = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (xml, tag);
  const char *gt, *end;

  if (start == NULL)
    return NULL;
  gt = strchr (start, '>');
  if (gt[-1] == '/')
    return NULL;
  end = strstr (gt, "</c>");
  switch (part)
    {
    case PART_TEXT:
      return between (gt, end, "<t>", "</t>");
    case PART_VALUE:
      return between (gt, end, "<v>", "</v>");
    case PART_FORMULA:
    default:
      return between (gt, end, "<f>", "</f>");
    }
}

static double
cell_number (const char *xml,
             const char *ref)
{
  g_autofree char *v = cell (xml, ref, PART_VALUE);

  if (v == NULL)
    g_error ("cell %s has no value", ref);
  return g_ascii_strtod (v, NULL);
}

static char *
ref (char   col,
     gint64 row)
{
  return g_strdup_printf ("%c%" G_GINT64_FORMAT, col, row);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found", needle);
}

static gint64
query_int (const char *sql)
{
  return kx_test_db_int (demo_db, sql);
}

static char *
export (KxWorkbookKind kind)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (demo_dir, "out.xlsx", NULL);

  g_assert_true (kx_export_workbook (store, kind, YEAR, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static gint64
call_id (void)
{
  return query_int ("SELECT id FROM call WHERE year = 2026");
}

/* The review results */

static void
test_review_layout (void)
{
  g_autofree char *path = export (KX_WORKBOOK_REVIEW);
  g_autofree char *book = unzip_part (path, "xl/workbook.xml");
  g_autofree char *styles = unzip_part (path, "xl/styles.xml");
  g_autofree char *xml = sheet_xml (path, 1);
  g_autofree char *title = g_strdup_printf (_("Chenzhou Association for Science and Technology "
                                              "%d Society Service Capacity Programme: Review "
                                              "Results"), YEAR);
  g_autofree char *summary = g_strdup_printf ("<sheet name=\"%s\"", _("Summary"));
  g_autofree char *a1 = cell (xml, "A1", PART_TEXT);
  g_autofree char *m2 = cell (xml, "M2", PART_TEXT);
  gint64 n = query_int ("SELECT count(*) FROM project p JOIN call c ON c.id = p.call_id "
                        "WHERE c.year = 2026");
  g_autofree char *filter = g_strdup_printf ("<autoFilter ref=\"A2:Q%" G_GINT64_FORMAT "\"",
                                             n + 2);
  g_autofree char *footer = g_markup_escape_text (_("&CPage &P of &N"), -1);

  g_assert_cmpint (n, >, 20);
  assert_contains (book, summary);
  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM project p JOIN call c "
                                              "ON c.id = p.call_id WHERE c.year = 2026 AND "
                                              "p.type = %d", t);
      g_autofree char *sheet = g_strdup_printf ("<sheet name=\"%s\"", kx_project_type_short (t));

      if (query_int (sql) > 0)
        assert_contains (book, sheet);
    }
  assert_contains (book, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">");
  g_assert_cmpstr (a1, ==, title);
  assert_contains (xml, "<mergeCell ref=\"A1:Q1\"/>");
  g_assert_cmpstr (m2, ==, _("Requested (yuan)"));
  assert_contains (xml, filter);
  assert_contains (xml, "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" "
                        "state=\"frozen\"/>");
  assert_contains (xml, footer);
  assert_contains (xml, "paperSize=\"9\"");
  assert_contains (xml, "orientation=\"landscape\"");
  assert_contains (xml, "fitToHeight=\"0\"");
  assert_contains (styles, "formatCode=\"#,##0.00\"");
}

static void
test_review_values (void)
{
  g_autofree char *path = export (KX_WORKBOOK_REVIEW);
  g_autofree char *xml = sheet_xml (path, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, "SELECT p.id, p.title, "
                                                    "  p.requested_fen, p.approved_fen "
                                                    "FROM project p WHERE p.call_id = ?1 "
                                                    "ORDER BY p.number", &error);
  gint64 row = 3, requested = 0, approved = 0, scored = 0;
  g_autofree char *total_ref = NULL;
  g_autofree char *formula = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, call_id ());
  for (; sqlite3_step (stmt) == SQLITE_ROW; row++)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *c = ref ('C', row);
      g_autofree char *k = ref ('K', row);
      g_autofree char *m = ref ('M', row);
      g_autofree char *title = cell (xml, c, PART_TEXT);
      g_autofree char *score = cell (xml, k, PART_VALUE);
      KxScoreSummary summary;

      g_assert_cmpstr (title, ==, (const char *) sqlite3_column_text (stmt, 1));
      g_assert_cmpfloat_with_epsilon (cell_number (xml, m),
                                      sqlite3_column_int64 (stmt, 2) / 100.0, 1e-9);
      g_assert_true (kx_review_project_score (store, id, &summary, &error));
      g_assert_no_error (error);
      if (summary.n_scores > 0 && !(summary.trimmed && summary.n_scores <= 2))
        {
          g_assert_nonnull (score);
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (score, NULL),
                                          summary.score_x100 / 100.0, 1e-9);
          scored++;
        }
      requested += sqlite3_column_int64 (stmt, 2);
      approved += sqlite3_column_int64 (stmt, 3);
    }
  g_assert_cmpint (scored, >, 0);

  /* The totals row: SUM formulas whose cached values are the core's sums. */
  total_ref = ref ('M', row);
  formula = cell (xml, total_ref, PART_FORMULA);
  expected = g_strdup_printf ("SUM(M3:M%" G_GINT64_FORMAT ")", row - 1);
  g_assert_cmpstr (formula, ==, expected);
  g_assert_cmpfloat_with_epsilon (cell_number (xml, total_ref), requested / 100.0, 1e-6);
  g_free (total_ref);
  g_free (formula);
  g_free (expected);
  total_ref = ref ('P', row);
  formula = cell (xml, total_ref, PART_FORMULA);
  expected = g_strdup_printf ("SUM(P3:P%" G_GINT64_FORMAT ")", row - 1);
  g_assert_cmpstr (formula, ==, expected);
  g_assert_cmpfloat_with_epsilon (cell_number (xml, total_ref), approved / 100.0, 1e-6);
}

/* Each type's sheet holds the projects of that type, with their totals. */
static void
test_review_type_sheets (void)
{
  g_autofree char *path = export (KX_WORKBOOK_REVIEW);
  guint sheet = 2;

  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM project WHERE call_id = %"
                                              G_GINT64_FORMAT " AND type = %d", call_id (), t);
      g_autofree char *sum_sql = g_strdup_printf ("SELECT sum(requested_fen) FROM project "
                                                  "WHERE call_id = %" G_GINT64_FORMAT
                                                  " AND type = %d", call_id (), t);
      gint64 n = query_int (sql);
      g_autofree char *xml = NULL;
      g_autofree char *type_cell = NULL;
      g_autofree char *total = NULL;
      g_autofree char *d3 = NULL;
      g_autofree char *past = NULL;

      if (n == 0)
        continue;
      xml = sheet_xml (path, sheet++);
      type_cell = ref ('D', n + 2);
      d3 = cell (xml, type_cell, PART_TEXT);
      g_assert_cmpstr (d3, ==, kx_project_type_label (t));
      past = ref ('D', n + 3);
      g_assert_null (cell (xml, past, PART_TEXT));
      total = ref ('M', n + 3);
      g_assert_cmpfloat_with_epsilon (cell_number (xml, total), query_int (sum_sql) / 100.0,
                                      1e-6);
    }
  g_assert_cmpuint (sheet, >, 3);
}

/* The recommendation and the decision columns follow the core. */
static void
test_review_recommendation (void)
{
  g_autofree char *path = export (KX_WORKBOOK_REVIEW);
  g_autofree char *xml = sheet_xml (path, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) recs = kx_review_recommend (store, call_id (), &error);
  guint checked = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < recs->len; i++)
    {
      const KxRecommendation *rec = &g_array_index (recs, KxRecommendation, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM project WHERE call_id = "
                                              "%" G_GINT64_FORMAT " AND number <= '%s'",
                                              call_id (), rec->row.number);
      gint64 row = 2 + query_int (sql);
      g_autofree char *n = ref ('N', row);
      g_autofree char *o = ref ('O', row);
      g_autofree char *c = ref ('C', row);
      g_autofree char *title = cell (xml, c, PART_TEXT);
      g_autofree char *decision = cell (xml, o, PART_TEXT);
      g_autofree char *dsql = g_strdup_printf ("SELECT coalesce((SELECT approved + 1 FROM "
                                               "decision WHERE project_id = %" G_GINT64_FORMAT
                                               "), 0)", rec->row.project_id);
      gint64 d = query_int (dsql);

      g_assert_cmpstr (title, ==, rec->row.title);
      g_assert_cmpfloat_with_epsilon (cell_number (xml, n), rec->recommended_fen / 100.0, 1e-9);
      g_assert_cmpstr (decision, ==, d == 0 ? NULL : d == 2 ? _("Agreed") : _("Not agreed"));
      checked++;
    }
  g_assert_cmpint (checked, >, 5);
}

/* The other workbooks */

static void
test_scores (void)
{
  g_autofree char *path = export (KX_WORKBOOK_SCORES);
  g_autofree char *book = unzip_part (path, "xl/workbook.xml");
  g_autofree char *xml = sheet_xml (path, 1);
  gint64 experts = query_int ("SELECT count(DISTINCT a.expert_id) FROM assignment a "
                              "JOIN project p ON p.id = a.project_id JOIN call c "
                              "ON c.id = p.call_id WHERE c.year = 2026");
  gint64 first = query_int ("SELECT min(a.expert_id) FROM assignment a JOIN project p "
                            "ON p.id = a.project_id JOIN call c ON c.id = p.call_id "
                            "WHERE c.year = 2026");
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assignment a JOIN project p "
                                          "ON p.id = a.project_id JOIN call c ON c.id = "
                                          "p.call_id WHERE c.year = 2026 AND a.expert_id = "
                                          "%" G_GINT64_FORMAT, first);
  gint64 n = query_int (sql);
  g_autofree char *validation = g_strdup_printf ("<dataValidation type=\"whole\" "
                                                 "allowBlank=\"1\" showInputMessage=\"1\" "
                                                 "showErrorMessage=\"1\" "
                                                 "errorTitle=\"%s\"", kx_criterion_label (0));
  g_autofree char *sqref = g_strdup_printf ("sqref=\"E4:E%" G_GINT64_FORMAT "\"><formula1>0"
                                            "</formula1><formula2>20</formula2>", n + 3);
  g_autofree char *total = cell (xml, "J4", PART_FORMULA);
  g_autofree char *header = cell (xml, "E3", PART_TEXT);
  g_autofree char *expected_header = g_strdup_printf (_("%s (max. %d)"),
                                                      kx_criterion_label (0), 20);
  guint sheets = 0;

  for (const char *p = book; (p = strstr (p, "<sheet ")) != NULL; p++)
    sheets++;
  g_assert_cmpint (sheets, ==, experts);
  g_assert_cmpint (n, >, 0);
  assert_contains (xml, validation);
  assert_contains (xml, sqref);
  g_assert_cmpstr (total, ==, "IF(COUNT(E4:I4)=0,\"\",SUM(E4:I4))");
  g_assert_cmpstr (header, ==, expected_header);
  assert_contains (xml, "<mergeCell ref=\"A1:J1\"/>");
  assert_contains (xml, "_____");   /* the signature and date line */
}

static void
test_formal (void)
{
  g_autofree char *path = export (KX_WORKBOOK_FORMAL);
  g_autofree char *xml = sheet_xml (path, 1);
  gint64 n = query_int ("SELECT count(DISTINCT f.project_id) FROM formal_review f "
                        "JOIN project p ON p.id = f.project_id JOIN call c ON c.id = p.call_id "
                        "WHERE c.year = 2026");
  g_autofree char *last = ref ('A', n + 2);
  g_autofree char *past = ref ('A', n + 3);
  g_autofree char *past_value = cell (xml, past, PART_VALUE);
  g_autofree char *k3 = cell (xml, "K3", PART_TEXT);

  g_assert_cmpint (n, >, 0);
  g_assert_cmpfloat (cell_number (xml, last), ==, n);
  g_assert_null (past_value);
  g_assert_nonnull (k3);
  g_assert_true (g_str_equal (k3, kx_formal_result_label (KX_FORMAL_RESULT_PASS)) ||
                 g_str_equal (k3, kx_formal_result_label (KX_FORMAL_RESULT_RETURN)) ||
                 g_str_equal (k3, kx_formal_result_label (KX_FORMAL_RESULT_REJECT)));
  assert_contains (xml, "<mergeCell ref=\"A1:N1\"/>");
}

static void
test_notice (void)
{
  g_autofree char *path = export (KX_WORKBOOK_NOTICE);
  g_autofree char *xml = sheet_xml (path, 1);
  gint64 n = query_int ("SELECT count(*) FROM decision d JOIN project p ON p.id = d.project_id "
                        "JOIN call c ON c.id = p.call_id WHERE c.year = 2026 AND d.approved");
  gint64 approved = query_int ("SELECT sum(d.approved_fen) FROM decision d JOIN project p "
                               "ON p.id = d.project_id JOIN call c ON c.id = p.call_id "
                               "WHERE c.year = 2026 AND d.approved");
  g_autofree char *total = ref ('G', n + 3);
  g_autofree char *formula = cell (xml, total, PART_FORMULA);
  g_autofree char *expected = g_strdup_printf ("SUM(G3:G%" G_GINT64_FORMAT ")", n + 2);

  g_assert_cmpint (n, >, 0);
  g_assert_cmpstr (formula, ==, expected);
  g_assert_cmpfloat_with_epsilon (cell_number (xml, total), approved / 100.0, 1e-6);
}

static void
test_ledger (void)
{
  g_autofree char *path = export (KX_WORKBOOK_LEDGER);
  g_autofree char *xml = sheet_xml (path, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = kx_money_report_call (store, call_id (), &error);
  KxCallTotals totals;
  gint64 approved = 0, row;
  g_autofree char *e = NULL, *h = NULL, *h_formula = NULL, *k3 = NULL;

  g_assert_no_error (error);
  g_assert_true (kx_money_call_totals (store, call_id (), &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    approved += g_array_index (rows, KxMoneyReportRow, i).approved_fen;
  row = rows->len + 3;
  e = ref ('E', row);
  h = ref ('H', row);
  h_formula = cell (xml, h, PART_FORMULA);
  g_assert_cmpfloat_with_epsilon (cell_number (xml, e), approved / 100.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (cell_number (xml, h), totals.disbursed_fen / 100.0, 1e-6);
  g_assert_cmpstr (h_formula, ==, g_strdup_printf ("SUM(H3:H%" G_GINT64_FORMAT ")", row - 1));
  k3 = cell (xml, "K3", PART_FORMULA);
  g_assert_cmpstr (k3, ==, "H3-I3-J3");
  g_assert_cmpfloat_with_epsilon (cell_number (xml, "K3"),
                                  g_array_index (rows, KxMoneyReportRow, 0).balance_fen / 100.0,
                                  1e-9);
}

/* Failures leave nothing behind */

static guint
count_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (demo_dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
test_cancel_and_errors (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (demo_dir, "kept.xlsx", NULL);
  g_autofree char *bad = g_build_filename (demo_dir, "missing", "out.xlsx", NULL);
  g_autofree char *content = NULL;
  guint before, calls = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  before = count_files ();
  g_cancellable_cancel (cancellable);
  g_assert_false (kx_export_workbook (store, KX_WORKBOOK_REVIEW, YEAR, path, NULL, NULL,
                                      cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "old");
  g_assert_cmpuint (count_files (), ==, before);

  g_assert_false (kx_export_workbook (store, KX_WORKBOOK_REVIEW, 2031, path, NULL, NULL, NULL,
                                      &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (kx_export_workbook (store, KX_WORKBOOK_LEDGER, YEAR, bad, NULL, NULL, NULL,
                                      &error));
  g_assert_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO);
  assert_contains (error->message, bad);
  g_clear_error (&error);

  g_assert_true (kx_export_workbook (store, KX_WORKBOOK_REVIEW, YEAR, path, on_progress_cb,
                                     &calls, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, >=, 1);
  g_assert_cmpuint (count_files (), ==, before);
}

/* As the window runs it: a worker thread with a store of its own. */
static gpointer
export_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) own = kx_store_open (demo_db, &error);
  guint calls = 0;

  g_assert_no_error (error);
  if (!kx_export_workbook (own, KX_WORKBOOK_REVIEW, YEAR, path, on_progress_cb, &calls, NULL,
                           &error))
    return g_strdup (error->message);
  return calls > 0 ? NULL : g_strdup ("no progress");
}

static void
test_worker_thread (void)
{
  g_autofree char *path = g_build_filename (demo_dir, "thread.xlsx", NULL);
  g_autofree char *failure = g_thread_join (g_thread_new ("export", export_in_thread, path));
  g_autofree char *book = NULL;
  g_autofree char *summary = g_strdup_printf ("<sheet name=\"%s\"", _("Summary"));

  g_assert_null (failure);
  book = unzip_part (path, "xl/workbook.xml");
  assert_contains (book, summary);
}

static void
test_kind_strings (void)
{
  for (KxWorkbookKind k = 0; k < KX_N_WORKBOOKS; k++)
    {
      KxWorkbookKind back;

      g_assert_true (kx_workbook_kind_from_string (kx_workbook_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
    }
  g_assert_false (kx_workbook_kind_from_string ("bogus", &(KxWorkbookKind) { 0 }));
}

static void
test_cli (void)
{
  g_autofree char *out = g_build_filename (demo_dir, "cli.xlsx", NULL);
  g_autofree char *bad = g_build_filename (demo_dir, "missing", "cli.xlsx", NULL);
  g_autofree char *xml = NULL;
  g_auto(KxTestRun) run = { 0 };

  kx_test_run_cli (demo_db, (const char *[]) { "export", "bogus", "--call", "2026", "-o", out,
                                               NULL }, &run);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "bogus");
  kx_test_run_cli (demo_db, (const char *[]) { "export", "review", "-o", out, NULL }, &run);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "--call");
  kx_test_run_cli (demo_db, (const char *[]) { "export", "review", "--call", "2026", NULL },
                   &run);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "-o");
  kx_test_run_cli (demo_db, (const char *[]) { "export", "review", "--call", "2031", "-o", out,
                                               NULL }, &run);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "2031");
  kx_test_run_cli (demo_db, (const char *[]) { "export", "ledger", "--call", "2026", "-o", bad,
                                               NULL }, &run);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, bad);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  kx_test_run_cli (demo_db, (const char *[]) { "export", "notice", "--call", "2026", "-o", out,
                                               NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  xml = sheet_xml (out, 1);
  assert_contains (xml, "<mergeCell ref=\"A1:I1\"/>");
  kx_test_run_cli (demo_db, (const char *[]) { "help", NULL }, &run);
  assert_contains (run.out, "kexie-cli export review|scores|formal|notice|ledger");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  KxDemoOptions options;
  int status;

  g_test_init (&argc, &argv, NULL);

  demo_dir = kx_test_make_dir ("export");
  demo_db = g_build_filename (demo_dir, "demo.db", NULL);
  store = kx_store_open (demo_db, &error);
  g_assert_no_error (error);
  kx_demo_options_init (&options);
  options.organizations = 40;
  options.projects = 240;
  g_assert_true (kx_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/export/review/layout", test_review_layout);
  g_test_add_func ("/export/review/values", test_review_values);
  g_test_add_func ("/export/review/type-sheets", test_review_type_sheets);
  g_test_add_func ("/export/review/recommendation", test_review_recommendation);
  g_test_add_func ("/export/scores", test_scores);
  g_test_add_func ("/export/formal", test_formal);
  g_test_add_func ("/export/notice", test_notice);
  g_test_add_func ("/export/ledger", test_ledger);
  g_test_add_func ("/export/cancel-and-errors", test_cancel_and_errors);
  g_test_add_func ("/export/worker-thread", test_worker_thread);
  g_test_add_func ("/export/kind-strings", test_kind_strings);
  g_test_add_func ("/export/cli", test_cli);
  status = g_test_run ();

  g_clear_object (&store);
  kx_test_remove_dir (demo_dir);
  g_free (demo_dir);
  g_free (demo_db);
  return status;
}
