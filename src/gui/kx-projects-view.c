/* kx-projects-view.c: the 申报项目 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of a call is loaded in a worker, on a store connection of its
 * own, and filtered, searched and sorted there too (kx-project-query.h):
 * the UI thread only applies the finished order, with one items-changed.
 * The column headers sort through per-column sorters that are never used
 * to sort anything: when the header sorter changes, a probe finds out which
 * column is first and in which direction, and the worker sorts by it.
 */

#define G_LOG_DOMAIN "kx-projects-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-projects-view.h"
#include "kx-projects-view-private.h"

#include "kexie-gui-resources.h"
#include "kx-action-bar.h"
#include "kx-action-dialog.h"
#include "kx-agreement-preview.h"
#include "kx-project-detail.h"
#include "kx-row-slots.h"
#include "kx-workflow.h"

G_DEFINE_FINAL_TYPE (KxProjectsView, kx_projects_view, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of KxProjectColumn. */
static const char * const column_ids[KX_N_PROJECT_COLUMNS] = {
  "number_column", "applicant_column", "type_column", "title_column", "stage_column",
  "formal_column", "score_column", "rank_column", "requested_column", "approved_column",
};

typedef struct
{
  KxProjectsView *self;
  int             column;
} Probe;

static void refilter (KxProjectsView *self);

/* State shown */

static void
show_empty (KxProjectsView *self,
            const char     *title,
            const char     *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
set_count_text (KxProjectsView *self,
                char           *text)
{
  g_free (self->count_text);
  self->count_text = text;
  gtk_label_set_text (self->count_label, text != NULL ? text : "");
}

static void
update_count (KxProjectsView *self)
{
  guint shown;
  guint total;

  if (self->projects == NULL)
    {
      set_count_text (self, NULL);
      return;
    }

  shown = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  total = kx_project_list_get_total (self->projects);
  if (shown == total)
    set_count_text (self, g_strdup_printf (ngettext ("%u project in total",
                                                     "%u projects in total", total), total));
  else
    /* TRANSLATORS: shown after filtering: "12 / 180 个项目" */
    set_count_text (self, g_strdup_printf (ngettext ("%u of %u project",
                                                     "%u of %u projects", total),
                                           shown, total));

  if (shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (total == 0)
    show_empty (self, _("No applications in this call yet"), NULL);
  else
    show_empty (self, _("No applications match"),
                _("Change the type or stage filter, or what you searched for."));
}

static void
show_project (KxProjectsView *self,
              gint64          project_id)
{
  kx_action_bar_set_project (self->action_bar, project_id);
  /* Without a project the detail's empty state says it all. */
  gtk_widget_set_visible (GTK_WIDGET (self->action_bar), project_id != 0);
  kx_project_detail_set_project (self->detail, project_id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "project.run", project_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "project.score", project_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "project.print", project_id != 0);
}

static gint64
selected_project (KxProjectsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  const KxProjectSummary *row = NULL;

  if (self->projects != NULL && position != GTK_INVALID_LIST_POSITION)
    row = kx_project_list_peek (self->projects, position);
  return row != NULL ? row->id : 0;
}

/* Selects @project_id again after the order changed under the selection. */
static void
reselect (KxProjectsView *self,
          gint64          project_id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (project_id != 0 && self->projects != NULL)
    position = kx_project_list_find (self->projects, project_id);
  if (position == G_MAXUINT)
    position = GTK_INVALID_LIST_POSITION;

  self->reordering = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->reordering = FALSE;

  /* Filtered out: the detail follows the list. While a call loads, the
   * detail waits for it (load_done_cb() selects it then). */
  if (position == GTK_INVALID_LIST_POSITION && project_id != 0 && !self->loading)
    show_project (self, 0);
}

/* The query the filters, the search and the column headers ask for. */
static void
fill_query (KxProjectsView *self,
            KxProjectQuery *query)
{
  guint type = gtk_drop_down_get_selected (self->type_dropdown);
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);

  kx_project_query_init (query);
  /* Row 0 of each drop-down is "all"; then the types 1…5 and the stages in order. */
  query->type = type != GTK_INVALID_LIST_POSITION ? (int) type : 0;
  query->stage = stage != GTK_INVALID_LIST_POSITION ? (int) stage - 1 : -1;
  query->search = self->search;
  query->sort_column = self->sort_column;
  query->descending = self->descending;
}

static void
cancel_work (KxProjectsView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->query_rows, kx_project_rows_unref);
  self->loading = FALSE;
  self->querying = FALSE;
}

static void
apply_order (KxProjectsView *self,
             KxProjectRows  *rows,
             GArray         *order)
{
  gint64 keep = selected_project (self);
  gboolean applied;

  if (keep == 0)
    keep = kx_project_detail_get_project (self->detail);

  self->reordering = TRUE;
  applied = kx_project_list_set_order (self->projects, rows, order);
  self->reordering = FALSE;

  /* The list was reloaded or a row refreshed meanwhile: ask again. */
  if (!applied)
    {
      refilter (self);
      return;
    }
  reselect (self, keep);
  update_count (self);
}

/* Loading a call, in a worker */

typedef struct
{
  char           *path;
  gint64          call_id;
  KxProjectQuery  query;
  char           *search;
} LoadData;

typedef struct
{
  KxProjectList  *list;
  KxProjectRows  *rows;
  GArray         *order;
} LoadResult;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_free (data->search);
  g_free (data);
}

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->list);
  g_clear_pointer (&result->rows, kx_project_rows_unref);
  g_clear_pointer (&result->order, g_array_unref);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(KxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LoadResult *result = g_new0 (LoadResult, 1);

  /* A connection of its own: the list keeps it to read its items' texts
   * later, on the UI thread, once this worker has let go of it. */
  store = kx_store_open (data->path, &error);
  if (store != NULL)
    result->list = kx_project_list_new (store, data->call_id, &error);
  if (result->list != NULL)
    {
      result->rows = kx_project_list_get_rows (result->list);
      result->order = kx_project_query_run (result->rows, &data->query, cancellable, &error);
    }

  if (error != NULL)
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

static void
set_projects (KxProjectsView *self,
              KxProjectList  *projects)
{
  self->reordering = TRUE;
  g_set_object (&self->projects, projects);
  kx_row_slots_set_model (self->slots, G_LIST_MODEL (projects));
  self->reordering = FALSE;
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(KxProjectsView) self = user_data;
  g_autoptr(GError) error = NULL;
  LoadResult *loaded = g_task_propagate_pointer (G_TASK (result), &error);
  gint64 keep;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  g_clear_object (&self->cancellable);
  if (loaded == NULL)
    {
      set_projects (self, NULL);
      update_count (self);
      show_empty (self, _("Could not load the applications of this call"), error->message);
      show_project (self, 0);
      return;
    }

  keep = kx_project_detail_get_project (self->detail);
  kx_project_list_set_order (loaded->list, loaded->rows, loaded->order);
  set_projects (self, loaded->list);
  load_result_free (loaded);
  reselect (self, keep);
  update_count (self);
}

static void
start_load (KxProjectsView *self)
{
  g_autoptr(GTask) task = NULL;
  const char *path = self->store != NULL ? kx_store_get_path (self->store) : NULL;
  LoadData *data;

  cancel_work (self);
  if (self->store == NULL || self->call == NULL || path == NULL)
    {
      set_projects (self, NULL);
      update_count (self);
      show_project (self, 0);
      show_empty (self, _("No call selected"),
                  _("Choose the call year in the header bar, or make a call in Call settings."));
      return;
    }

  data = g_new0 (LoadData, 1);
  data->path = g_strdup (path);
  data->call_id = kx_call_get_id (self->call);
  fill_query (self, &data->query);
  data->search = g_strdup (self->search);
  data->query.search = data->search;

  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  set_count_text (self, g_strdup (_("Loading…")));

  task = g_task_new (NULL, self->cancellable, load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* Filtering, in a worker */

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(KxProjectsView) self = user_data;
  g_autoptr(KxProjectRows) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) order = NULL;

  order = kx_project_query_run_finish (KX_PROJECT_LIST (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->querying = FALSE;
  g_clear_object (&self->cancellable);
  rows = g_steal_pointer (&self->query_rows);
  if (order == NULL || KX_PROJECT_LIST (source) != self->projects)
    {
      /* Only a stale snapshot fails here: the list changed meanwhile. */
      refilter (self);
      return;
    }
  apply_order (self, rows, order);
}

static void
refilter (KxProjectsView *self)
{
  KxProjectQuery query;

  if (self->projects == NULL || self->loading)
    {
      /* A load in progress would show the old filter: start it again. */
      if (self->loading)
        start_load (self);
      return;
    }

  cancel_work (self);
  fill_query (self, &query);
  self->querying = TRUE;
  self->cancellable = g_cancellable_new ();
  self->query_rows = kx_project_list_get_rows (self->projects);
  kx_project_query_run_async (self->projects, &query, self->cancellable,
                              query_done_cb, g_object_ref (self));
}

/* Callbacks */

static void
on_filter_changed_cb (KxProjectsView *self)
{
  refilter (self);
}

static void
on_selection_changed_cb (KxProjectsView *self)
{
  if (!self->reordering)
    show_project (self, selected_project (self));
}

static void
refresh_project (KxProjectsView *self)
{
  gint64 project_id = kx_project_detail_get_project (self->detail);
  g_autoptr(GError) error = NULL;

  if (project_id == 0)
    return;

  if (self->projects != NULL)
    {
      self->reordering = TRUE;
      if (!kx_project_list_refresh_project (self->projects, project_id, &error))
        g_debug ("Could not re-read project %" G_GINT64_FORMAT ": %s", project_id, error->message);
      self->reordering = FALSE;
      reselect (self, project_id);
    }
  kx_project_detail_reload (self->detail);
  kx_action_bar_reload (self->action_bar);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_project_changed_cb (KxProjectsView *self)
{
  refresh_project (self);
}

static int
probe_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Probe *probe = user_data;

  probe->self->probe_column = probe->column;
  return GTK_ORDERING_LARGER;
}

static void
on_sorter_changed_cb (KxProjectsView *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkOrdering ordering;

  /* The first column asked is the primary one; its sorter said "larger",
   * so "smaller" means the header inverted it: descending. */
  self->probe_column = -1;
  ordering = gtk_sorter_compare (sorter, self, self->selection);
  if (self->probe_column < 0)
    {
      self->sort_column = KX_PROJECT_COLUMN_NUMBER;
      self->descending = FALSE;
    }
  else
    {
      self->sort_column = self->probe_column;
      self->descending = ordering == GTK_ORDERING_SMALLER;
    }
  refilter (self);
}

/* Actions */

static void
action_done_cb (gpointer user_data)
{
  refresh_project (KX_PROJECTS_VIEW (user_data));
}

static void
present_action (KxProjectsView *self,
                KxAction        action,
                gint64          expert_id)
{
  gint64 project_id = kx_project_detail_get_project (self->detail);

  if (self->store == NULL || project_id == 0)
    return;
  kx_action_dialog_present (GTK_WIDGET (self), self->store, project_id, action, expert_id,
                            G_CALLBACK (action_done_cb), self);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KxProjectsView *self = KX_PROJECTS_VIEW (widget);
  KxAction action;

  if (!kx_action_from_string (g_variant_get_string (parameter, NULL), &action))
    {
      g_warning ("Unknown workflow action “%s”", g_variant_get_string (parameter, NULL));
      return;
    }
  present_action (self, action, 0);
}

/* Ctrl+P: the agreement of the selected project in its print preview,
 * from which it is printed or saved as PDF. A project without one says so. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KxProjectsView *self = KX_PROJECTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autoptr(GError) error = NULL;
  gint64 project_id = kx_project_detail_get_project (self->detail);
  KxAgreementPreview *preview;
  GtkWidget *dialog;

  if (self->store == NULL || project_id == 0)
    return;
  preview = kx_agreement_preview_new (parent, self->store, project_id, &error);
  if (preview != NULL)
    {
      gtk_window_present (GTK_WINDOW (preview));
      return;
    }

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("Could not print the responsibility agreement"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
score_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  present_action (KX_PROJECTS_VIEW (widget), KX_ACTION_SCORE, g_variant_get_int64 (parameter));
}

/* Set-up */

static void
fill_filters (KxProjectsView *self)
{
  gtk_string_list_append (self->type_strings, _("All types"));
  for (int type = KX_PROJECT_TYPE_DEMO_SOCIETY; type <= KX_PROJECT_TYPE_COUNTY; type++)
    gtk_string_list_append (self->type_strings, kx_project_type_short (type));

  gtk_string_list_append (self->stage_strings, _("All stages"));
  for (int stage = 0; stage < KX_N_STAGES; stage++)
    gtk_string_list_append (self->stage_strings, kx_stage_label (stage));
}

static void
install_sorters (KxProjectsView *self)
{
  for (int i = 0; i < KX_N_PROJECT_COLUMNS; i++)
    {
      Probe *probe = g_new (Probe, 1);
      g_autoptr(GtkSorter) sorter = NULL;

      probe->self = self;
      probe->column = i;
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare_cb, probe, g_free));
      gtk_column_view_column_set_sorter (self->columns[i], sorter);
    }
  gtk_column_view_sort_by_column (self->column_view, self->columns[KX_PROJECT_COLUMN_NUMBER],
                                  GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
kx_projects_view_dispose (GObject *object)
{
  KxProjectsView *self = (KxProjectsView *) object;

  cancel_work (self);
  /* The sorters point back at us. */
  for (int i = 0; i < KX_N_PROJECT_COLUMNS; i++)
    if (self->columns[i] != NULL)
      gtk_column_view_column_set_sorter (self->columns[i], NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_PROJECTS_VIEW);
  g_clear_object (&self->projects);
  g_clear_object (&self->slots);
  g_clear_object (&self->call);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_projects_view_parent_class)->dispose (object);
}

static void
kx_projects_view_finalize (GObject *object)
{
  KxProjectsView *self = (KxProjectsView *) object;

  g_free (self->search);
  g_free (self->count_text);

  G_OBJECT_CLASS (kx_projects_view_parent_class)->finalize (object);
}

static void
kx_projects_view_class_init (KxProjectsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_projects_view_dispose;
  object_class->finalize = kx_projects_view_finalize;

  /**
   * KxProjectsView::changed:
   *
   * A workflow action changed the selected project in the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* Referencing the resource links it (and its registering constructor)
   * into programs that show this view without the window, like the bench. */
  (void) kexie_gui_get_resource ();
  g_type_ensure (KX_TYPE_ACTION_BAR);
  g_type_ensure (KX_TYPE_PROJECT_DETAIL);
  g_type_ensure (KX_TYPE_EMPTY_STATE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-projects-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, paned);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, type_strings);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, stage_strings);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, selection);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, action_bar);
  gtk_widget_class_bind_template_child (widget_class, KxProjectsView, detail);
  for (int i = 0; i < KX_N_PROJECT_COLUMNS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, column_ids[i], FALSE,
                                               G_STRUCT_OFFSET (KxProjectsView, columns)
                                               + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_project_changed_cb);
  _kx_projects_view_cells_bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "project.run", "s", run_action);
  gtk_widget_class_install_action (widget_class, "project.score", "x", score_action);
  gtk_widget_class_install_action (widget_class, "project.print", NULL, print_action);
}

