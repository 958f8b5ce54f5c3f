/* kx-chart-layout.c: a chart's geometry, computed once per size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data → title, legend, plot area, ticks, bars, points and category
 * labels, in pixels. Nothing is drawn here: @cr only measures text with
 * Pango, so the tests check the numbers and the window asks hit_test()
 * on hover without drawing.
 */

#define G_LOG_DOMAIN "kx-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kx-chart-private.h"
#include "kx-validate.h"

#define FONT_FAMILY "Noto Sans CJK SC, Sans"
#define MIN_HIT     4.0      /* pixels: tiny bars are still hoverable */

G_DEFINE_QUARK (kx-chart-error-quark, kx_chart_error)

void
kx_chart_style_init (KxChartStyle *style,
                     gboolean      dark)
{
  g_return_if_fail (style != NULL);

  style->dark = dark;
  style->font_size = 10;
  style->background = TRUE;
}

PangoLayout *
_kx_chart_text (cairo_t                    *cr,
                const PangoFontDescription *font,
                const char                 *text,
                double                     *out_w,
                double                     *out_h)
{
  PangoLayout *pl = pango_cairo_create_layout (cr);
  int w, h;

  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  pango_layout_get_size (pl, &w, &h);
  if (out_w != NULL)
    *out_w = (double) w / PANGO_SCALE;
  if (out_h != NULL)
    *out_h = (double) h / PANGO_SCALE;
  return pl;
}

static double
text_width (cairo_t                    *cr,
            const PangoFontDescription *font,
            const char                 *text)
{
  double w;

  g_object_unref (_kx_chart_text (cr, font, text, &w, NULL));
  return w;
}

static const KxChartItem *
item_at (const KxChartLayout *layout,
         guint                i)
{
  return &g_array_index (layout->data->items, KxChartItem, i);
}

/* Which series have anything to show (a cap of -1 is "none"), the largest
 * value, and whether everything is zero. */
static gint64
scan_values (KxChartLayout *layout)
{
  const KxChartData *data = layout->data;
  gint64 max = 0;

  layout->empty = TRUE;
  for (guint s = 0; s < data->n_series && s < KX_CHART_MAX_SERIES; s++)
    {
      layout->series_shown[s] = layout->n_items == 0;
      for (guint i = 0; i < layout->n_items; i++)
        {
          gint64 v = item_at (layout, i)->values[s];

          if (v >= 0)
            layout->series_shown[s] = TRUE;
          if (v > 0)
            layout->empty = FALSE;
          max = MAX (max, v);
        }
    }
  layout->n_slots = 0;
  if (data->kind != KX_CHART_TIMELINE)
    for (guint s = 0; s < data->n_series && s < KX_CHART_MAX_SERIES; s++)
      if (layout->series_shown[s])
        layout->slot_series[layout->n_slots++] = s;
  return max;
}

static void
place_legend (KxChartLayout *layout,
              cairo_t       *cr,
              double         pad,
              double        *top)
{
  const KxChartData *data = layout->data;
  double lh = layout->line_height;
  double sw = lh * 0.8, gap = lh * 1.2, total = 0, x;

  layout->n_legend = 0;
  for (guint s = 0; s < data->n_series && s < KX_CHART_MAX_SERIES; s++)
    if (layout->series_shown[s])
      {
        layout->legend_text[layout->n_legend] = data->series[s];
        layout->legend_color[layout->n_legend++] = (int) s;
      }
  if (layout->budget_shown)
    {
      layout->legend_text[layout->n_legend] = _("Call budget");
      layout->legend_color[layout->n_legend++] = -1;
    }
  for (guint e = 0; e < layout->n_legend; e++)
    {
      double w = text_width (cr, layout->font, layout->legend_text[e] ? layout->legend_text[e] : "");

      layout->legend_text_rect[e].w = MIN (w, layout->width * 0.6);
      total += sw + 4 + layout->legend_text_rect[e].w + (e > 0 ? gap : 0);
    }
  /* one centred row; what does not fit starts the next row */
  x = MAX (pad, (layout->width - total) / 2);
  for (guint e = 0; e < layout->n_legend; e++)
    {
      double need = sw + 4 + layout->legend_text_rect[e].w;

      if (e > 0 && x + need > layout->width - pad)
        {
          x = pad;
          *top += lh + 4;
        }
      layout->legend_swatch[e] = (KxChartRect) { x, *top + (lh - sw) / 2, sw, sw };
      layout->legend_text_rect[e].x = x + sw + 4;
      layout->legend_text_rect[e].y = *top;
      layout->legend_text_rect[e].h = lh;
      x += need + gap;
    }
  if (layout->n_legend > 0)
    *top += lh + pad * 0.75;
}

