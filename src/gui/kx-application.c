/* kx-application.c: start-up, choosing the database, app actions, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-application.h"
#include "kx-application-private.h"

#include "kx-demo.h"
#include "kx-store.h"
#include "kx-window.h"

#define RESPONSE_CREATE 1
/* Frames to let pass after the window is mapped before a screenshot. */
#define SCREENSHOT_FRAMES 3
#define SCREENSHOT_DELAY_MS 250

struct _KxApplication
{
  GtkApplication  parent_instance;

  /* Owned */
  GSettings      *settings;
  GError         *last_error;
  char           *screenshot_path;
  GCancellable   *demo_cancellable;

  /* Borrowed (weak pointers) */
  GtkWidget      *error_dialog;
  KxWindow       *demo_window;
  GtkWidget      *screenshot_widget;

  guint           demo_progress_id;
  int             demo_done;   /* atomic: written by the demo thread */
  int             demo_total;  /* atomic */
  guint           screenshot_frames;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (KxApplication, kx_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file"), N_("FILE") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of the window once it shows the list, then quit"), N_("FILE.png") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

static void load_path       (KxApplication *self,
                             const char    *path,
                             KxWindow      *window);
static void show_open_error (KxApplication *self,
                             const char    *path,
                             const GError  *error);

static void
set_last_error (KxApplication *self,
                const GError  *error)
{
  g_clear_error (&self->last_error);
  if (error != NULL)
    self->last_error = g_error_copy (error);
}

static void
remember_database (KxApplication *self,
                   const char    *path)
{
  /* A screenshot run (README, tests) must not change what the user opens next. */
  if (self->settings != NULL && self->screenshot_path == NULL)
    g_settings_set_string (self->settings, "last-database", path);
}

static KxWindow *
find_window_for_path (KxApplication *self,
                      const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KxStore *store = KX_IS_WINDOW (l->data) ? kx_window_get_store (l->data) : NULL;

      if (store != NULL && g_strcmp0 (kx_store_get_path (store), path) == 0)
        return l->data;
    }
  return NULL;
}

static KxWindow *
find_any_window (KxApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KX_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* Screenshots ------------------------------------------------------------ */

static void
finish_screenshot (KxApplication *self,
                   GtkWidget     *widget)
{
  g_autoptr(GError) error = NULL;

  if (!_kx_application_save_png (widget, self->screenshot_path, &error))
    {
      g_printerr ("%s\n", error->message);
      self->exit_status = 1;
    }
  /* A screenshot of an error dialog documents the error, but the run failed. */
  else if (self->last_error != NULL)
    self->exit_status = 1;

  g_application_quit (G_APPLICATION (self));
}

static gboolean
screenshot_timeout_cb (gpointer user_data)
{
  KxApplication *self = user_data;

  if (self->screenshot_widget != NULL)
    finish_screenshot (self, self->screenshot_widget);
  return G_SOURCE_REMOVE;
}

static gboolean
screenshot_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  KxApplication *self = user_data;

  if (++self->screenshot_frames < SCREENSHOT_FRAMES)
    return G_SOURCE_CONTINUE;

  g_timeout_add_full (G_PRIORITY_DEFAULT, SCREENSHOT_DELAY_MS, screenshot_timeout_cb,
                      g_object_ref (self), g_object_unref);
  return G_SOURCE_REMOVE;
}

static void
on_screenshot_widget_map_cb (KxApplication *self,
                             GtkWidget     *widget)
{
  gtk_widget_add_tick_callback (widget, screenshot_tick_cb, g_object_ref (self), g_object_unref);
}

/* Waits until @widget is mapped and a few frames are drawn, then saves it
 * to the --screenshot file and quits. */
