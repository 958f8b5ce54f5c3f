/* test-chart-view.c: the charts of the 资金 section, live and exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-gui-test.h"
#include "kx-call.h"
#include "kx-chart-view-private.h"
#include "kx-funds-view.h"
#include "kx-money.h"
#include "kx-project-list.h"
#include "kx-validate.h"

#define PROJECTS 150
#define YEAR     2026
#define DISBURSED_SERIES 1   /* budget chart: approved, disbursed, recovered, cap */

typedef struct
{
  KxStore    *store;
  KxCall     *call;
  GtkWidget  *view;
  GtkWindow  *window;
  int         signalled_kind;
  gint64      signalled_key;
  guint       n_signals;
} Fixture;

static void
on_filter_requested_cb (GtkWidget *view,
                        int        kind,
                        gint64     key,
                        Fixture   *f)
{
  f->signalled_kind = kind;
  f->signalled_key = key;
  f->n_signals++;
}

static void
open_store (Fixture *f)
{
  g_autofree char *path = kx_gui_test_demo_copy (PROJECTS);
  g_autoptr(GError) error = NULL;

  f->store = kx_gui_test_open (path);
  f->call = kx_call_get_by_year (f->store, YEAR, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  open_store (f);
  f->view = kx_chart_view_new ();
  g_signal_connect (f->view, "filter-requested", G_CALLBACK (on_filter_requested_cb), f);
  kx_chart_view_set_store (KX_CHART_VIEW (f->view), f->store);
  kx_chart_view_set_call (KX_CHART_VIEW (f->view), f->call);
  f->window = kx_gui_test_host (f->view, 1000, 600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  kx_gui_test_flush ();
  g_clear_object (&f->call);
  g_clear_object (&f->store);
}

static KxChartView *
chart (Fixture *f)
{
  return KX_CHART_VIEW (f->view);
}

static void
show_kind (KxChartView *view,
           KxChartKind  kind)
{
  kx_chart_view_set_kind (view, kind);
  kx_gui_test_wait_drawn (GTK_WIDGET (view));
  g_assert_cmpint (kx_chart_view_get_kind (view), ==, kind);
  g_assert_nonnull (_kx_chart_view_get_data (view));
  g_assert_cmpint (_kx_chart_view_get_data (view)->kind, ==, kind);
}

static const KxChartItem *
item_of (KxChartView *view,
         guint        index)
{
  return &g_array_index (_kx_chart_view_get_data (view)->items, KxChartItem, index);
}

/* The first item with a value in @series, and its bar's centre. */
static guint
find_bar (KxChartView *view,
          guint        series,
          double      *cx,
          double      *cy)
{
  const KxChartData *data = _kx_chart_view_get_data (view);
  KxChartLayout *layout = _kx_chart_view_get_layout (view);
  double x, y, w, h;

  for (guint i = 0; i < data->items->len; i++)
    if (item_of (view, i)->values[series] > 0
        && kx_chart_layout_get_bar (layout, i, series, &x, &y, &w, &h))
      {
        g_assert_cmpfloat (w, >, 0);
        g_assert_cmpfloat (h, >, 0);
        *cx = x + w / 2;
        *cy = y + h / 2;
        return i;
      }
  g_error ("no bar with a value in series %u", series);
  return 0;
}

static void
click_at (KxChartView *view,
          double       x,
          double       y)
{
  GtkWidget *area = _kx_chart_view_get_area (view);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (area);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, x, y);
          return;
        }
    }
  g_error ("the chart has no click gesture");
}

/* The colour of the drawing area's pixel at (@x, @y), as drawn on screen. */
static guint32
pixel_at (KxChartView *view,
          double       x,
          double       y)
{
  g_autofree char *path = kx_gui_test_tmp_path ("chart-area.png");
  cairo_surface_t *png;
  guint32 pixel;

  kx_gui_test_save_png (_kx_chart_view_get_area (view), path);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (png);
  pixel = *(guint32 *) (cairo_image_surface_get_data (png)
                        + (int) y * cairo_image_surface_get_stride (png) + (int) x * 4);
  cairo_surface_destroy (png);
  return pixel & 0xffffff;
}

