/* kx-chart-data.c: what the fund charts show, from aggregate queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart is one or a few GROUP BY queries over a call: the money
 * charts read the running totals the triggers of 0006-chart-totals.sql
 * keep per call, organization, type and month, the pipeline counts the
 * call's projects per stage on an index. The cost grows with the types,
 * months, organizations or stages shown, never with the disbursements.
 */

#define G_LOG_DOMAIN "kx-chart-data"

#include "config.h"

#include <stdlib.h>
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

/* Runs @sql with ?1 = @call_id and hands each row to @row. */
static gboolean
each_row (KxStore      *store,
          const char   *sql,
          gint64        call_id,
          void        (*row) (sqlite3_stmt *stmt, gpointer user_data),
          gpointer      user_data,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    row (stmt, user_data);
  return rc == 0;
}

typedef struct
{
  gint64 values[KX_N_PROJECT_TYPES + 1][4];
} TypeMoney;

static void
type_approved (sqlite3_stmt *stmt,
               gpointer      user_data)
{
  TypeMoney *money = user_data;
  int t = sqlite3_column_int (stmt, 0);

  if (kx_project_type_is_valid (t))
    money->values[t][0] = sqlite3_column_int64 (stmt, 1);
}

static void
type_money (sqlite3_stmt *stmt,
            gpointer      user_data)
{
  TypeMoney *money = user_data;
  int t = sqlite3_column_int (stmt, 0);

  if (kx_project_type_is_valid (t))
    {
      money->values[t][1] = sqlite3_column_int64 (stmt, 1);
      money->values[t][2] = sqlite3_column_int64 (stmt, 2);
    }
}

static void
type_cap (sqlite3_stmt *stmt,
          gpointer      user_data)
{
  TypeMoney *money = user_data;
  int t = sqlite3_column_int (stmt, 0);

  if (kx_project_type_is_valid (t) && sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    money->values[t][3] = sqlite3_column_int64 (stmt, 1);
}

/* The money of each type, as kx_money_call_totals() counts it, from the
 * running totals the triggers keep (call_approved of 0003, chart_money of
 * 0006): a few rows per type, whatever the number of disbursements. */
static gboolean
load_budget (KxStore     *store,
             gint64       call_id,
             KxChartData *data,
             GError     **error)
{
  TypeMoney money = { 0 };

  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    money.values[t][3] = -1;
  if (!each_row (store, "SELECT type, amount FROM call_approved WHERE call_id = ?1",
                 call_id, type_approved, &money, error) ||
      !each_row (store, "SELECT type, sum(disbursed), sum(recovered) FROM chart_money "
                        "WHERE call_id = ?1 GROUP BY type",
                 call_id, type_money, &money, error) ||
      !each_row (store, "SELECT type, cap_fen FROM call_type WHERE call_id = ?1",
                 call_id, type_cap, &money, error))
    return FALSE;
  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    kx_chart_data_append_item (data, kx_project_type_short ((KxProjectType) t),
                               t, money.values[t], 4);
  return TRUE;
}

typedef struct
{
  char   year[5];
  gint64 per_month[13];
} Months;

static void
month_amount (sqlite3_stmt *stmt,
              gpointer      user_data)
{
  Months *months = user_data;
  const char *month = _kx_column_text (stmt, 0);   /* YYYY-MM */
  int cmp = strncmp (month, months->year, 4);

  if (cmp < 0)
    months->per_month[1] += sqlite3_column_int64 (stmt, 1);
  else if (cmp == 0 && strlen (month) >= 7)
    {
      int m = atoi (month + 5);

      if (m >= 1 && m <= 12)
        months->per_month[m] += sqlite3_column_int64 (stmt, 1);
    }
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
  Months months = { { 0 } };
  gint64 total = 0;

  g_snprintf (months.year, sizeof months.year, "%04d", data->year);
  if (!each_row (store, "SELECT month, amount FROM chart_month WHERE call_id = ?1",
                 call_id, month_amount, &months, error))
    return FALSE;
  for (int m = 1; m <= 12; m++)
    {
      /* TRANSLATORS: a month on the chart's axis; %d is 1..12 */
      g_autofree char *label = g_strdup_printf (_("Month %d"), m);

      total += months.per_month[m];
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
    "SELECT o.id, o.name, sum(m.disbursed - m.recovered) AS received "
    "FROM chart_money m JOIN organization o ON o.id = m.organization_id "
    "WHERE m.call_id = ?1 GROUP BY m.organization_id "
    "HAVING sum(m.disbursed) <> 0 OR sum(m.recovered) <> 0 "
    "ORDER BY received DESC, o.name";
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
