/* test-window.c: the main window on a demo database, and the open errors, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "kx-application-private.h"
#include "kx-call.h"
#include "kx-chart-data.h"
#include "kx-gui-test.h"
#include "kx-i18n.h"
#include "kx-project-list.h"
#include "kx-store.h"
#include "kx-funds-view.h"
#include "kx-projects-view-private.h"
#include "kx-window-private.h"

#define WAIT_SECONDS 20

static KxApplication *app;
static const char *demo_path;

/* Helpers ------------------------------------------------------------------ */

#define tmp_file(name)   kx_gui_test_tmp_path (name)
#define wait_until(c, d) kx_gui_test_wait_until ((c), (d))
#define wait_drawn(w)    kx_gui_test_wait_drawn (w)

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static guint
count_kx_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    n += KX_IS_WINDOW (l->data);
  return n;
}

static KxWindow *
find_window (const char *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      KxStore *store = KX_IS_WINDOW (l->data) ? kx_window_get_store (l->data) : NULL;

      if (store != NULL && g_strcmp0 (kx_store_get_path (store), path) == 0)
        return l->data;
    }
  return NULL;
}

static void
close_all_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static KxWindow *
open_window (const char *path)
{
  KxWindow *window;

  _kx_application_open_path (app, path);
  g_assert_null (_kx_application_get_last_error (app));
  window = find_window (path);
  g_assert_nonnull (window);
  wait_drawn (GTK_WIDGET (window));
  return window;
}

static guint
count_projects (const char *path,
                int         year)
{
  g_autoptr(KxStore) store = kx_store_open (path, NULL);
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxProjectList) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (store);
  call = kx_call_get_by_year (store, year, &error);
  g_assert_no_error (error);
  list = kx_project_list_new (store, kx_call_get_id (call), &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static char *
status_for (guint n)
{
  return g_strdup_printf (ngettext ("%u project in total", "%u projects in total", n), n);
}

static gboolean
projects_idle (gpointer data)
{
  return !_kx_projects_view_is_busy (data);
}

static KxProjectsView *
wait_projects (KxWindow *window)
{
  KxProjectsView *view = _kx_window_get_projects_view (window);

  wait_until (projects_idle, view);
  return view;
}

static void
assert_shows_call (KxWindow *window,
                   int       year)
{
  KxProjectsView *view = wait_projects (window);
  KxProjectList *list = _kx_projects_view_get_list (view);
  GtkSelectionModel *view_model = gtk_column_view_get_model (_kx_projects_view_get_column_view (view));
  KxCall *call = gtk_drop_down_get_selected_item (_kx_window_get_call_dropdown (window));
  guint expected = count_projects (demo_path, year);
  g_autofree char *status = status_for (expected);

  g_assert_nonnull (call);
  g_assert_cmpint (kx_call_get_year (call), ==, year);
  g_assert_true (KX_IS_PROJECT_LIST (list));
  g_assert_cmpint (kx_project_list_get_call_id (list), ==, kx_call_get_id (call));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view_model)), ==, expected);
  g_assert_cmpstr (kx_projects_view_get_count_text (view), ==, status);
  g_assert_cmpstr (_kx_window_get_visible_page (window), ==, "main");
  g_assert_cmpstr (_kx_projects_view_get_visible_page (view), ==, expected > 0 ? "list" : "empty");
}

static void
assert_no_call (KxWindow *window)
{
  KxProjectsView *view = wait_projects (window);

  g_assert_cmpstr (_kx_window_get_visible_page (window), ==, "main");
  g_assert_cmpstr (_kx_projects_view_get_visible_page (view), ==, "empty");
  g_assert_cmpstr (_kx_projects_view_get_empty_text (view), ==, _("No call selected"));
}

/* Tests -------------------------------------------------------------------- */