/* Each kind draws: a layout with a bar (or point) for every item. */
static void
test_kinds (Fixture       *f,
            gconstpointer  data)
{
  for (KxChartKind kind = 0; kind < KX_N_CHARTS; kind++)
    {
      const KxChartData *chart_data;
      KxChartLayout *layout;
      double x, y, w, h;

      show_kind (chart (f), kind);
      chart_data = _kx_chart_view_get_data (chart (f));
      layout = _kx_chart_view_get_layout (chart (f));
      g_assert_nonnull (layout);
      g_assert_cmpuint (chart_data->items->len, >, 0);
      g_assert_false (kx_chart_layout_is_empty (layout));
      for (guint i = 0; i < chart_data->items->len; i++)
        if (kind == KX_CHART_TIMELINE)
          g_assert_true (kx_chart_layout_get_point (layout, i, &x, &y));
        else
          g_assert_true (kx_chart_layout_get_bar (layout, i, 0, &x, &y, &w, &h));
      /* Not one more: the layout has exactly the data's items. */
      if (kind == KX_CHART_TIMELINE)
        g_assert_false (kx_chart_layout_get_point (layout, chart_data->items->len, &x, &y));
      else
        g_assert_false (kx_chart_layout_get_bar (layout, chart_data->items->len, 0,
                                                 &x, &y, &w, &h));
      g_assert_true (gtk_widget_is_drawable (_kx_chart_view_get_area (chart (f))));
      /* …and it is on screen: a bar's centre is not the background. */
      if (kind != KX_CHART_TIMELINE)
        {
          find_bar (chart (f), 0, &x, &y);
          g_assert_cmphex (pixel_at (chart (f), x, y), !=, pixel_at (chart (f), 1, 1));
        }
    }
}

/* Hovering a bar's centre gives its exact amount. */
static void
test_tooltip (Fixture       *f,
              gconstpointer  data)
{
  KxChartLayout *layout;
  g_autofree char *text = NULL;
  g_autofree char *want = NULL;
  g_autofree char *money = NULL;
  double x, y;
  guint item;

  show_kind (chart (f), KX_CHART_BUDGET);
  layout = _kx_chart_view_get_layout (chart (f));
  item = find_bar (chart (f), DISBURSED_SERIES, &x, &y);
  text = _kx_chart_view_describe_at (chart (f), x, y);
  want = kx_chart_layout_describe (layout, item, DISBURSED_SERIES);
  g_assert_cmpstr (text, ==, want);
  g_assert_nonnull (strstr (text, item_of (chart (f), item)->label));
  money = kx_money_format (item_of (chart (f), item)->values[DISBURSED_SERIES]);
  if (strstr (text, money) == NULL)
    g_error ("the tooltip “%s” does not give the exact amount %s", text, money);
  /* A screen reader gets the chart's title and every amount. */
  {
    GtkWidget *area = _kx_chart_view_get_area (chart (f));
    const KxChartData *chart_data = _kx_chart_view_get_data (chart (f));
    g_autoptr(GString) all = g_string_new (NULL);
    char *mismatch;

    for (guint i = 0; i < chart_data->items->len; i++)
      for (guint s = 0; s < chart_data->n_series; s++)
        if (item_of (chart (f), i)->values[s] >= 0)
          {
            g_autofree char *line = kx_chart_layout_describe (layout, i, s);

            g_string_append_printf (all, "%s%s", all->len > 0 ? "\n" : "",
                                    g_strdelimit (line, "\n", ' '));
          }
    g_assert_nonnull (strstr (all->str, item_of (chart (f), item)->label));
    mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (area),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                   chart_data->title);
    g_assert_null (mismatch);
    mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (area),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                   all->str);
    g_assert_null (mismatch);
  }
  /* Outside the plot: no tooltip. */
  g_assert_null (_kx_chart_view_describe_at (chart (f), 1, 1));
}

