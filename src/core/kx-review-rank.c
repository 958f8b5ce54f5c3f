/* kx-review-rank.c: ranking and funding recommendation (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-review.h: the projects whose expert review is finished,
 * ranked within their type, and the walk down the ranking that
 * recommends funding within the type caps and the call budget.
 */

#define G_LOG_DOMAIN "kx-review"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-review.h"
#include "kx-review-private.h"

/* Stages before the expert review is finished. */
#define NOT_YET_REVIEWED \
  "('draft', 'submitted', 'returned', 'rejected', 'formal_passed', 'under_expert_review')"

static void
ranking_row_clear (gpointer data)
{
  KxRankingRow *row = data;

  g_free (row->number);
  g_free (row->title);
  g_free (row->organization_name);
}

static void
read_ranking_row (sqlite3_stmt    *stmt,
                  const KxPolicy  *policy,
                  KxRankingRow    *row)
{
  KxReviewTotals totals;

  row->project_id = sqlite3_column_int64 (stmt, 0);
  row->number = _kx_column_dup (stmt, 1);
  row->title = _kx_column_dup (stmt, 2);
  row->organization_name = _kx_column_dup (stmt, 3);
  row->type = sqlite3_column_int (stmt, 4);
  if (!kx_stage_from_string (_kx_column_text (stmt, 5), &row->stage))
    row->stage = KX_STAGE_REVIEWED;
  row->requested_fen = sqlite3_column_int64 (stmt, 6);
  row->approved_fen = sqlite3_column_type (stmt, 7) == SQLITE_NULL
                      ? -1 : sqlite3_column_int64 (stmt, 7);
  _kx_review_read_totals (stmt, 8, &totals);
  _kx_review_summarize (&totals, policy, &row->score);
}

static gint
compare_ranking_rows (gconstpointer a,
                      gconstpointer b)
{
  const KxRankingRow *x = a;
  const KxRankingRow *y = b;

  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  if (x->score.score_x100 != y->score.score_x100)
    return x->score.score_x100 > y->score.score_x100 ? -1 : 1;
  return g_strcmp0 (x->number, y->number);
}

/* Competition ranking within each type: equal scores share the rank and
 * the next score's rank counts them all (1, 1, 3). */
static void
assign_ranks (GArray *rows)
{
  guint first_of_type = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      KxRankingRow *row = &g_array_index (rows, KxRankingRow, i);
      KxRankingRow *prev = i > 0 ? &g_array_index (rows, KxRankingRow, i - 1) : NULL;

      if (prev == NULL || prev->type != row->type)
        first_of_type = i;
      if (prev != NULL && prev->type == row->type &&
          prev->score.score_x100 == row->score.score_x100)
        row->rank = prev->rank;
      else
        row->rank = (int) (i - first_of_type) + 1;
    }
}

/**
 * kx_review_ranking:
 * @type: 1–5, or 0 for every type
 *
 * Ranks the projects by their score (in hundredths, as shown), within
 * their type.
 *
 * Returns: (transfer full) (element-type KxRankingRow): the ranking, or
 *   %NULL on error
 */
GArray *
kx_review_ranking (KxStore  *store,
                   gint64    call_id,
                   int       type,
                   GError  **error)
{
  static const char sql[] =
    "SELECT p.id, p.number, p.title, o.name, p.type, p.stage, p.requested_fen, "
    "  p.approved_fen, " KX_REVIEW_TOTALS_COLUMNS " FROM project p "
    "JOIN organization o ON o.id = p.organization_id "
    "LEFT JOIN assignment a ON a.project_id = p.id "
    "LEFT JOIN score s ON s.assignment_id = a.id "
    "WHERE p.call_id = ?1 AND (?2 = 0 OR p.type = ?2) AND p.stage NOT IN " NOT_YET_REVIEWED " "
    "GROUP BY p.id";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = NULL;
  KxPolicy policy;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (type != 0 && !kx_project_type_is_valid (type))
    {
      _kx_review_invalid (error, _("Type: %d is not a project type (1 to 5, or 0 for all)"),
                          type);
      return NULL;
    }
  if (!_kx_review_load_policy (store, call_id, &policy, error) ||
      (stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, call_id);
  sqlite3_bind_int (stmt, 2, type);
  rows = g_array_new (FALSE, TRUE, sizeof (KxRankingRow));
  g_array_set_clear_func (rows, ranking_row_clear);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxRankingRow row = { 0 };

      read_ranking_row (stmt, &policy, &row);
      g_array_append_val (rows, row);
    }
  if (rc < 0)
    return NULL;
  g_array_sort (rows, compare_ranking_rows);
  assign_ranks (rows);
  return g_steal_pointer (&rows);
}

