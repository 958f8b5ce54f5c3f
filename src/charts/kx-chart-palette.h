/* kx-chart-palette.h: the charts' colours, safe for colour-blind readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} KxChartColor;

/* The Okabe-Ito palette (blue, orange, bluish green, vermillion, sky blue,
 * reddish purple, yellow, grey): told apart with every common colour
 * vision deficiency. @index wraps around. */
const KxChartColor *kx_chart_palette_get (guint index);
guint               kx_chart_palette_n   (void);

G_END_DECLS