/* A click on a bar asks to filter by its key; a month does not. */
static void
test_click (Fixture       *f,
            gconstpointer  data)
{
  static const KxChartKind kinds[] = {
    KX_CHART_BUDGET, KX_CHART_PIPELINE, KX_CHART_ORGANIZATIONS,
  };
  KxChartKind kind;
  gint64 key;
  double x, y;

  g_assert_false (_kx_chart_view_get_last_filter (chart (f), &kind, &key));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      guint item;

      show_kind (chart (f), kinds[k]);
      item = find_bar (chart (f), 0, &x, &y);
      if (kinds[k] == KX_CHART_ORGANIZATIONS)
        g_assert_cmpint (item_of (chart (f), item)->key, >, 0);
      click_at (chart (f), x, y);
      g_assert_cmpuint (f->n_signals, ==, k + 1);
      g_assert_cmpint (f->signalled_kind, ==, kinds[k]);
      g_assert_cmpint (f->signalled_key, ==, item_of (chart (f), item)->key);
      g_assert_true (_kx_chart_view_get_last_filter (chart (f), &kind, &key));
      g_assert_cmpint (kind, ==, kinds[k]);
      g_assert_cmpint (key, ==, item_of (chart (f), item)->key);
    }
  /* Clicking beside the chart filters nothing. */
  click_at (chart (f), 1, 1);
  g_assert_cmpuint (f->n_signals, ==, G_N_ELEMENTS (kinds));
  /* A month names no projects. */
  show_kind (chart (f), KX_CHART_TIMELINE);
  g_assert_true (kx_chart_layout_get_point (_kx_chart_view_get_layout (chart (f)), 11, &x, &y));
  click_at (chart (f), x, y);
  g_assert_cmpuint (f->n_signals, ==, G_N_ELEMENTS (kinds));
}

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  if (strstr (contents, magic) == NULL || strstr (contents, magic) - contents > 100)
    g_error ("%s does not start with %s", path, magic);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  static const char *const files[][2] = {
    { "chart.png", "PNG" }, { "chart.svg", "<svg" }, { "chart.pdf", "%PDF" },
  };
  g_autofree char *bad = kx_gui_test_tmp_path ("chart.txt");
  g_autoptr(GError) error = NULL;
  GtkWidget *status;

  show_kind (chart (f), KX_CHART_ORGANIZATIONS);
  g_assert_true (gtk_widget_get_sensitive (kx_gui_test_child (f->view, KX_TYPE_CHART_VIEW,
                                                              "export_button")));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = kx_gui_test_tmp_path (files[i][0]);

      g_remove (path);
      g_assert_true (_kx_chart_view_export (chart (f), path, &error));
      g_assert_no_error (error);
      assert_file_starts (path, files[i][1]);
    }
  /* The PNG has the shown size (the file draws it at a scale, for print). */
  {
    g_autofree char *path = kx_gui_test_tmp_path ("chart.png");
    cairo_surface_t *png = cairo_image_surface_create_from_png (path);
    GtkWidget *area = _kx_chart_view_get_area (chart (f));
    int width = cairo_image_surface_get_width (png);
    int height = cairo_image_surface_get_height (png);

    g_assert_cmpint (width % gtk_widget_get_width (area), ==, 0);
    g_assert_cmpint (width / gtk_widget_get_width (area), ==,
                     height / gtk_widget_get_height (area));
    g_assert_cmpint (height % gtk_widget_get_height (area), ==, 0);
    cairo_surface_destroy (png);
  }
  /* An unknown format is refused, and the view says so. */
  g_assert_false (_kx_chart_view_export (chart (f), bad, &error));
  g_assert_nonnull (error);
  status = kx_gui_test_child (f->view, KX_TYPE_CHART_VIEW, "status_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, error->message);
  g_assert_true (gtk_widget_has_css_class (status, "error"));
}

/* The chart follows a switch to the dark theme, and back. */
static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  GtkSettings *settings = gtk_widget_get_settings (f->view);

  show_kind (chart (f), KX_CHART_BUDGET);
  g_assert_false (_kx_chart_view_get_dark (chart (f)));
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  kx_gui_test_wait_drawn (f->view);
  g_assert_true (_kx_chart_view_get_dark (chart (f)));
  g_assert_nonnull (_kx_chart_view_get_layout (chart (f)));
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "chart-dark.png", NULL);

      /* The window: the view itself paints no background. */
      kx_gui_test_save_png (GTK_WIDGET (f->window), png);
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  kx_gui_test_wait_drawn (f->view);
  g_assert_false (_kx_chart_view_get_dark (chart (f)));
}

/* Export… asks for a file in one of the three formats, named after the
 * chart; cancelling writes nothing. (Accepting is not driven here: the
 * fallback dialog checks the folder asynchronously through GIO.) */
