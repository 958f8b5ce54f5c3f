/* test-chart-data.c: each chart's numbers equal the per-project core functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-test-world.h"
#include "kx-chart-data.h"
#include "kx-money.h"
#include "kx-money-report.h"
#include "kx-project-list.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_open_demo (f, "chart-data", 40, 160);
}

/* Every call of the demo, oldest first. */
static GArray *
call_ids (Fixture *f)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (f->store, "SELECT id FROM call ORDER BY year", NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, >=, 1);
  return ids;
}

static const KxChartItem *
item (const KxChartData *data,
      guint              i)
{
  g_assert_cmpuint (i, <, data->items->len);
  return &g_array_index (data->items, KxChartItem, i);
}

static void
test_kinds (void)
{
  for (guint k = 0; k < KX_N_CHARTS; k++)
    {
      KxChartKind back;

      g_assert_true (kx_chart_kind_from_string (kx_chart_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (kx_chart_kind_label (k));
    }
  g_assert_false (kx_chart_kind_from_string ("pie", NULL));
  g_assert_false (kx_chart_kind_from_string (NULL, NULL));
}

static void
test_unknown_call (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxChartData) chart = kx_chart_data_load (f->store, KX_CHART_BUDGET, 987654, 0, &error);

  g_assert_null (chart);
  g_assert_error (error, KX_MONEY_ERROR, KX_ERROR_NOT_FOUND);
}

/* The budget chart against the call totals and the money report summed
 * per type. */
static void
check_budget (Fixture *f)
{
  g_autoptr(GArray) ids = call_ids (f);
  gboolean any_disbursed = FALSE;

  for (guint c = 0; c < ids->len; c++)
    {
      gint64 call = g_array_index (ids, gint64, c);
      g_autoptr(GError) error = NULL;
      g_autoptr(KxChartData) chart = kx_chart_data_load (f->store, KX_CHART_BUDGET, call, 0, &error);
      g_autoptr(GArray) rows = kx_money_report_call (f->store, call, &error);
      gint64 disbursed[KX_N_PROJECT_TYPES + 1] = { 0 }, recovered[KX_N_PROJECT_TYPES + 1] = { 0 };
      KxCallTotals totals;

      g_assert_no_error (error);
      g_assert_nonnull (chart);
      g_assert_true (kx_money_call_totals (f->store, call, &totals, &error));
      g_assert_true (chart->money);
      g_assert_cmpint (chart->kind, ==, KX_CHART_BUDGET);
      g_assert_cmpint (chart->year, ==, totals.year);
      g_assert_cmpint (chart->budget_fen, ==, totals.budget_fen);
      g_assert_cmpuint (chart->n_series, ==, 4);
      g_assert_cmpuint (chart->items->len, ==, KX_N_PROJECT_TYPES);
      for (guint i = 0; i < rows->len; i++)
        {
          KxMoneyReportRow *row = &g_array_index (rows, KxMoneyReportRow, i);

          disbursed[row->type] += row->tranche1_fen + row->tranche2_fen;
          recovered[row->type] += row->recovered_fen;
        }
      for (guint t = 1; t <= KX_N_PROJECT_TYPES; t++)
        {
          const KxChartItem *it = item (chart, t - 1);

          g_assert_cmpint (it->key, ==, t);
          g_assert_cmpstr (it->label, ==, kx_project_type_short (t));
          g_assert_cmpint (it->values[0], ==, totals.types[t - 1].approved_fen);
          g_assert_cmpint (it->values[1], ==, disbursed[t]);
          g_assert_cmpint (it->values[2], ==, recovered[t]);
          g_assert_cmpint (it->values[3], ==, totals.types[t - 1].cap_fen);
          any_disbursed |= disbursed[t] > 0;
        }
    }
  g_assert_true (any_disbursed);
}

/* The timeline against every funded project's ledger, month by month. */
static void
check_timeline (Fixture *f)
{
  g_autoptr(GArray) ids = call_ids (f);
  gboolean any = FALSE;

  for (guint c = 0; c < ids->len; c++)
    {
      gint64 call = g_array_index (ids, gint64, c);
      g_autoptr(GError) error = NULL;
      g_autoptr(KxChartData) chart = kx_chart_data_load (f->store, KX_CHART_TIMELINE, call, 0, &error);
      g_autoptr(GArray) rows = kx_money_report_call (f->store, call, &error);
      gint64 per_month[13] = { 0 }, sum = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (chart->items->len, ==, 12);
      g_assert_false (chart->money == FALSE);
      for (guint i = 0; i < rows->len; i++)
        {
          KxMoneyReportRow *row = &g_array_index (rows, KxMoneyReportRow, i);
          g_auto(KxProjectLedger) ledger = { 0 };

          g_assert_true (kx_money_project_ledger (f->store, row->project_id, &ledger, &error));
          for (guint d = 0; d < ledger.disbursements->len; d++)
            {
              KxDisbursement *disb = &g_array_index (ledger.disbursements, KxDisbursement, d);
              int year = atoi (disb->paid_on), month = atoi (disb->paid_on + 5);

              if (year < chart->year)
                per_month[1] += disb->amount_fen;
              else if (year == chart->year)
                per_month[month] += disb->amount_fen;
            }
        }
      for (int m = 1; m <= 12; m++)
        {
          g_autofree char *label = g_strdup_printf ("Month %d", m);

          sum += per_month[m];
          g_assert_cmpint (item (chart, m - 1)->key, ==, m);
          g_assert_cmpstr (item (chart, m - 1)->label, ==, label);
          g_assert_cmpint (item (chart, m - 1)->values[0], ==, sum);
        }
      any |= sum > 0;
    }
  g_assert_true (any);
}

typedef struct
{
  gint64 org;
  gint64 received;
} OrgSum;

static int
by_received (gconstpointer a,
             gconstpointer b)
{
  const OrgSum *x = a, *y = b;

  return x->received != y->received ? (x->received < y->received ? 1 : -1) : 0;
}

/* The organizations against the money report, summed per organization of
 * each project. */
static void
check_organizations (Fixture *f)
{
  g_autoptr(GArray) ids = call_ids (f);
  gboolean any_others = FALSE;

  for (guint c = 0; c < ids->len; c++)
    {
      gint64 call = g_array_index (ids, gint64, c);
      g_autoptr(GError) error = NULL;
      g_autoptr(KxChartData) chart = kx_chart_data_load (f->store, KX_CHART_ORGANIZATIONS, call, 3, &error);
      g_autoptr(GArray) rows = kx_money_report_call (f->store, call, &error);
      g_autoptr(GHashTable) sums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (OrgSum));
      GHashTableIter iter;
      gpointer key, value;
      gint64 total = 0, chart_total = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < rows->len; i++)
        {
          KxMoneyReportRow *row = &g_array_index (rows, KxMoneyReportRow, i);
          g_autoptr(KxProject) project = kx_project_get (f->store, row->project_id, &error);
          gint64 org = kx_project_get_organization_id (project);
          gint64 *sum = g_hash_table_lookup (sums, &org);

          if (sum == NULL)
            {
              sum = g_new0 (gint64, 1);
              g_hash_table_insert (sums, g_memdup2 (&org, sizeof org), sum);
            }
          *sum += row->tranche1_fen + row->tranche2_fen - row->recovered_fen;
          total += row->tranche1_fen + row->tranche2_fen - row->recovered_fen;
        }
      g_hash_table_iter_init (&iter, sums);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          OrgSum s = { *(gint64 *) key, *(gint64 *) value };

          g_array_append_val (sorted, s);
        }
      g_array_sort (sorted, by_received);

      g_assert_cmpuint (chart->items->len, ==, MIN (sorted->len, 3) + (sorted->len > 3 ? 1 : 0));
      for (guint i = 0; i < chart->items->len; i++)
        {
          const KxChartItem *it = item (chart, i);

          chart_total += it->values[0];
          if (i < 3)
            {
              gint64 *sum = g_hash_table_lookup (sums, &it->key);

              g_assert_nonnull (sum);
              g_assert_cmpint (it->values[0], ==, *sum);
              /* the largest first: the same amount as the i-th largest */
              g_assert_cmpint (it->values[0], ==, g_array_index (sorted, OrgSum, i).received);
            }
          else
            {
              g_assert_cmpint (it->key, ==, 0);
              g_assert_cmpstr (it->label, ==, "Others");
              any_others = TRUE;
            }
        }
      g_assert_cmpint (chart_total, ==, total);
    }
  g_assert_true (any_others);
}

