/* kx-call-dialog.c: a new call, prefilled from the one before
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-call-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call-dialog.h"
#include "kx-call-view-private.h"
#include "kx-validate.h"

struct _KxCallDialog
{
  GtkWindow   parent_instance;

  /* Owned */
  KxStore    *store;
  KxPolicy    policy;

  /* Template widgets */
  GtkGrid    *grid;
  GtkLabel   *error_label;
  GtkButton  *create_button;

  /* Built in init */
  GtkSpinButton *year_spin;
  GtkEntry      *title_entry;
  GtkEntry      *budget_entry;
  GtkEntry      *start_entry;
  GtkEntry      *end_entry;
  GtkLabel      *title_error;
  GtkLabel      *budget_error;
  GtkLabel      *start_error;
  GtkLabel      *end_error;
};

G_DEFINE_FINAL_TYPE (KxCallDialog, kx_call_dialog, GTK_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  KxCallFields  fields;
  char         *title;
  char         *start;
  char         *end;
} Form;

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->title, g_free);
  g_clear_pointer (&form->start, g_free);
  g_clear_pointer (&form->end, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Reads and checks every field, each message under its field. */
static gboolean
read_form (KxCallDialog *self,
           Form         *form)
{
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) budget_error = NULL;
  g_autoptr(GError) start_error = NULL;
  g_autoptr(GError) end_error = NULL;

  form->fields.year = gtk_spin_button_get_value_as_int (self->year_spin);
  form->fields.policy = self->policy;
  form->title = g_strstrip (g_strdup (text_of (self->title_entry)));
  form->fields.title = form->title;
  if (*form->title == '\0')
    g_set_error (&title_error, KX_CALL_ERROR, KX_ERROR_INVALID, _("Title: a title is required"));
  kx_money_parse (_("Budget"), text_of (self->budget_entry), &form->fields.budget_fen,
                  &budget_error);
  kx_date_parse (_("Window start"), text_of (self->start_entry), &form->start, &start_error);
  kx_date_parse (_("Window end"), text_of (self->end_entry), &form->end, &end_error);
  if (start_error == NULL && end_error == NULL && kx_date_compare (form->end, form->start) < 0)
    g_set_error (&end_error, KX_CALL_ERROR, KX_ERROR_INVALID,
                 _("Window end: %s is before the window start %s"), form->end, form->start);
  form->fields.window_start = form->start;
  form->fields.window_end = form->end;
  _kx_form_set_error (self->title_error, title_error);
  _kx_form_set_error (self->budget_error, budget_error);
  _kx_form_set_error (self->start_error, start_error);
  _kx_form_set_error (self->end_error, end_error);
  return title_error == NULL && budget_error == NULL && start_error == NULL && end_error == NULL;
}

static gboolean
validate (KxCallDialog *self,
          Form         *form)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = read_form (self, form);

  if (ok)
    ok = kx_call_fields_validate (&form->fields, &error);
  _kx_form_set_error (self->error_label, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-dialog.create", ok);
  return ok;
}

static void
on_input_changed_cb (KxCallDialog *self)
{
  g_auto(Form) form = { 0 };

  validate (self, &form);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KxCallDialog *self = KX_CALL_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_auto(Form) form = { 0 };
  gint64 id = 0;

  if (!validate (self, &form))
    return;
  if (!kx_call_insert (self->store, &form.fields, &id, &error))
    {
      _kx_form_set_error (self->error_label, error);
      return;
    }
  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
build_grid (KxCallDialog *self)
{
  GtkWidget *label = gtk_label_new (_("Year"));
  int row = 1;

  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1990, 2200, 1));
  gtk_widget_set_halign (GTK_WIDGET (self->year_spin), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Year"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_grid_attach (self->grid, label, 0, 0, 1, 1);
  gtk_grid_attach (self->grid, GTK_WIDGET (self->year_spin), 1, 0, 1, 1);
  self->title_entry = _kx_form_add_entry (self->grid, &row, _("Title"), &self->title_error);
  self->budget_entry = _kx_form_add_entry (self->grid, &row, _("Budget (yuan)"),
                                           &self->budget_error);
  self->start_entry = _kx_form_add_entry (self->grid, &row, _("Window start"), &self->start_error);
  self->end_entry = _kx_form_add_entry (self->grid, &row, _("Window end"), &self->end_error);
  g_signal_connect_object (self->year_spin, "value-changed", G_CALLBACK (on_input_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_entry, "changed", G_CALLBACK (on_input_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->budget_entry, "changed", G_CALLBACK (on_input_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_entry, "changed", G_CALLBACK (on_input_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_entry, "changed", G_CALLBACK (on_input_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* "2026年度…" → "2027年度…": every mention of the old year moves on. */
static char *
next_title (KxCall *call)
{
  g_autofree char *old_year = g_strdup_printf ("%d", kx_call_get_year (call));
  g_autofree char *new_year = g_strdup_printf ("%d", kx_call_get_year (call) + 1);
  g_auto(GStrv) parts = g_strsplit (kx_call_get_title (call), old_year, -1);

  return g_strjoinv (new_year, parts);
}

static void
prefill (KxCallDialog *self,
         KxCall       *call)
{
  g_autofree char *title = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (call == NULL)
    {
      g_autofree char *today = kx_date_today ();

      gtk_spin_button_set_value (self->year_spin, g_ascii_strtoll (today, NULL, 10));
      on_input_changed_cb (self);
      return;
    }
  self->policy = *kx_call_get_policy (call);
  title = next_title (call);
  budget = kx_money_format_plain (kx_call_get_budget_fen (call));
  start = kx_date_add_years (kx_call_get_window_start (call), 1);
  end = kx_date_add_years (kx_call_get_window_end (call), 1);
  gtk_spin_button_set_value (self->year_spin, kx_call_get_year (call) + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title);
  gtk_editable_set_text (GTK_EDITABLE (self->budget_entry), budget);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end);
  on_input_changed_cb (self);
}

static void
kx_call_dialog_dispose (GObject *object)
{
  KxCallDialog *self = KX_CALL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_CALL_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_call_dialog_parent_class)->dispose (object);
}

static void
kx_call_dialog_class_init (KxCallDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_call_dialog_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-call-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KxCallDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, KxCallDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KxCallDialog, create_button);

  gtk_widget_class_install_action (widget_class, "call-dialog.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "call-dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "call-dialog.cancel", NULL);
}

static void
kx_call_dialog_init (KxCallDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kx_policy_init_defaults (&self->policy);
  build_grid (self);
}

KxCallDialog *
kx_call_dialog_new (KxStore *store,
                    KxCall  *template)
{
  KxCallDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (template == NULL || KX_IS_CALL (template), NULL);

  self = g_object_new (KX_TYPE_CALL_DIALOG, NULL);
  self->store = g_object_ref (store);
  prefill (self, template);
  return self;
}
