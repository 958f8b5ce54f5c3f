/* test-project-query.c: filtering and sorting the projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-project-list.h"
#include "kx-project-query.h"
#include "kx-review.h"

#define DEMO_PROJECTS 400

/* A demo database, generated once for the tests that only read it. */
static KxTestWorld demo;

static KxStore *
demo_store (void)
{
  if (demo.store == NULL)
    kx_test_world_open_demo (&demo, "project-query-demo", 0, DEMO_PROJECTS);
  return demo.store;
}

static GArray *
run (KxProjectRows        *rows,
     const KxProjectQuery *query)
{
  g_autoptr(GError) error = NULL;
  GArray *order = kx_project_query_run (rows, query, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (order);
  return order;
}

static const KxProjectSummary *
at (KxProjectRows *rows,
    GArray        *order,
    guint          i)
{
  return kx_project_rows_peek (rows, g_array_index (order, guint, i));
}

/* Review columns */

static int
expected_score (KxStore *store,
                gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  KxScoreSummary score;

  g_assert_true (kx_review_project_score (store, project_id, &score, &error));
  g_assert_no_error (error);
  if (score.n_scores - (score.trimmed ? 2 : 0) <= 0)
    return -1;
  return (int) score.score_x100;
}

static int
expected_formal (KxStore *store,
                 gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rounds = kx_formal_review_list (store, project_id, &error);

  g_assert_no_error (error);
  if (rounds->len == 0)
    return -1;
  return g_array_index (rounds, KxFormalReview, rounds->len - 1).result;
}

/* project id → rank, from kx_review_ranking() for every call */
static GHashTable *
expected_ranks (KxStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) calls = kx_call_list (store, &error);
  GHashTable *ranks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_assert_no_error (error);
  for (guint c = 0; c < g_list_model_get_n_items (calls); c++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, c);
      g_autoptr(GArray) ranking = kx_review_ranking (store, kx_call_get_id (call), 0, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < ranking->len; i++)
        {
          const KxRankingRow *row = &g_array_index (ranking, KxRankingRow, i);

          g_hash_table_insert (ranks, g_memdup2 (&row->project_id, sizeof (gint64)),
                               GINT_TO_POINTER (row->rank));
        }
    }
  return ranks;
}

static void
check_review_columns (KxStore       *store,
                      KxProjectList *list,
                      GHashTable    *ranks)
{
  guint n_formal = 0, n_scored = 0, n_ranked = 0, n_shared = 0;
  GHashTable *seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < kx_project_list_get_total (list); i++)
    {
      const KxProjectSummary *row = kx_project_list_peek (list, i);
      int rank = GPOINTER_TO_INT (g_hash_table_lookup (ranks, &row->id));
      gpointer key = GINT_TO_POINTER ((int) (row->call_id * 1000000 + row->type * 10000 + rank));

      g_assert_cmpint (row->formal_result, ==, expected_formal (store, row->id));
      g_assert_cmpint (row->score_centi, ==, expected_score (store, row->id));
      g_assert_cmpint (row->rank, ==, rank);
      n_formal += row->formal_result >= 0;
      n_scored += row->score_centi >= 0;
      n_ranked += row->rank > 0;
      if (rank > 0 && !g_hash_table_add (seen, key))
        n_shared++;
    }
  g_hash_table_unref (seen);
  /* The demo covers every case. */
  g_assert_cmpuint (n_formal, >, 0);
  g_assert_cmpuint (n_formal, <, kx_project_list_get_total (list));
  g_assert_cmpuint (n_scored, >=, n_ranked);
  g_assert_cmpuint (n_ranked, >, 0);
  g_test_message ("%u formal, %u scored, %u ranked, %u sharing a rank", n_formal, n_scored,
                  n_ranked, n_shared);
}

