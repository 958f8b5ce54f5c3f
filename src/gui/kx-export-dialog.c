/* kx-export-dialog.c: export a workbook of a call, in a worker, with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook is written by kx_export_workbook() in a GTask thread on a
 * store connection of its own; the dialog shows its progress, can cancel
 * it (the export then leaves no file behind) and offers to open the file.
 */

#define G_LOG_DOMAIN "kx-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-export-dialog.h"

#include "kx-export-workbook.h"
#include "kx-form.h"

#define PROGRESS_INTERVAL_MS 100

typedef enum
{
  STATE_IDLE,
  STATE_RUNNING,
  STATE_DONE,
  STATE_FAILED,
} State;

struct _KxExportDialog
{
  GtkWindow        parent_instance;

  /* Owned */
  KxStore         *store;
  KxCall          *call;
  GCancellable    *cancellable;
  GtkNativeDialog *chooser;
  char            *written;     /* the file written last */

  State            state;
  guint            progress_id;
  int              done;        /* atomic: written by the worker */
  int              total;       /* atomic */

  /* Template widgets */
  GtkLabel        *call_label;
  GtkDropDown     *kind_dropdown;
  GtkStringList   *kind_strings;
  GtkEntry        *file_entry;
  GtkLabel        *file_error;
  GtkStack        *result_stack;
  GtkProgressBar  *progress_bar;
  GtkLabel        *status_label;
  GtkWidget       *done_box;
  GtkButton       *cancel_button;
};

G_DEFINE_FINAL_TYPE (KxExportDialog, kx_export_dialog, GTK_TYPE_WINDOW)

static const char * const state_names[] = { "idle", "running", "done", "failed" };

/* Helpers */

static KxWorkbookKind
selected_kind (KxExportDialog *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  return kind < KX_N_WORKBOOKS ? (KxWorkbookKind) kind : KX_WORKBOOK_REVIEW;
}

static const char *
file_text (KxExportDialog *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->file_entry));
}

/* NULL when @path may be written, else what is wrong, for the field. */
static char *
check_path (const char *path)
{
  g_autofree char *dir = NULL;

  if (path == NULL || *path == '\0')
    return g_strdup (_("File: choose where to save the workbook."));
  if (!g_str_has_suffix (path, ".xlsx"))
    return g_strdup (_("File: the name must end in .xlsx."));
  if (!g_path_is_absolute (path))
    return g_strdup (_("File: give the whole path, e.g. /home/user/review.xlsx."));
  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return g_strdup_printf (_("File: the folder “%s” does not exist."), dir);
  return NULL;
}

static void
set_status (KxExportDialog *self,
            const char     *text,
            gboolean        error)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
update_actions (KxExportDialog *self)
{
  g_autofree char *problem = check_path (file_text (self));
  gboolean running = self->state == STATE_RUNNING;

  gtk_label_set_text (self->file_error, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->file_error), problem != NULL && *file_text (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.start",
                                 !running && problem == NULL && self->call != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->file_entry), !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open", self->state == STATE_DONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open-folder",
                                 self->state == STATE_DONE);
  gtk_widget_set_visible (self->done_box, self->state != STATE_FAILED);
  gtk_button_set_label (self->cancel_button,
                        self->state == STATE_DONE ? _("_Close") : _("_Cancel"));
}

static void
set_state (KxExportDialog *self,
           State           state)
{
  self->state = state;
  gtk_stack_set_visible_child_name (self->result_stack,
                                    state == STATE_RUNNING ? "progress"
                                    : state == STATE_IDLE ? "none" : "result");
  update_actions (self);
}

/* The workbook's default name in the user's documents folder. */
static void
suggest_path (KxExportDialog *self)
{
  const char *dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (self->call == NULL)
    return;
  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    dir = g_get_home_dir ();
  /* TRANSLATORS: a workbook's file name: "2026年度评审结果汇总表.xlsx" */
  name = g_strdup_printf (_("%d %s.xlsx"), kx_call_get_year (self->call),
                          kx_workbook_kind_label (selected_kind (self)));
  path = g_build_filename (dir, name, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->file_entry), path);
}

/* The worker */

