/* kx-window.c: the main window — header bar, call selector, search, the sidebar of sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-window.h"
#include "kx-window-private.h"

#include "kexie-gui-resources.h"
#include "kx-audit-view.h"
#include "kx-call.h"
#include "kx-chart-data.h"
#include "kx-call-view.h"
#include "kx-empty-state.h"
#include "kx-experts-view.h"
#include "kx-export-dialog.h"
#include "kx-funds-view.h"
#include "kx-organization.h"
#include "kx-organizations-view.h"
#include "kx-project.h"
#include "kx-projects-view.h"

#define MIN_WIDTH  1024
#define MIN_HEIGHT 700

struct _KxWindow
{
  GtkApplicationWindow  parent_instance;

  /* Owned */
  KxStore              *store;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkDropDown          *call_dropdown;
  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GtkStack             *section_stack;
  KxProjectsView       *projects_view;
  KxOrganizationsView  *organizations_view;
  KxExpertsView        *experts_view;
  KxFundsView          *funds_view;
  KxCallView           *call_view;
  KxAuditView          *audit_view;
  KxEmptyState         *empty_state;

  guint                 restoring_calls : 1;
  guint                 state_restored : 1;
};

G_DEFINE_FINAL_TYPE (KxWindow, kx_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sidebar's sections, in order: Alt+1 … Alt+6. */
static const char * const section_names[] = {
  "projects", "organizations", "experts", "funds", "call", "audit",
};

/* Looked up each time: the application is set after construction. */
static GSettings *
get_settings (KxWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KX_IS_APPLICATION (app) ? kx_application_get_settings (KX_APPLICATION (app)) : NULL;
}

static void
show_empty (KxWindow   *self,
            const char *title,
            const char *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
set_sections_store (KxWindow *self)
{
  kx_projects_view_set_store (self->projects_view, self->store);
  kx_organizations_view_set_store (self->organizations_view, self->store);
  kx_experts_view_set_store (self->experts_view, self->store);
  kx_funds_view_set_store (self->funds_view, self->store);
  kx_call_view_set_store (self->call_view, self->store);
  kx_audit_view_set_store (self->audit_view, self->store);
}

static void
set_sections_call (KxWindow *self,
                   KxCall   *call)
{
  kx_projects_view_set_call (self->projects_view, call);
  kx_organizations_view_set_call (self->organizations_view, call);
  kx_experts_view_set_call (self->experts_view, call);
  kx_funds_view_set_call (self->funds_view, call);
  kx_call_view_set_call (self->call_view, call);
  kx_audit_view_set_call (self->audit_view, call);
}

static void
reload_section (KxWindow  *self,
                GtkWidget *section)
{
  g_object_set_data (G_OBJECT (section), "kx-stale", NULL);
  if (section == GTK_WIDGET (self->projects_view))
    kx_projects_view_reload (self->projects_view);
  else if (section == GTK_WIDGET (self->organizations_view))
    kx_organizations_view_reload (self->organizations_view);
  else if (section == GTK_WIDGET (self->experts_view))
    kx_experts_view_reload (self->experts_view);
  else if (section == GTK_WIDGET (self->funds_view))
    kx_funds_view_reload (self->funds_view);
  else if (section == GTK_WIDGET (self->call_view))
    kx_call_view_reload (self->call_view);
  else if (section == GTK_WIDGET (self->audit_view))
    kx_audit_view_reload (self->audit_view);
}

/* After a write, every section but @except (which did the writing) may be
 * out of date: the one on screen is read again now, the others when they
 * are shown next, so one action does not re-read six sections. The call
 * settings are left alone unless everything is reloaded (@except %NULL):
 * no other section changes a call, and a reload would drop unsaved edits. */
static void
reload_sections (KxWindow  *self,
                 GtkWidget *except)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->section_stack);

  for (GtkWidget *section = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       section != NULL;
       section = gtk_widget_get_next_sibling (section))
    {
      if (section == except || (section == GTK_WIDGET (self->call_view) && except != NULL))
        continue;
      if (section == visible)
        reload_section (self, section);
      else
        g_object_set_data (G_OBJECT (section), "kx-stale", GINT_TO_POINTER (TRUE));
    }
}

