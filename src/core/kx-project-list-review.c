/* kx-project-list-review.c: the review columns of the projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The latest formal review result, the expert score and the rank of each
 * row, read with a fixed number of queries (formal reviews, experts'
 * totals, each call's policy), aggregated and ranked in memory by the
 * same rules as kx-review.c, instead of asking it once per project.
 */

#define G_LOG_DOMAIN "kx-project-list"

#include "config.h"

#include "kx-project-rows-private.h"
#include "kx-review-private.h"

/* The index of the row with this id (rows are by id), or -1. @hint is
 * tried first: scores and formal reviews come in runs per project. */
static gint64
find_row (GArray *rows,
          gint64  project_id,
          gint64  hint)
{
  guint lo = 0;
  guint hi = rows->len;

  if (hint >= 0 && g_array_index (rows, KxProjectSummary, hint).id == project_id)
    return hint;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = g_array_index (rows, KxProjectSummary, mid).id;

      if (id == project_id)
        return mid;
      if (id < project_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

static int
read_formal_result (sqlite3_stmt *stmt,
                    int           col)
{
  KxFormalResult result;

  if (!kx_formal_result_from_string (_kx_column_text (stmt, col), &result))
    return KX_FORMAL_RESULT_RETURN;   /* as kx_formal_review_list() reads it */
  return result;
}

/* Every round, oldest first, so that the latest one stays. Walking the
 * table in rowid order (and skipping other calls) is about twice as fast
 * as grouping by project. */
static gboolean
read_formal (KxStore  *store,
             GArray   *rows,
             GError  **error)
{
  static const char sql[] = "SELECT project_id, result FROM formal_review ORDER BY id";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  gint64 index = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      index = find_row (rows, sqlite3_column_int64 (stmt, 0), index);
      if (index >= 0)
        g_array_index (rows, KxProjectSummary, index).formal_result = read_formal_result (stmt, 1);
    }
  return rc == 0;
}

/* The policies of the calls of @rows, by call id. */
static GHashTable *
load_policies (KxStore  *store,
               GArray   *rows,
               GError  **error)
{
  g_autoptr(GHashTable) policies = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_free);
  gint64 last = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      gint64 call_id = g_array_index (rows, KxProjectSummary, i).call_id;
      KxPolicy *policy;

      if (call_id == last || g_hash_table_contains (policies, &call_id))
        continue;
      last = call_id;
      policy = g_new (KxPolicy, 1);
      if (!_kx_review_load_policy (store, call_id, policy, error))
        {
          g_free (policy);
          return NULL;
        }
      g_hash_table_insert (policies, g_memdup2 (&call_id, sizeof call_id), policy);
    }
  return g_steal_pointer (&policies);
}

static int
score_centi (const KxReviewTotals *totals,
             const KxPolicy       *policy)
{
  KxScoreSummary summary;
  int counted = totals->n_scores;

  _kx_review_summarize (totals, policy, &summary);
  if (summary.trimmed)
    counted -= 2;
  return counted > 0 ? (int) summary.score_x100 : -1;
}

static void
add_total (KxReviewTotals *t,
           gint64          total)
{
  t->min = t->n_scores == 0 ? total : MIN (t->min, total);
  t->max = t->n_scores == 0 ? total : MAX (t->max, total);
  t->sum += total;
  t->n_scores++;
}

/* Each expert's total, added up per row in memory. CROSS JOIN makes
 * SQLite walk score in rowid order and look assignments up by rowid,
 * three times faster than grouping assignments with their scores. */
static gboolean
read_scores (KxStore     *store,
             GArray      *rows,
             GHashTable  *policies,
             GError     **error)
{
  static const char sql[] =
    "SELECT a.project_id, s.basic + s.sustain + s.science + s.demo + s.reach "
    "FROM score s CROSS JOIN assignment a ON a.id = s.assignment_id";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  g_autofree KxReviewTotals *totals = g_new0 (KxReviewTotals, rows->len);
  gint64 index = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      index = find_row (rows, sqlite3_column_int64 (stmt, 0), index);
      if (index >= 0)
        add_total (&totals[index], sqlite3_column_int64 (stmt, 1));
    }
  if (rc < 0)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      KxProjectSummary *row = &g_array_index (rows, KxProjectSummary, i);

      if (totals[i].n_scores > 0)
        row->score_centi = score_centi (&totals[i], g_hash_table_lookup (policies,
                                                                         &row->call_id));
    }
  return TRUE;
}