static void
test_window_demo (void)
{
  KxWindow *window = open_window (demo_path);
  GtkDropDown *dropdown = _kx_window_get_call_dropdown (window);
  GListModel *calls = gtk_drop_down_get_model (dropdown);
  static const int years[] = { 2026, 2025, 2024 };

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   _("Kexie — Society Service Capacity Improvement Plan"));

  g_assert_cmpuint (g_list_model_get_n_items (calls), ==, G_N_ELEMENTS (years));
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, i);
      g_autoptr(GtkExpression) expression = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *label = g_strdup_printf (_("%d call"), years[i]);

      g_assert_cmpint (kx_call_get_year (call), ==, years[i]);
      g_assert_true (gtk_expression_evaluate (gtk_drop_down_get_expression (dropdown), call, &value));
      g_assert_cmpstr (g_value_get_string (&value), ==, label);
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  assert_shows_call (window, 2026);

  gtk_drop_down_set_selected (dropdown, 1);
  assert_shows_call (window, 2025);
  g_assert_cmpint (g_settings_get_int (kx_application_get_settings (app), "last-call-year"),
                   ==, 2025);

  gtk_drop_down_set_selected (dropdown, 2);
  assert_shows_call (window, 2024);

  /* Selecting the newest again means "always the newest". */
  gtk_drop_down_set_selected (dropdown, 0);
  assert_shows_call (window, 2026);
  g_assert_cmpint (g_settings_get_int (kx_application_get_settings (app), "last-call-year"),
                   ==, 0);

  close_all_windows ();
}

static void
test_window_remembers_call (void)
{
  GSettings *settings = kx_application_get_settings (app);
  KxWindow *window;

  g_settings_set_int (settings, "last-call-year", 2024);
  window = open_window (demo_path);
  assert_shows_call (window, 2024);
  close_all_windows ();

  /* A year that is gone falls back to the newest call. */
  g_settings_set_int (settings, "last-call-year", 1999);
  window = open_window (demo_path);
  assert_shows_call (window, 2026);
  close_all_windows ();
  g_settings_reset (settings, "last-call-year");
}

static void
test_window_last_database (void)
{
  g_autofree char *last = NULL;

  open_window (demo_path);
  last = g_settings_get_string (kx_application_get_settings (app), "last-database");
  g_assert_cmpstr (last, ==, demo_path);
  close_all_windows ();
}

static void
test_window_size (void)
{
  GSettings *settings = kx_application_get_settings (app);
  KxWindow *window;
  int width;
  int height;

  g_settings_set_int (settings, "window-width", 1100);
  g_settings_set_int (settings, "window-height", 720);
  window = open_window (demo_path);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1200);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 760);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  close_all_windows ();

  /* Never smaller than the minimum usable size. */
  g_settings_set_int (settings, "window-width", 300);
  g_settings_set_int (settings, "window-height", 200);
  window = open_window (demo_path);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1024);
  g_assert_cmpint (height, ==, 700);
  close_all_windows ();

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_window_shortcuts (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "app.quit");

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
}

/* The sidebar's sections, Alt+1…6, Ctrl+F and the shortcuts window. */
static void
test_window_sections (void)
{
  static const char * const names[] = {
    "projects", "organizations", "experts", "funds", "call", "audit",
  };
  KxWindow *window = open_window (demo_path);
  GtkStack *sections = _kx_window_get_section_stack (window);
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (sections));
  g_auto(GStrv) help = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                              "win.show-help-overlay");
  GSettings *settings = kx_application_get_settings (app);

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      g_autofree char *section = NULL;

      g_assert_cmpstr (gtk_stack_page_get_name (page), ==, names[i]);
      g_assert_nonnull (gtk_stack_page_get_title (page));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "main.section", "s", names[i]));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, names[i]);
      section = g_settings_get_string (settings, "last-section");
      g_assert_cmpstr (section, ==, names[i]);
      wait_drawn (gtk_stack_get_visible_child (sections));
    }

  /* Ctrl+F goes to the applications and into the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "main.find", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "projects");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (_kx_window_get_search_entry (window)))
                 || gtk_widget_has_focus (gtk_widget_get_focus_child (GTK_WIDGET (_kx_window_get_search_entry (window)))));

  g_assert_true (g_strv_contains ((const char * const *) help, "<Control>question"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* The last section comes back with the next window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "main.section", "s", "funds"));
  close_all_windows ();
  window = open_window (demo_path);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_kx_window_get_section_stack (window)), ==,
                   "funds");
  g_settings_reset (settings, "last-section");
  close_all_windows ();
}

/* Every section fits the smallest window the office's screens give: 1024×700. */
static void
test_window_min_size (void)
{
  static const char * const names[] = {
    "projects", "organizations", "experts", "funds", "call", "audit",
  };
  KxWindow *window = open_window (demo_path);
  const char *dir = g_getenv ("KX_SHOT_DIR");

  /* With an application selected: its action bar and pages count too. */
  g_assert_true (kx_window_show_project (window, "2026-0002", "money", NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      int width;
      int height;

      g_assert_true (kx_window_show_section (window, names[i]));
      wait_projects (window);
      wait_drawn (GTK_WIDGET (window));
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, width,
                          &height, NULL, NULL, NULL);
      if (width > 1024 || height > 700)
        g_error ("the %s section needs %d×%d", names[i], width, height);
      if (dir != NULL)
        {
          g_autofree char *name = g_strdup_printf ("window-1024-%s.png", names[i]);
          g_autofree char *png = g_build_filename (dir, name, NULL);

          kx_gui_test_save_png (GTK_WIDGET (window), png);
        }
    }
  g_assert_false (kx_window_show_section (window, "nowhere"));
  close_all_windows ();
}