static void
schedule_screenshot (KxApplication *self,
                     GtkWidget     *widget)
{
  if (self->screenshot_path == NULL || self->screenshot_widget != NULL)
    return;

  g_set_weak_pointer (&self->screenshot_widget, widget);
  self->screenshot_frames = 0;
  if (gtk_widget_get_mapped (widget))
    on_screenshot_widget_map_cb (self, widget);
  else
    g_signal_connect_object (widget, "map", G_CALLBACK (on_screenshot_widget_map_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Error dialog ----------------------------------------------------------- */

static const char *
error_primary_text (const GError *error)
{
  if (!g_error_matches (error, KX_STORE_ERROR, error->code))
    return _("Cannot open the database");

  switch ((KxError) error->code)
    {
    case KX_ERROR_NOT_FOUND:
      return _("The database file does not exist");
    case KX_ERROR_CORRUPT:
      return _("This file is not a Kexie database");
    case KX_ERROR_NEWER:
      return _("This database needs a newer version of Kexie");
    case KX_ERROR_READ_ONLY:
      return _("The database cannot be written");
    case KX_ERROR_BUSY:
      return _("The database is in use");
    default:
      return _("Cannot open the database");
    }
}

static char *
error_secondary_text (const GError *error)
{
  const char *hint;

  if (g_error_matches (error, KX_STORE_ERROR, KX_ERROR_NOT_FOUND))
    hint = _("Kexie can create a new, empty database there.");
  else if (g_error_matches (error, KX_STORE_ERROR, KX_ERROR_CORRUPT))
    hint = _("Kexie has not changed the file.");
  else
    hint = NULL;

  return hint != NULL ? g_strdup_printf ("%s\n\n%s", error->message, hint)
                      : g_strdup (error->message);
}

/* The user asked for a new, empty database at @path. */
static void
create_database (KxApplication *self,
                 const char    *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, KX_STORE_ERROR, KX_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      show_open_error (self, path, error);
      return;
    }
  load_path (self, path, NULL);
}

static void
on_error_dialog_response_cb (KxApplication *self,
                             int            response,
                             GtkDialog     *dialog)
{
  g_autofree char *path = g_strdup (g_object_get_data (G_OBJECT (dialog), "kx-path"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == RESPONSE_CREATE)
    create_database (self, path);
}

static void
show_open_error (KxApplication *self,
                 const char    *path,
                 const GError  *error)
{
  GtkWindow *parent = GTK_WINDOW (find_any_window (self));
  g_autofree char *secondary = error_secondary_text (error);
  GtkWidget *dialog;

  set_last_error (self, error);
  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE,
                                   "%s", error_primary_text (error));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Kexie"));
  if (g_error_matches (error, KX_STORE_ERROR, KX_ERROR_NOT_FOUND))
    gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Create New Database"), RESPONSE_CREATE);
  /* Without a window behind it, closing the dialog ends Kexie. */
  gtk_dialog_add_button (GTK_DIALOG (dialog), parent != NULL ? _("_Close") : _("_Quit"),
                         GTK_RESPONSE_CLOSE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);

  g_object_set_data_full (G_OBJECT (dialog), "kx-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_set_weak_pointer (&self->error_dialog, dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  schedule_screenshot (self, dialog);
}

/* Opening ---------------------------------------------------------------- */

static void
show_store (KxApplication *self,
            KxStore       *store,
            KxWindow      *window)
{
  if (window == NULL)
    window = kx_window_new (self, store);
  else
    kx_window_set_store (window, store);

  gtk_window_present (GTK_WINDOW (window));
  schedule_screenshot (self, GTK_WIDGET (window));
}

/* Opens @path, creating it when missing, and shows it in @window (a window
 * waiting for a database) or, when %NULL, in a new window. */
static void
load_path (KxApplication *self,
           const char    *path,
           KxWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (path, &error);

  if (store == NULL)
    {
      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      show_open_error (self, path, error);
      return;
    }

  set_last_error (self, NULL);
  remember_database (self, path);
  show_store (self, store, window);
}

/* Opens an existing database; a missing file is reported, never created. */
static void
open_path (KxApplication *self,
           const char    *path)
{
  g_autoptr(GError) error = NULL;
  KxWindow *existing = find_window_for_path (self, path);

  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      load_path (self, path, NULL);
      return;
    }

  g_set_error (&error, KX_STORE_ERROR, KX_ERROR_NOT_FOUND,
               _("The file “%s” does not exist."), path);
  show_open_error (self, path, error);
}

/* Demo database ------------------------------------------------------------ */

static void
delete_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
demo_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  KxApplication *self = user_data;

  g_atomic_int_set (&self->demo_total, (int) total);
  g_atomic_int_set (&self->demo_done, (int) done);
}

/* Runs in a worker thread with its own connection to the new database. */
static void
generate_demo_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(KxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KxDemoOptions options;
  gboolean ok;

  kx_demo_options_init (&options);
  store = kx_store_open (path, &error);
  ok = store != NULL &&
       kx_demo_generate (store, &options, cancellable, demo_progress_cb, source_object, &error);
  g_clear_object (&store);

  if (!ok)
    {
      /* Never leave a half-made default database that would open as empty next time. */
      delete_database_files (path);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
update_demo_progress_cb (gpointer user_data)
{
  KxApplication *self = user_data;
  int total = g_atomic_int_get (&self->demo_total);
  int done = g_atomic_int_get (&self->demo_done);

  if (self->demo_window != NULL)
    kx_window_show_progress (self->demo_window, _("Generating the demo database…"),
                             total > 0 ? (double) done / total : 0.0);
  return G_SOURCE_CONTINUE;
}

static void
on_demo_generated_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  KxApplication *self = KX_APPLICATION (source);
  GTask *task = G_TASK (result);
  const char *path = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  KxWindow *window = self->demo_window;

  g_clear_weak_pointer (&self->demo_window);
  g_clear_handle_id (&self->demo_progress_id, g_source_remove);
  g_clear_object (&self->demo_cancellable);

  if (!g_task_propagate_boolean (task, &error))
    {
      if (window != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (window));
          show_open_error (self, path, error);
        }
    }
  else if (window != NULL)
    {
      load_path (self, path, window);
    }

  g_application_unmark_busy (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

static gboolean
on_demo_window_close_request_cb (KxApplication *self)
{
  g_cancellable_cancel (self->demo_cancellable);
  return FALSE;
}

/* The default database does not exist yet: fill it with the demo in a
 * thread while the window shows progress. */
static void
generate_demo (KxApplication *self,
               const char    *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  KxWindow *window;

  /* The store refuses a missing folder as read-only; make it first. */
  g_mkdir_with_parents (dir, 0700);

  window = kx_window_new (self, NULL);
  g_set_weak_pointer (&self->demo_window, window);
  kx_window_show_progress (window, _("Generating the demo database…"), 0.0);
  g_signal_connect_object (window, "close-request",
                           G_CALLBACK (on_demo_window_close_request_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));

  g_atomic_int_set (&self->demo_done, 0);
  g_atomic_int_set (&self->demo_total, 0);
  self->demo_cancellable = g_cancellable_new ();
  self->demo_progress_id = g_timeout_add (100, update_demo_progress_cb, self);
  g_application_hold (G_APPLICATION (self));
  g_application_mark_busy (G_APPLICATION (self));

  task = g_task_new (self, self->demo_cancellable, on_demo_generated_cb, NULL);
  g_task_set_source_tag (task, generate_demo);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, generate_demo_thread);
}

/* Without --db: the last database if it still exists, else the default one,
 * generated with demo data the first time. */
static void
open_default (KxApplication *self)
{
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-database");

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    path = g_steal_pointer (&last);
  else
    path = kx_store_default_path ();

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    open_path (self, path);
  else
    generate_demo (self, path);
}

/* Actions ------------------------------------------------------------------ */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  KxApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close, not destroy: windows save their size on close-request. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  /* While the demo is made, let the cancelled thread clean up first: the
   * application ends by itself when it releases its hold. */
  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);
  else
    g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KxApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GdkDisplay *display = gdk_display_get_default ();
  gboolean has_icon = gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (display), APP_ID);
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "application", self,
                        "transient-for", parent,
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "program-name", _("Kexie"),
                        "logo-icon-name", has_icon ? APP_ID : NULL,
                        "version", PACKAGE_VERSION,
                        "comments", _("Runs the Society Service Capacity Improvement Plan of "
                                      "the Chenzhou Association for Science and Technology, "
                                      "from the annual call to the final acceptance."),
                        "copyright", _("© 2026 Chenzhou Association for Science and Technology"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action },
  { "about", about_action },
};

