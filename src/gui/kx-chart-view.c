/* kx-chart-view.c: one fund chart of the selected call, live in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view keeps the call's KxChartData and one KxChartLayout for the
 * drawing area's size; drawing, tooltips and clicks all use that layout,
 * so what is hit is what is drawn and hovering never queries the store.
 */

#define G_LOG_DOMAIN "kx-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-chart-view.h"
#include "kx-chart-view-private.h"
#include "kx-chart.h"
#include "kx-empty-state.h"
#include "kx-form.h"

/* The size a hidden view exports at (it has no size of its own). */
#define EXPORT_WIDTH  960
#define EXPORT_HEIGHT 600

struct _KxChartView
{
  GtkWidget          parent_instance;

  /* Owned */
  KxStore           *store;
  KxCall            *call;
  KxChartData       *data;
  KxChartLayout     *layout;
  GtkNativeDialog   *chooser;

  KxChartKind        kind;
  KxChartStyle       style;
  int                layout_width;
  int                layout_height;
  gboolean           dirty;
  gboolean           described;
  gboolean           has_filter;
  KxChartKind        filter_kind;
  gint64             filter_key;

  /* Template widgets */
  GtkBox            *root_box;
  GtkDropDown       *kind_dropdown;
  GtkStringList     *kind_names;
  GtkLabel          *status_label;
  GtkButton         *export_button;
  GtkStack          *stack;
  KxEmptyState      *empty_state;
  GtkDrawingArea    *area;
  GtkGestureClick   *click;
};

G_DEFINE_FINAL_TYPE (KxChartView, kx_chart_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  FILTER_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Style --------------------------------------------------------------------- */

static gboolean
theme_is_dark (KxChartView *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_autofree char *theme = NULL;
  gboolean prefer_dark = FALSE;
  GdkRGBA fg;

  g_object_get (settings, "gtk-application-prefer-dark-theme", &prefer_dark,
                "gtk-theme-name", &theme, NULL);
  if (prefer_dark || (theme != NULL && g_str_has_suffix (theme, ":dark")))
    return TRUE;
  /* A dark theme by name (HighContrastInverse, Adwaita-dark…): light text. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.6;
}

static void
compute_style (KxChartView  *self,
               KxChartStyle *style)
{
  kx_chart_style_init (style, theme_is_dark (self));
  style->background = FALSE;  /* the theme's background shows through */
}

static void
clear_layout (KxChartView *self)
{
  g_clear_pointer (&self->layout, kx_chart_layout_free);
  self->layout_width = self->layout_height = 0;
}

/* Layout -------------------------------------------------------------------- */

/* What a screen reader reads for the chart: every amount the tooltips
 * give, one per line. */
static void
describe_chart (KxChartView   *self,
                KxChartLayout *layout)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->data->items->len; i++)
    for (guint s = 0; s < self->data->n_series; s++)
      {
        g_autofree char *line = NULL;

        if (g_array_index (self->data->items, KxChartItem, i).values[s] < 0)
          continue;
        line = kx_chart_layout_describe (layout, i, s);
        g_strdelimit (line, "\n", ' ');
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
      }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  self->described = TRUE;
}

static KxChartLayout *
ensure_layout (KxChartView *self,
               int          width,
               int          height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout != NULL && self->layout_width == width && self->layout_height == height)
    return self->layout;
  clear_layout (self);
  /* The layout only measures text; a scratch surface gives the same
   * metrics as the one drawn on, at any moment (tooltips, clicks). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  self->layout = kx_chart_layout_new (self->data, &self->style, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  self->layout_width = width;
  self->layout_height = height;
  if (!self->described)
    describe_chart (self, self->layout);
  return self->layout;
}

static KxChartLayout *
current_layout (KxChartView *self)
{
  return ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self->area)),
                        gtk_widget_get_height (GTK_WIDGET (self->area)));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  KxChartLayout *layout = ensure_layout (user_data, width, height);

  if (layout != NULL)
    kx_chart_render (cr, layout);
}

/* Showing ------------------------------------------------------------------- */

static void
set_status (KxChartView *self,
            const char  *text,
            gboolean     is_error)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), text);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
