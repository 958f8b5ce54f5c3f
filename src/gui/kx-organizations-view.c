/* kx-organizations-view.c: the 申报单位 section — search, list, detail, import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-organizations-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-organizations-view.h"

#include "kx-form.h"
#include "kx-import-report-dialog.h"
#include "kx-import.h"
#include "kx-organization-detail.h"
#include "kx-organization-dialog.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-validate.h"
#include "kx-worker.h"

struct _KxOrganizationsView
{
  GtkWidget             parent_instance;

  /* Owned */
  KxStore              *store;
  KxCall               *call;
  GHashTable           *bans;     /* organization id → the first day no longer banned */
  char                 *search;   /* casefolded, NULL = everything */
  GCancellable         *import_cancellable;
  GtkNativeDialog      *chooser;

  /* Template widgets */
  GtkPaned             *paned;
  GtkSearchEntry       *search_entry;
  GtkSpinner           *spinner;
  GtkLabel             *progress_label;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *filter;
  GtkLabel             *empty_label;
  GtkLabel             *status_label;
  KxOrganizationDetail *detail;
};

G_DEFINE_FINAL_TYPE (KxOrganizationsView, kx_organizations_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the import thread is given and gives back. */
typedef struct
{
  char           *csv_path;
  KxImportReport *report;
  GError         *error;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->csv_path);
  g_clear_pointer (&job->report, kx_import_report_free);
  g_clear_error (&job->error);
  g_free (job);
}

static KxOrganization *
selected_organization (KxOrganizationsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (KxOrganizationsView *self)
{
  gboolean importing = self->import_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orgs.add", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orgs.edit",
                                 self->store != NULL && selected_organization (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orgs.import",
                                 self->store != NULL && !importing);
}

static void
update_status (KxOrganizationsView *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autofree char *status = NULL;

  if (self->store == NULL)
    gtk_label_set_text (self->empty_label, _("No database open"));
  else if (total == 0)
    gtk_label_set_text (self->empty_label, _("No organization yet: add one or import a CSV file"));
  else
    gtk_label_set_text (self->empty_label, _("No organization matches the search"));
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");

  if (self->search != NULL)
    status = g_strdup_printf (ngettext ("%u of %u organization", "%u of %u organizations", total),
                              shown, total);
  else
    status = g_strdup_printf (ngettext ("%u organization", "%u organizations", total), total);
  gtk_label_set_text (self->status_label, self->store != NULL ? status : "");
}

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  KxOrganizationsView *self = user_data;

  return self->search == NULL
         || kx_form_contains_folded (kx_organization_get_name (item), self->search)
         || kx_form_contains_folded (kx_organization_get_credit_code (item), self->search);
}

/* One query per organization, on reload only: bans are rare and the
 * organizations number in the hundreds. */
/* Who is banned today, in one query for the whole list. */
static void
load_bans (KxOrganizationsView *self)
{
  g_autofree char *today = kx_date_today ();
  g_autoptr(GHashTable) bans = kx_penalty_bans_on (self->store, today, NULL);
  GHashTableIter iter;
  gpointer id;
  gpointer until;

  g_hash_table_remove_all (self->bans);
  if (bans == NULL)
    return;
  g_hash_table_iter_init (&iter, bans);
  while (g_hash_table_iter_next (&iter, &id, &until))
    g_hash_table_insert (self->bans, GINT_TO_POINTER (*(gint64 *) id), g_strdup (until));
}

/* Reloads the list and keeps (or moves to) @select_id when it is shown. */
static void
load (KxOrganizationsView *self,
      gint64               select_id)
{
  g_autoptr(GListModel) orgs = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && (orgs = kx_organization_list (self->store, &error)) != NULL)
    load_bans (self);
  gtk_filter_list_model_set_model (self->filter_model, orgs);
  gtk_single_selection_set_selected (self->selection,
                                    kx_form_position_to_show (G_LIST_MODEL (self->selection),
                                                              select_id));
  update_status (self);
  if (error != NULL)
    gtk_label_set_text (self->empty_label, error->message);
  kx_organization_detail_reload (self->detail);
}