static void
kx_projects_view_init (KxProjectsView *self)
{
  self->sort_column = KX_PROJECT_COLUMN_NUMBER;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->slots = kx_row_slots_new ();
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->slots));
  fill_filters (self);
  install_sorters (self);
  show_project (self, 0);
  show_empty (self, _("No call selected"), _("Choose the call year in the header bar, or make a call in Call settings."));
}

/* Public API */

void
kx_projects_view_set_store (KxProjectsView *self,
                            KxStore        *store)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  kx_action_bar_set_store (self->action_bar, store);
  kx_project_detail_set_store (self->detail, store);
  show_project (self, 0);
  start_load (self);
}

void
kx_projects_view_set_call (KxProjectsView *self,
                           KxCall         *call)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  if (self->call == call
      || (self->call != NULL && call != NULL
          && kx_call_get_id (self->call) == kx_call_get_id (call)))
    return;
  g_set_object (&self->call, call);
  show_project (self, 0);
  start_load (self);
}

/**
 * kx_projects_view_reload:
 *
 * Reads the call's projects again (after another section changed them),
 * keeping the filters, the sort and the selected project.
 */
void
kx_projects_view_reload (KxProjectsView *self)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));

  start_load (self);
  kx_action_bar_reload (self->action_bar);
  kx_project_detail_reload (self->detail);
}

