/* kx-audit-view.c: the 审计日志 section — the audit log, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two million entries are never loaded: a page at a time, by keyset (the
 * last sequence number shown), in a worker thread with its own store.
 */

#define G_LOG_DOMAIN "kx-audit-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-audit-view.h"
#include "kx-audit.h"
#include "kx-audit-log.h"
#include "kx-empty-state.h"
#include "kx-validate.h"
#include "kx-workflow.h"
#include "kx-worker.h"

struct _KxAuditView
{
  GtkWidget       parent_instance;

  /* Owned */
  KxStore        *store;
  KxCall         *call;
  GCancellable   *load_cancellable;
  GCancellable   *verify_cancellable;
  GStrv           entities;      /* the dropdown's tables after "all" */

  /* Template widgets */
  GtkBox         *root_box;
  GtkSpinner     *verify_spinner;
  GtkButton      *verify_button;
  GtkLabel       *verify_label;
  GtkSearchEntry *search_entry;
  GtkDropDown    *entity_dropdown;
  GtkEntry       *from_entry;
  GtkEntry       *to_entry;
  GtkLabel       *filter_error_label;
  GtkStack       *stack;
  KxEmptyState   *empty_state;
  GtkColumnView  *column_view;
  GListStore     *entries;
  GtkLabel       *status_label;
  GtkSpinner     *load_spinner;
  GtkButton      *more_button;

  gint64          last_seq;      /* of the last entry shown; 0 = none */
  guint           at_end : 1;
  guint           setting_entities : 1;
};

G_DEFINE_FINAL_TYPE (KxAuditView, kx_audit_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char          *text;
  char          *entity;
  char          *from;
  char          *to;
  gint64         before;
  gboolean       want_entities;
  /* Results */
  GPtrArray     *page;
  GStrv          entities;
} LoadJob;

static const struct
{
  const char *entity;
  const char *label;
} entity_labels[] = {
  { "agreement", N_("Agreement") },
  { "assignment", N_("Expert assignment") },
  { "budget_line", N_("Budget line") },
  { "call", N_("Call") },
  { "conflict", N_("Conflict of interest") },
  { "database", N_("Database") },
  { "decision", N_("Decision") },
  { "disbursement", N_("Disbursement") },
  { "expenditure", N_("Expenditure") },
  { "expert", N_("Expert") },
  { "formal_review", N_("Formal review") },
  { "milestone", N_("Milestone") },
  { "milestone_update", N_("Milestone report") },
  { "notice", N_("Public notice") },
  { "objection", N_("Objection") },
  { "org_fact", N_("Organization record") },
  { "org_year_record", N_("Yearly record") },
  { "organization", N_("Organization") },
  { "penalty", N_("Penalty") },
  { "progress_report", N_("Progress report") },
  { "project", N_("Project") },
  { "project_check", N_("Project check") },
  { "recovery", N_("Recovery") },
  { "score", N_("Score") },
};

static void
load_job_free (LoadJob *job)
{
  g_free (job->text);
  g_free (job->entity);
  g_free (job->from);
  g_free (job->to);
  g_clear_pointer (&job->page, g_ptr_array_unref);
  g_strfreev (job->entities);
  g_free (job);
}

static const char *
entity_label (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entity_labels); i++)
    if (g_str_equal (entity, entity_labels[i].entity))
      return _(entity_labels[i].label);
  return entity;
}

static const char *
action_label (const char *action)
{
  KxAction verb;

  if (kx_action_from_string (action, &verb))
    return kx_action_label (verb);
  if (g_str_equal (action, "insert"))
    return _("Created");
  if (g_str_equal (action, "update"))
    return _("Changed");
  if (g_str_equal (action, "delete"))
    return _("Deleted");
  if (g_str_equal (action, "migrate"))
    return _("Database upgrade");
  if (g_str_equal (action, "set-submitted-on"))
    return _("Set the submission date");
  if (g_str_equal (action, "resolve"))
    return _("Resolve an objection");
  if (g_str_has_prefix (action, "penalty-"))
    return _("Record a penalty");
  return action;
}

/* "2026-11-26T02:25:34.579654Z" → local "2026-11-26 10:25:34". */
static char *
format_time (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* Cells --------------------------------------------------------------------- */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static KxAuditEntry *
item_entry (GtkListItem *item)
{
  return KX_AUDIT_ENTRY (gtk_list_item_get_item (item));
}

static void
set_cell (GtkListItem *item,
          const char  *text,
          gboolean     tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, tooltip ? text : NULL);
}

static void
bind_time_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  g_autofree char *time = format_time (kx_audit_entry_get_at (item_entry (item)));

  set_cell (item, time, FALSE);
}

static void
bind_user_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_cell (item, kx_audit_entry_get_os_user (item_entry (item)), TRUE);
}

static void
bind_action_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_cell (item, action_label (kx_audit_entry_get_action (item_entry (item))), TRUE);
}