static void
test_review_columns (void)
{
  g_autoptr(GError) error = NULL;
  KxStore *store = demo_store ();
  g_autoptr(GHashTable) ranks = expected_ranks (store);
  g_autoptr(GListModel) calls = kx_call_list (store, &error);
  g_autoptr(KxProjectList) all = kx_project_list_new (store, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kx_project_list_get_total (all), ==, DEMO_PROJECTS);
  check_review_columns (store, all, ranks);
  for (guint c = 0; c < g_list_model_get_n_items (calls); c++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, c);
      g_autoptr(KxProjectList) list = kx_project_list_new (store, kx_call_get_id (call), &error);

      g_assert_no_error (error);
      check_review_columns (store, list, ranks);
    }
}

/* Filters */

static void
test_filters (void)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (demo_store (), 0, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
  guint n = kx_project_rows_get_n (rows);

  for (int type = 0; type <= KX_N_PROJECT_TYPES; type++)
    for (int stage = -1; stage < KX_N_STAGES; stage++)
      {
        KxProjectQuery query;
        g_autoptr(GArray) order = NULL;
        guint expected = 0;

        kx_project_query_init (&query);
        query.type = type;
        query.stage = stage;
        order = run (rows, &query);
        for (guint i = 0; i < n; i++)
          {
            const KxProjectSummary *row = kx_project_rows_peek (rows, i);

            expected += (type == 0 || (int) row->type == type) &&
                        (stage < 0 || (int) row->stage == stage);
          }
        g_assert_cmpuint (order->len, ==, expected);
        for (guint i = 0; i < order->len; i++)
          {
            const KxProjectSummary *row = at (rows, order, i);

            g_assert_true (type == 0 || (int) row->type == type);
            g_assert_true (stage < 0 || (int) row->stage == stage);
            if (i > 0)
              g_assert_cmpstr (at (rows, order, i - 1)->number, <, row->number);
          }
        if (type == 0 && stage < 0)
          g_assert_cmpuint (order->len, ==, n);
      }
}

/* Search, on a small world with Latin text */

static void
add_titled (KxTestWorld *w,
            gint64       org,
            const char  *title)
{
  kx_test_add_project (w, &(KxTestProject) {
    .org = org, .title = title, .type = KX_PROJECT_TYPE_ACADEMIC,
    .meeting_fen = KX_TEST_YUAN (1000),
  });
}

static void
search_world (KxTestWorld *w)
{
  gint64 ai;
  gint64 med;

  kx_test_world_set_up (w, "project-query-search", KX_TEST_BUDGET_FEN, -1);
  ai = kx_test_add_org (w, "Chenzhou AI Society", KX_ORG_KIND_CITY_SOCIETY);
  med = kx_test_add_org (w, "郴州市医学会", KX_ORG_KIND_CITY_SOCIETY);
  add_titled (w, ai, "Robotics 科普 Workshop");
  add_titled (w, med, "青少年科技创新大赛");
  add_titled (w, med, "AI 医疗健康讲座");
  add_titled (w, ai, "Straße 科普讲座");
}

