/* kx-action-dialog.c: the frame of every workflow action's dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog.h"
#include "kx-action-dialog-private.h"

#include "kx-validate.h"

struct _KxActionDialog
{
  GtkWindow           parent_instance;

  /* Owned */
  KxStore            *store;
  KxProject          *project;
  GPtrArray          *fields;
  gpointer            data;
  GDestroyNotify      data_destroy;
  char               *error;

  /* Borrowed */
  const KxActionForm *form;

  KxAction            action;
  gint64              expert_id;
  guint               building : 1;
  guint               broken : 1;      /* the form could not be built */
  guint               valid : 1;

  /* Template widgets */
  GtkLabel           *heading_label;
  GtkLabel           *project_label;
  GtkStack           *stack;
  GtkBox             *form_box;
  GtkLabel           *confirm_label;
  GtkLabel           *error_label;
  GtkButton          *cancel_button;
  GtkButton          *ok_button;
};

G_DEFINE_FINAL_TYPE (KxActionDialog, kx_action_dialog, GTK_TYPE_WINDOW)

enum {
  SUCCEEDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (KxActionDialog *self,
            const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_field_errors (KxActionDialog *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      KxActionField *field = g_ptr_array_index (self->fields, i);

      if (field->error_label == NULL)
        continue;
      gtk_label_set_text (field->error_label, field->error != NULL ? field->error : "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), field->error != NULL);
      if (field->error != NULL)
        {
          gtk_widget_add_css_class (field->widget, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, field->error, -1);
        }
      else
        {
          gtk_widget_remove_css_class (field->widget, "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (field->widget),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   field->error != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                                        : GTK_ACCESSIBLE_INVALID_FALSE, -1);
    }
}

/* What the workflow says of the action on the form's date: the same check
 * the core function makes first, so a refusal is known before OK. */
static gboolean
check_workflow (KxActionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  for (guint i = 0; i < self->fields->len && date == NULL; i++)
    {
      KxActionField *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->key, "date") == 0)
        date = _kx_action_field_text (field);
    }
  if (date == NULL)
    date = kx_date_today ();
  if (!kx_date_is_valid (date))
    {
      show_error (self, NULL);   /* the date field says what is wrong */
      return TRUE;
    }
  if (kx_workflow_check (self->store, kx_project_get_id (self->project), self->action, date,
                         &error))
    {
      show_error (self, NULL);
      return TRUE;
    }
  show_error (self, error->message);
  return FALSE;
}

void
_kx_action_dialog_revalidate (KxActionDialog *self)
{
  gboolean valid = TRUE;

  if (self->building || self->broken)
    return;
  for (guint i = 0; i < self->fields->len; i++)
    {
      KxActionField *field = g_ptr_array_index (self->fields, i);

      g_free (field->error);
      /* a field the form has switched off does not count */
      field->error = gtk_widget_get_sensitive (field->widget) ? _kx_action_field_problem (field)
                                                               : NULL;
      valid = valid && field->error == NULL;
    }
  if (valid && self->form->check != NULL)
    valid = self->form->check (self);
  show_field_errors (self);
  valid = check_workflow (self) && valid;
  self->valid = valid;
  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), valid);
}

