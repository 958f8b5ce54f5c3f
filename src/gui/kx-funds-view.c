/* kx-funds-view.c: the 资金 section — the money of the selected call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stack switched from the heading (表格 / 图表) shows either the totals
 * in a row at the top (summary_box) over the ledger of funded projects
 * ("table"), or the charts ("chart", a KxChartView reloaded with the
 * view) with all the room, so that they stay readable in a small window.
 */

#define G_LOG_DOMAIN "kx-funds-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-funds-view.h"
#include "kx-chart-view.h"
#include "kx-form.h"
#include "kx-empty-state.h"
#include "kx-money.h"
#include "kx-validate.h"
#include "kx-worker.h"

enum {
  TOTAL_BUDGET,
  TOTAL_APPROVED,
  TOTAL_DISBURSED,
  TOTAL_RECOVERED,
  TOTAL_BALANCE,
  TOTAL_AVAILABLE,
  N_TOTALS
};

static const char *const total_names[N_TOTALS] = {
  N_("Budget"), N_("Approved amount"), N_("Disbursed"), N_("Recovered"),
  N_("Balance"), N_("Available"),
};

static const char *const total_tips[N_TOTALS] = {
  N_("The budget of the call"),
  N_("What approved projects may receive; a revoked or failed project only what it was paid"),
  N_("Every tranche paid so far"),
  N_("Money paid back"),
  N_("Budget − disbursed + recovered"),
  N_("Budget − disbursed: what may still be paid out"),
};

enum {
  TYPE_COL_CAP,
  TYPE_COL_APPROVED,
  TYPE_COL_DISBURSED,
  TYPE_COL_RECOVERED,
  TYPE_COL_PROJECTS,
  N_TYPE_COLS
};

static const char *const type_col_names[N_TYPE_COLS] = {
  N_("Cap"), N_("Approved amount"), N_("Disbursed"), N_("Recovered"), N_("Projects"),
};

/* One ledger row as a list item. */
#define KX_TYPE_FUNDS_ITEM (kx_funds_item_get_type ())
G_DECLARE_FINAL_TYPE (KxFundsItem, kx_funds_item, KX, FUNDS_ITEM, GObject)

struct _KxFundsItem
{
  GObject           parent_instance;
  KxMoneyReportRow  row;
};

G_DEFINE_FINAL_TYPE (KxFundsItem, kx_funds_item, G_TYPE_OBJECT)

struct _KxFundsView
{
  GtkWidget           parent_instance;

  /* Owned */
  KxStore            *store;
  KxCall             *call;
  GCancellable       *cancellable;

  /* Template widgets */
  GtkBox             *root_box;
  GtkLabel           *heading_label;
  GtkSpinner         *spinner;
  GtkStackSwitcher   *view_switcher;
  GtkStack           *stack;
  KxEmptyState       *empty_state;
  GtkFlowBox         *summary_box;
  GtkGrid            *totals_grid;
  GtkGrid            *types_grid;
  GtkStack           *view_stack;
  KxChartView        *chart_view;
  GtkStack           *ledger_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GListStore         *rows;
  GtkLabel           *status_label;

  /* Built in init */
  GtkLabel           *total_labels[N_TOTALS];
  GtkLabel           *type_labels[KX_N_PROJECT_TYPES][N_TYPE_COLS];
};

G_DEFINE_FINAL_TYPE (KxFundsView, kx_funds_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  PROJECT_ACTIVATED,
  CHART_FILTER_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gint64         call_id;
  KxCallTotals   totals;
  GArray        *report;
} LoadJob;

static void
kx_funds_item_finalize (GObject *object)
{
  KxFundsItem *self = KX_FUNDS_ITEM (object);

  g_free (self->row.number);
  g_free (self->row.applicant);

  G_OBJECT_CLASS (kx_funds_item_parent_class)->finalize (object);
}

static void
kx_funds_item_class_init (KxFundsItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kx_funds_item_finalize;
}

static void
kx_funds_item_init (KxFundsItem *self)
{
}

static KxFundsItem *
kx_funds_item_new (const KxMoneyReportRow *row)
{
  KxFundsItem *self = g_object_new (KX_TYPE_FUNDS_ITEM, NULL);

  self->row = *row;
  self->row.number = g_strdup (row->number);
  self->row.applicant = g_strdup (row->applicant);
  return self;
}

static void
load_job_free (LoadJob *job)
{
  g_clear_pointer (&job->report, g_array_unref);
  g_free (job);
}

/* Cells --------------------------------------------------------------------- */

static const KxMoneyReportRow *
item_row (GtkListItem *item)
{
  return &KX_FUNDS_ITEM (gtk_list_item_get_item (item))->row;
}

static void
set_cell (GtkListItem *item,
          const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
set_money_cell (GtkListItem *item,
                gint64       fen)
{
  g_autofree char *text = kx_money_format (fen);

  set_cell (item, text);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_cell (item, item_row (item)->number);
}

static void
bind_applicant_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  set_cell (item, item_row (item)->applicant);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), item_row (item)->applicant);
}

