/* kx-chart-render.c: drawing a laid-out chart with Cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here reads the layout's geometry; nothing is measured or
 * decided again, so what is drawn is what hit_test() and the tests see.
 */

#define G_LOG_DOMAIN "kx-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kx-chart-palette.h"
#include "kx-chart-private.h"
#include "kx-validate.h"

typedef struct
{
  double r, g, b;
} Rgb;

typedef struct
{
  Rgb background;
  Rgb text;
  Rgb muted;
  Rgb grid;
  Rgb axis;
} Theme;

static const Theme light_theme = {
  { 1.0, 1.0, 1.0 }, { 0.13, 0.13, 0.13 }, { 0.40, 0.40, 0.40 },
  { 0.88, 0.88, 0.88 }, { 0.45, 0.45, 0.45 },
};

static const Theme dark_theme = {
  { 0.14, 0.14, 0.15 }, { 0.93, 0.93, 0.93 }, { 0.70, 0.70, 0.70 },
  { 0.30, 0.30, 0.32 }, { 0.62, 0.62, 0.62 },
};

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_series (cairo_t *cr,
            guint    series)
{
  const KxChartColor *c = kx_chart_palette_get (series);

  cairo_set_source_rgb (cr, c->red, c->green, c->blue);
}

/* @text at (x, y), cut with … to @max_w when @max_w > 0, aligned in a box
 * of @max_w. */
static void
show_text (cairo_t                    *cr,
           const PangoFontDescription *font,
           const char                 *text,
           double                      x,
           double                      y,
           double                      max_w,
           PangoAlignment              align)
{
  g_autoptr(PangoLayout) pl = _kx_chart_text (cr, font, text, NULL, NULL);

  if (max_w > 0)
    {
      pango_layout_set_width (pl, (int) ceil (max_w * PANGO_SCALE));
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (pl, align);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pl);
}

static void
draw_empty (cairo_t       *cr,
            KxChartLayout *layout,
            const Theme   *theme)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (layout->font);
  double w, h, top = layout->title.y + layout->title.h;
  g_autoptr(PangoLayout) pl = NULL;

  pango_font_description_set_size (font, pango_font_description_get_size (font) * 2);
  pl = _kx_chart_text (cr, font, _("No data yet"), &w, &h);
  set_rgb (cr, &theme->muted);
  cairo_move_to (cr, (layout->width - w) / 2, top + (layout->height - top - h) / 2);
  pango_cairo_show_layout (cr, pl);
}

static void
draw_axes (cairo_t       *cr,
           KxChartLayout *layout,
           const Theme   *theme)
{
  const KxChartRect *p = &layout->plot;
  double lh = layout->line_height;

  cairo_set_line_width (cr, 1);
  for (guint t = 0; t < layout->ticks.n; t++)
    {
      g_autofree char *text = _kx_chart_tick_label (&layout->ticks, layout->ticks.values[t]);
      double pos = _kx_chart_value_pos (layout, layout->ticks.values[t]);
      double tw;

      g_object_unref (_kx_chart_text (cr, layout->font, text, &tw, NULL));
      set_rgb (cr, &theme->grid);
      if (layout->horizontal)
        {
          cairo_move_to (cr, round (pos) + 0.5, p->y);
          cairo_line_to (cr, round (pos) + 0.5, p->y + p->h);
          cairo_stroke (cr);
          set_rgb (cr, &theme->muted);
          show_text (cr, layout->font, text, pos - tw / 2, p->y + p->h + 4, 0, PANGO_ALIGN_LEFT);
        }
      else
        {
          cairo_move_to (cr, p->x, round (pos) + 0.5);
          cairo_line_to (cr, p->x + p->w, round (pos) + 0.5);
          cairo_stroke (cr);
          set_rgb (cr, &theme->muted);
          show_text (cr, layout->font, text, p->x - 8 - tw, pos - lh / 2, 0, PANGO_ALIGN_LEFT);
        }
    }
  /* the baseline */
  set_rgb (cr, &theme->axis);
  cairo_set_line_width (cr, 1.5);
  if (layout->horizontal)
    {
      cairo_move_to (cr, p->x, p->y);
      cairo_line_to (cr, p->x, p->y + p->h);
    }
  else
    {
      cairo_move_to (cr, p->x, p->y + p->h);
      cairo_line_to (cr, p->x + p->w, p->y + p->h);
    }
  cairo_stroke (cr);
  set_rgb (cr, &theme->muted);
  show_text (cr, layout->font, layout->unit_text, layout->unit_rect.x, layout->unit_rect.y,
             0, PANGO_ALIGN_LEFT);
}

