/* kx-chart-file.c: a chart written to PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same layout and render as in the window. PNG is drawn at twice the
 * size for crisp text; the file is written to a temporary name next to
 * it and renamed, so a failed write never leaves half a chart.
 */

#define G_LOG_DOMAIN "kx-charts"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-chart-private.h"

#define PNG_SCALE 2

typedef enum { FORMAT_PNG, FORMAT_SVG, FORMAT_PDF } Format;

static gboolean
format_of (const char *path,
           Format     *out)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out = FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static void
draw (cairo_t            *cr,
      const KxChartData  *data,
      const KxChartStyle *style,
      int                 width,
      int                 height)
{
  g_autoptr(KxChartLayout) layout = kx_chart_layout_new (data, style, cr, width, height);

  kx_chart_render (cr, layout);
}

static gboolean
write_to (const char         *tmp,
          Format              format,
          const KxChartData  *data,
          const KxChartStyle *style,
          int                 width,
          int                 height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (format == FORMAT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * PNG_SCALE, height * PNG_SCALE);
  else if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create (tmp, width, height);
  else
    surface = cairo_pdf_surface_create (tmp, width, height);
  cr = cairo_create (surface);
  if (format == FORMAT_PNG)
    cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  draw (cr, data, style, width, height);
  if (format == FORMAT_PDF)
    cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

gboolean
kx_chart_write_file (const KxChartData  *data,
                     const KxChartStyle *style,
                     int                 width,
                     int                 height,
                     const char         *path,
                     GError            **error)
{
  g_autofree char *tmp = NULL;
  Format format;
  int fd;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_of (path, &format))
    {
      g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_FORMAT,
                   _("Cannot write the chart to “%s”: the file name must end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }
  if (width < 16 || height < 16 || width > 10000 || height > 10000)
    {
      g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_FORMAT,
                   _("Cannot write the chart to “%s”: the size must be between 16 and 10000 pixels"),
                   path);
      return FALSE;
    }
  tmp = g_strconcat (path, ".XXXXXX", NULL);
  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;

      g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_WRITE,
                   _("Cannot write the chart to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);
  g_chmod (tmp, 0644);
  if (!write_to (tmp, format, data, style, width, height))
    {
      g_unlink (tmp);
      g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_WRITE,
                   _("Cannot write the chart to “%s”"), path);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_WRITE,
                   _("Cannot write the chart to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