/* The pipeline against the projects list's stages. */
static void
check_pipeline (Fixture *f)
{
  g_autoptr(GArray) ids = call_ids (f);

  for (guint c = 0; c < ids->len; c++)
    {
      gint64 call = g_array_index (ids, gint64, c);
      g_autoptr(GError) error = NULL;
      g_autoptr(KxChartData) chart = kx_chart_data_load (f->store, KX_CHART_PIPELINE, call, 0, &error);
      g_autoptr(KxProjectList) list = kx_project_list_new (f->store, call, &error);
      guint counts[KX_N_STAGES] = { 0 }, n_stages = 0, at = 0;

      g_assert_no_error (error);
      g_assert_false (chart->money);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        counts[kx_project_list_peek (list, i)->stage]++;
      for (guint s = 0; s < KX_N_STAGES; s++)
        if (counts[s] > 0)
          {
            const KxChartItem *it = item (chart, at++);

            g_assert_cmpint (it->key, ==, s);
            g_assert_cmpstr (it->label, ==, kx_stage_label (s));
            g_assert_cmpint (it->values[0], ==, counts[s]);
            n_stages++;
          }
      g_assert_cmpuint (chart->items->len, ==, n_stages);
      g_assert_cmpuint (n_stages, >, 1);
    }
}