static void
bind_entity_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_cell (item, entity_label (kx_audit_entry_get_entity (item_entry (item))), TRUE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  KxAuditEntry *entry = item_entry (item);
  const char *number = kx_audit_entry_get_project_number (entry);
  g_autofree char *id = g_strdup_printf ("#%lld", (long long) kx_audit_entry_get_entity_id (entry));

  set_cell (item, number != NULL ? number : id, FALSE);
}

static void
bind_summary_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  set_cell (item, kx_audit_entry_get_summary (item_entry (item)), TRUE);
}

/* Loading ------------------------------------------------------------------- */

static void
show_empty (KxAuditView *self,
            const char  *title,
            const char  *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_actions (KxAuditView *self)
{
  gboolean loading = self->load_cancellable != NULL;
  gboolean verifying = self->verify_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit-view.load-more",
                                 self->store != NULL && !loading && !self->at_end &&
                                 self->last_seq > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit-view.verify",
                                 self->store != NULL && !verifying);
  gtk_spinner_set_spinning (self->load_spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), loading);
  gtk_spinner_set_spinning (self->verify_spinner, verifying);
  gtk_widget_set_visible (GTK_WIDGET (self->verify_spinner), verifying);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_status (KxAuditView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  g_autofree char *status = NULL;

  if (self->at_end)
    status = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  else
    status = g_strdup_printf (ngettext ("The newest %u entry shown", "The newest %u entries shown",
                                        n), n);
  gtk_label_set_text (self->status_label, self->store != NULL ? status : "");
  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (self->store == NULL)
    show_empty (self, _("No database open"), NULL);
  else if (self->load_cancellable != NULL)
    show_empty (self, _("Reading the audit log…"), NULL);
  else
    show_empty (self, _("No entries match"), _("Clear the search or widen the date range."));
}

static gboolean
load_thread (KxStore       *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  LoadJob *job = data;
  KxAuditFilter filter = { job->text, job->entity, job->from, job->to };

  if (job->want_entities && (job->entities = kx_audit_log_entities (store, error)) == NULL)
    return FALSE;
  job->page = kx_audit_log_query (store, &filter, KX_AUDIT_VIEW_PAGE, job->before, cancellable,
                                  error);
  return job->page != NULL;
}

static void
set_entities (KxAuditView *self,
              GStrv        entities)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  g_strfreev (self->entities);
  self->entities = entities;
  gtk_string_list_append (list, _("All tables"));
  for (guint i = 0; entities[i] != NULL; i++)
    gtk_string_list_append (list, entity_label (entities[i]));
  self->setting_entities = TRUE;
  gtk_drop_down_set_model (self->entity_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->entity_dropdown, 0);
  self->setting_entities = FALSE;
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(KxAuditView) self = user_data;
  LoadJob *job = kx_worker_get_data (result);
  g_autoptr(GError) error = NULL;

  if (!kx_worker_finish (result, &self->load_cancellable, &error))
    return;  /* a newer load replaced this one */
  if (error != NULL)
    {
      update_actions (self);
      show_empty (self, _("Could not read the audit log"), error->message);
      return;
    }
  if (job->entities != NULL)
    set_entities (self, g_steal_pointer (&job->entities));
  g_list_store_splice (self->entries, g_list_model_get_n_items (G_LIST_MODEL (self->entries)), 0,
                       job->page->pdata, job->page->len);
  if (job->page->len > 0)
    self->last_seq = kx_audit_entry_get_seq (g_ptr_array_index (job->page, job->page->len - 1));
  self->at_end = job->page->len < KX_AUDIT_VIEW_PAGE;
  update_actions (self);
  update_status (self);
}

static const char *
selected_entity (KxAuditView *self)
{
  guint selected = gtk_drop_down_get_selected (self->entity_dropdown);

  if (self->entities == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length (self->entities))
    return NULL;
  return self->entities[selected - 1];
}

/* Starts loading the page after @before (0 = the first page). */
static void
start_load (KxAuditView *self,
            gint64       before)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  job->entity = g_strdup (selected_entity (self));
  job->from = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)));
  job->to = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)));
  job->before = before;
  job->want_entities = self->entities == NULL;
  kx_worker_run (self->store, &self->load_cancellable, load_thread, job,
                 (GDestroyNotify) load_job_free, on_load_done_cb, g_object_ref (self));
  update_actions (self);
}

/* Both dates empty or valid: then the list is read again. */
static gboolean
check_dates (KxAuditView *self)
{
  g_autoptr(GError) error = NULL;
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));

  if (*from != '\0')
    kx_date_parse (_("From date"), from, NULL, &error);
  if (error == NULL && *to != '\0')
    kx_date_parse (_("To date"), to, NULL, &error);
  gtk_label_set_text (self->filter_error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->filter_error_label), error != NULL);
  return error == NULL;
}

