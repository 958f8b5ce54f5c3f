/* kx-chart.h: the fund charts drawn with Cairo and Pango, no GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data (kx-chart-data.h) → KxChartLayout (ticks, value→pixel, rectangles,
 * points, hit-testing; pure) → kx_chart_render (cr, layout). The window,
 * the PNG/SVG/PDF files and the tests share them.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kx-chart-data.h"

G_BEGIN_DECLS

#define KX_CHART_ERROR (kx_chart_error_quark ())
GQuark kx_chart_error_quark (void);

typedef enum
{
  KX_CHART_ERROR_FORMAT,   /* the file's extension is not .png, .svg or .pdf */
  KX_CHART_ERROR_WRITE,    /* the file could not be written */
} KxChartError;

typedef struct
{
  gboolean dark;            /* dark theme: light text and grid on dark background */
  double   font_size;       /* points; 0 = 10 */
  gboolean background;      /* paint the background (files: TRUE; the window: FALSE, theme shows) */
} KxChartStyle;

void kx_chart_style_init (KxChartStyle *style,
                          gboolean      dark);

typedef struct _KxChartLayout KxChartLayout;

/* Pure layout: ticks, value→pixel, rectangles/points. @cr only provides
 * font metrics (Pango). @data must outlive the layout. */
KxChartLayout *kx_chart_layout_new  (const KxChartData  *data,
                                     const KxChartStyle *style,
                                     cairo_t            *cr,
                                     double              width,
                                     double              height);
void           kx_chart_layout_free (KxChartLayout *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxChartLayout, kx_chart_layout_free)

/* The item (and series) under (x, y), or -1. */
int            kx_chart_layout_hit_test (KxChartLayout *layout,
                                         double         x,
                                         double         y,
                                         guint         *out_series);
/* Tooltip text for an item/series: label, series name, exact amount
 * (¥1,234,567.89) or count. */
char          *kx_chart_layout_describe (KxChartLayout *layout,
                                         guint          item,
                                         guint          series);
/* Axis ticks (for tests): n and values in the data's unit (fen or count). */
guint          kx_chart_layout_get_n_ticks (KxChartLayout *layout);
gint64         kx_chart_layout_get_tick    (KxChartLayout *layout,
                                            guint          index);
/* The rectangle of a bar (for tests); FALSE for charts without bars
 * (timeline: points). */
gboolean       kx_chart_layout_get_bar     (KxChartLayout *layout,
                                            guint          item,
                                            guint          series,
                                            double        *x,
                                            double        *y,
                                            double        *w,
                                            double        *h);
void           kx_chart_render (cairo_t       *cr,
                                KxChartLayout *layout);
/* PNG, SVG or PDF by the file's extension; FALSE with an error naming the file. */
gboolean       kx_chart_write_file (const KxChartData  *data,
                                    const KxChartStyle *style,
                                    int                 width,
                                    int                 height,
                                    const char         *path,
                                    GError            **error);

/* Additions beyond the shared API, for tests. */
/* The point of a timeline item (FALSE for other charts or out of range). */
gboolean       kx_chart_layout_get_point   (KxChartLayout *layout,
                                            guint          item,
                                            double        *x,
                                            double        *y);
/* The drawn rectangle of a category label (FALSE when the label is thinned
 * out and not drawn); rotated labels give their bounding box. */
gboolean       kx_chart_layout_get_label   (KxChartLayout *layout,
                                            guint          item,
                                            double        *x,
                                            double        *y,
                                            double        *w,
                                            double        *h);
/* TRUE when the layout has nothing to show (no items or all zero): the
 * render draws 暂无数据. */
gboolean       kx_chart_layout_is_empty    (KxChartLayout *layout);
/* The axis unit: 1 (元), 10000 (万元) in whole 元, or 0 for counts. */
gint64         kx_chart_layout_get_unit_yuan (KxChartLayout *layout);

G_END_DECLS
