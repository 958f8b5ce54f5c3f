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

typedef enum
{
  FIELD_DATE,
  FIELD_MONEY,
  FIELD_ENTRY,
  FIELD_TEXT,
  FIELD_CHECK,
  FIELD_CHOICE,
  FIELD_SPIN,
} FieldKind;

typedef struct
{
  char      *key;
  char      *label;
  FieldKind  kind;
  gboolean   required;
  GtkWidget *widget;
  GtkLabel  *error_label;   /* NULL for fields without a rule */
  char      *error;
} Field;

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
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->key);
  g_free (field->label);
  g_free (field->error);
  g_free (field);
}

static Field *
find_field (KxActionDialog *self,
            const char     *key)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->key, key) == 0)
        return field;
    }
  g_critical ("The form of “%s” has no field “%s”", kx_action_to_string (self->action), key);
  return NULL;
}

static char *
field_text (Field *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget))));
}

/* The field's own rule; the message names the field. */
static char *
field_problem (Field *field)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (field->kind > FIELD_TEXT)
    return NULL;
  text = field_text (field);
  if (*text == '\0')
    return field->required ? g_strdup_printf (_("%s: required"), field->label) : NULL;
  if (field->kind == FIELD_DATE && !kx_date_parse (field->label, text, &iso, &error))
    return g_strdup (error->message);
  if (field->kind == FIELD_MONEY && !kx_money_parse (field->label, text, NULL, &error))
    return g_strdup (error->message);
  return NULL;
}

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
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->error_label == NULL)
        continue;
      gtk_label_set_text (field->error_label, field->error != NULL ? field->error : "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), field->error != NULL);
      if (field->error != NULL)
        gtk_widget_add_css_class (field->widget, "error");
      else
        gtk_widget_remove_css_class (field->widget, "error");
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
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->key, "date") == 0)
        date = field_text (field);
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
      Field *field = g_ptr_array_index (self->fields, i);

      g_free (field->error);
      field->error = field_problem (field);
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
on_field_changed_cb (KxActionDialog *self)
{
  _kx_action_dialog_revalidate (self);
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
  self->fields = g_ptr_array_new_with_free_func (field_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->ok_button));
}

/* Fields */

static GtkBox *
field_box (KxActionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (self->form_box, box);
  return GTK_BOX (box);
}

static Field *
add_field (KxActionDialog *self,
           const char     *key,
           const char     *label,
           FieldKind       kind,
           GtkWidget      *widget,
           GtkWidget      *shown,     /* what holds @widget, or NULL */
           gboolean        with_error)
{
  Field *field = g_new0 (Field, 1);
  GtkBox *box = field_box (self);

  field->key = g_strdup (key);
  field->label = g_strdup (label);
  field->kind = kind;
  field->widget = widget;
  if (kind != FIELD_CHECK)
    {
      GtkWidget *title = gtk_label_new (label);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_widget_add_css_class (title, "kx-field-label");
      gtk_box_append (box, title);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
    }
  gtk_box_append (box, shown != NULL ? shown : widget);
  if (with_error)
    {
      field->error_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (field->error_label, 0);
      gtk_label_set_wrap (field->error_label, TRUE);
      gtk_label_set_wrap_mode (field->error_label, PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (GTK_WIDGET (field->error_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (field->error_label), "kx-field-error");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), FALSE);
      gtk_box_append (box, GTK_WIDGET (field->error_label));
    }
  g_ptr_array_add (self->fields, field);
  return field;
}

GtkLabel *
_kx_action_dialog_add_info (KxActionDialog *self,
                            const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "kx-dialog-info");
  gtk_box_append (field_box (self), label);
  return GTK_LABEL (label);
}

static GtkEntry *
add_entry_field (KxActionDialog *self,
                 const char     *key,
                 const char     *label,
                 FieldKind       kind,
                 const char     *text,
                 gboolean        required)
{
  GtkWidget *entry = gtk_entry_new ();
  Field *field;

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  field = add_field (self, key, label, kind, entry, NULL, TRUE);
  field->required = required;
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_ENTRY (entry);
}

GtkEntry *
_kx_action_dialog_add_date (KxActionDialog *self,
                            const char     *key,
                            const char     *label)
{
  g_autofree char *today = kx_date_today ();
  GtkEntry *entry = add_entry_field (self, key, label, FIELD_DATE, today, TRUE);

  gtk_entry_set_placeholder_text (entry, "YYYY-MM-DD");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_halign (GTK_WIDGET (entry), GTK_ALIGN_START);
  return entry;
}