typedef struct
{
  char           *db_path;
  char           *path;
  KxWorkbookKind  kind;
  int             year;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->db_path);
  g_free (data->path);
  g_free (data);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  KxExportDialog *self = user_data;

  g_atomic_int_set (&self->done, (int) done);
  g_atomic_int_set (&self->total, (int) total);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(KxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The dialog outlives the task: it holds a reference until it is done. */
  store = kx_store_open (data->db_path, &error);
  if (store == NULL
      || !kx_export_workbook (store, data->kind, data->year, data->path, progress_cb,
                              source_object, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  KxExportDialog *self = user_data;
  int done = g_atomic_int_get (&self->done);
  int total = g_atomic_int_get (&self->total);
  g_autofree char *text = NULL;

  if (total > 0)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, CLAMP ((double) done / total, 0.0, 1.0));
      /* TRANSLATORS: export progress, e.g. "12000 / 45000 行" */
      text = g_strdup_printf (_("%d / %d rows"), done, total);
      gtk_progress_bar_set_text (self->progress_bar, text);
    }
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, _("Export cancelled; no file was written."), FALSE);
      else
        set_status (self, error->message, TRUE);
      set_state (self, STATE_FAILED);
      return;
    }

  g_free (self->written);
  self->written = g_strdup (data->path);
  text = g_strdup_printf (_("Exported to %s"), data->path);
  set_status (self, text, FALSE);
  set_state (self, STATE_DONE);
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  if (self->state == STATE_RUNNING || self->call == NULL || check_path (file_text (self)) != NULL)
    return;

  data = g_new0 (ExportData, 1);
  data->db_path = g_strdup (kx_store_get_path (self->store));
  data->path = g_strdup (file_text (self));
  data->kind = selected_kind (self);
  data->year = kx_call_get_year (self->call);

  g_atomic_int_set (&self->done, 0);
  g_atomic_int_set (&self->total, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Starting…"));
  set_status (self, NULL, FALSE);
  set_state (self, STATE_RUNNING);

  self->cancellable = g_cancellable_new ();
  self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick_cb, self);
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, start_action);
  /* The export says itself whether it was cancelled: a cancel that comes
   * after the file was renamed into place must not be reported as "no
   * file was written". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (widget);

  if (self->state == STATE_RUNNING)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_chooser_response_cb (KxExportDialog *self,
                        int             response)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    path = kx_form_chooser_get_path (self->chooser, NULL, ".xlsx");
  if (path != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->file_entry), path);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (widget);
  g_autofree char *dir = g_path_get_dirname (file_text (self));
  g_autofree char *name = g_path_get_basename (file_text (self));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  if (self->chooser != NULL)
    return;
  self->chooser = kx_form_chooser_new (widget, GTK_FILE_CHOOSER_ACTION_SAVE,
                                       _("Save the Workbook"), _("_Save"),
                                       G_CALLBACK (on_chooser_response_cb));
  kx_form_chooser_add_filter (self->chooser, _("Excel workbooks (*.xlsx)"), ".xlsx");
  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_show (self->chooser);
}

static void
launch (KxExportDialog *self,
        GFile          *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    set_status (self, error->message, TRUE);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (widget);
  g_autoptr(GFile) file = self->written != NULL ? g_file_new_for_path (self->written) : NULL;

  if (file != NULL)
    launch (self, file);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (widget);
  g_autofree char *dir = self->written != NULL ? g_path_get_dirname (self->written) : NULL;
  g_autoptr(GFile) folder = dir != NULL ? g_file_new_for_path (dir) : NULL;

  if (folder != NULL)
    launch (self, folder);
}

/* Callbacks */

static void
on_kind_changed_cb (KxExportDialog *self)
{
  /* A name the user typed stays; only the suggested one follows the kind. */
  if (self->state != STATE_RUNNING)
    suggest_path (self);
  if (self->state == STATE_DONE || self->state == STATE_FAILED)
    {
      set_status (self, NULL, FALSE);
      set_state (self, STATE_IDLE);
    }
}

static void
on_file_changed_cb (KxExportDialog *self)
{
  update_actions (self);
}

static gboolean
kx_export_dialog_close_request (GtkWindow *window)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (window);

  /* Closing while it runs cancels the export first. */
  if (self->state == STATE_RUNNING)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (kx_export_dialog_parent_class)->close_request (window);
}

static void
kx_export_dialog_dispose (GObject *object)
{
  KxExportDialog *self = KX_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_export_dialog_parent_class)->dispose (object);
}

static void
kx_export_dialog_finalize (GObject *object)
{
  g_free (KX_EXPORT_DIALOG (object)->written);

  G_OBJECT_CLASS (kx_export_dialog_parent_class)->finalize (object);
}

static void
kx_export_dialog_class_init (KxExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kx_export_dialog_dispose;
  object_class->finalize = kx_export_dialog_finalize;
  window_class->close_request = kx_export_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, call_label);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, kind_strings);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, file_entry);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, file_error);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, result_stack);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, done_box);
  gtk_widget_class_bind_template_child (widget_class, KxExportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_file_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "export.open-folder", NULL, open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
kx_export_dialog_init (KxExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int kind = 0; kind < KX_N_WORKBOOKS; kind++)
    gtk_string_list_append (self->kind_strings, kx_workbook_kind_label (kind));
}

/**
 * kx_export_dialog_new:
 * @parent: the window it belongs to
 * @store: the database to export from (its file is opened again in a worker)
 * @call: (nullable): the call whose workbook to write
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
KxExportDialog *
kx_export_dialog_new (GtkWindow *parent,
                      KxStore   *store,
                      KxCall    *call)
{
  KxExportDialog *self;
  g_autofree char *call_text = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  self = g_object_new (KX_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_set_object (&self->call, call);
  if (call != NULL)
    call_text = g_strdup_printf ("%s", kx_call_get_title (call));
  gtk_label_set_text (self->call_label, call_text != NULL ? call_text : _("No call selected"));
  suggest_path (self);
  set_state (self, STATE_IDLE);
  return self;
}

void
_kx_export_dialog_set_path (KxExportDialog *self,
                            const char     *path)
{
  gtk_editable_set_text (GTK_EDITABLE (self->file_entry), path);
}

void
_kx_export_dialog_set_kind (KxExportDialog *self,
                            guint           kind)
{
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

const char *
_kx_export_dialog_get_state (KxExportDialog *self)
{
  return state_names[self->state];
}

const char *
_kx_export_dialog_get_status (KxExportDialog *self)
{
  return gtk_label_get_text (self->status_label);
}