gboolean
_kx_project_rows_read_review (KxStore  *store,
                              GArray   *rows,
                              GError  **error)
{
  g_autoptr(GHashTable) policies = NULL;

  if (rows->len == 0)
    return TRUE;
  if ((policies = load_policies (store, rows, error)) == NULL ||
      !read_formal (store, rows, error) ||
      !read_scores (store, rows, policies, error))
    return FALSE;
  _kx_project_rows_rank (rows, 0, 0);
  return TRUE;
}

gboolean
_kx_project_row_read_review (KxStore           *store,
                             KxProjectSummary  *row,
                             GError           **error)
{
  static const char sql_formal[] =
    "SELECT result FROM formal_review WHERE project_id = ?1 ORDER BY id DESC LIMIT 1";
  static const char sql_totals[] =
    "SELECT " KX_REVIEW_TOTALS_COLUMNS " FROM assignment a "
    "LEFT JOIN score s ON s.assignment_id = a.id WHERE a.project_id = ?1";
  g_autoptr(sqlite3_stmt) formal = NULL;
  g_autoptr(sqlite3_stmt) totals_stmt = NULL;
  KxReviewTotals totals;
  KxPolicy policy;
  int rc;

  if ((formal = _kx_store_prepare (store, sql_formal, error)) == NULL ||
      (totals_stmt = _kx_store_prepare (store, sql_totals, error)) == NULL ||
      !_kx_review_load_policy (store, row->call_id, &policy, error))
    return FALSE;
  sqlite3_bind_int64 (formal, 1, row->id);
  if ((rc = _kx_store_step_row (store, formal, error)) < 0)
    return FALSE;
  row->formal_result = rc == 1 ? read_formal_result (formal, 0) : -1;
  sqlite3_bind_int64 (totals_stmt, 1, row->id);
  if (_kx_store_step_row (store, totals_stmt, error) != 1)
    return FALSE;
  _kx_review_read_totals (totals_stmt, 0, &totals);
  row->score_centi = score_centi (&totals, &policy);
  return TRUE;
}

/* Ranking */

/* kx_review_ranking() ranks the projects whose expert review is finished:
 * reviewed and every later stage. */
static gboolean
is_ranked (const KxProjectSummary *row)
{
  return row->stage >= KX_STAGE_REVIEWED;
}

static gint
compare_ranked_cb (gconstpointer a,
                   gconstpointer b)
{
  const KxProjectSummary *x = *(KxProjectSummary * const *) a;
  const KxProjectSummary *y = *(KxProjectSummary * const *) b;
  int sx = MAX (x->score_centi, 0);
  int sy = MAX (y->score_centi, 0);

  if (x->call_id != y->call_id)
    return x->call_id < y->call_id ? -1 : 1;
  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  return sx > sy ? -1 : sx < sy;
}

/* Competition ranking within each call and type, on the score in
 * hundredths (none counts as 0, as in kx_review_ranking()). */
void
_kx_project_rows_rank (GArray *rows,
                       gint64  call_id,
                       int     type)
{
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      KxProjectSummary *row = &g_array_index (rows, KxProjectSummary, i);

      if ((call_id != 0 && row->call_id != call_id) || (type != 0 && (int) row->type != type))
        continue;
      row->rank = 0;
      if (is_ranked (row))
        g_ptr_array_add (ranked, row);
    }
  g_ptr_array_sort (ranked, compare_ranked_cb);
  for (guint i = 0, first = 0; i < ranked->len; i++)
    {
      KxProjectSummary *row = ranked->pdata[i];
      KxProjectSummary *prev = i > 0 ? ranked->pdata[i - 1] : NULL;

      if (prev == NULL || prev->call_id != row->call_id || prev->type != row->type)
        first = i;
      if (prev != NULL && compare_ranked_cb (&prev, &row) == 0)
        row->rank = prev->rank;
      else
        row->rank = (int) (i - first) + 1;
    }
}