static double
max_tick_width (KxChartLayout *layout,
                cairo_t       *cr)
{
  double w = 0;

  for (guint t = 0; t < layout->ticks.n; t++)
    {
      g_autofree char *text = _kx_chart_tick_label (&layout->ticks, layout->ticks.values[t]);

      w = MAX (w, text_width (cr, layout->font, text));
    }
  return w;
}

static void
place_vertical (KxChartLayout *layout,
                cairo_t       *cr,
                double         pad,
                double         top)
{
  double lh = layout->line_height, tick_w, band, max_label = 0, bottom, max_len;
  guint thin = 1;
  g_autofree double *natural = g_new0 (double, MAX (layout->n_items, 1));

  tick_w = max_tick_width (layout, cr);
  layout->unit_rect = (KxChartRect) { pad, top, text_width (cr, layout->font, layout->unit_text), lh };
  layout->plot.y = top + lh + lh * 0.6;
  layout->plot.x = pad + MAX (tick_w, 0) + 8;
  layout->plot.w = MAX (layout->width - layout->plot.x - pad, 10);
  band = layout->plot.w / MAX (layout->n_items, 1);

  for (guint i = 0; i < layout->n_items; i++)
    {
      natural[i] = text_width (cr, layout->font, item_at (layout, i)->label);
      max_label = MAX (max_label, natural[i]);
    }
  /* Labels side by side when they fit their column; else turned upright,
   * cut with … to a third of the height, and only every thin-th one when
   * even a line's height is more than a column. */
  layout->label_box_w = band - 6;
  layout->labels_wrapped = max_label > band - 6 && max_label <= 1.8 * (band - 6) &&
                           band - 6 >= 2 * lh;
  layout->labels_rotated = max_label > band - 6 && !layout->labels_wrapped;
  max_len = MAX (layout->height * 0.28, lh * 2);
  if (layout->labels_rotated)
    {
      thin = (guint) ceil ((lh + 2) / MAX (band, 0.5));
      bottom = MIN (max_label, max_len) + 8;
    }
  else if (layout->labels_wrapped)
    bottom = 2 * lh + 8;
  else
    bottom = lh + 8;
  layout->plot.h = MAX (layout->height - pad - bottom - layout->plot.y, 10);

  for (guint i = 0; i < layout->n_items; i++)
    {
      KxChartLabel *label = &layout->labels[i];
      double cx = layout->plot.x + band * (i + 0.5);
      double base = layout->plot.y + layout->plot.h + 5;

      label->text = g_strdup (item_at (layout, i)->label);
      label->shown = i % thin == 0;
      if (layout->labels_rotated)
        label->rect = (KxChartRect) { cx - lh / 2, base, lh, MIN (natural[i], max_len) };
      else if (layout->labels_wrapped && natural[i] > layout->label_box_w)
        label->rect = (KxChartRect) { cx - layout->label_box_w / 2, base, layout->label_box_w, 2 * lh };
      else
        label->rect = (KxChartRect) { cx - natural[i] / 2, base, natural[i], lh };
    }
}

