/* kx-chart-private.h: what the chart files share about a layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "kx-chart.h"

G_BEGIN_DECLS

#define KX_CHART_MAX_TICKS 16

typedef struct
{
  double x, y, w, h;
} KxChartRect;

typedef struct
{
  KxChartRect  rect;       /* where the text goes (rotated: its bounding box) */
  char        *text;       /* as drawn (may end in …) */
  gboolean     shown;      /* FALSE when thinned out */
} KxChartLabel;

typedef struct
{
  guint   n;
  gint64  values[KX_CHART_MAX_TICKS];   /* in the data's unit: fen or counts */
  gint64  unit_fen;                     /* fen per label unit: 100 (元), 1000000 (万元), 1 (counts) */
  gint64  unit_yuan;                    /* 1, 10000 or 0 (counts) */
} KxChartTicks;

struct _KxChartLayout
{
  const KxChartData *data;
  KxChartStyle       style;
  double             width;
  double             height;
  gboolean           empty;
  gboolean           horizontal;        /* organizations: bars grow to the right */
  PangoFontDescription *font;
  PangoFontDescription *title_font;
  double             line_height;

  KxChartRect        title;
  KxChartRect        plot;              /* the value area; the baseline is its bottom (left) edge */
  KxChartRect        unit_rect;         /* the axis unit label */
  char              *unit_text;
  KxChartTicks       ticks;
  gint64             axis_max;          /* the last tick */

  guint              n_items;
  guint              n_slots;           /* bars per item actually laid out */
  guint              slot_series[KX_CHART_MAX_SERIES];
  gboolean           series_shown[KX_CHART_MAX_SERIES];
  KxChartRect       *bars;              /* n_items × KX_CHART_MAX_SERIES; w = 0 when none */
  double            *point_x;           /* timeline */
  double            *point_y;
  KxChartLabel      *labels;            /* n_items */
  gboolean           labels_rotated;
  gboolean           labels_wrapped;    /* up to two lines, centred in label_box_w */
  double             label_box_w;
  char             **value_text;        /* n_items, at the bar's end (organizations, pipeline) */

  gboolean           budget_shown;
  double             budget_pos;        /* y of the budget line */

  /* legend: one entry per shown series, then the budget line */
  guint              n_legend;
  KxChartRect        legend_swatch[KX_CHART_MAX_SERIES + 1];
  KxChartRect        legend_text_rect[KX_CHART_MAX_SERIES + 1];
  const char        *legend_text[KX_CHART_MAX_SERIES + 1];
  int                legend_color[KX_CHART_MAX_SERIES + 1];   /* palette index; -1 = the budget line */
};

/* kx-chart-ticks.c */
void   _kx_chart_ticks_compute (KxChartTicks *ticks,
                                gint64        max_value,
                                gboolean      money,
                                guint         target);
char  *_kx_chart_tick_label    (const KxChartTicks *ticks,
                                gint64              value);
double _kx_chart_value_pos     (const KxChartLayout *layout,
                                gint64               value);

/* kx-chart-layout.c */
PangoLayout *_kx_chart_text    (cairo_t                    *cr,
                                const PangoFontDescription *font,
                                const char                 *text,
                                double                     *out_w,
                                double                     *out_h);

G_END_DECLS
