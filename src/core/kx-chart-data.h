/* kx-chart-data.h: what the fund charts show, from aggregate queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart's data is a few GROUP BY queries over a call — never one
 * query per project or per row — so it stays fast at 100 000
 * disbursements. Money is gint64 fen.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef enum
{
  KX_CHART_BUDGET,         /* per project type: approved, disbursed, recovered (fen) + the call budget line;
                              the type's cap as a 4th value when set (-1 none) */
  KX_CHART_TIMELINE,       /* per month of the call year (12 items, 1月..12月): cumulative disbursed (fen),
                              against the budget line */
  KX_CHART_ORGANIZATIONS,  /* top N organizations by funds received (disbursed − recovered), the rest summed
                              as one item labelled 其他 (translated "Others") */
  KX_CHART_PIPELINE,       /* projects per stage (counts, not money), in workflow order, stages with 0 omitted */
  KX_N_CHARTS
} KxChartKind;

const char *kx_chart_kind_to_string   (KxChartKind  kind);   /* "budget", "timeline", "organizations", "pipeline" */
gboolean    kx_chart_kind_from_string (const char  *text,
                                       KxChartKind *out);
const char *kx_chart_kind_label       (KxChartKind  kind);   /* translated: 资金概况/拨付进度/受资助单位/项目阶段 */

#define KX_CHART_MAX_SERIES 4

typedef struct
{
  char   *label;                          /* category label: type short name, "3月", org name, stage label */
  gint64  key;                            /* what a click filters by: KxProjectType, month 1..12,
                                             organization id (0 for 其他), KxStage */
  gint64  values[KX_CHART_MAX_SERIES];    /* one per series; fen for money charts, counts for pipeline */
} KxChartItem;

typedef struct
{
  KxChartKind  kind;
  int          year;
  char        *title;                             /* translated, e.g. "2026年度各类项目资金" */
  gboolean     money;                             /* values are fen (axis in 元/万元) or counts */
  guint        n_series;
  char        *series[KX_CHART_MAX_SERIES];       /* translated legend labels */
  GArray      *items;                             /* of KxChartItem, in display order */
  gint64       budget_fen;                        /* the call budget line; -1 = none */
} KxChartData;

/* One or a few GROUP BY queries — never one query per project or per row.
 * @top_n: organizations: how many before 其他; 0 = 10. */
KxChartData *kx_chart_data_load (KxStore     *store,
                                 KxChartKind  kind,
                                 gint64       call_id,
                                 guint        top_n,
                                 GError     **error);
void         kx_chart_data_free (KxChartData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxChartData, kx_chart_data_free)

/* Additions beyond the shared API, for tests and the CLI: an empty chart
 * of @kind to fill by hand, and appending one item (values copied; the
 * series not given are 0). */
KxChartData *kx_chart_data_new         (KxChartKind  kind,
                                        int          year);
void         kx_chart_data_append_item (KxChartData *data,
                                        const char  *label,
                                        gint64       key,
                                        const gint64 *values,
                                        guint        n_values);

G_END_DECLS
