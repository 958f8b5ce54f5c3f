/* kx-chart-view.h: one fund chart of the selected call, live in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-chart-data.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_CHART_VIEW (kx_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KxChartView, kx_chart_view, KX, CHART_VIEW, GtkWidget)

/* A chart picker, the chart (kx_chart_render() of the call's
 * KxChartData, laid out again on each size change) and an Export…
 * button (PNG, SVG or PDF at the shown size). The data is read again on
 * kx_chart_view_reload() — only while the view is mapped; a hidden view
 * reads it when it is shown. Hovering a bar, segment or point shows its
 * exact amount in a tooltip.
 *
 * Signals:
 * "changed" () — for the shared contract; the view never writes.
 * "filter-requested" (int kind, gint64 key) — a bar or segment was
 *   clicked: @kind is the KxChartKind, @key the item's key — the
 *   KxProjectType for KX_CHART_BUDGET, the KxStage for KX_CHART_PIPELINE,
 *   the organization id for KX_CHART_ORGANIZATIONS. Not emitted for the
 *   months of KX_CHART_TIMELINE nor for the organizations' 其他 item
 *   (key 0), which name no projects to filter by. */
GtkWidget   *kx_chart_view_new       (void);
void         kx_chart_view_set_store (KxChartView *self,
                                      KxStore     *store);
void         kx_chart_view_set_call  (KxChartView *self,
                                      KxCall      *call);
void         kx_chart_view_reload    (KxChartView *self);
void         kx_chart_view_set_kind  (KxChartView *self,
                                      KxChartKind  kind);
KxChartKind  kx_chart_view_get_kind  (KxChartView *self);

G_END_DECLS