/* A click on a pipeline bar in 资金 shows that stage's applications. */
static void
test_window_chart_filter (void)
{
  KxWindow *window = open_window (demo_path);
  GtkStack *sections = _kx_window_get_section_stack (window);
  KxProjectsView *view = wait_projects (window);
  KxProjectList *list;
  GtkWidget *funds = gtk_stack_get_child_by_name (sections, "funds");

  g_assert_true (kx_window_show_section (window, "funds"));
  g_signal_emit_by_name (funds, "chart-filter-requested", (int) KX_CHART_PIPELINE,
                         (gint64) KX_STAGE_FUNDED);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "projects");
  wait_projects (window);
  list = _kx_projects_view_get_list (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_assert_cmpint (kx_project_list_peek (list, i)->stage, ==, KX_STAGE_FUNDED);
  g_assert_cmpuint (gtk_drop_down_get_selected (_kx_projects_view_get_stage_dropdown (view)), ==,
                    KX_STAGE_FUNDED + 1);
  close_all_windows ();
}

static gboolean
funds_idle (gpointer data)
{
  return !kx_funds_view_get_busy (data);
}

/* A write re-reads the section on screen; the others when they are shown. */
static void
test_window_stale_sections (void)
{
  KxWindow *window = open_window (demo_path);
  GtkStack *sections = _kx_window_get_section_stack (window);
  KxFundsView *funds = KX_FUNDS_VIEW (gtk_stack_get_child_by_name (sections, "funds"));

  wait_projects (window);
  wait_until (funds_idle, funds);
  g_signal_emit_by_name (_kx_window_get_projects_view (window), "changed");
  g_assert_false (kx_funds_view_get_busy (funds));

  g_assert_true (kx_window_show_section (window, "funds"));
  g_assert_true (kx_funds_view_get_busy (funds));
  wait_until (funds_idle, funds);

  /* Shown again without a write in between: nothing to re-read. */
  g_assert_true (kx_window_show_section (window, "projects"));
  g_assert_true (kx_window_show_section (window, "funds"));
  g_assert_false (kx_funds_view_get_busy (funds));
  close_all_windows ();
}

/* Typing in the header's search entry filters the applications. */
static void
test_window_search (void)
{
  KxWindow *window = open_window (demo_path);
  KxProjectsView *view = wait_projects (window);
  KxProjectList *list = _kx_projects_view_get_list (view);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (list));
  const KxProjectSummary *first = kx_project_list_peek (list, 0);
  g_autofree char *title = g_strdup (first->title);
  gint64 id = first->id;
  guint n;

  gtk_editable_set_text (_kx_window_get_search_entry (window), title);
  /* The entry waits for a pause in typing before it says so. */
  g_signal_emit_by_name (_kx_window_get_search_entry (window), "search-changed");
  wait_projects (window);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <, total);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (strstr (kx_project_list_peek (list, i)->title, title));
  g_assert_cmpuint (kx_project_list_find (list, id), !=, G_MAXUINT);

  gtk_editable_set_text (_kx_window_get_search_entry (window), "");
  g_signal_emit_by_name (_kx_window_get_search_entry (window), "search-changed");
  wait_projects (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, total);
  close_all_windows ();
}

