/* kx-bench-export.c: how long the review results workbook of a call takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kx-bench-export review DB YEAR OUT.xlsx   the workbook, query included
 *   kx-bench-export query DB YEAR             the query alone
 *   kx-bench-export bare DB YEAR OUT.xlsx     the same cells written with
 *                                             plain libxlsxwriter calls, the
 *                                             query not timed
 *
 * Each prints key=value lines for bench/run-export and runs in a process
 * of its own so the peak RSS is its own.
 */

#define G_LOG_DOMAIN "kx-bench"

#include "config.h"

#include "kx-bench-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <xlsxwriter.h>

#include "kx-call.h"
#include "kx-export-workbook.h"
#include "kx-i18n.h"
#include "kx-review-sheet.h"
#include "kx-store.h"

/* User and system CPU time so far: less sensitive than the wall clock to
 * other work on the machine. */
static int
review (const char *db,
        int         year,
        const char *out)
{
  GError *error = NULL;
  KxStore *store = kx_store_open (db, &error);
  gint64 start;
  double cpu0;

  if (store == NULL)
    return fail (error);
  cpu0 = cpu_ms ();
  start = g_get_monotonic_time ();
  if (!kx_export_workbook (store, KX_WORKBOOK_REVIEW, year, out, NULL, NULL, NULL, &error))
    return fail (error);
  printf ("export_ms=%.0f\n", elapsed_ms (start));
  printf ("export_cpu_ms=%.0f\n", cpu_ms () - cpu0);
  printf ("export_rss_mb=%.1f\n", peak_rss_mb ());
  g_object_unref (store);
  return 0;
}

static int
query (const char *db,
       int         year)
{
  GError *error = NULL;
  KxStore *store = kx_store_open (db, &error);
  KxCall *call;
  KxReviewSheet *sheet;
  gint64 start;
  double cpu0;

  if (store == NULL || (call = kx_call_get_by_year (store, year, &error)) == NULL)
    return fail (error);
  cpu0 = cpu_ms ();
  start = g_get_monotonic_time ();
  if ((sheet = kx_review_sheet_new (store, kx_call_get_id (call), &error)) == NULL)
    return fail (error);
  printf ("query_ms=%.0f\n", elapsed_ms (start));
  printf ("query_cpu_ms=%.0f\n", cpu_ms () - cpu0);
  printf ("rows=%u\n", kx_review_sheet_get_n (sheet));
  printf ("query_rss_mb=%.1f\n", peak_rss_mb ());
  kx_review_sheet_free (sheet);
  g_object_unref (call);
  g_object_unref (store);
  return 0;
}

/* The same cells as the review workbook, from the same rows read
 * beforehand (not timed), written with plain libxlsxwriter calls: the
 * cost of the library and zlib alone, to compare our own overhead with. */
static void
bare_row (lxw_worksheet          *ws,
          lxw_row_t               row,
          const KxReviewSheetRow *r,
          lxw_format             *money,
          lxw_format             *text)
{
  const KxProjectSummary *p = r->project;

  worksheet_write_number (ws, row, 0, row - 1, text);
  worksheet_write_string (ws, row, 1, p->organization_name, text);
  worksheet_write_string (ws, row, 2, p->title, text);
  worksheet_write_string (ws, row, 3, kx_project_type_label (p->type), text);
  if (p->formal_result >= 0)
    worksheet_write_string (ws, row, 4, kx_formal_result_label (p->formal_result), text);
  for (int c = 0; c < KX_N_CRITERIA && r->n_scores > 0; c++)
    worksheet_write_number (ws, row, 5 + c, r->criterion_avg[c], text);
  if (p->score_centi >= 0)
    worksheet_write_number (ws, row, 10, p->score_centi / 100.0, text);
  if (p->rank > 0)
    worksheet_write_number (ws, row, 11, p->rank, text);
  worksheet_write_number (ws, row, 12, p->requested_fen / 100.0, money);
  if (r->recommended_fen >= 0)
    worksheet_write_number (ws, row, 13, r->recommended_fen / 100.0, money);
  if (r->decision >= 0)
    worksheet_write_string (ws, row, 14, r->decision ? "同意" : "不同意", text);
  if (p->approved_fen >= 0)
    worksheet_write_number (ws, row, 15, p->approved_fen / 100.0, money);
  worksheet_write_string (ws, row, 16, kx_stage_label (p->stage), text);
}

static int
bare (const char *db,
      int         year,
      const char *out)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  GError *error = NULL;
  KxStore *store = kx_store_open (db, &error);
  KxCall *call;
  KxReviewSheet *sheet;
  gint64 start;
  double cpu0;
  lxw_workbook *wb;
  lxw_worksheet *summary, *types[KX_N_PROJECT_TYPES + 1];
  lxw_format *money, *text, *title;
  lxw_row_t written[KX_N_PROJECT_TYPES + 1] = { 0 };
  guint n;

  if (store == NULL || (call = kx_call_get_by_year (store, year, &error)) == NULL ||
      (sheet = kx_review_sheet_new (store, kx_call_get_id (call), &error)) == NULL)
    return fail (error);
  n = kx_review_sheet_get_n (sheet);
  cpu0 = cpu_ms ();
  start = g_get_monotonic_time ();
  wb = workbook_new_opt (out, &options);
  summary = workbook_add_worksheet (wb, "汇总");
  money = workbook_add_format (wb);
  text = workbook_add_format (wb);
  title = workbook_add_format (wb);
  format_set_num_format (money, "#,##0.00");
  format_set_border (money, LXW_BORDER_THIN);
  format_set_border (text, LXW_BORDER_THIN);
  format_set_bold (title);
  for (int t = 0; t <= KX_N_PROJECT_TYPES; t++)
    {
      types[t] = t == 0 ? summary : workbook_add_worksheet (wb, kx_project_type_short (t));
      worksheet_merge_range (types[t], 0, 0, 0, 16, "评审结果汇总表", title);
      worksheet_autofilter (types[t], 1, 0, n + 1, 16);
      worksheet_freeze_panes (types[t], 2, 0);
      written[t] = 2;
    }
  for (guint i = 0; i < n; i++)
    {
      const KxReviewSheetRow *r = kx_review_sheet_peek (sheet, i);

      bare_row (summary, written[0]++, r, money, text);
      bare_row (types[r->project->type], written[r->project->type]++, r, money, text);
    }
  worksheet_write_formula_num (summary, n + 2, 12, "=SUM(M3:M100)", money, 1);
  if (workbook_close (wb) != LXW_NO_ERROR)
    return 1;
  printf ("bare_ms=%.0f\n", elapsed_ms (start));
  printf ("bare_cpu_ms=%.0f\n", cpu_ms () - cpu0);
  printf ("bare_rss_mb=%.1f\n", peak_rss_mb ());
  kx_review_sheet_free (sheet);
  g_object_unref (call);
  g_object_unref (store);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  kx_i18n_init ();
  g_set_prgname ("kx-bench-export");
  if (argc == 5 && g_str_equal (argv[1], "review"))
    return review (argv[2], atoi (argv[3]), argv[4]);
  if (argc == 4 && g_str_equal (argv[1], "query"))
    return query (argv[2], atoi (argv[3]));
  if (argc == 5 && g_str_equal (argv[1], "bare"))
    return bare (argv[2], atoi (argv[3]), argv[4]);
  fprintf (stderr, "usage: kx-bench-export review DB YEAR OUT.xlsx | query DB YEAR | "
                   "bare DB YEAR OUT.xlsx\n");
  return 2;
}
