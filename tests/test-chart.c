/* test-chart.c: the chart layout in numbers, and what rendering leaves on pixels and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "kx-chart.h"
#include "kx-chart-palette.h"
#include "kx-test-world.h"
#include "kx-validate.h"

#define W 1280
#define H 800

/* A drawing surface and its context, as the window or a file gives one. */
typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static void
canvas_init (Canvas *c,
             int     w,
             int     h)
{
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  c->cr = cairo_create (c->surface);
}

static void
canvas_clear (Canvas *c)
{
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Canvas, canvas_clear)

static void
pixel (Canvas *c,
       int     x,
       int     y,
       guint8 *r,
       guint8 *g,
       guint8 *b)
{
  guint32 p;

  cairo_surface_flush (c->surface);
  p = *(guint32 *) (cairo_image_surface_get_data (c->surface) +
                    y * cairo_image_surface_get_stride (c->surface) + x * 4);
  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static gboolean
pixel_is_series (Canvas *c,
                 int     x,
                 int     y,
                 guint   series)
{
  const KxChartColor *want = kx_chart_palette_get (series);
  guint8 r, g, b;

  pixel (c, x, y, &r, &g, &b);
  return fabs (r - want->red * 255) <= 2 && fabs (g - want->green * 255) <= 2 &&
         fabs (b - want->blue * 255) <= 2;
}

/* How many pixels of the rectangle are not the light background. */
static guint
count_ink (Canvas *c,
           int     x0,
           int     y0,
           int     x1,
           int     y1)
{
  guint n = 0;

  for (int y = MAX (y0, 0); y < y1 && y < cairo_image_surface_get_height (c->surface); y++)
    for (int x = MAX (x0, 0); x < x1 && x < cairo_image_surface_get_width (c->surface); x++)
      {
        guint8 r, g, b;

        pixel (c, x, y, &r, &g, &b);
        if (r < 200 || g < 200 || b < 200)
          n++;
      }
  return n;
}

static guint
count_series (Canvas *c,
              guint   series)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (c->surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (c->surface); x++)
      n += pixel_is_series (c, x, y, series);
  return n;
}

static KxChartData *
make_data (KxChartKind kind,
           guint       n,
           gint64      base)
{
  KxChartData *data = kx_chart_data_new (kind, 2026);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Item %u", i + 1);
      gint64 values[4] = { base * (i + 1), base * (i + 1) / 2, base / 10, -1 };

      kx_chart_data_append_item (data, label, i + 1, values, 4);
    }
  return data;
}

static gboolean
rects_intersect (const double *a,
                 const double *b)
{
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

/* Bars: heights proportional to values, one baseline, hit-testing and the
 * tooltip's exact amount. */
static void
test_bars (void)
{
  g_autoptr(KxChartData) data = make_data (KX_CHART_BUDGET, 5, KX_TEST_YUAN (123457));
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  double x1, y1, w1, h1, x2, y2, w2, h2;
  guint series = 99;
  g_autofree char *text = NULL;
  g_autofree char *amount = NULL;

  data->budget_fen = KX_TEST_YUAN (3000000);
  canvas_init (&c, W, H);
  kx_chart_style_init (&style, FALSE);
  layout = kx_chart_layout_new (data, &style, c.cr, W, H);
  g_assert_false (kx_chart_layout_is_empty (layout));

  /* item 2 (value 3×) against item 0 (1×), series 0 */
  g_assert_true (kx_chart_layout_get_bar (layout, 0, 0, &x1, &y1, &w1, &h1));
  g_assert_true (kx_chart_layout_get_bar (layout, 2, 0, &x2, &y2, &w2, &h2));
  g_assert_cmpfloat (h1, >, 5);
  g_assert_cmpfloat (fabs (h2 - 3 * h1), <=, 1);
  g_assert_cmpfloat (fabs ((y1 + h1) - (y2 + h2)), <, 0.01);
  g_assert_cmpfloat (fabs (w1 - w2), <, 0.01);
  g_assert_cmpfloat (x2, >, x1 + w1);
  /* series 1 is half of series 0 */
  g_assert_true (kx_chart_layout_get_bar (layout, 2, 1, &x1, &y1, &w1, &h1));
  g_assert_cmpfloat (fabs (h2 - 2 * h1), <=, 1);
  g_assert_cmpfloat (fabs ((y1 + h1) - (y2 + h2)), <, 0.01);
  /* no cap: no bar */
  g_assert_false (kx_chart_layout_get_bar (layout, 2, 3, NULL, NULL, NULL, NULL));
  /* the budget line is above every bar: the axis covers it */
  g_assert_cmpint (kx_chart_layout_get_tick (layout, kx_chart_layout_get_n_ticks (layout) - 1),
                   >=, data->budget_fen);

  g_assert_cmpint (kx_chart_layout_hit_test (layout, x2 + w2 / 2, y2 + h2 / 2, &series), ==, 2);
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x1 + w1 / 2, y1 + h1 / 2, &series), ==, 2);
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x2 + w2 / 2, y2 - 10, NULL), ==, -1);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, 2, 2, NULL), ==, -1);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, W - 2, H - 2, NULL), ==, -1);

  text = kx_chart_layout_describe (layout, 2, 0);
  amount = kx_money_format (KX_TEST_YUAN (123457) * 3);
  g_assert_cmpstr (amount, ==, "¥370,371.00");
  g_assert_nonnull (strstr (text, amount));
  g_assert_nonnull (strstr (text, "Item 3"));
  g_assert_nonnull (strstr (text, "Approved"));
}

