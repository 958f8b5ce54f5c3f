/* kx-window.c: the main window — header bar, call selector, projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-window.h"
#include "kx-window-private.h"

#include "kexie-gui-resources.h"
#include "kx-call.h"
#include "kx-project.h"
#include "kx-project-list.h"
#include "kx-validate.h"

#define MIN_WIDTH  1024
#define MIN_HEIGHT 700

struct _KxWindow
{
  GtkApplicationWindow  parent_instance;

  /* Owned */
  KxStore              *store;
  KxProjectList        *projects;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkDropDown          *call_dropdown;
  GtkStack             *stack;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkLabel             *empty_label;
  GtkLabel             *empty_detail_label;
  GtkLabel             *status_label;

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
  gtk_label_set_text (self->empty_label, title);
  gtk_label_set_text (self->empty_detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->empty_detail_label), detail != NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_view (KxWindow *self)
{
  g_autofree char *status = NULL;
  guint n;

  if (self->projects == NULL)
    {
      gtk_label_set_text (self->status_label, "");
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  status = g_strdup_printf (ngettext ("%u project in total", "%u projects in total", n), n);
  gtk_label_set_text (self->status_label, status);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    show_empty (self, _("No applications in this call yet"), NULL);
}

static void
set_projects (KxWindow      *self,
              KxProjectList *projects)
{
  g_set_object (&self->projects, projects);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (projects));
  update_view (self);
}

static void
load_selected_call (KxWindow *self)
{
  KxCall *call = gtk_drop_down_get_selected_item (self->call_dropdown);
  g_autoptr(KxProjectList) projects = NULL;
  g_autoptr(GError) error = NULL;

  if (call == NULL || self->store == NULL)
    {
      set_projects (self, NULL);
      return;
    }

  projects = kx_project_list_new (self->store, kx_call_get_id (call), &error);
  set_projects (self, projects);
  if (projects == NULL)
    show_empty (self, _("Could not load the applications of this call"), error->message);
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

  load_selected_call (self);
  if (error != NULL)
    show_empty (self, _("Could not read the calls of this database"), error->message);
  else if (self->store != NULL && n == 0)
    show_empty (self, _("This database has no calls yet"),
                _("Once the annual call is entered, its applications are listed here."));
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
on_selection_items_changed_cb (KxWindow *self)
{
  update_view (self);
}

/* One plain label per cell: GTK 4.8 rebuilds every visible cell on a model
 * change, so cells must stay cheap (PLATFORM.md, "Big lists"). */
static GtkWidget *
new_cell_label (float xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_text_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (item, new_cell_label (0.0f));
}

static void
setup_money_cell_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = new_cell_label (1.0f);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
set_cell_text (GtkListItem *item,
               const char  *text,
               gboolean     tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (tooltip)
    gtk_widget_set_tooltip_text (label, text);
}

static KxProject *
item_project (GtkListItem *item)
{
  return KX_PROJECT (gtk_list_item_get_item (item));
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_cell_text (item, kx_project_get_number (item_project (item)), FALSE);
}

static void
bind_applicant_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  set_cell_text (item, kx_project_get_organization_name (item_project (item)), TRUE);
}

static void
bind_type_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  KxProjectType type = kx_project_get_project_type (item_project (item));

  set_cell_text (item, kx_project_type_label (type), TRUE);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  set_cell_text (item, kx_project_get_title (item_project (item)), TRUE);
}

static void
bind_stage_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  set_cell_text (item, kx_stage_label (kx_project_get_stage (item_project (item))), FALSE);
}

static void
bind_requested_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  g_autofree char *money = kx_money_format (kx_project_get_requested_fen (item_project (item)));

  set_cell_text (item, money, FALSE);
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
  g_clear_object (&self->projects);
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
  g_type_ensure (KX_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chenzhou/kexie/ui/kx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KxWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, call_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, empty_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, empty_detail_label);
  gtk_widget_class_bind_template_child (widget_class, KxWindow, status_label);
  gtk_widget_class_bind_template_callback (widget_class, format_call_year_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_call_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_money_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_applicant_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_type_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_requested_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
kx_window_init (KxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->call_dropdown), FALSE);
  update_subtitle (self);
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
  gtk_label_set_text (self->status_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->call_dropdown), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
}

GListModel *
_kx_window_get_project_model (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}

GtkDropDown *
_kx_window_get_call_dropdown (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->call_dropdown;
}

GtkColumnView *
_kx_window_get_column_view (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return self->column_view;
}

const char *
_kx_window_get_status_text (KxWindow *self)
{
  g_return_val_if_fail (KX_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->status_label);
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

  return gtk_label_get_text (self->empty_label);
}