static void
place_horizontal (KxChartLayout *layout,
                  cairo_t       *cr,
                  double         pad,
                  double         top)
{
  double lh = layout->line_height, label_w = 0, value_w = 0, band;
  guint thin;

  layout->plot.y = top;
  /* below: the tick labels, then the unit */
  layout->plot.h = MAX (layout->height - pad - 2 * (lh + 4) - top, 10);
  band = layout->plot.h / MAX (layout->n_items, 1);
  for (guint i = 0; i < layout->n_items; i++)
    {
      label_w = MAX (label_w, text_width (cr, layout->font, item_at (layout, i)->label));
      /* amounts at the bars' ends only when the rows are a line high */
      if (band < lh)
        g_clear_pointer (&layout->value_text[i], g_free);
      if (layout->value_text[i] != NULL)
        value_w = MAX (value_w, text_width (cr, layout->font, layout->value_text[i]));
    }
  label_w = MIN (label_w, layout->width * 0.3);
  value_w = MIN (value_w, layout->width * 0.2);
  layout->plot.x = pad + label_w + 8;
  layout->plot.w = MAX (layout->width - layout->plot.x - pad - value_w - 6, 10);
  layout->unit_rect.w = text_width (cr, layout->font, layout->unit_text);
  layout->unit_rect.h = lh;
  layout->unit_rect.x = layout->plot.x + layout->plot.w - layout->unit_rect.w;
  layout->unit_rect.y = layout->plot.y + layout->plot.h + lh + 8;

  thin = (guint) ceil ((lh + 1) / MAX (band, 0.5));
  for (guint i = 0; i < layout->n_items; i++)
    {
      KxChartLabel *label = &layout->labels[i];
      double w = MIN (text_width (cr, layout->font, item_at (layout, i)->label), label_w);
      double cy = layout->plot.y + band * (i + 0.5);

      label->text = g_strdup (item_at (layout, i)->label);
      label->shown = i % thin == 0;
      label->rect = (KxChartRect) { layout->plot.x - 8 - w, cy - lh / 2, w, lh };
    }
}

static void
place_marks (KxChartLayout *layout)
{
  double base, band;

  if (layout->horizontal)
    {
      base = layout->plot.x;
      band = layout->plot.h / MAX (layout->n_items, 1);
    }
  else
    {
      base = layout->plot.y + layout->plot.h;
      band = layout->plot.w / MAX (layout->n_items, 1);
    }
  for (guint i = 0; i < layout->n_items; i++)
    {
      const KxChartItem *item = item_at (layout, i);
      double start = (layout->horizontal ? layout->plot.y : layout->plot.x) + band * i;

      if (layout->data->kind == KX_CHART_TIMELINE)
        {
          layout->point_x[i] = start + band / 2;
          layout->point_y[i] = _kx_chart_value_pos (layout, item->values[0]);
          continue;
        }
      for (guint slot = 0; slot < layout->n_slots; slot++)
        {
          guint s = layout->slot_series[slot];
          KxChartRect *bar = &layout->bars[i * KX_CHART_MAX_SERIES + s];
          double group = band * (layout->n_slots > 1 ? 0.8 : 0.6);
          double thick = group / layout->n_slots;
          double lo = start + (band - group) / 2 + thick * slot;
          double end;

          if (item->values[s] < 0)
            continue;
          end = _kx_chart_value_pos (layout, item->values[s]);
          if (layout->horizontal)
            *bar = (KxChartRect) { base, lo, end - base, thick };
          else
            *bar = (KxChartRect) { lo, end, thick, base - end };
        }
    }
  if (layout->budget_shown)
    layout->budget_pos = _kx_chart_value_pos (layout, layout->data->budget_fen);
}

static char *
value_text (const KxChartLayout *layout,
            gint64               value)
{
  if (!layout->data->money)
    return g_strdup_printf ("%lld", (long long) value);
  if (layout->ticks.unit_yuan == 10000)
    return kx_money_format_wan (value);
  return kx_money_format (value);
}