static const char * const reason_ids[] = {
  "fund", "below_pass_line", "exceeds_type_cap", "exceeds_budget", "decided",
};

static const char * const reason_labels[] = {
  N_("Recommended"),
  N_("Below the pass line"),
  N_("Exceeds the type cap"),
  N_("Exceeds the call budget"),
  N_("Already decided"),
};

const char *
kx_recommend_reason_to_string (KxRecommendReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reason_ids), NULL);
  return reason_ids[reason];
}

const char *
kx_recommend_reason_label (KxRecommendReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reason_labels), NULL);
  return _(reason_labels[reason]);
}

/* Money already approved in the call, by type (index type - 1), for the
 * projects the recommendation does not walk: decided ones, except those
 * withdrawn after an upheld objection, whose money was never committed. */
static gboolean
read_committed (KxStore  *store,
                gint64    call_id,
                gint64    committed[KX_N_PROJECT_TYPES],
                GError  **error)
{
  static const char sql[] =
    "SELECT type, sum(approved_fen) FROM project WHERE call_id = ?1 "
    "AND approved_fen IS NOT NULL AND stage NOT IN ('reviewed', 'withdrawn') GROUP BY type";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  for (guint i = 0; i < KX_N_PROJECT_TYPES; i++)
    committed[i] = 0;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      int type = sqlite3_column_int (stmt, 0);

      if (kx_project_type_is_valid (type))
        committed[type - 1] = sqlite3_column_int64 (stmt, 1);
    }
  return rc == 0;
}

typedef struct
{
  gint64 budget_left;
  gint64 cap_left[KX_N_PROJECT_TYPES];   /* -1 = no cap */
} Room;

static void
recommend_one (KxRecommendation *rec,
               Room             *room)
{
  const KxRankingRow *row = &rec->row;
  gint64 *cap_left = &room->cap_left[row->type - 1];

  rec->recommended_fen = 0;
  if (row->stage != KX_STAGE_REVIEWED)
    {
      rec->reason = KX_RECOMMEND_DECIDED;
      if (row->stage != KX_STAGE_WITHDRAWN)
        rec->recommended_fen = MAX (row->approved_fen, 0);
    }
  else if (!row->score.passes)
    rec->reason = KX_RECOMMEND_BELOW_PASS_LINE;
  else if (*cap_left >= 0 && row->requested_fen > *cap_left)
    rec->reason = KX_RECOMMEND_EXCEEDS_TYPE_CAP;
  else if (row->requested_fen > room->budget_left)
    rec->reason = KX_RECOMMEND_EXCEEDS_BUDGET;
  else
    {
      rec->reason = KX_RECOMMEND_FUND;
      rec->recommended_fen = row->requested_fen;
      room->budget_left -= row->requested_fen;
      if (*cap_left >= 0)
        *cap_left -= row->requested_fen;
    }
}

static gboolean
init_room (KxStore  *store,
           gint64    call_id,
           Room     *room,
           GError  **error)
{
  g_autoptr(KxCall) call = kx_call_get (store, call_id, error);
  const KxPolicy *policy;
  gint64 committed[KX_N_PROJECT_TYPES];

  if (call == NULL || !read_committed (store, call_id, committed, error))
    return FALSE;
  policy = kx_call_get_policy (call);
  room->budget_left = kx_call_get_budget_fen (call);
  for (guint i = 0; i < KX_N_PROJECT_TYPES; i++)
    {
      room->budget_left -= committed[i];
      room->cap_left[i] = policy->type_cap_fen[i] < 0
                          ? -1 : MAX (policy->type_cap_fen[i] - committed[i], 0);
    }
  return TRUE;
}

static void
recommendation_clear (gpointer data)
{
  ranking_row_clear (&((KxRecommendation *) data)->row);
}

/**
 * kx_review_recommend:
 *
 * Returns: (transfer full) (element-type KxRecommendation): every ranked
 *   project with its recommended amount and the reason, or %NULL on error
 */
GArray *
kx_review_recommend (KxStore  *store,
                     gint64    call_id,
                     GError  **error)
{
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GArray) result = NULL;
  Room room;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((ranking = kx_review_ranking (store, call_id, 0, error)) == NULL ||
      !init_room (store, call_id, &room, error))
    return NULL;

  result = g_array_sized_new (FALSE, TRUE, sizeof (KxRecommendation), ranking->len);
  g_array_set_clear_func (result, recommendation_clear);
  for (guint i = 0; i < ranking->len; i++)
    {
      KxRecommendation rec = { .row = g_array_index (ranking, KxRankingRow, i) };

      recommend_one (&rec, &room);
      g_array_append_val (result, rec);
    }
  /* The strings now belong to @result. */
  g_array_set_clear_func (ranking, NULL);
  return g_steal_pointer (&result);
}