static void
on_search_changed_cb (KxOrganizationsView *self)
{
  kx_form_update_search (GTK_EDITABLE (self->search_entry), &self->search,
                         GTK_FILTER (self->filter));
  update_status (self);
}

static void
on_selected_cb (KxOrganizationsView *self)
{
  KxOrganization *org = selected_organization (self);

  kx_organization_detail_set_organization (self->detail,
                                           org != NULL ? kx_organization_get_id (org) : 0);
  update_actions (self);
}

/* Double-click or Enter on a row edits it. */
static void
on_row_activated_cb (KxOrganizationsView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "orgs.edit", NULL);
}

static void
on_items_changed_cb (KxOrganizationsView *self)
{
  update_status (self);
}

/* The detail has reloaded itself; a record or a fact does not change the list. */
static void
on_detail_changed_cb (KxOrganizationsView *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_dialog_saved_cb (KxOrganizationsView *self,
                    gint64               id)
{
  /* Show the saved organization even when the search would hide it. */
  if (self->search != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  load (self, id);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Cells */

static KxOrganization *
item_org (GtkListItem *item)
{
  return KX_ORGANIZATION (gtk_list_item_get_item (item));
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_organization_get_name (item_org (item)), TRUE);
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_org_kind_label (kx_organization_get_kind (item_org (item))),
                         TRUE);
}

static void
bind_credit_code_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_organization_get_credit_code (item_org (item)), FALSE);
}

static void
bind_contact_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_organization_get_contact_person (item_org (item)), TRUE);
}

static void
bind_phone_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  kx_form_cell_set_text (item, kx_organization_get_contact_phone (item_org (item)), FALSE);
}