static void
test_budget (Fixture *f, gconstpointer data) { check_budget (f); }
static void
test_timeline (Fixture *f, gconstpointer data) { check_timeline (f); }
static void
test_organizations (Fixture *f, gconstpointer data) { check_organizations (f); }
static void
test_pipeline (Fixture *f, gconstpointer data) { check_pipeline (f); }

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_kx_store_exec (f->store, sql, &error));
  g_assert_no_error (error);
}

/* The running totals follow disbursements and recoveries entered, changed
 * and removed, and a project moved to another organization: the charts
 * still equal the per-project functions afterwards. */
static gint64
store_int (Fixture    *f,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxChartData) before = NULL;
  g_autoptr(KxChartData) after = NULL;
  gint64 call = store_int (f, "SELECT id FROM call WHERE year = 2026");
  g_autofree char *where = g_strdup_printf ("FROM project WHERE call_id = %" G_GINT64_FORMAT
                                            " AND stage IN ('funded', 'in_progress', "
                                            "'midterm_passed')", call);
  g_autofree char *first_sql = g_strdup_printf ("SELECT min(id) %s", where);
  g_autofree char *last_sql = g_strdup_printf ("SELECT max(id) %s", where);
  gint64 first = store_int (f, first_sql), last = store_int (f, last_sql);
  gint64 other_org = store_int (f, "SELECT max(id) FROM organization");
  g_autofree char *sql = NULL;

  g_assert_cmpint (first, <, last);
  before = kx_chart_data_load (f->store, KX_CHART_TIMELINE, call, 0, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf (
    "INSERT INTO disbursement (project_id, tranche, paid_on, amount_fen) "
    "  VALUES (%1$" G_GINT64_FORMAT ", 50, '2026-11-03', 777700), "
    "         (%1$" G_GINT64_FORMAT ", 51, '2025-12-30', 1000);"
    "INSERT INTO recovery (project_id, recovered_on, amount_fen) "
    "  VALUES (%2$" G_GINT64_FORMAT ", '2026-08-01', 12300);"
    "UPDATE disbursement SET amount_fen = amount_fen + 100, paid_on = '2026-02-02' "
    "  WHERE id = (SELECT min(id) FROM disbursement WHERE project_id = %2$" G_GINT64_FORMAT ");"
    "UPDATE recovery SET amount_fen = 12000 WHERE project_id = %2$" G_GINT64_FORMAT ";"
    "UPDATE project SET organization_id = %3$" G_GINT64_FORMAT " WHERE id = %2$" G_GINT64_FORMAT ";",
    first, last, other_org);
  exec_sql (f, sql);
  check_budget (f);
  check_timeline (f);
  check_organizations (f);

  after = kx_chart_data_load (f->store, KX_CHART_TIMELINE, call, 0, &error);
  g_assert_cmpint (item (after, 0)->values[0], ==, item (before, 0)->values[0] + 1000);
  g_assert_cmpint (item (after, 11)->values[0], ==, item (before, 11)->values[0] + 777700 + 1000 + 100);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM disbursement WHERE project_id = %" G_GINT64_FORMAT
                         " AND tranche >= 50; DELETE FROM recovery WHERE project_id = %"
                         G_GINT64_FORMAT ";", first, last);
  exec_sql (f, sql);
  check_budget (f);
  check_timeline (f);
  check_organizations (f);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-data/kinds", test_kinds);
#define ADD(path, fn) \
  g_test_add ("/chart-data/" path, Fixture, NULL, fixture_set_up, fn, kx_test_world_tear_down)
  ADD ("unknown-call", test_unknown_call);
  ADD ("budget", test_budget);
  ADD ("timeline", test_timeline);
  ADD ("organizations", test_organizations);
  ADD ("pipeline", test_pipeline);
  ADD ("follows-changes", test_follows_changes);
#undef ADD
  return g_test_run ();
}