static void
load_selected_call (KxWindow *self)
{
  KxCall *call = gtk_drop_down_get_selected_item (self->call_dropdown);

  set_sections_call (self, self->store != NULL ? call : NULL);
  if (self->store != NULL)
    gtk_stack_set_visible_child_name (self->stack, "main");
}

static guint
find_call_position (GListModel *calls,
                    int         year)
{
  guint n = calls != NULL ? g_list_model_get_n_items (calls) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, i);

      if (kx_call_get_year (call) == year)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The call shown last, or the newest (position 0) when that is gone. */
static guint
remembered_call_position (KxWindow   *self,
                          GListModel *calls)
{
  GSettings *settings = get_settings (self);
  int year = settings != NULL ? g_settings_get_int (settings, "last-call-year") : 0;
  guint position = year > 0 ? find_call_position (calls, year) : 0;

  return position != GTK_INVALID_LIST_POSITION ? position : 0;
}

static void
load_calls (KxWindow *self)
{
  g_autoptr(GListModel) calls = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->store != NULL)
    calls = kx_call_list (self->store, &error);
  n = calls != NULL ? g_list_model_get_n_items (calls) : 0;

  self->restoring_calls = TRUE;
  gtk_drop_down_set_model (self->call_dropdown, calls);
  if (n > 0)
    gtk_drop_down_set_selected (self->call_dropdown, remembered_call_position (self, calls));
  self->restoring_calls = FALSE;
  /* An empty drop-down would read "(None)": hide it instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->call_dropdown), n > 0);

  /* Without calls the sections still show: Call settings makes the first. */
  load_selected_call (self);
  if (error != NULL)
    show_empty (self, _("Could not read the calls of this database"), error->message);
}

static void
update_subtitle (KxWindow *self)
{
  const char *path = self->store != NULL ? kx_store_get_path (self->store) : NULL;
  g_autofree char *name = path != NULL ? g_path_get_basename (path) : NULL;

  gtk_label_set_text (self->subtitle_label, name != NULL ? name : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), path);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), name != NULL);
}

static void
save_window_state (KxWindow *self)
{
  GSettings *settings = get_settings (self);
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width;
  int height;

  if (settings == NULL)
    return;

  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", maximized);
}

static void
restore_window_state (KxWindow *self)
{
  GSettings *settings = get_settings (self);
  int width;
  int height;

  if (settings == NULL)
    return;

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, MIN_WIDTH), MAX (height, MIN_HEIGHT));
  {
    g_autofree char *section = g_settings_get_string (settings, "last-section");

    gtk_stack_set_visible_child_name (self->section_stack, section);
  }
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static char *
format_call_year_cb (gpointer item,
                     int      year,
                     gpointer user_data)
{
  /* TRANSLATORS: the call of one year in the call selector, e.g. "2026年度" */
  return g_strdup_printf (_("%d call"), year);
}

static void
on_call_dropdown_selected_cb (KxWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->call_dropdown);
  KxCall *call = gtk_drop_down_get_selected_item (self->call_dropdown);
  GSettings *settings = get_settings (self);

  if (self->restoring_calls)
    return;

  /* 0 means "the newest", so a new call is picked up next time */
  if (settings != NULL && call != NULL)
    g_settings_set_int (settings, "last-call-year", position == 0 ? 0 : kx_call_get_year (call));
  load_selected_call (self);
}

static void
on_search_changed_cb (KxWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The search is the projects list's: typing shows it. */
  if (*text != '\0')
    gtk_stack_set_visible_child_name (self->section_stack, "projects");
  kx_projects_view_set_search (self->projects_view, text);
}

static void
on_stop_search_cb (KxWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_section_changed_cb (KxWindow  *self,
                       GtkWidget *section)
{
  /* A new or edited call changes the call selector too. */
  if (section == GTK_WIDGET (self->call_view))
    load_calls (self);
  reload_sections (self, section);
}

static void
on_section_switched_cb (KxWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->section_stack);
  GtkWidget *visible = gtk_stack_get_visible_child (self->section_stack);
  GSettings *settings = get_settings (self);

  if (visible != NULL && g_object_get_data (G_OBJECT (visible), "kx-stale") != NULL)
    reload_section (self, visible);
  if (settings != NULL && name != NULL && self->state_restored)
    g_settings_set_string (settings, "last-section", name);
}

