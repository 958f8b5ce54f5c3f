/* test-review-sheet.c: the review results rows equal what the core says per project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-test-world.h"
#include "kx-demo.h"
#include "kx-review.h"
#include "kx-review-sheet.h"

typedef struct
{
  char    *dir;
  KxStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KxDemoOptions options;

  f->dir = kx_test_make_dir ("review-sheet");
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
  kx_demo_options_init (&options);
  options.organizations = 40;
  options.projects = 200;
  g_assert_true (kx_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
check_averages (Fixture                *f,
                const KxReviewSheetRow *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) assignments = kx_review_list_assignments (f->store, row->project->id,
                                                              &error);
  int sums[KX_N_CRITERIA] = { 0 };
  int n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < assignments->len; i++)
    {
      const KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);

      if (!a->scored)
        continue;
      n++;
      for (int c = 0; c < KX_N_CRITERIA; c++)
        sums[c] += a->scores[c];
    }
  g_assert_cmpint (row->n_scores, ==, n);
  for (int c = 0; n > 0 && c < KX_N_CRITERIA; c++)
    {
      /* The mean rounded half up to the hundredth. */
      double expected = (gint64) ((double) sums[c] / n * 100 + 0.5 + 1e-9) / 100.0;

      g_assert_cmpfloat_with_epsilon (row->criterion_avg[c], expected, 1e-9);
    }
}

static void
check_decision (Fixture                *f,
                const KxReviewSheetRow *row)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce((SELECT approved FROM decision "
                                          "WHERE project_id = %" G_GINT64_FORMAT "), -1)",
                                          row->project->id);
  KxTestWorld w = { .store = f->store };

  g_assert_cmpint (row->decision, ==, kx_test_query_int (&w, sql));
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get_by_year (f->store, 2026, &error);
  g_autoptr(KxReviewSheet) sheet = NULL;
  g_autoptr(GArray) recs = NULL;
  KxTestWorld w = { .store = f->store };
  g_autofree char *sql = NULL;
  guint n, scored = 0;

  g_assert_no_error (error);
  sheet = kx_review_sheet_new (f->store, kx_call_get_id (call), &error);
  g_assert_no_error (error);
  n = kx_review_sheet_get_n (sheet);
  sql = g_strdup_printf ("SELECT count(*) FROM project WHERE call_id = %" G_GINT64_FORMAT,
                         kx_call_get_id (call));
  g_assert_cmpint (n, ==, kx_test_query_int (&w, sql));
  g_assert_null (kx_review_sheet_peek (sheet, n));

  for (guint i = 0; i < n; i++)
    {
      const KxReviewSheetRow *row = kx_review_sheet_peek (sheet, i);
      KxScoreSummary summary;

      g_assert_cmpint (row->project->call_id, ==, kx_call_get_id (call));
      if (i > 0)
        g_assert_cmpstr (kx_review_sheet_peek (sheet, i - 1)->project->number, <,
                         row->project->number);
      check_averages (f, row);
      check_decision (f, row);
      g_assert_true (kx_review_project_score (f->store, row->project->id, &summary, &error));
      g_assert_no_error (error);
      if (row->project->score_centi >= 0)
        {
          g_assert_cmpint (row->project->score_centi, ==, summary.score_x100);
          scored++;
        }
    }
  g_assert_cmpuint (scored, >, 0);

  recs = kx_review_recommend (f->store, kx_call_get_id (call), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < recs->len; i++)
    {
      const KxRecommendation *rec = &g_array_index (recs, KxRecommendation, i);
      gboolean found = FALSE;

      for (guint j = 0; j < n && !found; j++)
        {
          const KxReviewSheetRow *row = kx_review_sheet_peek (sheet, j);

          if (row->project->id != rec->row.project_id)
            continue;
          g_assert_cmpint (row->recommended_fen, ==, rec->recommended_fen);
          g_assert_cmpint (row->reason, ==, rec->reason);
          found = TRUE;
        }
      g_assert_true (found);
    }
}

static void
test_missing_call (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kx_review_sheet_new (f->store, 9999, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/review-sheet/rows", Fixture, NULL, fixture_set_up, test_rows,
              fixture_tear_down);
  g_test_add ("/review-sheet/missing-call", Fixture, NULL, fixture_set_up, test_missing_call,
              fixture_tear_down);
  return g_test_run ();
}