KxChartLayout *
kx_chart_layout_new (const KxChartData  *data,
                     const KxChartStyle *style,
                     cairo_t            *cr,
                     double              width,
                     double              height)
{
  KxChartLayout *layout;
  double pad, top, th, size, plot_guess;
  gint64 max;
  guint target;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  layout = g_new0 (KxChartLayout, 1);
  layout->data = data;
  layout->style = *style;
  layout->width = MAX (width, 1);
  layout->height = MAX (height, 1);
  layout->horizontal = data->kind == KX_CHART_ORGANIZATIONS;
  layout->n_items = data->items != NULL ? data->items->len : 0;
  layout->bars = g_new0 (KxChartRect, MAX (layout->n_items, 1) * KX_CHART_MAX_SERIES);
  layout->point_x = g_new0 (double, MAX (layout->n_items, 1));
  layout->point_y = g_new0 (double, MAX (layout->n_items, 1));
  layout->labels = g_new0 (KxChartLabel, MAX (layout->n_items, 1));
  layout->value_text = g_new0 (char *, MAX (layout->n_items, 1));

  size = style->font_size > 0 ? style->font_size : 10;
  layout->font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_size (layout->font, (int) (size * PANGO_SCALE));
  layout->title_font = pango_font_description_copy (layout->font);
  pango_font_description_set_weight (layout->title_font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_size (layout->title_font, (int) (size * 1.3 * PANGO_SCALE));
  g_object_unref (_kx_chart_text (cr, layout->font, "Ag国", NULL, &layout->line_height));

  pad = CLAMP (MIN (layout->width, layout->height) * 0.025, 6, 20);
  g_object_unref (_kx_chart_text (cr, layout->title_font, data->title ? data->title : "", NULL, &th));
  layout->title = (KxChartRect) { pad, pad, layout->width - 2 * pad, th };
  top = pad + th + pad * 0.6;

  max = scan_values (layout);
  layout->budget_shown = !layout->empty && data->budget_fen > 0 &&
                         (data->kind == KX_CHART_BUDGET || data->kind == KX_CHART_TIMELINE);
  if (layout->budget_shown)
    max = MAX (max, data->budget_fen);
  place_legend (layout, cr, pad, &top);

  plot_guess = layout->horizontal ? layout->width * 0.55 : layout->height - top - 4 * layout->line_height;
  target = (guint) CLAMP (plot_guess / (layout->horizontal ? 110 : 55), 3, 8);
  _kx_chart_ticks_compute (&layout->ticks, max, data->money, target);
  layout->axis_max = layout->ticks.values[layout->ticks.n - 1];
  layout->unit_text = g_strdup (data->money ? _("Amount (yuan)") : _("Projects"));

  if (data->kind == KX_CHART_ORGANIZATIONS || data->kind == KX_CHART_PIPELINE)
    for (guint i = 0; i < layout->n_items; i++)
      layout->value_text[i] = value_text (layout, item_at (layout, i)->values[0]);

  if (layout->horizontal)
    place_horizontal (layout, cr, pad, top);
  else
    place_vertical (layout, cr, pad, top);
  place_marks (layout);
  return layout;
}

void
kx_chart_layout_free (KxChartLayout *layout)
{
  if (layout == NULL)
    return;
  for (guint i = 0; i < layout->n_items; i++)
    {
      g_free (layout->labels[i].text);
      g_free (layout->value_text[i]);
    }
  g_free (layout->labels);
  g_free (layout->value_text);
  g_free (layout->bars);
  g_free (layout->point_x);
  g_free (layout->point_y);
  g_free (layout->unit_text);
  pango_font_description_free (layout->font);
  pango_font_description_free (layout->title_font);
  g_free (layout);
}

static gboolean
bar_at (const KxChartLayout *layout,
        guint                item,
        guint                series,
        KxChartRect         *out)
{
  KxChartRect bar;

  if (item >= layout->n_items || series >= KX_CHART_MAX_SERIES ||
      layout->data->kind == KX_CHART_TIMELINE || layout->empty)
    return FALSE;
  bar = layout->bars[item * KX_CHART_MAX_SERIES + series];
  if (bar.w <= 0 && bar.h <= 0)
    return FALSE;
  *out = bar;
  return TRUE;
}

int
kx_chart_layout_hit_test (KxChartLayout *layout,
                          double         x,
                          double         y,
                          guint         *out_series)
{
  g_return_val_if_fail (layout != NULL, -1);

  if (layout->empty)
    return -1;
  if (layout->data->kind == KX_CHART_TIMELINE)
    {
      double band = layout->plot.w / MAX (layout->n_items, 1);
      double reach = MIN (band / 2, 24);

      if (y < layout->plot.y - reach || y > layout->plot.y + layout->plot.h + reach)
        return -1;
      for (guint i = 0; i < layout->n_items; i++)
        if (fabs (x - layout->point_x[i]) <= reach)
          {
            if (out_series != NULL)
              *out_series = 0;
            return (int) i;
          }
      return -1;
    }
  for (guint i = 0; i < layout->n_items; i++)
    for (guint slot = 0; slot < layout->n_slots; slot++)
      {
        guint s = layout->slot_series[slot];
        KxChartRect r;

        if (!bar_at (layout, i, s, &r))
          continue;
        if (layout->horizontal && r.w < MIN_HIT)
          r.w = MIN_HIT;
        if (!layout->horizontal && r.h < MIN_HIT)
          {
            r.y -= MIN_HIT - r.h;
            r.h = MIN_HIT;
          }
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
          {
            if (out_series != NULL)
              *out_series = s;
            return (int) i;
          }
      }
  return -1;
}

char *
kx_chart_layout_describe (KxChartLayout *layout,
                          guint          item,
                          guint          series)
{
  const KxChartItem *it;
  g_autofree char *amount = NULL;
  const char *name;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (item < layout->n_items, NULL);
  g_return_val_if_fail (series < layout->data->n_series, NULL);

  it = item_at (layout, item);
  name = layout->data->series[series] ? layout->data->series[series] : "";
  if (it->values[series] < 0)
    amount = g_strdup ("—");
  else if (layout->data->money)
    amount = kx_money_format (it->values[series]);
  else
    amount = g_strdup_printf ("%lld", (long long) it->values[series]);
  return g_strdup_printf ("%s · %s\n%s", it->label, name, amount);
}

guint
kx_chart_layout_get_n_ticks (KxChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->ticks.n;
}

gint64
kx_chart_layout_get_tick (KxChartLayout *layout,
                          guint          index)
{
  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (index < layout->ticks.n, 0);
  return layout->ticks.values[index];
}

gboolean
kx_chart_layout_get_bar (KxChartLayout *layout,
                         guint          item,
                         guint          series,
                         double        *x,
                         double        *y,
                         double        *w,
                         double        *h)
{
  KxChartRect r;

  g_return_val_if_fail (layout != NULL, FALSE);
  if (!bar_at (layout, item, series, &r))
    return FALSE;
  if (x) *x = r.x;
  if (y) *y = r.y;
  if (w) *w = r.w;
  if (h) *h = r.h;
  return TRUE;
}

gboolean
kx_chart_layout_get_point (KxChartLayout *layout,
                           guint          item,
                           double        *x,
                           double        *y)
{
  g_return_val_if_fail (layout != NULL, FALSE);
  if (layout->data->kind != KX_CHART_TIMELINE || item >= layout->n_items)
    return FALSE;
  if (x) *x = layout->point_x[item];
  if (y) *y = layout->point_y[item];
  return TRUE;
}

gboolean
kx_chart_layout_get_label (KxChartLayout *layout,
                           guint          item,
                           double        *x,
                           double        *y,
                           double        *w,
                           double        *h)
{
  const KxChartLabel *label;

  g_return_val_if_fail (layout != NULL, FALSE);
  if (item >= layout->n_items || layout->empty || !layout->labels[item].shown)
    return FALSE;
  label = &layout->labels[item];
  if (x) *x = label->rect.x;
  if (y) *y = label->rect.y;
  if (w) *w = label->rect.w;
  if (h) *h = label->rect.h;
  return TRUE;
}

gboolean
kx_chart_layout_is_empty (KxChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, TRUE);
  return layout->empty;
}

gint64
kx_chart_layout_get_unit_yuan (KxChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->ticks.unit_yuan;
}