static void
on_funds_project_activated_cb (KxWindow *self,
                               gint64    project_id)
{
  gtk_stack_set_visible_child_name (self->section_stack, "projects");
  kx_projects_view_select_project (self->projects_view, project_id);
}

/* A click on a chart's bar shows the applications behind it. */
static void
on_chart_filter_requested_cb (KxWindow *self,
                              int       kind,
                              gint64    key)
{
  g_autoptr(KxOrganization) organization = NULL;

  switch (kind)
    {
    case KX_CHART_BUDGET:
      kx_projects_view_set_filter (self->projects_view, (int) key, -1);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      break;

    case KX_CHART_PIPELINE:
      kx_projects_view_set_filter (self->projects_view, 0, (int) key);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      break;

    case KX_CHART_ORGANIZATIONS:
      /* 其他 (key 0) is everyone else: nothing to narrow to. */
      if (key != 0 && self->store != NULL)
        organization = kx_organization_get (self->store, key, NULL);
      if (organization == NULL)
        return;
      kx_projects_view_set_filter (self->projects_view, 0, -1);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                             kx_organization_get_name (organization));
      break;

    default:
      return;
    }
  gtk_stack_set_visible_child_name (self->section_stack, "projects");
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KxWindow *self = KX_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "projects");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KxWindow *self = KX_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->section_stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->section_stack, name);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxWindow *self = KX_WINDOW (widget);
  KxExportDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = kx_export_dialog_new (GTK_WINDOW (self), self->store,
                                 gtk_drop_down_get_selected_item (self->call_dropdown));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KxWindow *self = KX_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "projects");
  gtk_widget_activate_action (GTK_WIDGET (self->projects_view), "project.print", NULL);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxWindow *self = KX_WINDOW (widget);

  load_calls (self);
  reload_sections (self, NULL);
}

static gboolean
kx_window_close_request (GtkWindow *window)
{
  save_window_state (KX_WINDOW (window));

  return GTK_WINDOW_CLASS (kx_window_parent_class)->close_request (window);
}

/* The size is restored when first shown, once the application is known. */
static void
kx_window_show (GtkWidget *widget)
{
  KxWindow *self = KX_WINDOW (widget);

  if (!self->state_restored)
    {
      self->state_restored = TRUE;
      restore_window_state (self);
    }

  GTK_WIDGET_CLASS (kx_window_parent_class)->show (widget);
}

static void
kx_window_dispose (GObject *object)
{
  KxWindow *self = (KxWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_window_parent_class)->dispose (object);
}

