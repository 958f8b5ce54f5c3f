/* kx-application-open.c: choosing and opening the database, the first-run demo, open errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-application-private.h"

#include "kx-demo.h"
#include "kx-store.h"
#include "kx-window.h"

#define RESPONSE_CREATE 1

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
  GtkWindow *parent = GTK_WINDOW (_kx_application_find_any_window (self));
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
  _kx_application_schedule_screenshot (self, dialog);
}

/* Opening ---------------------------------------------------------------- */

/* --section, --project and --page, once. */
static void
show_start_place (KxApplication *self,
                  KxWindow      *window)
{
  g_autofree char *section = g_steal_pointer (&self->start_section);
  g_autofree char *project = g_steal_pointer (&self->start_project);
  g_autofree char *page = g_steal_pointer (&self->start_page);
  g_autoptr(GError) error = NULL;

  /* Command-line mistakes are answered on the command line. */
  if (project != NULL && !kx_window_show_project (window, project, page, &error))
    {
      g_printerr ("%s\n", error->message);
      self->exit_status = 1;
    }
  if (section != NULL && !kx_window_show_section (window, section))
    {
      g_printerr (_("There is no section “%s”: use projects, organizations, experts, funds, "
                  "call or audit.\n"), section);
      self->exit_status = 1;
    }
}

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
  show_start_place (self, window);
  _kx_application_schedule_screenshot (self, GTK_WIDGET (window));
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
void
_kx_application_open_default (KxApplication *self)
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