static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *name = NULL;
  GtkFileChooser *dialog;
  GListModel *filters;
  GtkWidget *status;

  show_kind (chart (f), KX_CHART_TIMELINE);
  gtk_widget_activate_action (f->view, "chart.export", NULL);
  dialog = kx_gui_test_wait_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpint (gtk_file_chooser_get_action (dialog), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  filters = gtk_file_chooser_get_filters (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  g_object_unref (filters);
  name = gtk_file_chooser_get_current_name (dialog);
  g_assert_true (g_str_has_prefix (name, _kx_chart_view_get_data (chart (f))->title));
  g_assert_true (g_str_has_suffix (name, ".png"));
  /* A second Export… while the dialog is open opens no other. */
  gtk_widget_activate_action (f->view, "chart.export", NULL);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  kx_gui_test_flush ();
  g_assert_false (kx_gui_test_has_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
  status = kx_gui_test_child (f->view, KX_TYPE_CHART_VIEW, "status_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "");
}

static gint64
project_at (KxStore       *store,
            gint64         call_id,
            KxStage        stage,
            guint          nth,
            KxProjectType *out_type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (store, call_id, &error);
  const KxProjectSummary *row;

  g_assert_no_error (error);
  for (guint i = 0; (row = kx_project_list_peek (list, i)) != NULL; i++)
    if (row->stage == stage && nth-- == 0)
      {
        *out_type = row->type;
        return row->id;
      }
  g_error ("no project at stage %d", stage);
  return 0;
}

static gint64
disbursed_of_type (KxChartView   *view,
                   KxProjectType  type)
{
  const KxChartData *data = _kx_chart_view_get_data (view);

  for (guint i = 0; i < data->items->len; i++)
    if (item_of (view, i)->key == type)
      return item_of (view, i)->values[DISBURSED_SERIES];
  return 0;
}

static gboolean
idle_funds (gpointer data)
{
  return !kx_funds_view_get_busy (data);
}

static KxChartView *
funds_chart (GtkWidget *funds)
{
  return KX_CHART_VIEW (kx_gui_test_child (funds, KX_TYPE_FUNDS_VIEW, "chart_view"));
}

static GtkWidget *
host_funds (Fixture *f,
            int      width,
            int      height)
{
  GtkWidget *funds = kx_funds_view_new ();

  g_signal_connect (funds, "chart-filter-requested", G_CALLBACK (on_filter_requested_cb), f);
  kx_funds_view_set_store (KX_FUNDS_VIEW (funds), f->store);
  kx_funds_view_set_call (KX_FUNDS_VIEW (funds), f->call);
  f->window = kx_gui_test_host (funds, width, height);
  kx_gui_test_wait_until (idle_funds, funds);
  gtk_stack_set_visible_child_name (GTK_STACK (kx_gui_test_child (funds, KX_TYPE_FUNDS_VIEW,
                                                                  "view_stack")), "chart");
  kx_gui_test_wait_drawn (funds);
  return funds;
}

static gint64
disburse (Fixture       *f,
          guint          nth,
          KxProjectType *out_type)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = kx_date_today ();
  gint64 project, did = 0;

  project = project_at (f->store, kx_call_get_id (f->call), KX_STAGE_AGREEMENT_SIGNED, nth,
                        out_type);
  g_assert_true (kx_money_disburse (f->store, project, today, -1, NULL, &did, &error));
  g_assert_no_error (error);
  g_assert_cmpint (did, >, 0);
  return did;
}

/* A disbursement written through the core shows after the funds view's
 * reload (what the window does after any disbursement) — at once when
 * the charts are shown, else when they are next shown. */
static void
test_disburse (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  GtkStack *view_stack;
  KxProjectType type;
  gint64 before;
  GtkWidget *funds;

  open_store (f);
  funds = host_funds (f, 1280, 800);
  view_stack = GTK_STACK (kx_gui_test_child (funds, KX_TYPE_FUNDS_VIEW, "view_stack"));
  g_assert_nonnull (_kx_chart_view_get_data (funds_chart (funds)));
  project_at (f->store, kx_call_get_id (f->call), KX_STAGE_AGREEMENT_SIGNED, 0, &type);
  before = disbursed_of_type (funds_chart (funds), type);
  disburse (f, 0, &type);
  g_assert_cmpint (disbursed_of_type (funds_chart (funds), type), ==, before);
  kx_funds_view_reload (KX_FUNDS_VIEW (funds));
  kx_gui_test_wait_until (idle_funds, funds);
  g_assert_cmpint (disbursed_of_type (funds_chart (funds), type), >, before);

  /* The ledger shown: the reload reaches the chart when it is shown. The
   * first project is funded now, the next one at agreement_signed is the
   * old second. */
  gtk_stack_set_visible_child_name (view_stack, "table");
  kx_gui_test_wait_drawn (funds);
  project_at (f->store, kx_call_get_id (f->call), KX_STAGE_AGREEMENT_SIGNED, 0, &type);
  before = disbursed_of_type (funds_chart (funds), type);
  disburse (f, 0, &type);
  kx_funds_view_reload (KX_FUNDS_VIEW (funds));
  kx_gui_test_wait_until (idle_funds, funds);
  g_assert_cmpint (disbursed_of_type (funds_chart (funds), type), ==, before);
  gtk_stack_set_visible_child_name (view_stack, "chart");
  kx_gui_test_wait_drawn (funds);
  g_assert_cmpint (disbursed_of_type (funds_chart (funds), type), >, before);
  fixture_tear_down (f, NULL);
}

/* The chart inside the funds view: large at 1280 × 800, no clipping in a
 * section of a 1024 × 700 window, and its clicks forwarded. */
static void
test_funds_view (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  const char *shots = g_getenv ("KX_SHOT_DIR");
  KxChartView *view;
  GtkWidget *funds, *area;
  double x, y;
  guint item;

  open_store (f);
  funds = host_funds (f, 1280, 800);
  view = funds_chart (funds);
  area = _kx_chart_view_get_area (view);
  g_assert_true (gtk_widget_is_drawable (area));
  g_assert_cmpint (gtk_widget_get_width (area), >=, 1000);
  g_assert_cmpint (gtk_widget_get_height (area), >=, 600);
  if (shots != NULL)
    {
      for (KxChartKind kind = 0; kind < KX_N_CHARTS; kind++)
        {
          g_autofree char *name = g_strdup_printf ("funds-chart-%s.png",
                                                   kx_chart_kind_to_string (kind));
          g_autofree char *png = g_build_filename (shots, name, NULL);

          kx_chart_view_set_kind (view, kind);
          kx_gui_test_wait_drawn (funds);
          kx_gui_test_save_png (funds, png);
        }
    }
  show_kind (view, KX_CHART_PIPELINE);
  item = find_bar (view, 0, &x, &y);
  click_at (view, x, y);
  g_assert_cmpuint (f->n_signals, ==, 1);
  g_assert_cmpint (f->signalled_kind, ==, KX_CHART_PIPELINE);
  g_assert_cmpint (f->signalled_key, ==, item_of (view, item)->key);

  /* A section of a 1024 × 700 window gets about 800 × 600. */
  gtk_window_set_default_size (f->window, 800, 600);
  kx_gui_test_wait_drawn (funds);
  g_assert_cmpint (gtk_widget_get_width (funds), <=, 800);
  g_assert_cmpint (gtk_widget_get_height (funds), <=, 600);
  g_assert_cmpint (gtk_widget_get_height (area), >=, 450);
  if (shots != NULL)
    {
      g_autofree char *png = g_build_filename (shots, "funds-chart-800.png", NULL);

      kx_gui_test_save_png (funds, png);
    }
  fixture_tear_down (f, NULL);
}

static void
test_empty (void)
{
  GtkWidget *view = kx_chart_view_new ();
  GtkWindow *window = kx_gui_test_host (view, 800, 500);
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (PROJECTS));

  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, _("No database open")));
  g_assert_null (_kx_chart_view_get_data (KX_CHART_VIEW (view)));
  g_assert_null (_kx_chart_view_get_layout (KX_CHART_VIEW (view)));
  g_assert_false (gtk_widget_get_sensitive (kx_gui_test_child (view, KX_TYPE_CHART_VIEW,
                                                               "export_button")));
  kx_chart_view_set_store (KX_CHART_VIEW (view), store);
  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, _("No call selected")));
  gtk_window_destroy (window);
  kx_gui_test_flush ();
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/chart-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/chart-view/empty", test_empty);
  ADD ("/chart-view/kinds", test_kinds);
  ADD ("/chart-view/tooltip", test_tooltip);
  ADD ("/chart-view/click", test_click);
  ADD ("/chart-view/export", test_export);
  ADD ("/chart-view/export-dialog", test_export_dialog);
  ADD ("/chart-view/dark", test_dark);
  g_test_add_func ("/chart-view/disburse", test_disburse);
  g_test_add_func ("/chart-view/funds-view", test_funds_view);
#undef ADD

  return g_test_run ();
}
