/* kx-action-bar.c: a project's stage and the workflow actions it allows now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One button per action of kx_workflow_next_actions(): an allowed one is
 * sensitive, a blocked one is not and says why (tooltip, accessible
 * description and, for the first, a line under the buttons). A click
 * opens the action's dialog directly; the bar reloads and emits "changed"
 * once the action is written.
 */

#define G_LOG_DOMAIN "kx-action-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-bar.h"
#include "kx-action-bar-private.h"

#include "kx-action-dialog.h"
#include "kx-project.h"
#include "kx-validate.h"

struct _KxActionBar
{
  GtkWidget    parent_instance;

  /* Owned */
  KxStore     *store;

  gint64       project_id;

  /* Template widgets */
  GtkBox      *box;
  GtkLabel    *stage_label;
  GtkFlowBox  *flow_box;
  GtkLabel    *reason_label;
};

G_DEFINE_FINAL_TYPE (KxActionBar, kx_action_bar, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *stage_classes[] = {
  "kx-stage-draft", "kx-stage-review", "kx-stage-approved", "kx-stage-money",
  "kx-stage-active", "kx-stage-done", "kx-stage-failed",
};

const char *
kx_action_bar_stage_css_class (KxStage stage)
{
  switch (stage)
    {
    case KX_STAGE_DRAFT:
    case KX_STAGE_RETURNED:
      return "kx-stage-draft";
    case KX_STAGE_SUBMITTED:
    case KX_STAGE_FORMAL_PASSED:
    case KX_STAGE_UNDER_EXPERT_REVIEW:
    case KX_STAGE_REVIEWED:
      return "kx-stage-review";
    case KX_STAGE_APPROVED:
    case KX_STAGE_IN_NOTICE:
    case KX_STAGE_NOTICE_PASSED:
      return "kx-stage-approved";
    case KX_STAGE_AGREEMENT_SIGNED:
    case KX_STAGE_FUNDED:
      return "kx-stage-money";
    case KX_STAGE_IN_PROGRESS:
    case KX_STAGE_MIDTERM_PASSED:
      return "kx-stage-active";
    case KX_STAGE_ACCEPTED:
      return "kx-stage-done";
    case KX_STAGE_REJECTED:
    case KX_STAGE_NOT_APPROVED:
    case KX_STAGE_WITHDRAWN:
    case KX_STAGE_FAILED_ACCEPTANCE:
    case KX_STAGE_REVOKED:
    case KX_N_STAGES:
    default:
      return "kx-stage-failed";
    }
}

static void
set_stage (KxActionBar *self,
           const char  *text,
           const char  *css_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (stage_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->stage_label), stage_classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), css_class);
  gtk_label_set_text (self->stage_label, text);
}

static void
clear_buttons (KxActionBar *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) != NULL)
    gtk_flow_box_remove (self->flow_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), FALSE);
}

static void
show_message (KxActionBar *self,
              const char  *message)
{
  gtk_label_set_text (self->reason_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
}

static void
on_action_succeeded_cb (KxActionBar *self)
{
  kx_action_bar_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_button_clicked_cb (KxActionBar *self,
                      GtkButton   *button)
{
  KxAction action = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kx-action"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KxActionDialog *dialog;

  if (self->store == NULL || self->project_id <= 0)
    return;
  dialog = kx_action_dialog_new (self->store, self->project_id, action, 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "succeeded", G_CALLBACK (on_action_succeeded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
action_button (KxActionBar         *self,
               const KxActionState *state)
{
  GtkWidget *button = gtk_button_new_with_label (kx_action_label (state->action));
  GtkWidget *child = gtk_flow_box_child_new ();

  g_object_set_data (G_OBJECT (button), "kx-action", GUINT_TO_POINTER (state->action));
  gtk_widget_set_sensitive (button, state->allowed);
  if (!state->allowed)
    {
      /* GTK 4.8 picks insensitive widgets for tooltips (checked under
       * Xvfb with a real pointer), so the button itself says why. */
      gtk_widget_set_tooltip_text (button, state->reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, state->reason, -1);
    }
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_button_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), button);
  gtk_widget_set_focusable (child, FALSE);
  return child;
}

static void
show_actions (KxActionBar *self,
              GArray      *states)
{
  const char *first_reason = NULL;

  for (guint i = 0; i < states->len; i++)
    {
      const KxActionState *state = &g_array_index (states, KxActionState, i);

      gtk_flow_box_append (self->flow_box, action_button (self, state));
      if (!state->allowed && first_reason == NULL)
        first_reason = state->reason;
    }
  if (states->len == 0)
    show_message (self, _("No workflow action is possible at this stage."));
  else if (first_reason != NULL)
    show_message (self, first_reason);
}

void
kx_action_bar_reload (KxActionBar *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_autoptr(GArray) states = NULL;
  g_autofree char *today = kx_date_today ();

  g_return_if_fail (KX_IS_ACTION_BAR (self));

  clear_buttons (self);
  if (self->store == NULL || self->project_id <= 0)
    {
      set_stage (self, _("No project selected"), NULL);
      return;
    }
  if ((project = kx_project_get (self->store, self->project_id, &error)) == NULL ||
      (states = kx_workflow_next_actions (self->store, self->project_id, today, &error)) == NULL)
    {
      set_stage (self, _("Unknown"), NULL);
      show_message (self, error->message);
      return;
    }
  set_stage (self, kx_stage_label (kx_project_get_stage (project)),
             kx_action_bar_stage_css_class (kx_project_get_stage (project)));
  show_actions (self, states);
}

static void
kx_action_bar_dispose (GObject *object)
{
  KxActionBar *self = KX_ACTION_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_ACTION_BAR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kx_action_bar_parent_class)->dispose (object);
}

static void
kx_action_bar_class_init (KxActionBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_action_bar_dispose;

  /**
   * KxActionBar::changed:
   *
   * An action was written to the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-action-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KxActionBar, box);
  gtk_widget_class_bind_template_child (widget_class, KxActionBar, stage_label);
  gtk_widget_class_bind_template_child (widget_class, KxActionBar, flow_box);
  gtk_widget_class_bind_template_child (widget_class, KxActionBar, reason_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kx-action-bar");
}

static void
kx_action_bar_init (KxActionBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kx_action_bar_reload (self);
}

GtkWidget *
kx_action_bar_new (void)
{
  return g_object_new (KX_TYPE_ACTION_BAR, NULL);
}

void
kx_action_bar_set_store (KxActionBar *self,
                         KxStore     *store)
{
  g_return_if_fail (KX_IS_ACTION_BAR (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (g_set_object (&self->store, store))
    kx_action_bar_reload (self);
}

void
kx_action_bar_set_project (KxActionBar *self,
                           gint64       project_id)
{
  g_return_if_fail (KX_IS_ACTION_BAR (self));

  if (self->project_id == project_id)
    return;
  self->project_id = project_id;
  kx_action_bar_reload (self);
}

gint64
kx_action_bar_get_project (KxActionBar *self)
{
  g_return_val_if_fail (KX_IS_ACTION_BAR (self), 0);

  return self->project_id;
}

GtkLabel *
_kx_action_bar_get_stage_label (KxActionBar *self)
{
  return self->stage_label;
}

GtkButton *
_kx_action_bar_get_button (KxActionBar *self,
                           KxAction     action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kx-action")) == action)
        return GTK_BUTTON (button);
    }
  return NULL;
}

guint
_kx_action_bar_get_n_buttons (KxActionBar *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

GtkLabel *
_kx_action_bar_get_reason_label (KxActionBar *self)
{
  return self->reason_label;
}