/* GApplication ------------------------------------------------------------- */

static int
kx_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("kexie %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static char *
option_path (GApplicationCommandLine *cmdline,
             GVariantDict            *options,
             const char              *name)
{
  const char *arg = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_variant_dict_lookup (options, name, "^&ay", &arg) || arg == NULL || *arg == '\0')
    return NULL;

  file = g_application_command_line_create_file_for_arg (cmdline, arg);
  return g_file_get_path (file);
}

static int
kx_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  KxApplication *self = KX_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *db = option_path (cmdline, options, "db");
  g_autofree char *shot = option_path (cmdline, options, "screenshot");
  KxWindow *window = find_any_window (self);

  if (shot != NULL && self->screenshot_path == NULL && window == NULL)
    self->screenshot_path = g_steal_pointer (&shot);

  if (db != NULL)
    open_path (self, db);
  else if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else if (self->demo_window == NULL)
    open_default (self);

  return 0;
}

static void
kx_application_activate (GApplication *app)
{
  KxApplication *self = KX_APPLICATION (app);
  KxWindow *window = find_any_window (self);

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else if (self->demo_window == NULL)
    open_default (self);
}

static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      /* Running uninstalled without GSETTINGS_SCHEMA_DIR: work, but forget. */
      g_message ("The settings schema %s is not installed; settings will not be kept.", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/chenzhou/kexie/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
kx_application_startup (GApplication *app)
{
  KxApplication *self = KX_APPLICATION (app);
  static const char * const quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (kx_application_parent_class)->startup (app);

  self->settings = new_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_window_set_default_icon_name (APP_ID);
  load_style ();
}

static void
kx_application_dispose (GObject *object)
{
  KxApplication *self = (KxApplication *) object;

  g_clear_weak_pointer (&self->error_dialog);
  g_clear_weak_pointer (&self->demo_window);
  g_clear_weak_pointer (&self->screenshot_widget);
  g_clear_handle_id (&self->demo_progress_id, g_source_remove);
  g_clear_object (&self->demo_cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kx_application_parent_class)->dispose (object);
}

static void
kx_application_finalize (GObject *object)
{
  KxApplication *self = (KxApplication *) object;

  g_clear_error (&self->last_error);
  g_free (self->screenshot_path);

  G_OBJECT_CLASS (kx_application_parent_class)->finalize (object);
}

static void
kx_application_class_init (KxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kx_application_dispose;
  object_class->finalize = kx_application_finalize;

  app_class->startup = kx_application_startup;
  app_class->activate = kx_application_activate;
  app_class->command_line = kx_application_command_line;
  app_class->handle_local_options = kx_application_handle_local_options;
}

static void
kx_application_init (KxApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Kexie manages the Society Service Capacity "
                                              "Improvement Plan."));
}

