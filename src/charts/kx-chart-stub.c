/* temporary: replaced by the layout/render files */
#include "config.h"
#include "kx-chart.h"
G_DEFINE_QUARK (kx-chart-error-quark, kx_chart_error)
struct _KxChartLayout { const KxChartData *data; };
void kx_chart_style_init (KxChartStyle *style, gboolean dark) { style->dark = dark; style->font_size = 10; style->background = TRUE; }
KxChartLayout *kx_chart_layout_new (const KxChartData *data, const KxChartStyle *style, cairo_t *cr, double width, double height) { KxChartLayout *l = g_new0 (KxChartLayout, 1); l->data = data; return l; }
void kx_chart_layout_free (KxChartLayout *layout) { g_free (layout); }
int kx_chart_layout_hit_test (KxChartLayout *layout, double x, double y, guint *out_series) { return -1; }
char *kx_chart_layout_describe (KxChartLayout *layout, guint item, guint series) { return g_strdup (""); }
guint kx_chart_layout_get_n_ticks (KxChartLayout *layout) { return 0; }
gint64 kx_chart_layout_get_tick (KxChartLayout *layout, guint index) { return 0; }
gboolean kx_chart_layout_get_bar (KxChartLayout *layout, guint item, guint series, double *x, double *y, double *w, double *h) { return FALSE; }
void kx_chart_render (cairo_t *cr, KxChartLayout *layout) { }
gboolean kx_chart_write_file (const KxChartData *data, const KxChartStyle *style, int width, int height, const char *path, GError **error) { g_set_error (error, KX_CHART_ERROR, KX_CHART_ERROR_WRITE, "not yet"); return FALSE; }
gboolean kx_chart_layout_get_point (KxChartLayout *layout, guint item, double *x, double *y) { return FALSE; }
gboolean kx_chart_layout_get_label (KxChartLayout *layout, guint item, double *x, double *y, double *w, double *h) { return FALSE; }
gboolean kx_chart_layout_is_empty (KxChartLayout *layout) { return TRUE; }
gint64 kx_chart_layout_get_unit_yuan (KxChartLayout *layout) { return 1; }
