/* kx-gui-test.c: what the GUI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kx-gui-test.h"

#include "kx-application-private.h"
#include "kx-demo.h"
#include "kx-i18n.h"
#include "kx-test-world.h"

static char *tmpdir;
static GHashTable *demos;  /* projects → path */

static void
remove_tmpdir (void)
{
  if (tmpdir != NULL)
    kx_test_remove_dir (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  g_clear_pointer (&demos, g_hash_table_unref);
}

gboolean
kx_gui_test_init (int    *argc,
                  char ***argv)
{
  kx_i18n_init ();
  g_test_init (argc, argv, NULL);
  tmpdir = kx_test_make_dir ("gui");
  atexit (remove_tmpdir);
  {
    /* Nothing may touch the user's real data folder. */
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  if (!gtk_init_check ())
    return FALSE;
  /* A blinking cursor keeps a window from ever being still enough to be
   * pictured (see _kx_application_schedule_screenshot()). */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  return TRUE;
}

const char *
kx_gui_test_tmp_dir (void)
{
  return tmpdir;
}

char *
kx_gui_test_tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
make_demo (const char *path,
           guint       projects)
{
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  g_autoptr(GError) error = NULL;
  KxDemoOptions options;

  kx_demo_options_init (&options);
  options.organizations = 40;
  options.projects = projects;
  g_assert_true (kx_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

const char *
kx_gui_test_demo_path (guint projects)
{
  char *path;

  if (demos == NULL)
    demos = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  path = g_hash_table_lookup (demos, GUINT_TO_POINTER (projects));
  if (path == NULL)
    {
      g_autofree char *name = g_strdup_printf ("demo-%u.db", projects);

      path = g_build_filename (tmpdir, name, NULL);
      make_demo (path, projects);
      g_hash_table_insert (demos, GUINT_TO_POINTER (projects), path);
    }
  return path;
}

char *
kx_gui_test_demo_copy (guint projects)
{
  static guint serial;
  const char *source = kx_gui_test_demo_path (projects);
  g_autofree char *name = g_strdup_printf ("copy-%u.db", ++serial);
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

KxStore *
kx_gui_test_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  KxStore *store = kx_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

void
kx_gui_test_wait_until (KxGuiTestCondition condition,
                        gpointer           data)
{
  gint64 end = g_get_monotonic_time () + KX_GUI_TEST_WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (!condition (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_true (condition (data));
}

void
kx_gui_test_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_done (gpointer data)
{
  return *(guint *) data >= 3;
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

void
kx_gui_test_wait_drawn (GtkWidget *widget)
{
  guint frames = 0;
  guint id;

  kx_gui_test_wait_until (widget_mapped, widget);
  id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  kx_gui_test_wait_until (frames_done, &frames);
  gtk_widget_remove_tick_callback (widget, id);
}

GtkWindow *
kx_gui_test_host (GtkWidget *child,
                  int        width,
                  int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  kx_gui_test_wait_drawn (GTK_WIDGET (window));
  return window;
}

void
kx_gui_test_save_png (GtkWidget  *widget,
                      const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_kx_application_save_png (widget, path, &error));
  g_assert_no_error (error);
}

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_EDITABLE (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (GTK_IS_WINDOW (widget))
    return gtk_window_get_title (GTK_WINDOW (widget));
  return NULL;
}

GtkWidget *
kx_gui_test_find (GtkWidget  *root,
                  GType       type,
                  const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (text == NULL || g_strcmp0 (widget_text (root), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kx_gui_test_find (child, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
kx_gui_test_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));

  g_assert_nonnull (found);
  return found;
}

void
kx_gui_test_click (gpointer    widget,
                   GType       type,
                   const char *name)
{
  g_signal_emit_by_name (kx_gui_test_child (widget, type, name), "clicked");
  kx_gui_test_flush ();
}

typedef struct
{
  GType      type;
  GtkWindow *found;
} FindWindow;

static gboolean
window_found (gpointer data)
{
  FindWindow *find = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  find->found = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, find->type)
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        find->found = window;
    }
  return find->found != NULL;
}

gboolean
kx_gui_test_has_window (GType type)
{
  FindWindow find = { type, NULL };

  return window_found (&find);
}

gpointer
kx_gui_test_wait_window (GType type)
{
  FindWindow find = { type, NULL };

  kx_gui_test_wait_until (window_found, &find);
  return find.found;
}

void
kx_gui_test_close_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  kx_gui_test_flush ();
}

void
kx_gui_test_skip_no_display (void)
{
  g_test_skip ("no display");
}