show_empty (KxChartView *self,
            const char  *title,
            const char  *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
show_chart (KxChartView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->data->title, -1);
  gtk_stack_set_visible_child_name (self->stack, "chart");
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
load_data (KxChartView *self)
{
  g_autoptr(GError) error = NULL;

  self->dirty = FALSE;
  self->described = FALSE;
  clear_layout (self);
  g_clear_pointer (&self->data, kx_chart_data_free);
  set_status (self, NULL, FALSE);
  if (self->store == NULL || self->call == NULL)
    show_empty (self, self->store == NULL ? _("No database open") : _("No call selected"),
                self->store == NULL ? NULL : _("Choose a call year in the header bar."));
  else if ((self->data = kx_chart_data_load (self->store, self->kind, kx_call_get_id (self->call),
                                             0, &error)) == NULL)
    show_empty (self, _("Could not read the chart's data"), error->message);
  else
    show_chart (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", self->data != NULL);
}

/* Loads now when shown; a hidden view loads when it is mapped. */
static void
queue_load (KxChartView *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_data (self);
}

/* Callbacks ----------------------------------------------------------------- */

static void
on_kind_selected_cb (KxChartView *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (selected < KX_N_CHARTS)
    kx_chart_view_set_kind (self, (KxChartKind) selected);
}

static gboolean
on_area_query_tooltip_cb (KxChartView *self,
                          int          x,
                          int          y,
                          gboolean     keyboard_mode,
                          GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;
  KxChartLayout *layout = current_layout (self);
  guint series = 0;
  int item;
  double bx, by, bw, bh;

  if (keyboard_mode || layout == NULL)
    return FALSE;
  item = kx_chart_layout_hit_test (layout, x, y, &series);
  if (item < 0)
    return FALSE;
  text = kx_chart_layout_describe (layout, item, series);
  gtk_tooltip_set_text (tooltip, text);
  /* Moving onto the next bar then shows that bar's amount. */
  if (kx_chart_layout_get_bar (layout, item, series, &bx, &by, &bw, &bh))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) bx, (int) by,
                                                         MAX (1, (int) bw), MAX (1, (int) bh) });
  return TRUE;
}

/* The key a click on @item filters by, FALSE when it names no projects. */
static gboolean
item_filter_key (KxChartView *self,
                 int          item,
                 gint64      *out_key)
{
  const KxChartItem *it;

  if (self->data == NULL || item < 0 || (guint) item >= self->data->items->len)
    return FALSE;
  it = &g_array_index (self->data->items, KxChartItem, item);
  if (self->data->kind == KX_CHART_TIMELINE)
    return FALSE;
  if (self->data->kind == KX_CHART_ORGANIZATIONS && it->key == 0)
    return FALSE;
  *out_key = it->key;
  return TRUE;
}

static int
item_at (KxChartView *self,
         double       x,
         double       y)
{
  KxChartLayout *layout = current_layout (self);
  guint series = 0;

  return layout != NULL ? kx_chart_layout_hit_test (layout, x, y, &series) : -1;
}

static void
on_click_released_cb (KxChartView *self,
                      int          n_press,
                      double       x,
                      double       y)
{
  gint64 key;

  if (!item_filter_key (self, item_at (self, x, y), &key))
    return;
  self->has_filter = TRUE;
  self->filter_kind = self->data->kind;
  self->filter_key = key;
  g_signal_emit (self, signals[FILTER_REQUESTED], 0, (int) self->data->kind, key);
}

static void
on_motion_cb (KxChartView *self,
              double       x,
              double       y)
{
  gint64 key;
  gboolean clickable = item_filter_key (self, item_at (self, x, y), &key);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area), clickable ? "pointer" : NULL);
}

/* Export -------------------------------------------------------------------- */

static const char *const export_extensions[] = { ".png", ".svg", ".pdf", NULL };

static void
on_chooser_response_cb (KxChartView *self,
                        int          response)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    path = kx_form_chooser_get_path (self->chooser, export_extensions, export_extensions[0]);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (path != NULL)
    _kx_chart_view_export (self, path, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxChartView *self = KX_CHART_VIEW (widget);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  if (self->data == NULL || self->chooser != NULL)
    return;
  self->chooser = kx_form_chooser_new (widget, GTK_FILE_CHOOSER_ACTION_SAVE,
                                       _("Export the Chart"), _("_Export"),
                                       G_CALLBACK (on_chooser_response_cb));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  kx_form_chooser_add_filter (self->chooser, _("PNG images (*.png)"), export_extensions[0]);
  kx_form_chooser_add_filter (self->chooser, _("SVG drawings (*.svg)"), export_extensions[1]);
  kx_form_chooser_add_filter (self->chooser, _("PDF documents (*.pdf)"), export_extensions[2]);
  name = g_strconcat (self->data->title, export_extensions[0], NULL);
  g_strdelimit (name, "/\\:", '-');  /* a title is not a path */
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (self->chooser);
}

/* GtkWidget ----------------------------------------------------------------- */

static void
kx_chart_view_map (GtkWidget *widget)
{
  KxChartView *self = KX_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (kx_chart_view_parent_class)->map (widget);
  if (self->dirty)
    load_data (self);
}

/* A theme switch (light ↔ dark) lays the chart out again in its colours. */
static void
kx_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  KxChartView *self = KX_CHART_VIEW (widget);
  KxChartStyle style;

  GTK_WIDGET_CLASS (kx_chart_view_parent_class)->css_changed (widget, change);
  compute_style (self, &style);
  if (style.dark == self->style.dark)
    return;
  self->style = style;
  clear_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

/* GObject ------------------------------------------------------------------- */

static void
kx_chart_view_dispose (GObject *object)
{
  KxChartView *self = KX_CHART_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_CHART_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_chart_view_parent_class)->dispose (object);
}