void
kx_projects_view_set_search (KxProjectsView *self,
                             const char     *text)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (text);
  refilter (self);
}

/**
 * kx_projects_view_select_project:
 *
 * Shows @project_id: selects it in the list when the filters show it, and
 * its detail in any case.
 */
void
kx_projects_view_select_project (KxProjectsView *self,
                                 gint64          project_id)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));

  show_project (self, project_id);
  reselect (self, project_id);
}

gint64
kx_projects_view_get_project (KxProjectsView *self)
{
  g_return_val_if_fail (KX_IS_PROJECTS_VIEW (self), 0);

  return kx_project_detail_get_project (self->detail);
}

/**
 * kx_projects_view_set_filter:
 * @type: a KxProjectType, or 0 for every type
 * @stage: a KxStage, or -1 for every stage
 *
 * Shows only the projects of @type at @stage, as the drop-downs would.
 */
void
kx_projects_view_set_filter (KxProjectsView *self,
                             int             type,
                             int             stage)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));

  /* Row 0 of each drop-down is "all". */
  gtk_drop_down_set_selected (self->type_dropdown, kx_project_type_is_valid (type) ? type : 0);
  gtk_drop_down_set_selected (self->stage_dropdown,
                              stage >= 0 && stage < KX_N_STAGES ? (guint) stage + 1 : 0);
}

void
kx_projects_view_show_page (KxProjectsView *self,
                            const char     *page)
{
  g_return_if_fail (KX_IS_PROJECTS_VIEW (self));

  kx_project_detail_set_page (self->detail, page);
}

const char *
kx_projects_view_get_count_text (KxProjectsView *self)
{
  g_return_val_if_fail (KX_IS_PROJECTS_VIEW (self), NULL);

  return self->count_text;
}
