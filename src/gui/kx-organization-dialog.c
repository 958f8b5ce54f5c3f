/* kx-organization-dialog.c: adding or editing a 申报单位
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-organization-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-organization-dialog.h"

#include "kx-form.h"

/* The text fields of KxOrganizationFields, in its order (kind aside). */
enum {
  FIELD_NAME,
  FIELD_CREDIT_CODE,
  FIELD_SECRETARY_GENERAL,
  FIELD_FINANCE_STAFF,
  FIELD_BANK_NAME,
  FIELD_BANK_ACCOUNT,
  FIELD_PARTY_BRANCH,
  FIELD_CONTACT_PERSON,
  FIELD_CONTACT_PHONE,
  FIELD_ADDRESS,
  FIELD_NOTE,
  N_FIELDS
};

static const char * const entry_ids[N_FIELDS] = {
  "name_entry", "credit_code_entry", "secretary_general_entry", "finance_staff_entry",
  "bank_name_entry", "bank_account_entry", "party_branch_entry", "contact_person_entry",
  "contact_phone_entry", "address_entry", "note_entry",
};

struct _KxOrganizationDialog
{
  GtkWindow    parent_instance;

  /* Owned */
  KxStore     *store;
  gint64       id;   /* 0 = a new organization */

  /* Template widgets */
  GtkEditable *entries[N_FIELDS];
  GtkDropDown *kind_dropdown;
  GtkLabel    *name_error;
  GtkLabel    *credit_code_error;
  GtkLabel    *save_error_label;
  GtkButton   *save_button;

  guint        name_touched : 1;
  guint        code_touched : 1;
  guint        filling : 1;
};

G_DEFINE_FINAL_TYPE (KxOrganizationDialog, kx_organization_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The form's values; the fields point into texts. */
typedef struct
{
  char                 *texts[N_FIELDS];
  KxOrganizationFields  fields;
} Form;

static void
form_clear (Form *form)
{
  kx_form_free_texts (form->texts, N_FIELDS);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

static void
read_form (KxOrganizationDialog *self,
           Form                 *form)
{
  char **t = form->texts;

  kx_form_read_entries (self->entries, t, N_FIELDS);
  form->fields = (KxOrganizationFields) {
    .name = t[FIELD_NAME], .kind = gtk_drop_down_get_selected (self->kind_dropdown),
    .credit_code = t[FIELD_CREDIT_CODE], .secretary_general = t[FIELD_SECRETARY_GENERAL],
    .finance_staff = t[FIELD_FINANCE_STAFF], .bank_name = t[FIELD_BANK_NAME],
    .bank_account = t[FIELD_BANK_ACCOUNT], .party_branch = t[FIELD_PARTY_BRANCH],
    .contact_person = t[FIELD_CONTACT_PERSON], .contact_phone = t[FIELD_CONTACT_PHONE],
    .address = t[FIELD_ADDRESS], .note = t[FIELD_NOTE],
  };
}

/* The core validator checks the name first, so each field is checked
 * with the others made valid: both problems show at once. */
static gboolean
validate (KxOrganizationDialog *self)
{
  g_auto(Form) form = { { NULL } };
  g_autoptr(GError) name_error = NULL;
  g_autoptr(GError) code_error = NULL;
  g_autoptr(GError) error = NULL;
  KxOrganizationFields name_only = { 0 };
  KxOrganizationFields code_only;

  read_form (self, &form);
  name_only = (KxOrganizationFields) { .name = form.fields.name,
                                       .kind = KX_ORG_KIND_RESEARCHER };
  code_only = form.fields;
  code_only.name = "-";
  kx_organization_fields_validate (&name_only, &name_error);
  kx_organization_fields_validate (&code_only, &code_error);
  kx_form_show_error (self->name_error, self->name_touched ? name_error : NULL);
  kx_form_show_error (self->credit_code_error, self->code_touched ? code_error : NULL);
  return kx_organization_fields_validate (&form.fields, &error);
}

static void
update_save (KxOrganizationDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), validate (self));
}

static void
on_field_changed_cb (KxOrganizationDialog *self,
                     gpointer              sender)
{
  if (self->filling)
    return;
  if (sender == self->entries[FIELD_NAME])
    self->name_touched = TRUE;
  else if (sender == self->entries[FIELD_CREDIT_CODE] || sender == self->kind_dropdown)
    self->code_touched = TRUE;
  update_save (self);
}

static void
on_save_clicked_cb (KxOrganizationDialog *self)
{
  g_auto(Form) form = { { NULL } };
  g_autoptr(GError) error = NULL;
  gint64 id = self->id;
  gboolean ok;

  self->name_touched = self->code_touched = TRUE;
  if (!validate (self))
    return;
  read_form (self, &form);
  if (self->id == 0)
    ok = kx_organization_insert (self->store, &form.fields, &id, &error);
  else
    ok = kx_organization_update (self->store, self->id, &form.fields, &error);
  if (!kx_form_show_error (self->save_error_label, error) || !ok)
    return;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill (KxOrganizationDialog *self,
      KxOrganization       *org)
{
  const char *values[N_FIELDS] = {
    kx_organization_get_name (org), kx_organization_get_credit_code (org),
    kx_organization_get_secretary_general (org), kx_organization_get_finance_staff (org),
    kx_organization_get_bank_name (org), kx_organization_get_bank_account (org),
    kx_organization_get_party_branch (org), kx_organization_get_contact_person (org),
    kx_organization_get_contact_phone (org), kx_organization_get_address (org),
    kx_organization_get_note (org),
  };

  self->filling = TRUE;
  kx_form_fill_entries (self->entries, values, N_FIELDS);
  gtk_drop_down_set_selected (self->kind_dropdown, kx_organization_get_kind (org));
  self->filling = FALSE;
  self->id = kx_organization_get_id (org);
  self->name_touched = self->code_touched = TRUE;
}

static void
kx_organization_dialog_dispose (GObject *object)
{
  KxOrganizationDialog *self = KX_ORGANIZATION_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_organization_dialog_parent_class)->dispose (object);
}

static void
kx_organization_dialog_class_init (KxOrganizationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_organization_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-organization-dialog.ui");
  kx_form_bind_entries (widget_class, entry_ids, N_FIELDS,
                        G_STRUCT_OFFSET (KxOrganizationDialog, entries));
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDialog, credit_code_error);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_organization_dialog_init (KxOrganizationDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (KxOrgKind kind = 0; kind < KX_N_ORG_KINDS; kind++)
    gtk_string_list_append (kinds, kx_org_kind_label (kind));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  self->filling = FALSE;
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * kx_organization_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @organization: (nullable): the organization to edit; %NULL adds one
 *
 * Returns: (transfer none): the dialog, shown; it destroys itself
 */
KxOrganizationDialog *
kx_organization_dialog_new (GtkWindow      *parent,
                            KxStore        *store,
                            KxOrganization *organization)
{
  KxOrganizationDialog *self;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  self = g_object_new (KX_TYPE_ORGANIZATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (organization != NULL)
    {
      fill (self, organization);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Organization"));
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Add Organization"));
  update_save (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
