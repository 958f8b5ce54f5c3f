/* kx-chart-palette.c: the charts' colours, safe for colour-blind readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-charts"

#include "config.h"

#include "kx-chart-palette.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

/* Okabe & Ito, "Color Universal Design" (2008), in the order that keeps
 * neighbouring series most distinct. */
static const KxChartColor palette[] = {
  RGB (0, 114, 178),    /* blue */
  RGB (230, 159, 0),    /* orange */
  RGB (0, 158, 115),    /* bluish green */
  RGB (213, 94, 0),     /* vermillion */
  RGB (86, 180, 233),   /* sky blue */
  RGB (204, 121, 167),  /* reddish purple */
  RGB (240, 228, 66),   /* yellow */
  RGB (128, 128, 128),  /* grey */
};

const KxChartColor *
kx_chart_palette_get (guint index)
{
  return &palette[index % G_N_ELEMENTS (palette)];
}

guint
kx_chart_palette_n (void)
{
  return G_N_ELEMENTS (palette);
}