/* Horizontal bars (organizations): widths proportional, a shared left edge. */
static void
test_horizontal (void)
{
  g_autoptr(KxChartData) data = kx_chart_data_new (KX_CHART_ORGANIZATIONS, 2026);
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  gint64 v[] = { 800000, 200000, 50 };
  double x[3], y[3], w[3], h[3];
  guint series;

  for (guint i = 0; i < 3; i++)
    kx_chart_data_append_item (data, i == 2 ? "Others" : "某某学会", i == 2 ? 0 : 10 + i, &v[i], 1);
  canvas_init (&c, W, H);
  kx_chart_style_init (&style, FALSE);
  layout = kx_chart_layout_new (data, &style, c.cr, W, H);
  for (guint i = 0; i < 3; i++)
    g_assert_true (kx_chart_layout_get_bar (layout, i, 0, &x[i], &y[i], &w[i], &h[i]));
  g_assert_cmpfloat (fabs (w[0] - 4 * w[1]), <=, 1);
  g_assert_cmpfloat (x[0], ==, x[1]);
  g_assert_cmpfloat (y[1], >, y[0] + h[0]);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x[1] + w[1] / 2, y[1] + h[1] / 2, &series), ==, 1);
  /* a tiny bar is still hoverable */
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x[2] + 1, y[2] + h[2] / 2, &series), ==, 2);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x[1] + w[1] + 20, y[1] + h[1] / 2, NULL), ==, -1);
}

/* Timeline: points, not bars; y proportional to the cumulative value. */
static void
test_timeline (void)
{
  g_autoptr(KxChartData) data = kx_chart_data_new (KX_CHART_TIMELINE, 2026);
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  double x0, y0, x5, y5, x11, y11;
  guint series;

  for (int m = 1; m <= 12; m++)
    {
      gint64 v = KX_TEST_YUAN (10000) * (m >= 6 ? 4 : m >= 3 ? 1 : 0);
      g_autofree char *label = g_strdup_printf ("%d月", m);

      kx_chart_data_append_item (data, label, m, &v, 1);
    }
  data->budget_fen = KX_TEST_YUAN (100000);
  canvas_init (&c, W, H);
  kx_chart_style_init (&style, TRUE);
  layout = kx_chart_layout_new (data, &style, c.cr, W, H);
  g_assert_false (kx_chart_layout_get_bar (layout, 0, 0, NULL, NULL, NULL, NULL));
  g_assert_true (kx_chart_layout_get_point (layout, 0, &x0, &y0));
  g_assert_true (kx_chart_layout_get_point (layout, 5, &x5, &y5));
  g_assert_true (kx_chart_layout_get_point (layout, 11, &x11, &y11));
  g_assert_false (kx_chart_layout_get_point (layout, 12, NULL, NULL));
  g_assert_cmpfloat (x0, <, x5);
  g_assert_cmpfloat (y5, ==, y11);
  g_assert_true (kx_chart_layout_get_point (layout, 2, NULL, &y11));
  /* month 3 is ¥10,000, month 6 ¥40,000 above the baseline y0 */
  g_assert_cmpfloat (fabs ((y0 - y5) - 4 * (y0 - y11)), <=, 1);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, x5, y5, &series), ==, 5);
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpint (kx_chart_layout_hit_test (layout, 1, 1, NULL), ==, -1);
  kx_chart_render (c.cr, layout);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (pixel_is_series (&c, (int) x5, (int) y5, 0));
}