static void
show_form_page (KxActionDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_button_set_label (self->ok_button, kx_action_label (self->action));
  gtk_button_set_use_underline (self->ok_button, FALSE);
  gtk_button_set_label (self->cancel_button, _("_Cancel"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->ok_button), "destructive-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->ok_button), "suggested-action");
}

static void
show_confirm_page (KxActionDialog *self,
                   const char     *consequence)
{
  gtk_label_set_text (self->confirm_label, consequence);
  gtk_stack_set_visible_child_name (self->stack, "confirm");
  gtk_button_set_label (self->ok_button, _("_Confirm"));
  gtk_button_set_use_underline (self->ok_button, TRUE);
  gtk_button_set_label (self->cancel_button, _("_Back"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->ok_button), "suggested-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->ok_button), "destructive-action");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static gboolean
confirming (KxActionDialog *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "confirm") == 0;
}

static void
run_action (KxActionDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->form->run (self, &error))
    {
      show_form_page (self);
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SUCCEEDED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_ok_button_clicked_cb (KxActionDialog *self)
{
  g_autofree char *consequence = NULL;

  _kx_action_dialog_revalidate (self);
  if (self->broken || !self->valid)
    return;
  if (!confirming (self) && self->form->confirm != NULL &&
      (consequence = self->form->confirm (self)) != NULL)
    {
      show_confirm_page (self, consequence);
      return;
    }
  run_action (self);
}

static void
on_cancel_button_clicked_cb (KxActionDialog *self)
{
  if (confirming (self))
    {
      show_form_page (self);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static const KxActionForm *
find_form (KxAction action)
{
  const KxActionForm *form;

  if ((form = _kx_action_forms_review (action)) != NULL ||
      (form = _kx_action_forms_decision (action)) != NULL ||
      (form = _kx_action_forms_money (action)) != NULL ||
      (form = _kx_action_forms_progress (action)) != NULL)
    return form;
  g_return_val_if_reached (NULL);
}

static char *
project_line (KxProject *project)
{
  return g_strdup_printf ("%s · %s · %s", kx_project_get_number (project),
                          kx_project_get_title (project),
                          kx_project_get_organization_name (project));
}

static void
set_up (KxActionDialog *self,
        gint64          project_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  gtk_window_set_title (GTK_WINDOW (self), kx_action_label (self->action));
  gtk_label_set_text (self->heading_label, kx_action_label (self->action));
  show_form_page (self);
  self->form = find_form (self->action);
  self->project = kx_project_get (self->store, project_id, &error);
  if (self->project != NULL)
    {
      line = project_line (self->project);
      gtk_label_set_text (self->project_label, line);
      self->building = TRUE;
      self->broken = !self->form->build (self, &error);
      self->building = FALSE;
    }
  else
    self->broken = TRUE;

  if (self->broken)
    {
      /* what the workflow says explains a missing form best */
      g_autoptr(GError) blocked = NULL;
      g_autofree char *today = kx_date_today ();

      if (self->project != NULL &&
          !kx_workflow_check (self->store, project_id, self->action, today, &blocked))
        {
          g_clear_error (&error);
          g_propagate_error (&error, g_steal_pointer (&blocked));
        }
      show_error (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), FALSE);
      return;
    }
  _kx_action_dialog_revalidate (self);
}

static void
kx_action_dialog_dispose (GObject *object)
{
  KxActionDialog *self = KX_ACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_ACTION_DIALOG);
  if (self->data_destroy != NULL)
    g_clear_pointer (&self->data, self->data_destroy);
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kx_action_dialog_parent_class)->dispose (object);
}

static void
kx_action_dialog_finalize (GObject *object)
{
  KxActionDialog *self = KX_ACTION_DIALOG (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self->error);
  G_OBJECT_CLASS (kx_action_dialog_parent_class)->finalize (object);
}

static void
kx_action_dialog_class_init (KxActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_action_dialog_dispose;
  object_class->finalize = kx_action_dialog_finalize;

  /**
   * KxActionDialog::succeeded:
   *
   * The action was written to the store; the dialog closes next.
   */
  signals[SUCCEEDED] = g_signal_new ("succeeded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, project_label);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, confirm_label);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KxActionDialog, ok_button);
  gtk_widget_class_bind_template_callback (widget_class, on_ok_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_action_dialog_init (KxActionDialog *self)
{
  self->fields = g_ptr_array_new_with_free_func (_kx_action_field_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->ok_button));
}

/* Between the dialog and its fields */

GtkBox *
_kx_action_dialog_get_form_box (KxActionDialog *self)
{
  return self->form_box;
}

GPtrArray *
_kx_action_dialog_get_fields (KxActionDialog *self)
{
  return self->fields;
}

/* Public API */

KxStore *
_kx_action_dialog_get_store (KxActionDialog *self)
{
  return self->store;
}

KxProject *
_kx_action_dialog_get_project (KxActionDialog *self)
{
  return self->project;
}

gint64
_kx_action_dialog_get_expert_id (KxActionDialog *self)
{
  return self->expert_id;
}

void
_kx_action_dialog_set_data (KxActionDialog *self,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  if (self->data_destroy != NULL)
    g_clear_pointer (&self->data, self->data_destroy);
  self->data = data;
  self->data_destroy = destroy;
}

gpointer
_kx_action_dialog_get_data (KxActionDialog *self)
{
  return self->data;
}

GtkButton *
_kx_action_dialog_get_ok_button (KxActionDialog *self)
{
  return self->ok_button;
}

GtkButton *
_kx_action_dialog_get_cancel_button (KxActionDialog *self)
{
  return self->cancel_button;
}

const char *
_kx_action_dialog_get_error (KxActionDialog *self)
{
  return self->error;
}

const char *
_kx_action_dialog_get_confirmation (KxActionDialog *self)
{
  return confirming (self) ? gtk_label_get_text (self->confirm_label) : NULL;
}

KxAction
kx_action_dialog_get_action (KxActionDialog *self)
{
  g_return_val_if_fail (KX_IS_ACTION_DIALOG (self), KX_N_ACTIONS);

  return self->action;
}

/**
 * kx_action_dialog_new:
 *
 * Returns: (transfer none): the dialog, owned by GTK's list of toplevels
 *   until it is destroyed
 */
KxActionDialog *
kx_action_dialog_new (KxStore  *store,
                      gint64    project_id,
                      KxAction  action,
                      gint64    expert_id)
{
  KxActionDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (action < KX_N_ACTIONS, NULL);

  self = g_object_new (KX_TYPE_ACTION_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->action = action;
  self->expert_id = expert_id;
  set_up (self, project_id);
  return self;
}

void
kx_action_dialog_present (GtkWidget *parent,
                          KxStore   *store,
                          gint64     project_id,
                          KxAction   action,
                          gint64     expert_id,
                          GCallback  done,
                          gpointer   user_data)
{
  KxActionDialog *self;
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (KX_IS_STORE (store));

  self = kx_action_dialog_new (store, project_id, action, expert_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  if (done != NULL)
    g_signal_connect_swapped (self, "succeeded", done, user_data);
  gtk_window_present (GTK_WINDOW (self));
}