static void
kx_chart_view_finalize (GObject *object)
{
  KxChartView *self = KX_CHART_VIEW (object);

  clear_layout (self);
  g_clear_pointer (&self->data, kx_chart_data_free);

  G_OBJECT_CLASS (kx_chart_view_parent_class)->finalize (object);
}

static void
kx_chart_view_class_init (KxChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_chart_view_dispose;
  object_class->finalize = kx_chart_view_finalize;
  widget_class->map = kx_chart_view_map;
  widget_class->css_changed = kx_chart_view_css_changed;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[FILTER_REQUESTED] = g_signal_new ("filter-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);

  g_type_ensure (KX_TYPE_EMPTY_STATE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxChartView, root_box);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, kind_names);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, status_label);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, export_button);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, stack);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, area);
  gtk_widget_class_bind_template_child (widget_class, KxChartView, click);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_area_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_motion_cb);
}

static void
kx_chart_view_init (KxChartView *self)
{
  self->kind = KX_CHART_BUDGET;
  gtk_widget_init_template (GTK_WIDGET (self));
  for (KxChartKind kind = 0; kind < KX_N_CHARTS; kind++)
    gtk_string_list_append (self->kind_names, kx_chart_kind_label (kind));
  gtk_drop_down_set_selected (self->kind_dropdown, self->kind);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  compute_style (self, &self->style);
  load_data (self);
}

/* Public API ---------------------------------------------------------------- */

GtkWidget *
kx_chart_view_new (void)
{
  return g_object_new (KX_TYPE_CHART_VIEW, NULL);
}

void
kx_chart_view_set_store (KxChartView *self,
                         KxStore     *store)
{
  g_return_if_fail (KX_IS_CHART_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (g_set_object (&self->store, store))
    queue_load (self);
}

void
kx_chart_view_set_call (KxChartView *self,
                        KxCall      *call)
{
  g_return_if_fail (KX_IS_CHART_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  if (g_set_object (&self->call, call))
    queue_load (self);
}

/**
 * kx_chart_view_reload:
 *
 * Reads the chart's data again (now when the view is shown, else when it
 * is next shown), e.g. after a disbursement.
 */
void
kx_chart_view_reload (KxChartView *self)
{
  g_return_if_fail (KX_IS_CHART_VIEW (self));

  queue_load (self);
}

void
kx_chart_view_set_kind (KxChartView *self,
                        KxChartKind  kind)
{
  g_return_if_fail (KX_IS_CHART_VIEW (self));
  g_return_if_fail (kind < KX_N_CHARTS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  queue_load (self);
}

KxChartKind
kx_chart_view_get_kind (KxChartView *self)
{
  g_return_val_if_fail (KX_IS_CHART_VIEW (self), KX_CHART_BUDGET);

  return self->kind;
}

/* Private API (tests) -------------------------------------------------------- */

const KxChartData *
_kx_chart_view_get_data (KxChartView *self)
{
  return self->data;
}

KxChartLayout *
_kx_chart_view_get_layout (KxChartView *self)
{
  return current_layout (self);
}

GtkWidget *
_kx_chart_view_get_area (KxChartView *self)
{
  return GTK_WIDGET (self->area);
}

gboolean
_kx_chart_view_get_dark (KxChartView *self)
{
  return self->style.dark;
}

char *
_kx_chart_view_describe_at (KxChartView *self,
                            double       x,
                            double       y)
{
  KxChartLayout *layout = current_layout (self);
  guint series = 0;
  int item;

  if (layout == NULL || (item = kx_chart_layout_hit_test (layout, x, y, &series)) < 0)
    return NULL;
  return kx_chart_layout_describe (layout, item, series);
}

gboolean
_kx_chart_view_get_last_filter (KxChartView *self,
                                KxChartKind *out_kind,
                                gint64      *out_key)
{
  if (self->has_filter)
    {
      *out_kind = self->filter_kind;
      *out_key = self->filter_key;
    }
  return self->has_filter;
}

gboolean
_kx_chart_view_export (KxChartView  *self,
                       const char   *path,
                       GError      **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *saved = NULL;
  KxChartStyle style;
  int width = gtk_widget_get_width (GTK_WIDGET (self->area));
  int height = gtk_widget_get_height (GTK_WIDGET (self->area));

  g_return_val_if_fail (self->data != NULL, FALSE);

  /* A file is read on paper or in a document: light, on its own background. */
  kx_chart_style_init (&style, FALSE);
  style.background = TRUE;
  if (!kx_chart_write_file (self->data, &style, width > 0 ? width : EXPORT_WIDTH,
                            height > 0 ? height : EXPORT_HEIGHT, path, &local))
    {
      set_status (self, local->message, TRUE);
      if (error != NULL)
        *error = g_steal_pointer (&local);
      return FALSE;
    }
  saved = g_strdup_printf (_("Saved as %s"), path);
  set_status (self, saved, FALSE);
  return TRUE;
}
