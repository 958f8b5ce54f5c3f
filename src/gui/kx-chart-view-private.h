/* kx-chart-view-private.h: what the tests see of KxChartView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-chart.h"
#include "kx-chart-view.h"

G_BEGIN_DECLS

/* The data shown, NULL before a load or after a failed one. */
const KxChartData *_kx_chart_view_get_data           (KxChartView  *self);
/* The layout at the drawing area's current size (built if needed), or
 * NULL without data or size. Coordinates are the drawing area's. */
KxChartLayout     *_kx_chart_view_get_layout         (KxChartView  *self);
GtkWidget         *_kx_chart_view_get_area           (KxChartView  *self);
/* Whether the chart is laid out in the dark style (follows the theme). */
gboolean           _kx_chart_view_get_dark           (KxChartView  *self);
/* What the tooltip shows at (@x, @y) of the drawing area, or NULL. */
char              *_kx_chart_view_describe_at        (KxChartView  *self,
                                                      double        x,
                                                      double        y);
/* The last "filter-requested": FALSE when none was emitted yet. */
gboolean           _kx_chart_view_get_last_filter    (KxChartView  *self,
                                                      KxChartKind  *out_kind,
                                                      gint64       *out_key);
/* Writes the shown chart at the shown size to @path, as the Export…
 * dialog does (the format by the extension). */
gboolean           _kx_chart_view_export             (KxChartView  *self,
                                                      const char   *path,
                                                      GError      **error);

G_END_DECLS