static void
restart (KxAuditView *self)
{
  g_list_store_remove_all (self->entries);
  self->last_seq = 0;
  self->at_end = FALSE;
  if (self->store == NULL)
    {
      kx_worker_cancel (&self->load_cancellable);
      update_actions (self);
      update_status (self);
      return;
    }
  start_load (self, 0);
  update_status (self);
}

static void
on_filter_changed_cb (KxAuditView *self)
{
  if (self->setting_entities || !check_dates (self))
    return;
  restart (self);
}

/* Verifying ----------------------------------------------------------------- */

static gboolean
verify_thread (KxStore       *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  return kx_audit_verify (store, data, error);
}

static void
on_verify_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(KxAuditView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 rows = *(gint64 *) kx_worker_get_data (result);

  if (!kx_worker_finish (result, &self->verify_cancellable, &error))
    return;
  if (error != NULL)
    text = g_strdup_printf (_("The audit chain is broken. %s"), error->message);
  else
    text = g_strdup_printf (ngettext ("The audit chain is intact: %lld entry checked.",
                                      "The audit chain is intact: all %lld entries checked.",
                                      rows), (long long) rows);
  gtk_label_set_text (self->verify_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verify_label), error != NULL ? "success" : "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->verify_label), error != NULL ? "error" : "success");
  gtk_widget_set_visible (GTK_WIDGET (self->verify_label), TRUE);
  update_actions (self);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxAuditView *self = KX_AUDIT_VIEW (widget);

  if (self->store == NULL || self->verify_cancellable != NULL)
    return;
  kx_worker_run (self->store, &self->verify_cancellable, verify_thread, g_new0 (gint64, 1), g_free,
                 on_verify_done_cb, g_object_ref (self));
  gtk_label_set_text (self->verify_label, _("Checking every entry of the audit log…"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->verify_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verify_label), "success");
  gtk_widget_set_visible (GTK_WIDGET (self->verify_label), TRUE);
  update_actions (self);
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KxAuditView *self = KX_AUDIT_VIEW (widget);

  if (self->store != NULL && self->load_cancellable == NULL && !self->at_end && self->last_seq > 0)
    start_load (self, self->last_seq);
}

/* GObject ------------------------------------------------------------------- */

static void
cancel_all (KxAuditView *self)
{
  kx_worker_cancel (&self->load_cancellable);
  kx_worker_cancel (&self->verify_cancellable);
}

static void
kx_audit_view_dispose (GObject *object)
{
  KxAuditView *self = KX_AUDIT_VIEW (object);

  cancel_all (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_AUDIT_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_audit_view_parent_class)->dispose (object);
}

static void
kx_audit_view_finalize (GObject *object)
{
  g_strfreev (KX_AUDIT_VIEW (object)->entities);

  G_OBJECT_CLASS (kx_audit_view_parent_class)->finalize (object);
}

static void
kx_audit_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, kx_audit_view_get_busy (KX_AUDIT_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_audit_view_class_init (KxAuditViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_audit_view_dispose;
  object_class->finalize = kx_audit_view_finalize;
  object_class->get_property = kx_audit_view_get_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KX_TYPE_AUDIT_ENTRY);
  g_type_ensure (KX_TYPE_EMPTY_STATE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-audit-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, root_box);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, verify_spinner);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, verify_button);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, verify_label);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, entity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, filter_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, stack);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, entries);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, status_label);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, load_spinner);
  gtk_widget_class_bind_template_child (widget_class, KxAuditView, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_user_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_entity_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_summary_cb);

  gtk_widget_class_install_action (widget_class, "audit-view.verify", NULL, verify_action);
  gtk_widget_class_install_action (widget_class, "audit-view.load-more", NULL, load_more_action);
}

static void
kx_audit_view_init (KxAuditView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_entities (self, g_new0 (char *, 1));
  g_clear_pointer (&self->entities, g_strfreev);
  restart (self);
}

/* Public API ---------------------------------------------------------------- */

GtkWidget *
kx_audit_view_new (void)
{
  return g_object_new (KX_TYPE_AUDIT_VIEW, NULL);
}

void
kx_audit_view_set_store (KxAuditView *self,
                         KxStore     *store)
{
  g_return_if_fail (KX_IS_AUDIT_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  cancel_all (self);
  g_clear_pointer (&self->entities, g_strfreev);
  gtk_widget_set_visible (GTK_WIDGET (self->verify_label), FALSE);
  restart (self);
}

void
kx_audit_view_set_call (KxAuditView *self,
                        KxCall      *call)
{
  g_return_if_fail (KX_IS_AUDIT_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  g_set_object (&self->call, call);
}

/**
 * kx_audit_view_reload:
 *
 * Reads the first page again with the current filters (new entries
 * appear at the top).
 */
void
kx_audit_view_reload (KxAuditView *self)
{
  g_return_if_fail (KX_IS_AUDIT_VIEW (self));

  restart (self);
}

gboolean
kx_audit_view_get_busy (KxAuditView *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_VIEW (self), FALSE);

  return self->load_cancellable != NULL || self->verify_cancellable != NULL;
}
