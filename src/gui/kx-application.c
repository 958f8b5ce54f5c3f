/* kx-application.c: start-up, app actions, screenshots (opening: kx-application-open.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-application.h"
#include "kx-application-private.h"

#include "kx-window.h"

/* Frames to let pass after the window is mapped before a screenshot. */
#define SCREENSHOT_FRAMES 3
#define SCREENSHOT_DELAY_MS 250

G_DEFINE_FINAL_TYPE (KxApplication, kx_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file"), N_("FILE") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of the window once it shows the list, then quit"), N_("FILE.png") },
  { "section", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start in this section: projects, organizations, experts, funds, call or audit"),
    N_("NAME") },
  { "project", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start with this application selected, e.g. 2026-0001"), N_("NUMBER") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start on this page of the application: overview, eligibility, formal, review, "
       "decision, agreement, money or progress"), N_("NAME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

KxWindow *
_kx_application_find_any_window (KxApplication *self)
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
void
_kx_application_schedule_screenshot (KxApplication *self,
                                     GtkWidget     *widget)
{
  if (self->screenshot_path == NULL || self->screenshot_widget != NULL)
    return;

  /* A blinking cursor fades frame by frame and keeps the window from ever
   * being still long enough to be pictured (and a picture shows no blink). */
  g_object_set (gtk_widget_get_settings (widget), "gtk-cursor-blink", FALSE, NULL);
  g_set_weak_pointer (&self->screenshot_widget, widget);
  self->screenshot_frames = 0;
  if (gtk_widget_get_mapped (widget))
    on_screenshot_widget_map_cb (self, widget);
  else
    g_signal_connect_object (widget, "map", G_CALLBACK (on_screenshot_widget_map_cb), self,
                             G_CONNECT_SWAPPED);
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
  KxWindow *window = _kx_application_find_any_window (self);

  if (shot != NULL && self->screenshot_path == NULL && window == NULL)
    self->screenshot_path = g_steal_pointer (&shot);
  g_variant_dict_lookup (options, "section", "s", &self->start_section);
  g_variant_dict_lookup (options, "project", "s", &self->start_project);
  g_variant_dict_lookup (options, "page", "s", &self->start_page);

  if (db != NULL)
    _kx_application_open_path (self, db);
  else if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else if (self->demo_window == NULL)
    _kx_application_open_default (self);

  return 0;
}

static void
kx_application_activate (GApplication *app)
{
  KxApplication *self = KX_APPLICATION (app);
  KxWindow *window = _kx_application_find_any_window (self);

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else if (self->demo_window == NULL)
    _kx_application_open_default (self);
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
  g_free (self->start_section);
  g_free (self->start_project);
  g_free (self->start_page);

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