static void
bind_ban_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KxOrganizationsView      *self)
{
  gint64 id = kx_organization_get_id (item_org (item));
  const char *until = g_hash_table_lookup (self->bans, GINT_TO_POINTER (id));
  g_autofree char *text = until != NULL ? g_strdup_printf (_("until %s"), until) : NULL;
  GtkWidget *label = gtk_list_item_get_child (item);

  kx_form_cell_set_text (item, text, TRUE);
  if (until != NULL)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

/* Import */

/* The report and the error go to the report dialog together: an import
 * that stops half-way still reports the rows it read. */
static gboolean
import_thread (KxStore       *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  ImportJob *job = data;

  kx_import_organizations (store, job->csv_path, &job->report, &job->error);
  return TRUE;
}

static void
show_importing (KxOrganizationsView *self,
                const char          *path)
{
  g_autofree char *name = path != NULL ? g_path_get_basename (path) : NULL;
  g_autofree char *text = name != NULL ? g_strdup_printf (_("Importing %s…"), name) : NULL;

  gtk_label_set_text (self->progress_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), path != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), path != NULL);
  gtk_spinner_set_spinning (self->spinner, path != NULL);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KxOrganizationsView) self = user_data;
  ImportJob *job = kx_worker_get_data (result);
  g_autoptr(GError) error = NULL;

  if (!kx_worker_finish (result, &self->import_cancellable, &error))
    return;
  if (error != NULL)  /* the database did not open */
    job->error = g_steal_pointer (&error);
  show_importing (self, NULL);
  update_actions (self);
  kx_import_report_dialog_new (kx_form_get_window (GTK_WIDGET (self)), job->report, job->error);
  if (job->error == NULL && job->report != NULL && job->report->imported > 0)
    {
      load (self, 0);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
on_chooser_response_cb (KxOrganizationsView *self,
                        int                  response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    kx_organizations_view_import_file (self, path);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KxOrganizationsView *self = KX_ORGANIZATIONS_VIEW (widget);
  KxOrganizationDialog *dialog;

  dialog = kx_organization_dialog_new (kx_form_get_window (widget), self->store, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KxOrganizationsView *self = KX_ORGANIZATIONS_VIEW (widget);
  KxOrganization *org = selected_organization (self);
  KxOrganizationDialog *dialog;

  if (org == NULL)
    return;
  dialog = kx_organization_dialog_new (kx_form_get_window (widget), self->store, org);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxOrganizationsView *self = KX_ORGANIZATIONS_VIEW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = kx_form_chooser_new (widget, GTK_FILE_CHOOSER_ACTION_OPEN,
                                       _("Import Organizations"), _("_Import"),
                                       G_CALLBACK (on_chooser_response_cb));
  kx_form_chooser_add_filter (self->chooser, _("CSV files"), ".csv");
  gtk_native_dialog_show (self->chooser);
}

static void
kx_organizations_view_dispose (GObject *object)
{
  KxOrganizationsView *self = KX_ORGANIZATIONS_VIEW (object);

  kx_worker_cancel (&self->import_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_ORGANIZATIONS_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_organizations_view_parent_class)->dispose (object);
}

static void
kx_organizations_view_finalize (GObject *object)
{
  KxOrganizationsView *self = KX_ORGANIZATIONS_VIEW (object);

  g_hash_table_unref (self->bans);
  g_free (self->search);

  G_OBJECT_CLASS (kx_organizations_view_parent_class)->finalize (object);
}

static void
kx_organizations_view_class_init (KxOrganizationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_organizations_view_dispose;
  object_class->finalize = kx_organizations_view_finalize;

  /**
   * KxOrganizationsView::changed:
   *
   * Emitted after the section wrote to the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KX_TYPE_ORGANIZATION_DETAIL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-organizations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, paned);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, selection);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, filter);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationsView, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_text_cell_cb",
                                                G_CALLBACK (kx_form_setup_text_cell_cb));
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_credit_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_contact_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_phone_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_ban_cb);

  gtk_widget_class_install_action (widget_class, "orgs.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "orgs.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "orgs.import", NULL, import_action);
}

static void
kx_organizations_view_init (KxOrganizationsView *self)
{
  self->bans = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_match_cb, self, NULL);
  update_status (self);
  update_actions (self);
}

GtkWidget *
kx_organizations_view_new (void)
{
  return g_object_new (KX_TYPE_ORGANIZATIONS_VIEW, NULL);
}

/**
 * kx_organizations_view_set_store:
 * @store: (nullable): the database shown
 */
void
kx_organizations_view_set_store (KxOrganizationsView *self,
                                 KxStore             *store)
{
  g_return_if_fail (KX_IS_ORGANIZATIONS_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  kx_organization_detail_set_store (self->detail, store);
  load (self, 0);
  update_actions (self);
}

/**
 * kx_organizations_view_set_call:
 * @call: (nullable): the call selected in the window
 */
void
kx_organizations_view_set_call (KxOrganizationsView *self,
                                KxCall              *call)
{
  g_return_if_fail (KX_IS_ORGANIZATIONS_VIEW (self));

  g_set_object (&self->call, call);
}

/**
 * kx_organizations_view_reload:
 *
 * Re-reads the organizations, their bans and the selected one's detail.
 */
void
kx_organizations_view_reload (KxOrganizationsView *self)
{
  KxOrganization *org;

  g_return_if_fail (KX_IS_ORGANIZATIONS_VIEW (self));

  org = selected_organization (self);
  load (self, org != NULL ? kx_organization_get_id (org) : 0);
}

/**
 * kx_organizations_view_import_file:
 * @path: the CSV file
 *
 * The window stays usable meanwhile; "Import CSV…" is disabled until the
 * report is shown.
 */
void
kx_organizations_view_import_file (KxOrganizationsView *self,
                                   const char          *path)
{
  ImportJob *job;

  g_return_if_fail (KX_IS_ORGANIZATIONS_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->import_cancellable != NULL)
    return;
  job = g_new0 (ImportJob, 1);
  job->csv_path = g_strdup (path);
  kx_worker_run (self->store, &self->import_cancellable, import_thread, job,
                 (GDestroyNotify) import_job_free, import_done_cb, g_object_ref (self));
  show_importing (self, path);
  update_actions (self);
}

gboolean
kx_organizations_view_is_importing (KxOrganizationsView *self)
{
  g_return_val_if_fail (KX_IS_ORGANIZATIONS_VIEW (self), FALSE);

  return self->import_cancellable != NULL;
}
