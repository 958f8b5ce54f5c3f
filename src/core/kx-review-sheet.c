/* kx-review-sheet.c: the rows of the review results workbook, in a fixed number of queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-review-sheet"

#include "config.h"

#include "kx-review-sheet.h"
#include "kx-call.h"
#include "kx-project-list.h"
#include "kx-store-private.h"

struct _KxReviewSheet
{
  KxProjectRows    *rows;
  KxReviewSheetRow *items;    /* by number */
  guint            *item_of;  /* row index (by id) → item index */
  guint             n;
};

/* The item of the project, or NULL when it is not of the call: the
 * snapshot's rows are by id. */
static KxReviewSheetRow *
find_item (KxReviewSheet *sheet,
           gint64         project_id)
{
  guint lo = 0;
  guint hi = sheet->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = kx_project_rows_peek (sheet->rows, mid)->id;

      if (id == project_id)
        return &sheet->items[sheet->item_of[mid]];
      if (id < project_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static gboolean
read_averages (KxReviewSheet  *sheet,
               KxStore        *store,
               gint64          call_id,
               GError        **error)
{
  static const char sql[] =
    "SELECT a.project_id, count(*), sum(s.basic), sum(s.sustain), sum(s.science), "
    "  sum(s.demo), sum(s.reach) "
    "FROM project p JOIN assignment a ON a.project_id = p.id "
    "  JOIN score s ON s.assignment_id = a.id "
    "WHERE p.call_id = ?1 GROUP BY a.project_id";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxReviewSheetRow *item = find_item (sheet, sqlite3_column_int64 (stmt, 0));
      int n = sqlite3_column_int (stmt, 1);

      if (item == NULL || n <= 0)
        continue;
      item->n_scores = n;
      /* Rounded to the hundredth, as the sheet shows it. */
      for (int c = 0; c < KX_N_CRITERIA; c++)
        item->criterion_avg[c] = (sqlite3_column_int64 (stmt, 2 + c) * 200 + n) / (2 * n) / 100.0;
    }
  return rc == 0;
}

static gboolean
read_decisions (KxReviewSheet  *sheet,
                KxStore        *store,
                gint64          call_id,
                GError        **error)
{
  static const char sql[] =
    "SELECT d.project_id, d.approved FROM decision d JOIN project p ON p.id = d.project_id "
    "WHERE p.call_id = ?1";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxReviewSheetRow *item = find_item (sheet, sqlite3_column_int64 (stmt, 0));

      if (item != NULL)
        item->decision = sqlite3_column_int (stmt, 1) != 0;
    }
  return rc == 0;
}

/* What the sheet keeps of a recommendation. */
typedef struct
{
  gint64             project_id;
  gint64             recommended_fen;
  KxRecommendReason  reason;
} Recommended;

/* The recommendations, kept small: read before the rows, so that the
 * full KxRecommendation array (strings and all) is gone by the time the
 * rows are loaded, which halves the peak memory on a big call. */
static GArray *
read_recommendations (KxStore  *store,
                      gint64    call_id,
                      GError  **error)
{
  g_autoptr(GArray) recs = kx_review_recommend (store, call_id, error);
  GArray *kept;

  if (recs == NULL)
    return NULL;
  kept = g_array_sized_new (FALSE, FALSE, sizeof (Recommended), recs->len);
  for (guint i = 0; i < recs->len; i++)
    {
      const KxRecommendation *rec = &g_array_index (recs, KxRecommendation, i);
      Recommended r = { rec->row.project_id, rec->recommended_fen, rec->reason };

      g_array_append_val (kept, r);
    }
  return kept;
}

static void
apply_recommendations (KxReviewSheet *sheet,
                       GArray        *recommended)
{
  for (guint i = 0; i < recommended->len; i++)
    {
      const Recommended *r = &g_array_index (recommended, Recommended, i);
      KxReviewSheetRow *item = find_item (sheet, r->project_id);

      if (item == NULL)
        continue;
      item->recommended_fen = r->recommended_fen;
      item->reason = r->reason;
    }
}

/* The items in number order, each pointing at its row. */
static gboolean
order_items (KxReviewSheet  *sheet,
             GError        **error)
{
  KxProjectQuery query;
  g_autoptr(GArray) order = NULL;

  kx_project_query_init (&query);
  if ((order = kx_project_query_run (sheet->rows, &query, NULL, error)) == NULL)
    return FALSE;
  g_assert (order->len == sheet->n);
  for (guint i = 0; i < sheet->n; i++)
    {
      guint row = g_array_index (order, guint, i);

      sheet->items[i].project = kx_project_rows_peek (sheet->rows, row);
      sheet->items[i].recommended_fen = -1;
      sheet->items[i].decision = -1;
      sheet->item_of[row] = i;
    }
  return TRUE;
}

static KxReviewSheet *
read_sheet (KxStore  *store,
            gint64    call_id,
            GError  **error)
{
  g_autoptr(KxReviewSheet) sheet = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxProjectList) list = NULL;
  g_autoptr(GArray) recommended = NULL;

  if ((call = kx_call_get (store, call_id, error)) == NULL ||
      (recommended = read_recommendations (store, call_id, error)) == NULL ||
      (list = kx_project_list_new (store, call_id, error)) == NULL)
    return NULL;
  sheet = g_new0 (KxReviewSheet, 1);
  sheet->rows = kx_project_list_get_rows (list);
  sheet->n = kx_project_rows_get_n (sheet->rows);
  sheet->items = g_new0 (KxReviewSheetRow, MAX (sheet->n, 1));
  sheet->item_of = g_new (guint, MAX (sheet->n, 1));
  if (!order_items (sheet, error) ||
      !read_averages (sheet, store, call_id, error) ||
      !read_decisions (sheet, store, call_id, error))
    return NULL;
  apply_recommendations (sheet, recommended);
  return g_steal_pointer (&sheet);
}

static int
get_cache_size (KxStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, "PRAGMA cache_size", NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}

static void
set_cache_size (KxStore *store,
                int      size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", size);

  _kx_store_exec (store, sql, NULL);
}

/**
 * kx_review_sheet_new:
 * @store: the store
 * @call_id: the call
 *
 * Reads the review results of every project of the call.
 *
 * Returns: (transfer full): the rows, or %NULL with @error set
 */
KxReviewSheet *
kx_review_sheet_new (KxStore  *store,
                     gint64    call_id,
                     GError  **error)
{
  KxReviewSheet *sheet;
  int cache_size;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every page is read about once: a big page cache would only hold
   * memory (the store's 32 MB fill up on a call of 45 000 projects). */
  cache_size = get_cache_size (store);
  if (cache_size != 0)
    set_cache_size (store, -4096);
  sheet = read_sheet (store, call_id, error);
  if (cache_size != 0)
    set_cache_size (store, cache_size);
  return sheet;
}

void
kx_review_sheet_free (KxReviewSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->rows, kx_project_rows_unref);
  g_free (sheet->items);
  g_free (sheet->item_of);
  g_free (sheet);
}

guint
kx_review_sheet_get_n (KxReviewSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return sheet->n;
}

const KxReviewSheetRow *
kx_review_sheet_peek (KxReviewSheet *sheet,
                      guint          index)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return index < sheet->n ? &sheet->items[index] : NULL;
}