static void
test_window_empty_call (void)
{
  g_autofree char *path = tmp_file ("empty-call.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *status = status_for (0);
  KxCallFields fields = {
    .year = 2027,
    .title = "2027年度学会服务能力提升计划",
    .budget_fen = 100000000,
    .window_start = "2027-03-01",
    .window_end = "2027-04-30",
  };
  KxWindow *window;
  KxProjectsView *view;

  {
    g_autoptr(KxStore) store = kx_store_open (path, &error);

    g_assert_no_error (error);
    kx_policy_init_defaults (&fields.policy);
    g_assert_true (kx_call_insert (store, &fields, NULL, &error));
    g_assert_no_error (error);
  }

  window = open_window (path);
  view = wait_projects (window);
  g_assert_cmpstr (_kx_window_get_visible_page (window), ==, "main");
  g_assert_cmpstr (_kx_projects_view_get_visible_page (view), ==, "empty");
  g_assert_cmpstr (_kx_projects_view_get_empty_text (view), ==,
                   _("No applications in this call yet"));
  g_assert_cmpstr (kx_projects_view_get_count_text (view), ==, status);
  close_all_windows ();
}

static void
test_window_no_calls (void)
{
  g_autofree char *path = tmp_file ("no-calls.db");
  g_autoptr(KxStore) store = kx_store_open (path, NULL);
  KxWindow *window;

  g_assert_nonnull (store);
  g_clear_object (&store);

  /* The sections show, so that Call settings can make the first call. */
  window = open_window (path);
  assert_no_call (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_kx_window_get_call_dropdown (window))));
  close_all_windows ();
}

/* Expects an error dialog for @path with @code and @primary, and no new window. */
static GtkMessageDialog *
assert_error_dialog (const char *path,
                     KxError     code,
                     const char *primary,
                     guint       windows_before)
{
  const GError *error = _kx_application_get_last_error (app);
  GtkWidget *dialog = _kx_application_get_error_dialog (app);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  g_assert_error ((GError *) error, KX_STORE_ERROR, (int) code);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  wait_until (widget_mapped, dialog);

  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  g_assert_cmpstr (text, ==, primary);
  g_assert_nonnull (strstr (secondary, error->message));
  g_assert_nonnull (strstr (secondary, path));
  g_assert_cmpuint (count_kx_windows (), ==, windows_before);
  g_assert_null (find_window (path));
  return GTK_MESSAGE_DIALOG (dialog);
}

static GtkMessageDialog *
open_expecting_error (const char *path,
                      KxError     code,
                      const char *primary)
{
  guint windows = count_kx_windows ();

  _kx_application_open_path (app, path);
  return assert_error_dialog (path, code, primary, windows);
}

static void
test_error_not_kexie (void)
{
  g_autofree char *path = tmp_file ("hello.db");
  g_autofree char *contents = NULL;
  GtkMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));

  dialog = open_expecting_error (path, KX_ERROR_CORRUPT, _("This file is not a Kexie database"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_assert_null (_kx_application_get_error_dialog (app));

  /* The file is left as it was. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");
  close_all_windows ();
}

static void
test_error_newer (void)
{
  g_autofree char *path = tmp_file ("newer.db");
  g_autoptr(KxStore) store = kx_store_open (path, NULL);
  sqlite3 *db = NULL;
  GtkMessageDialog *dialog;

  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  dialog = open_expecting_error (path, KX_ERROR_NEWER,
                                 _("This database needs a newer version of Kexie"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  close_all_windows ();
}

/* As root every file is writable, so the check runs as "nobody" (real and
 * effective uid; the saved uid lets us come back). */
static void
test_error_read_only (void)
{
  g_autofree char *dir = tmp_file ("read-only");
  g_autofree char *path = g_build_filename (dir, "ro.db", NULL);
  g_autoptr(KxStore) store = NULL;
  GtkMessageDialog *dialog;
  gboolean as_root = geteuid () == 0;
  guint windows = count_kx_windows ();

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  store = kx_store_open (path, NULL);
  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (kx_gui_test_tmp_dir (), 0755), ==, 0);

  if (as_root)
    g_assert_cmpint (setresuid (65534, 65534, 0), ==, 0);
  _kx_application_open_path (app, path);
  if (as_root)
    g_assert_cmpint (setresuid (0, 0, 0), ==, 0);

  dialog = assert_error_dialog (path, KX_ERROR_READ_ONLY, _("The database cannot be written"),
                                windows);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_chmod (path, 0644);
  g_chmod (kx_gui_test_tmp_dir (), 0700);
  close_all_windows ();
}

static void
test_error_missing_then_create (void)
{
  g_autofree char *path = tmp_file ("new/missing.db");
  GtkMessageDialog *dialog;
  KxWindow *window;

  dialog = open_expecting_error (path, KX_ERROR_NOT_FOUND,
                                 _("The database file does not exist"));
  /* Asking is not creating. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_dialog_response (GTK_DIALOG (dialog), 1 /* RESPONSE_CREATE */);
  g_assert_null (_kx_application_get_last_error (app));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  window = find_window (path);
  g_assert_nonnull (window);
  wait_drawn (GTK_WIDGET (window));
  assert_no_call (window);
  close_all_windows ();
}

