/* kx-action-dialog-fields.c: the fields the action forms are made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog-private.h"

#include "kx-validate.h"

void
_kx_action_field_free (gpointer data)
{
  KxActionField *field = data;

  g_free (field->key);
  g_free (field->label);
  g_free (field->error);
  g_free (field);
}

static KxActionField *
find_field (KxActionDialog *self,
            const char     *key)
{
  GPtrArray *fields = _kx_action_dialog_get_fields (self);

  for (guint i = 0; i < fields->len; i++)
    {
      KxActionField *field = g_ptr_array_index (fields, i);

      if (g_strcmp0 (field->key, key) == 0)
        return field;
    }
  g_critical ("The form of “%s” has no field “%s”",
              kx_action_to_string (kx_action_dialog_get_action (self)), key);
  return NULL;
}

char *
_kx_action_field_text (KxActionField *field)
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
char *
_kx_action_field_problem (KxActionField *field)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (field->kind > FIELD_TEXT)
    return NULL;
  text = _kx_action_field_text (field);
  if (*text == '\0')
    return field->required ? g_strdup_printf (_("%s: required"), field->label) : NULL;
  if (field->kind == FIELD_DATE && !kx_date_parse (field->label, text, &iso, &error))
    return g_strdup (error->message);
  if (field->kind == FIELD_MONEY && !kx_money_parse (field->label, text, NULL, &error))
    return g_strdup (error->message);
  return NULL;
}

/* Fields */

static GtkBox *
field_box (KxActionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (_kx_action_dialog_get_form_box (self), box);
  return GTK_BOX (box);
}

static KxActionField *
add_field (KxActionDialog *self,
           const char     *key,
           const char     *label,
           KxFieldKind     kind,
           GtkWidget      *widget,
           GtkWidget      *shown,     /* what holds @widget, or NULL */
           gboolean        with_error)
{
  KxActionField *field = g_new0 (KxActionField, 1);
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
  g_ptr_array_add (_kx_action_dialog_get_fields (self), field);
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
                 KxFieldKind     kind,
                 const char     *text,
                 gboolean        required)
{
  GtkWidget *entry = gtk_entry_new ();
  KxActionField *field;

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  field = add_field (self, key, label, kind, entry, NULL, TRUE);
  field->required = required;
  g_signal_connect_object (entry, "changed", G_CALLBACK (_kx_action_dialog_revalidate), self,
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
  KxActionField *field;

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
                           G_CALLBACK (_kx_action_dialog_revalidate), self, G_CONNECT_SWAPPED);
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
  g_signal_connect_object (check, "toggled", G_CALLBACK (_kx_action_dialog_revalidate), self,
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
  g_signal_connect_object (dropdown, "notify::selected",
                           G_CALLBACK (_kx_action_dialog_revalidate), self, G_CONNECT_SWAPPED);
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
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (_kx_action_dialog_revalidate), self,
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
  KxActionField *field = find_field (self, key);

  return field != NULL ? field->widget : NULL;
}

char *
_kx_action_dialog_dup_text (KxActionDialog *self,
                            const char     *key)
{
  KxActionField *field = find_field (self, key);
  char *text;

  g_return_val_if_fail (field != NULL && field->kind <= FIELD_TEXT, NULL);

  text = _kx_action_field_text (field);
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
  KxActionField *field = find_field (self, key);

  if (field != NULL && field->error == NULL)
    field->error = g_strdup (message);
}

const char *
_kx_action_dialog_get_field_error (KxActionDialog *self,
                                   const char     *key)
{
  KxActionField *field = find_field (self, key);

  return field != NULL ? field->error : NULL;
}