GtkEntry *
_kx_action_dialog_add_money (KxActionDialog *self,
                             const char     *key,
                             const char     *label,
                             gint64          fen,
                             gboolean        required)
{
  g_autofree char *text = fen >= 0 ? kx_money_format_plain (fen) : NULL;
  GtkEntry *entry = add_entry_field (self, key, label, FIELD_MONEY, text, required);

  gtk_widget_add_css_class (GTK_WIDGET (entry), "numeric");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  gtk_widget_set_halign (GTK_WIDGET (entry), GTK_ALIGN_START);
  gtk_entry_set_input_purpose (entry, GTK_INPUT_PURPOSE_NUMBER);
  return entry;
}

GtkEntry *
_kx_action_dialog_add_entry (KxActionDialog *self,
                             const char     *key,
                             const char     *label,
                             gboolean        required)
{
  return add_entry_field (self, key, label, FIELD_ENTRY, NULL, required);
}

GtkTextView *
_kx_action_dialog_add_text (KxActionDialog *self,
                            const char     *key,
                            const char     *label,
                            gboolean        required)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_scrolled_window_new ();
  Field *field;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "kx-text-field");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (frame), TRUE);
  gtk_widget_set_size_request (frame, -1, 64);
  field = add_field (self, key, label, FIELD_TEXT, view, frame, TRUE);
  field->required = required;
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_TEXT_VIEW (view);
}

GtkCheckButton *
_kx_action_dialog_add_check (KxActionDialog *self,
                             const char     *key,
                             const char     *label,
                             gboolean        active)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  add_field (self, key, label, FIELD_CHECK, check, NULL, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_CHECK_BUTTON (check);
}

GtkDropDown *
_kx_action_dialog_add_choice (KxActionDialog *self,
                              const char     *key,
                              const char     *label,
                              const char    **items,
                              guint           selected)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  add_field (self, key, label, FIELD_CHOICE, dropdown, NULL, TRUE);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_DROP_DOWN (dropdown);
}

GtkSpinButton *
_kx_action_dialog_add_spin (KxActionDialog *self,
                            const char     *key,
                            const char     *label,
                            int             max,
                            int             value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  add_field (self, key, label, FIELD_SPIN, spin, NULL, TRUE);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_SPIN_BUTTON (spin);
}

void
_kx_action_dialog_add_widget (KxActionDialog *self,
                              const char     *label,
                              GtkWidget      *widget)
{
  GtkBox *box = field_box (self);

  if (label != NULL)
    {
      GtkWidget *title = gtk_label_new (label);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "kx-field-label");
      gtk_box_append (box, title);
    }
  gtk_box_append (box, widget);
}

/* Values */

GtkWidget *
_kx_action_dialog_get_field (KxActionDialog *self,
                             const char     *key)
{
  Field *field = find_field (self, key);

  return field != NULL ? field->widget : NULL;
}

char *
_kx_action_dialog_dup_text (KxActionDialog *self,
                            const char     *key)
{
  Field *field = find_field (self, key);
  char *text;

  g_return_val_if_fail (field != NULL && field->kind <= FIELD_TEXT, NULL);

  text = field_text (field);
  if (*text != '\0')
    return text;
  g_free (text);
  return NULL;
}

gint64
_kx_action_dialog_get_money (KxActionDialog *self,
                             const char     *key)
{
  g_autofree char *text = _kx_action_dialog_dup_text (self, key);
  gint64 fen = -1;

  if (text != NULL && !kx_money_parse ("", text, &fen, NULL))
    return -1;
  return fen;
}

gboolean
_kx_action_dialog_get_active (KxActionDialog *self,
                              const char     *key)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (_kx_action_dialog_get_field (self, key)));
}

guint
_kx_action_dialog_get_selected (KxActionDialog *self,
                                const char     *key)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (self, key)));
}

int
_kx_action_dialog_get_int (KxActionDialog *self,
                           const char     *key)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (_kx_action_dialog_get_field (self, key));

  gtk_spin_button_update (spin);
  return gtk_spin_button_get_value_as_int (spin);
}

void
_kx_action_dialog_set_error (KxActionDialog *self,
                             const char     *key,
                             const char     *message)
{
  Field *field = find_field (self, key);

  if (field != NULL && field->error == NULL)
    field->error = g_strdup (message);
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
_kx_action_dialog_get_field_error (KxActionDialog *self,
                                   const char     *key)
{
  Field *field = find_field (self, key);

  return field != NULL ? field->error : NULL;
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