static void
kx_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KxWindow *self = KX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KxWindow *self = KX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kx_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_window_class_init (KxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kx_window_dispose;
  object_class->get_property = kx_window_get_property;
  object_class->set_property = kx_window_set_property;

  widget_class->show = kx_window_show;

  window_class->close_request = kx_window_close_request;

  /**
   * KxWindow:store: (nullable)
   *
   * The open database; %NULL while the demo database is being generated.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource keeps it (and its registering constructor)
   * linked in from the static library. */
  (void) kexie_gui_get_resource ();

  g_type_ensure (KX_TYPE_CALL);
  g_type_ensure (KX_TYPE_PROJECTS_VIEW);
  g_type_ensure (KX_TYPE_ORGANIZATIONS_VIEW);
  g_type_ensure (KX_TYPE_EXPERTS_VIEW);
  g_type_ensure (KX_TYPE_FUNDS_VIEW);
  g_type_ensure (KX_TYPE_CALL_VIEW);
  g_type_ensure (KX_TYPE_AUDIT_VIEW);
  g_type_ensure (KX_TYPE_EMPTY_STATE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chenzhou/kexie/ui/kx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KxWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, call_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, projects_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, organizations_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, experts_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, funds_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, call_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, audit_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, empty_state);
  gtk_widget_class_bind_template_callback (widget_class, format_call_year_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_call_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_section_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_section_switched_cb);

  gtk_widget_class_install_action (widget_class, "main.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "main.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "main.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "main.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "main.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "main.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "main.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "main.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "main.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "main.reload", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "main.section", "s", section_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
kx_window_init (KxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->call_dropdown), FALSE);
  update_subtitle (self);
  g_signal_connect_object (self->funds_view, "project-activated",
                           G_CALLBACK (on_funds_project_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->funds_view, "chart-filter-requested",
                           G_CALLBACK (on_chart_filter_requested_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kx_window_new:
 * @app: the application
 * @store: (nullable): the database to show; %NULL until it is ready
 *
 * Returns: (transfer none): a new main window, owned by @app
 */
KxWindow *
kx_window_new (KxApplication *app,
               KxStore       *store)
{
  g_return_val_if_fail (KX_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (store == NULL || KX_IS_STORE (store), NULL);

  return g_object_new (KX_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);
}

/**
 * kx_window_get_store:
 *
 * Returns: (transfer none) (nullable): the database shown
 */
KxStore *
kx_window_get_store (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * kx_window_set_store:
 * @store: (nullable): the database to show
 *
 * Shows the calls of @store, selecting the one shown last, and its applications.
 */
void
kx_window_set_store (KxWindow *self,
                     KxStore  *store)
{
  g_return_if_fail (KX_IS_WINDOW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_spinner_stop (self->progress_spinner);
  update_subtitle (self);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), store != NULL);
  set_sections_store (self);
  load_calls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kx_window_show_progress:
 * @message: what is being done, in words for the user
 * @fraction: done so far, 0.0 to 1.0
 *
 * Shows a progress page instead of the list, e.g. while the demo database is
 * generated.
 */
void
kx_window_show_progress (KxWindow   *self,
                         const char *message,
                         double      fraction)
{
  g_return_if_fail (KX_IS_WINDOW (self));

  gtk_label_set_text (self->progress_label, message);
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_spinner_start (self->progress_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->call_dropdown), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
}

/**
 * kx_window_show_section:
 * @name: "projects", "organizations", "experts", "funds", "call" or "audit"
 *
 * Returns: %FALSE when there is no such section
 */
gboolean
kx_window_show_section (KxWindow   *self,
                        const char *name)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), FALSE);

  if (name == NULL || gtk_stack_get_child_by_name (self->section_stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->section_stack, name);
  return TRUE;
}

/**
 * kx_window_show_project:
 * @number: the application's number, e.g. 2026-0001
 * @page: (nullable): the detail page to show, e.g. "review"
 *
 * Selects the application's call and shows the application in the
 * applications section.
 *
 * Returns: %FALSE with @error when there is no such application
 */
gboolean
kx_window_show_project (KxWindow    *self,
                        const char  *number,
                        const char  *page,
                        GError     **error)
{
  g_autoptr(KxProject) project = NULL;
  GListModel *calls;
  guint position;

  g_return_val_if_fail (KX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store == NULL)
    return TRUE;
  project = kx_project_get_by_number (self->store, number, error);
  if (project == NULL)
    return FALSE;

  calls = gtk_drop_down_get_model (self->call_dropdown);
  position = find_call_position (calls, kx_project_get_call_year (project));
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->call_dropdown, position);
  gtk_stack_set_visible_child_name (self->section_stack, "projects");
  kx_projects_view_select_project (self->projects_view, kx_project_get_id (project));
  if (page != NULL)
    kx_projects_view_show_page (self->projects_view, page);
  return TRUE;
}

KxProjectsView *
_kx_window_get_projects_view (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->projects_view;
}

GtkDropDown *
_kx_window_get_call_dropdown (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->call_dropdown;
}

GtkEditable *
_kx_window_get_search_entry (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkStack *
_kx_window_get_section_stack (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->section_stack;
}

const char *
_kx_window_get_visible_page (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
_kx_window_get_empty_text (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return kx_empty_state_get_title (self->empty_state);
}
