/* kx-chart-ticks.c: round axis ticks in 元, 万元 or counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The step is 1, 2 or 5 × 10^k whole label units (元 or 万元, or
 * projects), and the ticks run from 0 to the first multiple of the step
 * at or above the largest value.
 */

#define G_LOG_DOMAIN "kx-charts"

#include "config.h"

#include <math.h>

#include "kx-chart-private.h"

#define FEN_PER_YUAN 100
#define FEN_PER_WAN  1000000
/* From 10万元 on, the axis counts in 万元. */
#define WAN_FROM_FEN (10 * (gint64) FEN_PER_WAN)

static gint64
nice_step (double raw)
{
  double mag, frac;

  if (raw <= 1)
    return 1;
  mag = pow (10, floor (log10 (raw)));
  frac = raw / mag;
  if (frac <= 1)
    return (gint64) mag;
  if (frac <= 2)
    return (gint64) (2 * mag);
  if (frac <= 5)
    return (gint64) (5 * mag);
  return (gint64) (10 * mag);
}

void
_kx_chart_ticks_compute (KxChartTicks *ticks,
                         gint64        max_value,
                         gboolean      money,
                         guint         target)
{
  gint64 max_units, step, n;

  if (money)
    {
      ticks->unit_fen = max_value >= WAN_FROM_FEN ? FEN_PER_WAN : FEN_PER_YUAN;
      ticks->unit_yuan = ticks->unit_fen / FEN_PER_YUAN;
    }
  else
    {
      ticks->unit_fen = 1;
      ticks->unit_yuan = 0;
    }
  if (target < 2)
    target = 2;
  if (max_value < 0)
    max_value = 0;
  max_units = (max_value + ticks->unit_fen - 1) / ticks->unit_fen;
  step = nice_step ((double) max_units / target);
  n = (max_units + step - 1) / step;
  if (n < 1)
    n = 1;
  /* the rounding of nice_step() keeps n ≤ target; never more than fit */
  while (n + 1 > KX_CHART_MAX_TICKS)
    {
      step = nice_step ((double) step * 2);
      n = (max_units + step - 1) / step;
    }
  ticks->n = (guint) n + 1;
  for (guint i = 0; i < ticks->n; i++)
    ticks->values[i] = (gint64) i * step * ticks->unit_fen;
}

static void
append_grouped (GString *s,
                guint64  n)
{
  char digits[32];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
}

/* "0", "5,000", "50万" or "12" */
char *
_kx_chart_tick_label (const KxChartTicks *ticks,
                      gint64              value)
{
  GString *s = g_string_new (NULL);

  if (value == 0)
    g_string_append_c (s, '0');
  else
    {
      append_grouped (s, (guint64) (value / ticks->unit_fen));
      if (ticks->unit_yuan == 10000)
        g_string_append (s, "万");   /* 万 is the unit itself, as on the Chinese forms */
    }
  return g_string_free (s, FALSE);
}

/* The pixel of @value on the value axis: y (vertical bars) or x. */
double
_kx_chart_value_pos (const KxChartLayout *layout,
                     gint64               value)
{
  double f;

  if (value < 0)
    value = 0;
  f = layout->axis_max > 0 ? (double) value / (double) layout->axis_max : 0;
  if (layout->horizontal)
    return layout->plot.x + f * layout->plot.w;
  return layout->plot.y + layout->plot.h - f * layout->plot.h;
}