static void
draw_labels (cairo_t       *cr,
             KxChartLayout *layout,
             const Theme   *theme)
{
  set_rgb (cr, &theme->text);
  for (guint i = 0; i < layout->n_items; i++)
    {
      const KxChartLabel *label = &layout->labels[i];

      if (!label->shown)
        continue;
      if (layout->labels_rotated)
        {
          /* upright, reading upwards, ending at the axis */
          cairo_save (cr);
          cairo_translate (cr, label->rect.x, label->rect.y + label->rect.h);
          cairo_rotate (cr, -G_PI / 2);
          show_text (cr, layout->font, label->text, 0, 0, label->rect.h + 0.5, PANGO_ALIGN_RIGHT);
          cairo_restore (cr);
        }
      else if (layout->labels_wrapped && label->rect.h > layout->line_height)
        {
          /* two lines at most, broken between characters into halves of
           * about the same length, centred */
          double tw, wrap_w;
          g_autoptr(PangoLayout) pl = _kx_chart_text (cr, layout->font, label->text, &tw, NULL);

          wrap_w = MIN (label->rect.w, ceil (tw / 2) + layout->line_height * 0.8);
          pango_layout_set_width (pl, (int) ceil ((wrap_w + 0.5) * PANGO_SCALE));
          pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (pl, -2);
          pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
          pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
          cairo_move_to (cr, label->rect.x + (label->rect.w - wrap_w) / 2, label->rect.y);
          pango_cairo_show_layout (cr, pl);
        }
      else
        show_text (cr, layout->font, label->text, label->rect.x, label->rect.y,
                   layout->horizontal ? label->rect.w + 0.5 : 0, PANGO_ALIGN_RIGHT);
    }
}

static void
draw_bars (cairo_t       *cr,
           KxChartLayout *layout,
           const Theme   *theme)
{
  double lh = layout->line_height;

  for (guint i = 0; i < layout->n_items; i++)
    {
      for (guint slot = 0; slot < layout->n_slots; slot++)
        {
          guint s = layout->slot_series[slot];
          const KxChartRect *r = &layout->bars[i * KX_CHART_MAX_SERIES + s];

          if (r->w <= 0 && r->h <= 0)
            continue;
          set_series (cr, s);
          cairo_rectangle (cr, r->x, r->y, r->w, r->h);
          cairo_fill (cr);
        }
      if (layout->value_text[i] != NULL && layout->n_slots > 0)
        {
          const KxChartRect *r = &layout->bars[i * KX_CHART_MAX_SERIES + layout->slot_series[0]];
          double tw;

          g_object_unref (_kx_chart_text (cr, layout->font, layout->value_text[i], &tw, NULL));
          set_rgb (cr, &theme->text);
          if (layout->horizontal)
            show_text (cr, layout->font, layout->value_text[i], r->x + MAX (r->w, 0) + 4,
                       r->y + r->h / 2 - lh / 2, 0, PANGO_ALIGN_LEFT);
          else if (tw <= r->w + 8 && r->y - lh - 2 >= layout->plot.y - lh / 2)
            show_text (cr, layout->font, layout->value_text[i], r->x + r->w / 2 - tw / 2,
                       r->y - lh - 2, 0, PANGO_ALIGN_LEFT);
          else if (tw <= r->w - 4 && r->h >= lh + 4)
            {
              /* no room above the tallest bar: inside its top, on the bar's colour */
              cairo_set_source_rgb (cr, 1, 1, 1);
              show_text (cr, layout->font, layout->value_text[i], r->x + r->w / 2 - tw / 2,
                         r->y + 2, 0, PANGO_ALIGN_LEFT);
            }
        }
    }
}

static void
draw_timeline (cairo_t       *cr,
               KxChartLayout *layout,
               const Theme   *theme)
{
  double base = layout->plot.y + layout->plot.h;

  if (layout->n_items == 0)
    return;
  /* a light area under the cumulative line, the line, then the points */
  set_series (cr, 0);
  cairo_move_to (cr, layout->point_x[0], base);
  for (guint i = 0; i < layout->n_items; i++)
    cairo_line_to (cr, layout->point_x[i], layout->point_y[i]);
  cairo_line_to (cr, layout->point_x[layout->n_items - 1], base);
  cairo_close_path (cr);
  cairo_save (cr);
  cairo_clip (cr);
  cairo_paint_with_alpha (cr, 0.18);
  cairo_restore (cr);

  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < layout->n_items; i++)
    cairo_line_to (cr, layout->point_x[i], layout->point_y[i]);
  cairo_stroke (cr);
  for (guint i = 0; i < layout->n_items; i++)
    {
      cairo_arc (cr, layout->point_x[i], layout->point_y[i], 4.5, 0, 2 * G_PI);
      set_series (cr, 0);
      cairo_fill_preserve (cr);
      set_rgb (cr, &theme->background);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
budget_dash (cairo_t *cr)
{
  static const double dash[] = { 7, 4 };

  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 2);
}