/* The numbers found by @search, "+"-joined, in number order. */
static char *
found (KxProjectRows *rows,
       const char    *search)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) order = NULL;
  KxProjectQuery query;

  kx_project_query_init (&query);
  query.search = search;
  order = run (rows, &query);
  for (guint i = 0; i < order->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '+');
      g_string_append (text, at (rows, order, i)->number + 5);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_found(rows, search, expected) \
  G_STMT_START { \
    g_autofree char *found_ = found (rows, search); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

static void
test_search (void)
{
  KxTestWorld w = { 0 };
  g_autoptr(KxProjectList) list = NULL;
  g_autoptr(KxProjectRows) rows = NULL;

  search_world (&w);
  list = kx_project_list_new (w.store, w.call, NULL);
  rows = kx_project_list_get_rows (list);

  assert_found (rows, NULL, "0001+0002+0003+0004");
  assert_found (rows, "", "0001+0002+0003+0004");
  assert_found (rows, "  \u3000 ", "0001+0002+0003+0004");
  assert_found (rows, "医学会", "0002+0003");              /* applicant */
  assert_found (rows, "讲座", "0003+0004");                /* title */
  assert_found (rows, "2026-0003", "0003");                /* number */
  assert_found (rows, "0002", "0002");
  assert_found (rows, "ai 讲座", "0003+0004");             /* two words, any field each */
  assert_found (rows, "讲座\u3000society", "0004");        /* ideographic space */
  assert_found (rows, "ROBOTICS", "0001");                 /* case-insensitive Latin */
  assert_found (rows, "workSHOP chenzhou", "0001");
  assert_found (rows, "ＡＩ", "0001+0003+0004");            /* full-width */
  assert_found (rows, "STRASSE", "0004");                  /* case folding */
  assert_found (rows, "科普 大赛", "");                     /* every word must match */
  assert_found (rows, "不存在", "");                        /* no match */

  kx_test_world_tear_down (&w, NULL);
}

/* Sorting */

static gboolean
is_none (const KxProjectSummary *row,
         KxProjectColumn         column)
{
  return (column == KX_PROJECT_COLUMN_FORMAL && row->formal_result < 0) ||
         (column == KX_PROJECT_COLUMN_SCORE && row->score_centi < 0) ||
         (column == KX_PROJECT_COLUMN_RANK && row->rank == 0) ||
         (column == KX_PROJECT_COLUMN_APPROVED && row->approved_fen < 0);
}

static int
cmp64 (gint64 a,
       gint64 b)
{
  return a < b ? -1 : a > b;
}

/* The reference: none last, then the value, then the number. */
static int
compare_reference (const KxProjectSummary *a,
                   const KxProjectSummary *b,
                   KxProjectColumn         column,
                   gboolean                descending)
{
  int cmp = 0;

  if (is_none (a, column) != is_none (b, column))
    return is_none (a, column) ? 1 : -1;
  if (!is_none (a, column))
    {
      switch (column)
        {
        case KX_PROJECT_COLUMN_NUMBER: cmp = strcmp (a->number, b->number); break;
        case KX_PROJECT_COLUMN_APPLICANT:
          cmp = strcmp (a->organization_name, b->organization_name);
          break;
        case KX_PROJECT_COLUMN_TYPE: cmp = cmp64 (a->type, b->type); break;
        case KX_PROJECT_COLUMN_TITLE: cmp = strcmp (a->title, b->title); break;
        case KX_PROJECT_COLUMN_STAGE: cmp = cmp64 (a->stage, b->stage); break;
        case KX_PROJECT_COLUMN_FORMAL: cmp = cmp64 (a->formal_result, b->formal_result); break;
        case KX_PROJECT_COLUMN_SCORE: cmp = cmp64 (a->score_centi, b->score_centi); break;
        case KX_PROJECT_COLUMN_RANK: cmp = cmp64 (a->rank, b->rank); break;
        case KX_PROJECT_COLUMN_REQUESTED: cmp = cmp64 (a->requested_fen, b->requested_fen); break;
        case KX_PROJECT_COLUMN_APPROVED: cmp = cmp64 (a->approved_fen, b->approved_fen); break;
        case KX_N_PROJECT_COLUMNS:
        default:
          g_assert_not_reached ();
        }
      cmp = cmp < 0 ? -1 : cmp > 0;
      if (descending)
        cmp = -cmp;
    }
  return cmp != 0 ? cmp : strcmp (a->number, b->number);
}

static void
check_sorted (KxProjectRows   *rows,
              GArray          *order,
              KxProjectColumn  column,
              gboolean         descending,
              guint           *out_ties)
{
  for (guint i = 1; i < order->len; i++)
    {
      const KxProjectSummary *a = at (rows, order, i - 1);
      const KxProjectSummary *b = at (rows, order, i);

      if (compare_reference (a, b, column, descending) >= 0)
        g_error ("column %d %s: %s before %s", column, descending ? "desc" : "asc",
                 a->number, b->number);
      if (is_none (a, column) == is_none (b, column) &&
          compare_reference (a, b, column, FALSE) == compare_reference (a, b, column, TRUE))
        (*out_ties)++;
    }
}

static void
test_sort (void)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (demo_store (), 0, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);

  for (KxProjectColumn column = 0; column < KX_N_PROJECT_COLUMNS; column++)
    for (int descending = 0; descending < 2; descending++)
      for (int type = 0; type <= 2; type += 2)
        {
          g_autoptr(GArray) order = NULL;
          KxProjectQuery query;
          guint ties = 0;

          kx_project_query_init (&query);
          query.sort_column = column;
          query.descending = descending;
          query.type = type;
          order = run (rows, &query);
          if (type == 0)
            g_assert_cmpuint (order->len, ==, kx_project_rows_get_n (rows));
          check_sorted (rows, order, column, descending, &ties);
          /* Ties, broken by number, are tested wherever values repeat. */
          if (type == 0 && column != KX_PROJECT_COLUMN_NUMBER &&
              column != KX_PROJECT_COLUMN_TITLE)
            g_assert_cmpuint (ties, >, 0);
        }
}