static void
bind_stage_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  set_cell (item, kx_stage_label (item_row (item)->stage));
}

static void
bind_approved_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  set_money_cell (item, item_row (item)->approved_fen);
}

static void
bind_tranche1_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  set_money_cell (item, item_row (item)->tranche1_fen);
}

static void
bind_tranche2_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  set_money_cell (item, item_row (item)->tranche2_fen);
}

static void
bind_recovered_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  set_money_cell (item, item_row (item)->recovered_fen);
}

static void
bind_balance_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  set_money_cell (item, item_row (item)->balance_fen);
}

static void
on_row_activated_cb (KxFundsView *self,
                     guint        position)
{
  g_autoptr(KxFundsItem) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (item != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, item->row.project_id);
}

static void
on_chart_filter_requested_cb (KxFundsView *self,
                              int          kind,
                              gint64       key)
{
  g_signal_emit (self, signals[CHART_FILTER_REQUESTED], 0, kind, key);
}

/* Showing ------------------------------------------------------------------- */

static void
set_money_label (GtkLabel *label,
                 gint64    fen)
{
  g_autofree char *text = kx_money_format (fen);

  gtk_label_set_text (label, text);
}

static void
show_totals (KxFundsView        *self,
             const KxCallTotals *totals)
{
  const gint64 values[N_TOTALS] = {
    totals->budget_fen, totals->approved_fen, totals->disbursed_fen,
    totals->recovered_fen, totals->balance_fen, totals->available_fen,
  };

  for (int i = 0; i < N_TOTALS; i++)
    set_money_label (self->total_labels[i], values[i]);
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      const KxTypeTotals *type = &totals->types[t];
      GtkLabel **labels = self->type_labels[t];
      g_autofree char *n = g_strdup_printf ("%u", type->n_projects);

      if (type->cap_fen < 0)
        gtk_label_set_text (labels[TYPE_COL_CAP], _("no cap"));
      else
        set_money_label (labels[TYPE_COL_CAP], type->cap_fen);
      set_money_label (labels[TYPE_COL_APPROVED], type->approved_fen);
      set_money_label (labels[TYPE_COL_DISBURSED], type->disbursed_fen);
      set_money_label (labels[TYPE_COL_RECOVERED], type->recovered_fen);
      gtk_label_set_text (labels[TYPE_COL_PROJECTS], n);
    }
}

static void
show_ledger (KxFundsView *self,
             GArray      *report)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *status = NULL;

  for (guint i = 0; i < report->len; i++)
    g_ptr_array_add (items, kx_funds_item_new (&g_array_index (report, KxMoneyReportRow, i)));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  status = g_strdup_printf (ngettext ("%u funded project", "%u funded projects", report->len),
                            report->len);
  gtk_label_set_text (self->status_label, status);
  gtk_stack_set_visible_child_name (self->ledger_stack, report->len > 0 ? "ledger" : "none");
}

static void
show_empty (KxFundsView *self,
            const char  *title,
            const char  *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->view_switcher), FALSE);
}

static void
set_busy (KxFundsView *self,
          gboolean     busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Loading ------------------------------------------------------------------- */

static gboolean
load_thread (KxStore       *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  LoadJob *job = data;

  if (!kx_money_call_totals (store, job->call_id, &job->totals, error))
    return FALSE;
  job->report = kx_money_report_call (store, job->call_id, error);
  return job->report != NULL;
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(KxFundsView) self = user_data;
  LoadJob *job = kx_worker_get_data (result);
  g_autoptr(GError) error = NULL;

  if (!kx_worker_finish (result, &self->cancellable, &error))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      show_empty (self, _("Could not read the funds of this call"), error->message);
      return;
    }
  show_totals (self, &job->totals);
  show_ledger (self, job->report);
  gtk_stack_set_visible_child_name (self->stack, "funds");
  gtk_widget_set_visible (GTK_WIDGET (self->view_switcher), TRUE);
}

static void
start_load (KxFundsView *self)
{
  g_autofree char *heading = NULL;
  LoadJob *job;

  kx_worker_cancel (&self->cancellable);
  g_list_store_remove_all (self->rows);
  if (self->store == NULL || self->call == NULL)
    {
      gtk_label_set_text (self->heading_label, _("Funds"));
      show_empty (self, self->store == NULL ? _("No database open") : _("No call selected"),
                  self->store == NULL ? NULL : _("Choose a call year in the header bar."));
      set_busy (self, FALSE);
      return;
    }
  heading = g_strdup_printf (_("Funds of the %d call"), kx_call_get_year (self->call));
  gtk_label_set_text (self->heading_label, heading);
  show_empty (self, _("Reading the funds…"), NULL);
  job = g_new0 (LoadJob, 1);
  job->call_id = kx_call_get_id (self->call);
  kx_worker_run (self->store, &self->cancellable, load_thread, job, (GDestroyNotify) load_job_free,
                 on_load_done_cb, g_object_ref (self));
  set_busy (self, TRUE);
}