/* Ticks: 0 first, a constant step of 1, 2 or 5 × 10^k whole 元 or 万元
 * (or projects), the last at or above the maximum, the unit fitting it. */
static void
check_ticks (gint64   max,
             gboolean money)
{
  g_autoptr(KxChartData) data = kx_chart_data_new (money ? KX_CHART_ORGANIZATIONS : KX_CHART_PIPELINE, 2026);
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  guint n;
  gint64 step, unit, units;

  kx_chart_data_append_item (data, "x", 1, &max, 1);
  canvas_init (&c, 200, 200);
  kx_chart_style_init (&style, FALSE);
  layout = kx_chart_layout_new (data, &style, c.cr, W, H);
  n = kx_chart_layout_get_n_ticks (layout);
  unit = money ? kx_chart_layout_get_unit_yuan (layout) * 100 : 1;
  g_assert_cmpint (kx_chart_layout_get_unit_yuan (layout), ==,
                   !money ? 0 : max >= KX_TEST_YUAN (100000) ? 10000 : 1);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, 16);
  g_assert_cmpint (kx_chart_layout_get_tick (layout, 0), ==, 0);
  g_assert_cmpint (kx_chart_layout_get_tick (layout, n - 1), >=, max);
  g_assert_cmpint (kx_chart_layout_get_tick (layout, n - 2), <, max);
  step = kx_chart_layout_get_tick (layout, 1);
  g_assert_cmpint (step % unit, ==, 0);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (kx_chart_layout_get_tick (layout, i) - kx_chart_layout_get_tick (layout, i - 1), ==, step);
  units = step / unit;
  while (units % 10 == 0)
    units /= 10;
  g_assert_true (units == 1 || units == 2 || units == 5);
}

static void
test_ticks (void)
{
  static const gint64 money[] = {
    1, 99, 100, 101, 12345, 99999, 100000, 2345678, 9999999, 10000000, 35000000,
    350000000, 123456789, 999999999999, 1000000000000, G_GINT64_CONSTANT (4000000000000000),
  };
  static const gint64 counts[] = { 1, 2, 3, 7, 10, 11, 25, 99, 101, 4567, 1000000 };

  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    check_ticks (money[i], TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    check_ticks (counts[i], FALSE);
}

/* 30 organizations with long names: the labels are cut with … and never
 * overlap; 60 stages of long labels on a small chart are turned and
 * thinned out, never overlapping either. */
static void
check_labels (KxChartKind kind,
              guint       n,
              int         w,
              int         h)
{
  g_autoptr(KxChartData) data = kx_chart_data_new (kind, 2026);
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  g_autofree double *rects = g_new0 (double, n * 4);
  g_autofree gboolean *shown = g_new0 (gboolean, n);
  guint n_shown = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("湖南省郴州市第%u个非常非常长名字的科学技术协会学会", i + 1);
      gint64 v = KX_TEST_YUAN (1000) * (n - i);

      kx_chart_data_append_item (data, label, i + 1, &v, 1);
    }
  canvas_init (&c, w, h);
  kx_chart_style_init (&style, FALSE);
  layout = kx_chart_layout_new (data, &style, c.cr, w, h);
  for (guint i = 0; i < n; i++)
    {
      double *r = &rects[i * 4];

      shown[i] = kx_chart_layout_get_label (layout, i, &r[0], &r[1], &r[2], &r[3]);
      if (!shown[i])
        continue;
      n_shown++;
      g_assert_cmpfloat (r[0], >=, 0);
      g_assert_cmpfloat (r[1], >=, 0);
      g_assert_cmpfloat (r[0] + r[2], <=, w);
      g_assert_cmpfloat (r[1] + r[3], <=, h + 0.5);
      for (guint j = 0; j < i; j++)
        if (shown[j])
          g_assert_false (rects_intersect (r, &rects[j * 4]));
    }
  g_assert_cmpuint (n_shown, >=, MIN (n, 5));
  kx_chart_render (c.cr, layout);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
}