/* Rows without a value come last, by number, in both directions. */
static void
test_sort_none_last (void)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (demo_store (), 0, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
  KxProjectColumn columns[] = {
    KX_PROJECT_COLUMN_FORMAL, KX_PROJECT_COLUMN_SCORE, KX_PROJECT_COLUMN_RANK,
    KX_PROJECT_COLUMN_APPROVED,
  };

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    for (int descending = 0; descending < 2; descending++)
      {
        g_autoptr(GArray) order = NULL;
        KxProjectQuery query;
        guint first_none = G_MAXUINT;

        kx_project_query_init (&query);
        query.sort_column = columns[c];
        query.descending = descending;
        order = run (rows, &query);
        for (guint i = 0; i < order->len; i++)
          {
            gboolean none = is_none (at (rows, order, i), columns[c]);

            if (none && first_none == G_MAXUINT)
              first_none = i;
            g_assert_true (none == (i >= first_none));
          }
        g_assert_cmpuint (first_none, >, 0);
        g_assert_cmpuint (first_none, <, order->len);
      }
}

/* Async */

typedef struct
{
  GMainLoop *loop;
  GArray    *order;
  GError    *error;
} AsyncResult;

static void
on_query_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  AsyncResult *r = data;

  r->order = kx_project_query_run_finish (KX_PROJECT_LIST (source), result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
run_async (KxProjectList  *list,
           KxProjectQuery *query,
           GCancellable   *cancellable,
           gboolean        reload,
           AsyncResult    *r)
{
  g_autofree char *search = g_strdup (query->search);

  *r = (AsyncResult) { g_main_loop_new (NULL, FALSE), NULL, NULL };
  query->search = search;
  kx_project_query_run_async (list, query, cancellable, on_query_done_cb, r);
  /* The query keeps its own copy of the text. */
  memset (search, 'x', strlen (search));
  if (reload)
    g_assert_true (kx_project_list_reload (list, NULL));
  g_main_loop_run (r->loop);
  g_main_loop_unref (r->loop);
}

static void
test_async (void)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (demo_store (), 0, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) expected = NULL;
  KxProjectQuery query;
  AsyncResult r;

  kx_project_query_init (&query);
  query.search = "学会";
  query.sort_column = KX_PROJECT_COLUMN_SCORE;
  query.descending = TRUE;
  expected = run (rows, &query);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, kx_project_rows_get_n (rows));

  run_async (list, &query, NULL, FALSE, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.order->len, ==, expected->len);
  g_assert_cmpmem (r.order->data, r.order->len * sizeof (guint),
                   expected->data, expected->len * sizeof (guint));
  g_assert_true (kx_project_list_set_order (list, rows, r.order));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
  g_array_unref (r.order);

  query.search = "学会";
  g_cancellable_cancel (cancellable);
  run_async (list, &query, cancellable, FALSE, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (r.order);
  g_clear_error (&r.error);

  /* A reload while the query runs makes its order stale. */
  query.search = "学会";
  run_async (list, &query, NULL, TRUE, &r);
  g_assert_error (r.error, KX_PROJECT_QUERY_ERROR, KX_PROJECT_QUERY_ERROR_STALE);
  g_assert_null (r.order);
  g_clear_error (&r.error);
}

