/* kx-expert-dialog.c: adding or editing an expert of the pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-expert-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-expert-dialog.h"

#include "kx-form.h"

enum {
  FIELD_NAME,
  FIELD_AFFILIATION,
  FIELD_FIELD,
  FIELD_TITLE,
  FIELD_PHONE,
  N_FIELDS
};

static const char * const entry_ids[N_FIELDS] = {
  "name_entry", "affiliation_entry", "field_entry", "title_entry", "phone_entry",
};

struct _KxExpertDialog
{
  GtkWindow       parent_instance;

  /* Owned */
  KxStore        *store;
  gint64          id;   /* 0 = a new expert */

  /* Template widgets */
  GtkEditable    *entries[N_FIELDS];
  GtkCheckButton *active_check;
  GtkLabel       *name_error;
  GtkLabel       *save_error_label;
  GtkButton      *save_button;

  guint           touched : 1;
};

G_DEFINE_FINAL_TYPE (KxExpertDialog, kx_expert_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char           *texts[N_FIELDS];
  KxExpertFields  fields;
} Form;

static void
form_clear (Form *form)
{
  kx_form_free_texts (form->texts, N_FIELDS);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

static void
read_form (KxExpertDialog *self,
           Form           *form)
{
  kx_form_read_entries (self->entries, form->texts, N_FIELDS);
  form->fields = (KxExpertFields) {
    .name = form->texts[FIELD_NAME], .affiliation = form->texts[FIELD_AFFILIATION],
    .field = form->texts[FIELD_FIELD], .title = form->texts[FIELD_TITLE],
    .phone = form->texts[FIELD_PHONE],
    .inactive = !gtk_check_button_get_active (self->active_check),
  };
}

static gboolean
validate (KxExpertDialog *self)
{
  g_auto(Form) form = { { NULL } };
  g_autoptr(GError) error = NULL;

  read_form (self, &form);
  kx_expert_fields_validate (&form.fields, &error);
  kx_form_show_error (self->name_error, self->touched ? error : NULL);
  return error == NULL;
}

static void
on_field_changed_cb (KxExpertDialog *self)
{
  self->touched = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), validate (self));
}

static void
on_save_clicked_cb (KxExpertDialog *self)
{
  g_auto(Form) form = { { NULL } };
  g_autoptr(GError) error = NULL;
  gint64 id = self->id;
  gboolean ok;

  self->touched = TRUE;
  if (!validate (self))
    return;
  read_form (self, &form);
  if (self->id == 0)
    ok = kx_expert_insert (self->store, &form.fields, &id, &error);
  else
    ok = kx_expert_update (self->store, self->id, &form.fields, &error);
  if (!kx_form_show_error (self->save_error_label, error) || !ok)
    return;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill (KxExpertDialog *self,
      KxExpert       *expert)
{
  const char *values[N_FIELDS] = {
    kx_expert_get_name (expert), kx_expert_get_affiliation (expert),
    kx_expert_get_field (expert), kx_expert_get_title (expert), kx_expert_get_phone (expert),
  };

  kx_form_fill_entries (self->entries, values, N_FIELDS);
  gtk_check_button_set_active (self->active_check, kx_expert_get_active (expert));
  self->id = kx_expert_get_id (expert);
  self->touched = TRUE;
}

static void
kx_expert_dialog_dispose (GObject *object)
{
  KxExpertDialog *self = KX_EXPERT_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_expert_dialog_parent_class)->dispose (object);
}

static void
kx_expert_dialog_class_init (KxExpertDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_expert_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-expert-dialog.ui");
  kx_form_bind_entries (widget_class, entry_ids, N_FIELDS,
                        G_STRUCT_OFFSET (KxExpertDialog, entries));
  gtk_widget_class_bind_template_child (widget_class, KxExpertDialog, active_check);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_expert_dialog_init (KxExpertDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_check_button_set_active (self->active_check, TRUE);
  g_signal_connect_object (self->active_check, "toggled", G_CALLBACK (on_field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * kx_expert_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @expert: (nullable): the expert to edit; %NULL adds one
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxExpertDialog *
kx_expert_dialog_new (GtkWindow *parent,
                      KxStore   *store,
                      KxExpert  *expert)
{
  KxExpertDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  self = g_object_new (KX_TYPE_EXPERT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (expert != NULL)
    fill (self, expert);
  gtk_window_set_title (GTK_WINDOW (self), expert != NULL ? _("Edit Expert") : _("Add Expert"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), validate (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