static void
test_labels (void)
{
  check_labels (KX_CHART_ORGANIZATIONS, 30, W, H);
  check_labels (KX_CHART_ORGANIZATIONS, 30, 480, 300);
  check_labels (KX_CHART_PIPELINE, 12, W, H);
  check_labels (KX_CHART_PIPELINE, 60, 640, 400);
  check_labels (KX_CHART_BUDGET, 40, 800, 600);
}

/* Empty: 暂无数据 ("No data yet") in the middle, no bars. */
static void
check_empty (KxChartData *data,
             gboolean     dark)
{
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;

  canvas_init (&c, 640, 400);
  kx_chart_style_init (&style, dark);
  layout = kx_chart_layout_new (data, &style, c.cr, 640, 400);
  g_assert_true (kx_chart_layout_is_empty (layout));
  g_assert_cmpint (kx_chart_layout_hit_test (layout, 320, 200, NULL), ==, -1);
  kx_chart_render (c.cr, layout);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  if (!dark)
    g_assert_cmpuint (count_ink (&c, 220, 170, 420, 240), >, 100);
  for (guint s = 0; s < 4; s++)
    g_assert_cmpuint (count_series (&c, s), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(KxChartData) none = kx_chart_data_new (KX_CHART_BUDGET, 2026);
  g_autoptr(KxChartData) zeros = make_data (KX_CHART_PIPELINE, 6, 0);
  g_autoptr(KxChartData) timeline = kx_chart_data_new (KX_CHART_TIMELINE, 2026);
  gint64 zero = 0;

  for (int m = 1; m <= 12; m++)
    kx_chart_data_append_item (timeline, "月", m, &zero, 1);
  timeline->budget_fen = KX_TEST_YUAN (1000);
  check_empty (none, FALSE);
  check_empty (zeros, FALSE);
  check_empty (timeline, FALSE);
  check_empty (none, TRUE);
}

/* One item, many categories and huge values draw without error, with the
 * bar's colour where its rectangle is. */
static void
check_render (KxChartData *data,
              gboolean     dark)
{
  g_autoptr(KxChartLayout) layout = NULL;
  g_auto(Canvas) c;
  KxChartStyle style;
  guint checked = 0;

  canvas_init (&c, W, H);
  kx_chart_style_init (&style, dark);
  layout = kx_chart_layout_new (data, &style, c.cr, W, H);
  kx_chart_render (c.cr, layout);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  for (guint i = 0; i < data->items->len; i++)
    for (guint s = 0; s < data->n_series; s++)
      {
        double x, y, w, h;

        if (!kx_chart_layout_get_bar (layout, i, s, &x, &y, &w, &h) || w < 3 || h < 3)
          continue;
        g_assert_true (pixel_is_series (&c, (int) (x + w / 2), (int) (y + h / 2), s));
        checked++;
      }
  g_assert_cmpuint (checked, >, 0);
}

static void
test_render (void)
{
  g_autoptr(KxChartData) one = make_data (KX_CHART_PIPELINE, 1, 7);
  g_autoptr(KxChartData) many = make_data (KX_CHART_BUDGET, 80, KX_TEST_YUAN (5000));
  g_autoptr(KxChartData) huge = make_data (KX_CHART_BUDGET, 5, G_GINT64_CONSTANT (1000000000000) / 5);
  g_autoptr(KxChartData) orgs = make_data (KX_CHART_ORGANIZATIONS, 11, KX_TEST_YUAN (30000));

  one->n_series = 1;
  orgs->n_series = 1;
  huge->budget_fen = G_GINT64_CONSTANT (1000000000000);
  check_render (one, FALSE);
  check_render (many, FALSE);
  check_render (huge, FALSE);
  check_render (huge, TRUE);
  check_render (orgs, TRUE);
}

static char *
read_file (const char *path,
           gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, len, &error));
  g_assert_no_error (error);
  return text;
}