static void
test_cancelled_sync (void)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (demo_store (), 0, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  KxProjectQuery query;

  kx_project_query_init (&query);
  g_cancellable_cancel (cancellable);
  g_assert_null (kx_project_query_run (rows, &query, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Refreshing one project ranks its call and type again. */

typedef struct
{
  guint n_emissions;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->n_emissions++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static int
ranking_rank (KxTestWorld *w,
              gint64       project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ranking = kx_review_ranking (w->store, w->call, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ranking->len; i++)
    if (g_array_index (ranking, KxRankingRow, i).project_id == project_id)
      return g_array_index (ranking, KxRankingRow, i).rank;
  return 0;
}

static void
assert_row (KxTestWorld   *w,
            KxProjectList *list,
            guint          position,
            int            score,
            int            rank)
{
  const KxProjectSummary *row = kx_project_list_peek (list, position);

  g_assert_cmpint (row->score_centi, ==, score);
  g_assert_cmpint (row->score_centi, ==, expected_score (w->store, row->id));
  g_assert_cmpint (row->rank, ==, rank);
  g_assert_cmpint (row->rank, ==, ranking_rank (w, row->id));
}

static void
test_refresh_ranks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = NULL;
  KxTestWorld w = { 0 };
  Changes changes = { 0 };
  gint64 p3;

  kx_test_world_set_up (&w, "project-query-ranks", KX_TEST_BUDGET_FEN, -1);
  kx_test_project_at (&w, KX_STAGE_REVIEWED, KX_TEST_YUAN (1000), 0);
  kx_test_project_at (&w, KX_STAGE_REVIEWED, KX_TEST_YUAN (1000), 0);
  p3 = kx_test_project_at (&w, KX_STAGE_UNDER_EXPERT_REVIEW, KX_TEST_YUAN (1000), 0);
  list = kx_project_list_new (w.store, w.call, &error);
  g_assert_no_error (error);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  /* 16 points on each of five criteria from each expert: 80.00, sharing rank 1 */
  assert_row (&w, list, 0, 8000, 1);
  assert_row (&w, list, 1, 8000, 1);
  assert_row (&w, list, 2, -1, 0);

  /* scored, not ranked until the review is finished */
  kx_test_score (&w, p3, 18, 1);
  g_assert_true (kx_project_list_refresh_project (list, p3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 1);
  assert_row (&w, list, 2, 9033, 0);

  /* finished: first, and the two others move down to 2 */
  g_assert_true (kx_review_finish (w.store, p3, "2026-03-26", &error));
  g_assert_no_error (error);
  g_assert_true (kx_project_list_refresh_project (list, p3, &error));
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 3);
  assert_row (&w, list, 0, 8000, 2);
  assert_row (&w, list, 1, 8000, 2);
  assert_row (&w, list, 2, 9033, 1);

  g_clear_object (&list);
  kx_test_world_tear_down (&w, NULL);
}

static void
tear_down_demo (void)
{
  if (demo.store != NULL)
    kx_test_world_tear_down (&demo, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-query/review-columns", test_review_columns);
  g_test_add_func ("/project-query/filters", test_filters);
  g_test_add_func ("/project-query/search", test_search);
  g_test_add_func ("/project-query/sort", test_sort);
  g_test_add_func ("/project-query/sort-none-last", test_sort_none_last);
  g_test_add_func ("/project-query/async", test_async);
  g_test_add_func ("/project-query/cancelled", test_cancelled_sync);
  g_test_add_func ("/project-query/refresh-ranks", test_refresh_ranks);

  status = g_test_run ();
  tear_down_demo ();
  return status;
}
