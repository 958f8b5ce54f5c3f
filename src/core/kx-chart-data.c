/* kx-chart-data.c: what the fund charts show, from aggregate queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart is one GROUP BY over the call's projects (plus the call's
 * row): the cost grows with the number of types, months, organizations or
 * stages shown, never with a query per project.
 */

#define G_LOG_DOMAIN "kx-chart-data"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-chart-data.h"
#include "kx-money.h"
#include "kx-store-private.h"

static const char *const kind_names[KX_N_CHARTS] = {
  "budget", "timeline", "organizations", "pipeline",
};

const char *
kx_chart_kind_to_string (KxChartKind kind)
{
  g_return_val_if_fail (kind < KX_N_CHARTS, NULL);
  return kind_names[kind];
}

gboolean
kx_chart_kind_from_string (const char  *text,
                           KxChartKind *out)
{
  for (guint i = 0; text != NULL && i < KX_N_CHARTS; i++)
    if (strcmp (text, kind_names[i]) == 0)
      {
        if (out != NULL)
          *out = (KxChartKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_chart_kind_label (KxChartKind kind)
{
  switch (kind)
    {
    case KX_CHART_BUDGET:
      return _("Funds overview");
    case KX_CHART_TIMELINE:
      return _("Disbursement progress");
    case KX_CHART_ORGANIZATIONS:
      return _("Funded organizations");
    case KX_CHART_PIPELINE:
      return _("Project stages");
    case KX_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
item_clear (gpointer element)
{
  KxChartItem *item = element;

  g_clear_pointer (&item->label, g_free);
}

KxChartData *
kx_chart_data_new (KxChartKind kind,
                   int         year)
{
  KxChartData *data = g_new0 (KxChartData, 1);

  g_return_val_if_fail (kind < KX_N_CHARTS, NULL);

  data->kind = kind;
  data->year = year;
  data->money = kind != KX_CHART_PIPELINE;
  data->budget_fen = -1;
  data->items = g_array_new (FALSE, TRUE, sizeof (KxChartItem));
  g_array_set_clear_func (data->items, item_clear);

  switch (kind)
    {
    case KX_CHART_BUDGET:
      /* TRANSLATORS: a chart's title; %d is the call's year */
      data->title = g_strdup_printf (_("Funds per project type, %d"), year);
      data->n_series = 4;
      data->series[0] = g_strdup (C_("chart series", "Approved"));
      data->series[1] = g_strdup (_("Disbursed"));
      data->series[2] = g_strdup (_("Recovered"));
      data->series[3] = g_strdup (_("Type cap"));
      break;
    case KX_CHART_TIMELINE:
      /* TRANSLATORS: a chart's title; %d is the call's year */
      data->title = g_strdup_printf (_("Cumulative disbursement, %d"), year);
      data->n_series = 1;
      data->series[0] = g_strdup (_("Disbursed to date"));
      break;
    case KX_CHART_ORGANIZATIONS:
      /* TRANSLATORS: a chart's title; %d is the call's year */
      data->title = g_strdup_printf (_("Funds received per organization, %d"), year);
      data->n_series = 1;
      data->series[0] = g_strdup (_("Received (disbursed − recovered)"));
      break;
    case KX_CHART_PIPELINE:
      /* TRANSLATORS: a chart's title; %d is the call's year */
      data->title = g_strdup_printf (_("Projects per stage, %d"), year);
      data->n_series = 1;
      data->series[0] = g_strdup (_("Projects"));
      break;
    case KX_N_CHARTS:
    default:
      g_assert_not_reached ();
    }
  return data;
}

void
kx_chart_data_append_item (KxChartData  *data,
                           const char   *label,
                           gint64        key,
                           const gint64 *values,
                           guint         n_values)
{
  KxChartItem item = { 0 };

  g_return_if_fail (data != NULL);
  g_return_if_fail (n_values <= KX_CHART_MAX_SERIES);

  item.label = g_strdup (label != NULL ? label : "");
  item.key = key;
  for (guint s = 0; s < n_values; s++)
    item.values[s] = values[s];
  g_array_append_val (data->items, item);
}

void
kx_chart_data_free (KxChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  for (guint s = 0; s < KX_CHART_MAX_SERIES; s++)
    g_free (data->series[s]);
  g_clear_pointer (&data->items, g_array_unref);
  g_free (data);
}

static gboolean
load_call (KxStore  *store,
           gint64    call_id,
           int      *out_year,
           gint64   *out_budget,
           GError  **error)
{
  static const char sql[] = "SELECT year, budget_fen FROM call WHERE id = ?1";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) == 0)
    g_set_error (error, KX_MONEY_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no call with ID %lld"), (long long) call_id);
  if (rc <= 0)
    return FALSE;
  *out_year = sqlite3_column_int (stmt, 0);
  *out_budget = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* The money of each type: kx_money_call_totals() is already one GROUP BY
 * over the call, with the caps; the chart shows the same numbers. */
static gboolean
load_budget (KxStore     *store,
             gint64       call_id,
             KxChartData *data,
             GError     **error)
{
  KxCallTotals totals;

  if (!kx_money_call_totals (store, call_id, &totals, error))
    return FALSE;
  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    {
      const KxTypeTotals *type = &totals.types[t - 1];
      gint64 values[4] = { type->approved_fen, type->disbursed_fen,
                           type->recovered_fen, type->cap_fen };

      kx_chart_data_append_item (data, kx_project_type_short ((KxProjectType) t),
                                 t, values, 4);
    }
  return TRUE;
}

/* Per month of the call year: what was disbursed to the call's projects,
 * summed up month after month. What was paid before the year counts from
 * January; what is paid after it is not in the year's chart. */
static gboolean
load_timeline (KxStore     *store,
               gint64       call_id,
               KxChartData *data,
               GError     **error)
{
  static const char sql[] =
    "SELECT CASE WHEN d.paid_on < ?2 THEN 1 "
    "            ELSE CAST(substr(d.paid_on, 6, 2) AS INTEGER) END AS month, "
    "       SUM(d.amount_fen) "
    "FROM project p JOIN disbursement d ON d.project_id = p.id "
    "WHERE p.call_id = ?1 AND d.paid_on < ?3 "
    "GROUP BY month";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  gint64 per_month[13] = { 0 };
  gint64 total = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  sqlite3_bind_text (stmt, 2, g_strdup_printf ("%04d-01-01", data->year), -1, g_free);
  sqlite3_bind_text (stmt, 3, g_strdup_printf ("%04d-01-01", data->year + 1), -1, g_free);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      int month = sqlite3_column_int (stmt, 0);

      if (month >= 1 && month <= 12)
        per_month[month] += sqlite3_column_int64 (stmt, 1);
    }
  if (rc < 0)
    return FALSE;
  for (int m = 1; m <= 12; m++)
    {
      /* TRANSLATORS: a month on the chart's axis; %d is 1..12 */
      g_autofree char *label = g_strdup_printf (_("Month %d"), m);

      total += per_month[m];
      kx_chart_data_append_item (data, label, m, &total, 1);
    }
  return TRUE;
}

/* Per organization: disbursed − recovered over the call's projects, the
 * largest first; after @top_n the rest is one 其他. */
static gboolean
load_organizations (KxStore     *store,
                    gint64       call_id,
                    guint        top_n,
                    KxChartData *data,
                    GError     **error)
{
  static const char sql[] =
    "SELECT o.id, o.name, SUM(COALESCE(d.total, 0) - COALESCE(r.total, 0)) AS received "
    "FROM project p JOIN organization o ON o.id = p.organization_id "
    "LEFT JOIN (SELECT dd.project_id, SUM(dd.amount_fen) AS total "
    "           FROM disbursement dd JOIN project pd ON pd.id = dd.project_id "
    "           WHERE pd.call_id = ?1 GROUP BY dd.project_id) d ON d.project_id = p.id "
    "LEFT JOIN (SELECT rr.project_id, SUM(rr.amount_fen) AS total "
    "           FROM recovery rr JOIN project pr ON pr.id = rr.project_id "
    "           WHERE pr.call_id = ?1 GROUP BY rr.project_id) r ON r.project_id = p.id "
    "WHERE p.call_id = ?1 AND (d.total IS NOT NULL OR r.total IS NOT NULL) "
    "GROUP BY o.id ORDER BY received DESC, o.name";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  gint64 rest = 0;
  guint n = 0;
  gboolean any_rest = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (top_n == 0)
    top_n = 10;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      gint64 received = sqlite3_column_int64 (stmt, 2);

      if (n < top_n)
        kx_chart_data_append_item (data, _kx_column_text (stmt, 1),
                                   sqlite3_column_int64 (stmt, 0), &received, 1);
      else
        {
          rest += received;
          any_rest = TRUE;
        }
      n++;
    }
  if (rc < 0)
    return FALSE;
  if (any_rest)
    kx_chart_data_append_item (data, _("Others"), 0, &rest, 1);
  return TRUE;
}

/* Projects per stage, in the workflow's order, stages without projects
 * left out. */
static gboolean
load_pipeline (KxStore     *store,
               gint64       call_id,
               KxChartData *data,
               GError     **error)
{
  static const char sql[] =
    "SELECT stage, COUNT(*) FROM project WHERE call_id = ?1 GROUP BY stage";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  gint64 counts[KX_N_STAGES] = { 0 };
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxStage stage;

      if (kx_stage_from_string (_kx_column_text (stmt, 0), &stage))
        counts[stage] += sqlite3_column_int64 (stmt, 1);
    }
  if (rc < 0)
    return FALSE;
  for (guint s = 0; s < KX_N_STAGES; s++)
    if (counts[s] > 0)
      kx_chart_data_append_item (data, kx_stage_label ((KxStage) s), s, &counts[s], 1);
  return TRUE;
}

KxChartData *
kx_chart_data_load (KxStore     *store,
                    KxChartKind  kind,
                    gint64       call_id,
                    guint        top_n,
                    GError     **error)
{
  g_autoptr(KxChartData) data = NULL;
  gint64 budget = -1;
  int year = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < KX_N_CHARTS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_call (store, call_id, &year, &budget, error))
    return NULL;
  data = kx_chart_data_new (kind, year);
  if (kind == KX_CHART_BUDGET || kind == KX_CHART_TIMELINE)
    data->budget_fen = budget;

  switch (kind)
    {
    case KX_CHART_BUDGET:
      ok = load_budget (store, call_id, data, error);
      break;
    case KX_CHART_TIMELINE:
      ok = load_timeline (store, call_id, data, error);
      break;
    case KX_CHART_ORGANIZATIONS:
      ok = load_organizations (store, call_id, top_n, data, error);
      break;
    case KX_CHART_PIPELINE:
      ok = load_pipeline (store, call_id, data, error);
      break;
    case KX_N_CHARTS:
    default:
      g_assert_not_reached ();
    }
  return ok ? g_steal_pointer (&data) : NULL;
}