static void
draw_budget (cairo_t       *cr,
             KxChartLayout *layout,
             const Theme   *theme)
{
  g_autofree char *amount = NULL;
  g_autofree char *text = NULL;
  double y = round (layout->budget_pos), tw;

  if (!layout->budget_shown)
    return;
  cairo_save (cr);
  set_rgb (cr, &theme->text);
  budget_dash (cr);
  cairo_move_to (cr, layout->plot.x, y);
  cairo_line_to (cr, layout->plot.x + layout->plot.w, y);
  cairo_stroke (cr);
  cairo_restore (cr);

  amount = layout->ticks.unit_yuan == 10000 ? kx_money_format_wan (layout->data->budget_fen)
                                            : kx_money_format (layout->data->budget_fen);
  /* TRANSLATORS: the label of the call budget's line on a chart; %s is the amount */
  text = g_strdup_printf (_("Budget %s"), amount);
  g_object_unref (_kx_chart_text (cr, layout->font, text, &tw, NULL));
  set_rgb (cr, &theme->text);
  show_text (cr, layout->font, text, layout->plot.x + layout->plot.w - tw - 2,
             y - layout->line_height - 2, 0, PANGO_ALIGN_LEFT);
}

static void
draw_legend (cairo_t       *cr,
             KxChartLayout *layout,
             const Theme   *theme)
{
  for (guint e = 0; e < layout->n_legend; e++)
    {
      const KxChartRect *sw = &layout->legend_swatch[e];
      const KxChartRect *tr = &layout->legend_text_rect[e];

      if (layout->legend_color[e] == 0 && layout->data->kind == KX_CHART_TIMELINE)
        {
          /* the line with a point, as drawn */
          set_series (cr, 0);
          cairo_set_line_width (cr, 2.5);
          cairo_move_to (cr, sw->x - 4, sw->y + sw->h / 2);
          cairo_line_to (cr, sw->x + sw->w + 2, sw->y + sw->h / 2);
          cairo_stroke (cr);
          cairo_arc (cr, sw->x + sw->w / 2 - 1, sw->y + sw->h / 2, 3.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else if (layout->legend_color[e] < 0)
        {
          cairo_save (cr);
          set_rgb (cr, &theme->text);
          budget_dash (cr);
          cairo_move_to (cr, sw->x - 4, sw->y + sw->h / 2);
          cairo_line_to (cr, sw->x + sw->w + 2, sw->y + sw->h / 2);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          set_series (cr, (guint) layout->legend_color[e]);
          cairo_rectangle (cr, sw->x, sw->y, sw->w, sw->h);
          cairo_fill (cr);
        }
      set_rgb (cr, &theme->text);
      show_text (cr, layout->font, layout->legend_text[e] ? layout->legend_text[e] : "",
                 tr->x, tr->y, tr->w + 0.5, PANGO_ALIGN_LEFT);
    }
}

void
kx_chart_render (cairo_t       *cr,
                 KxChartLayout *layout)
{
  const Theme *theme;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  theme = layout->style.dark ? &dark_theme : &light_theme;
  cairo_save (cr);
  if (layout->style.background)
    {
      set_rgb (cr, &theme->background);
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      cairo_fill (cr);
    }
  set_rgb (cr, &theme->text);
  show_text (cr, layout->title_font, layout->data->title ? layout->data->title : "",
             layout->title.x, layout->title.y, layout->title.w, PANGO_ALIGN_CENTER);
  if (layout->empty)
    draw_empty (cr, layout, theme);
  else
    {
      draw_legend (cr, layout, theme);
      draw_axes (cr, layout, theme);
      if (layout->data->kind == KX_CHART_TIMELINE)
        draw_timeline (cr, layout, theme);
      else
        draw_bars (cr, layout, theme);
      draw_budget (cr, layout, theme);
      draw_labels (cr, layout, theme);
    }
  cairo_restore (cr);
}