/* Building ------------------------------------------------------------------ */

static GtkLabel *
add_grid_label (GtkGrid    *grid,
                const char *text,
                int         column,
                int         row,
                gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return GTK_LABEL (label);
}

static void
build_grids (KxFundsView *self)
{
  for (int i = 0; i < N_TOTALS; i++)
    {
      GtkLabel *name = add_grid_label (self->totals_grid, _(total_names[i]), 0, i, FALSE);

      gtk_widget_add_css_class (GTK_WIDGET (name), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (name), _(total_tips[i]));
      self->total_labels[i] = add_grid_label (self->totals_grid, NULL, 1, i, TRUE);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->total_labels[TOTAL_BALANCE]), "heading");
  add_grid_label (self->types_grid, _("Project type"), 0, 0, FALSE);
  for (int c = 0; c < N_TYPE_COLS; c++)
    gtk_widget_add_css_class (GTK_WIDGET (add_grid_label (self->types_grid, _(type_col_names[c]),
                                                          c + 1, 0, TRUE)), "heading");
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      GtkLabel *name = add_grid_label (self->types_grid, kx_project_type_short (t + 1), 0, t + 1,
                                       FALSE);

      gtk_widget_set_tooltip_text (GTK_WIDGET (name), kx_project_type_label (t + 1));
      for (int c = 0; c < N_TYPE_COLS; c++)
        self->type_labels[t][c] = add_grid_label (self->types_grid, NULL, c + 1, t + 1, TRUE);
    }
}

/* GObject ------------------------------------------------------------------- */

static void
kx_funds_view_dispose (GObject *object)
{
  KxFundsView *self = KX_FUNDS_VIEW (object);

  kx_worker_cancel (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_FUNDS_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_funds_view_parent_class)->dispose (object);
}

static void
kx_funds_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, kx_funds_view_get_busy (KX_FUNDS_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_funds_view_class_init (KxFundsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_funds_view_dispose;
  object_class->get_property = kx_funds_view_get_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PROJECT_ACTIVATED] = g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CHART_FILTER_REQUESTED] = g_signal_new ("chart-filter-requested",
                                                  G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                  0, NULL, NULL, NULL,
                                                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  g_type_ensure (KX_TYPE_FUNDS_ITEM);
  g_type_ensure (KX_TYPE_CHART_VIEW);
  g_type_ensure (KX_TYPE_EMPTY_STATE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-funds-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, root_box);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, chart_view);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, stack);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, summary_box);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, totals_grid);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, types_grid);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, ledger_stack);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, selection);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, rows);
  gtk_widget_class_bind_template_child (widget_class, KxFundsView, status_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_text_cell_cb",
                                                G_CALLBACK (kx_form_setup_text_cell_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_money_cell_cb",
                                                G_CALLBACK (kx_form_setup_number_cell_cb));
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_applicant_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_approved_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_tranche1_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_tranche2_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_recovered_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_balance_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_filter_requested_cb);
}

static void
kx_funds_view_init (KxFundsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_grids (self);
  start_load (self);
}

/* Public API ---------------------------------------------------------------- */

GtkWidget *
kx_funds_view_new (void)
{
  return g_object_new (KX_TYPE_FUNDS_VIEW, NULL);
}

void
kx_funds_view_set_store (KxFundsView *self,
                         KxStore     *store)
{
  g_return_if_fail (KX_IS_FUNDS_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  kx_chart_view_set_store (self->chart_view, store);
  start_load (self);
}

void
kx_funds_view_set_call (KxFundsView *self,
                        KxCall      *call)
{
  g_return_if_fail (KX_IS_FUNDS_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  if (!g_set_object (&self->call, call))
    return;
  kx_chart_view_set_call (self->chart_view, call);
  start_load (self);
}

void
kx_funds_view_reload (KxFundsView *self)
{
  g_return_if_fail (KX_IS_FUNDS_VIEW (self));

  kx_chart_view_reload (self->chart_view);
  start_load (self);
}

gboolean
kx_funds_view_get_busy (KxFundsView *self)
{
  g_return_val_if_fail (KX_IS_FUNDS_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

guint
kx_funds_view_get_n_rows (KxFundsView *self)
{
  g_return_val_if_fail (KX_IS_FUNDS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/**
 * kx_funds_view_get_row:
 *
 * Returns: (transfer none) (nullable): the ledger row at @position
 */
const KxMoneyReportRow *
kx_funds_view_get_row (KxFundsView *self,
                       guint        position)
{
  g_autoptr(KxFundsItem) item = NULL;

  g_return_val_if_fail (KX_IS_FUNDS_VIEW (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  return item != NULL ? &item->row : NULL;  /* the store keeps its own reference */
}