static void
test_files (void)
{
  g_autofree char *dir = kx_test_make_dir ("chart-files");
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "chart.gif", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "chart.png", NULL);
  g_autoptr(KxChartData) data = make_data (KX_CHART_BUDGET, 5, KX_TEST_YUAN (100000));
  g_autoptr(GError) error = NULL;
  g_autofree char *png_text = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  cairo_surface_t *image;
  KxChartStyle style;
  gsize len;
  int status;

  kx_chart_style_init (&style, FALSE);
  g_assert_true (kx_chart_write_file (data, &style, 640, 400, png, &error));
  g_assert_no_error (error);
  png_text = read_file (png, &len);
  g_assert_cmpuint (len, >, 1000);
  g_assert_cmpint (memcmp (png_text, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 800);
  cairo_surface_destroy (image);

  g_assert_true (kx_chart_write_file (data, &style, 640, 400, svg, &error));
  svg_text = read_file (svg, &len);
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "width=\"640"));

  g_assert_true (kx_chart_write_file (data, &style, 640, 400, pdf, &error));
  command = g_strdup_printf ("pdftotext '%s' -", pdf);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "Funds per project type, 2026"));
  g_assert_nonnull (strstr (out, "Item 3"));

  g_assert_false (kx_chart_write_file (data, &style, 640, 400, bad, &error));
  g_assert_error (error, KX_CHART_ERROR, KX_CHART_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_false (kx_chart_write_file (data, &style, 640, 400, missing, &error));
  g_assert_error (error, KX_CHART_ERROR, KX_CHART_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  kx_test_remove_dir (dir);
}

/* kexie-cli chart on a demo database: the files, and the usage errors. */
static void
test_cli (void)
{
  KxTestWorld w = { 0 };
  g_autofree char *db = NULL;
  static const char *const kinds[] = { "budget", "timeline", "organizations", "pipeline" };

  kx_test_world_open_demo (&w, "chart-cli", 40, 160);
  db = g_build_filename (w.dir, "kexie.db", NULL);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.%s", w.dir, kinds[k], k % 2 ? "svg" : "png");
      const char *args[] = { "chart", kinds[k], "--call", "2026", "-o", path, "--width", "800",
                             "--height", "500", k == 3 ? "--dark" : NULL, NULL };
      g_auto(KxTestRun) run = { 0 };

      kx_test_run_cli (db, args, &run);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  {
    const char *args[] = { "chart", "pie", "--call", "2026", "-o", "x.png", NULL };
    g_auto(KxTestRun) run = { 0 };

    kx_test_run_cli (db, args, &run);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "pie"));
  }
  {
    const char *args[] = { "chart", "budget", "-o", "x.png", NULL };
    g_auto(KxTestRun) run = { 0 };

    kx_test_run_cli (db, args, &run);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--call"));
  }
  {
    const char *args[] = { "chart", "budget", "--call", "2026", "-o", "x.png", "--width", "5", NULL };
    g_auto(KxTestRun) run = { 0 };

    kx_test_run_cli (db, args, &run);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--width"));
  }
  {
    g_autofree char *path = g_build_filename (w.dir, "chart.jpeg", NULL);
    const char *args[] = { "chart", "budget", "--call", "2026", "-o", path, NULL };
    g_auto(KxTestRun) run = { 0 };

    kx_test_run_cli (db, args, &run);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, path));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    const char *args[] = { "chart", "budget", "--call", "1999", "-o", "x.png", NULL };
    g_auto(KxTestRun) run = { 0 };

    kx_test_run_cli (db, args, &run);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "1999"));
  }
  kx_test_world_tear_down (&w, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/bars", test_bars);
  g_test_add_func ("/chart/horizontal", test_horizontal);
  g_test_add_func ("/chart/timeline", test_timeline);
  g_test_add_func ("/chart/ticks", test_ticks);
  g_test_add_func ("/chart/labels", test_labels);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/render", test_render);
  g_test_add_func ("/chart/files", test_files);
  g_test_add_func ("/chart/cli", test_cli);
  return g_test_run ();
}