static void
test_window_screenshot (void)
{
  g_autofree char *png = tmp_file ("shot.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  KxWindow *window = open_window (demo_path);
  int width;
  int height;
  guint differing = 0;

  g_assert_true (_kx_application_save_png (GTK_WIDGET (window), png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >=, 1024);
  g_assert_cmpint (width, <=, 1400);
  g_assert_cmpint (height, >=, 700);
  g_assert_cmpint (height, <=, 900);

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 1; i < (gsize) width * height; i++)
    differing += memcmp (pixels + i * 4, pixels, 4) != 0;
  /* Text, header bar and rows: far from a single colour. */
  g_assert_cmpuint (differing, >, (guint) (width * height / 100));
  close_all_windows ();
}

static gboolean
app_idle (gpointer data)
{
  return !g_application_get_is_busy (G_APPLICATION (app));
}

/* First start: no database yet, so the default one is made with the demo
 * in a thread while the window shows progress. */
static void
test_default_demo (void)
{
  g_autofree char *path = kx_store_default_path ();
  g_autofree char *last = NULL;
  KxWindow *window;

  g_settings_reset (kx_application_get_settings (app), "last-database");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_application_activate (G_APPLICATION (app));
  g_assert_true (g_application_get_is_busy (G_APPLICATION (app)));
  g_assert_cmpuint (count_kx_windows (), ==, 1);
  window = KX_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_null (kx_window_get_store (window));
  g_assert_cmpstr (_kx_window_get_visible_page (window), ==, "progress");

  wait_until (app_idle, NULL);
  g_assert_null (_kx_application_get_last_error (app));
  g_assert_nonnull (kx_window_get_store (window));
  g_assert_cmpstr (kx_store_get_path (kx_window_get_store (window)), ==, path);
  g_assert_cmpstr (_kx_window_get_visible_page (window), ==, "main");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model
                                              (_kx_window_get_call_dropdown (window))), ==, 3);
  last = g_settings_get_string (kx_application_get_settings (app), "last-database");
  g_assert_cmpstr (last, ==, path);
  close_all_windows ();
}

/* Closing the window while the demo is made stops it and leaves no
 * half-made database behind (or, if it was quicker, a complete one). */
static void
test_default_demo_cancel (void)
{
  g_autofree char *path = kx_store_default_path ();

  g_settings_reset (kx_application_get_settings (app), "last-database");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }

  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (count_kx_windows (), ==, 1);
  gtk_window_close (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  wait_until (app_idle, NULL);

  g_assert_cmpuint (count_kx_windows (), ==, 0);
  g_assert_null (_kx_application_get_last_error (app));
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpuint (count_projects (path, 2026), >, 0);
}

static void
test_skip_no_display (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The default database goes into the temporary XDG_DATA_HOME it sets. */
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/window/skipped", test_skip_no_display);
      return g_test_run ();
    }

  demo_path = kx_gui_test_demo_path (120);

  app = kx_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kx_application_get_settings (app));

  g_test_add_func ("/window/demo", test_window_demo);
  g_test_add_func ("/window/remembers-call", test_window_remembers_call);
  g_test_add_func ("/window/last-database", test_window_last_database);
  g_test_add_func ("/window/size", test_window_size);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/sections", test_window_sections);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/min-size", test_window_min_size);
  g_test_add_func ("/window/chart-filter", test_window_chart_filter);
  g_test_add_func ("/window/stale-sections", test_window_stale_sections);
  g_test_add_func ("/window/empty-call", test_window_empty_call);
  g_test_add_func ("/window/no-calls", test_window_no_calls);
  g_test_add_func ("/window/screenshot", test_window_screenshot);
  g_test_add_func ("/window/default/demo", test_default_demo);
  g_test_add_func ("/window/default/demo-cancel", test_default_demo_cancel);
  g_test_add_func ("/window/error/not-kexie", test_error_not_kexie);
  g_test_add_func ("/window/error/newer", test_error_newer);
  g_test_add_func ("/window/error/read-only", test_error_read_only);
  g_test_add_func ("/window/error/missing-then-create", test_error_missing_then_create);

  status = g_test_run ();

  close_all_windows ();
  g_clear_object (&app);
  return status;
}