/**
 * kx_application_new:
 *
 * Returns: (transfer full): the application, single instance per user
 */
KxApplication *
kx_application_new (void)
{
  return g_object_new (KX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/org/chenzhou/kexie",
                       NULL);
}

/**
 * kx_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, %NULL when the schema is
 *   not installed
 */
GSettings *
kx_application_get_settings (KxApplication *self)
{
  g_return_val_if_fail (KX_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * kx_application_get_exit_status:
 *
 * Returns: non-zero when a --screenshot run failed
 */
int
kx_application_get_exit_status (KxApplication *self)
{
  g_return_val_if_fail (KX_IS_APPLICATION (self), 1);

  return self->exit_status;
}

void
_kx_application_open_path (KxApplication *self,
                           const char    *path)
{
  g_return_if_fail (KX_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  open_path (self, path);
}

const GError *
_kx_application_get_last_error (KxApplication *self)
{
  g_return_val_if_fail (KX_IS_APPLICATION (self), NULL);

  return self->last_error;
}

GtkWidget *
_kx_application_get_error_dialog (KxApplication *self)
{
  g_return_val_if_fail (KX_IS_APPLICATION (self), NULL);

  return self->error_dialog;
}

gboolean
_kx_application_save_png (GtkWidget   *widget,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not take a screenshot: the window shows nothing yet."));
      return FALSE;
    }

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the screenshot “%s”."), path);
      return FALSE;
    }
  return TRUE;
}
