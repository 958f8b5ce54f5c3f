/* kx-action-dialog-private.h: what the action forms share with the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form adds its fields to the dialog with _kx_action_dialog_add_*();
 * each field is found again by its key. The dialog validates every field
 * after each change (its own rule: a date, an amount, a required text),
 * then asks the form's check() for the rules between fields, which may set
 * an error on a field; OK is sensitive only when nothing is wrong.
 */

#pragma once

#include "kx-action-dialog.h"
#include "kx-project.h"

G_BEGIN_DECLS

typedef struct
{
  /* Adds the fields with their defaults; FALSE when the form cannot be
   * shown (the error is shown instead). */
  gboolean  (*build)   (KxActionDialog  *self,
                        GError         **error);
  /* Rules between fields (nullable): FALSE after setting a field's error. */
  gboolean  (*check)   (KxActionDialog  *self);
  /* The consequence to confirm before running, or NULL (nullable). */
  char     *(*confirm) (KxActionDialog  *self);
  /* Calls the core function. */
  gboolean  (*run)     (KxActionDialog  *self,
                        GError         **error);
} KxActionForm;

/* Each returns the form of @action, or NULL when it is not in its group. */
const KxActionForm *_kx_action_forms_review   (KxAction action);
const KxActionForm *_kx_action_forms_decision (KxAction action);
const KxActionForm *_kx_action_forms_money    (KxAction action);
const KxActionForm *_kx_action_forms_progress (KxAction action);

KxStore    *_kx_action_dialog_get_store      (KxActionDialog *self);
KxProject  *_kx_action_dialog_get_project    (KxActionDialog *self);
gint64      _kx_action_dialog_get_expert_id  (KxActionDialog *self);
/* The form's own data, freed with the dialog. */
void        _kx_action_dialog_set_data       (KxActionDialog *self,
                                              gpointer        data,
                                              GDestroyNotify  destroy);
gpointer    _kx_action_dialog_get_data       (KxActionDialog *self);

/* Fields, added below each other. @label is translated; the key is the
 * form's name for the field. Every field with a rule of its own shows its
 * error under it. */
GtkLabel       *_kx_action_dialog_add_info   (KxActionDialog *self,
                                              const char     *text);
GtkEntry       *_kx_action_dialog_add_date   (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label);
GtkEntry       *_kx_action_dialog_add_money  (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              gint64          fen,     /* -1 = empty */
                                              gboolean        required);
GtkEntry       *_kx_action_dialog_add_entry  (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              gboolean        required);
GtkTextView    *_kx_action_dialog_add_text   (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              gboolean        required);
GtkCheckButton *_kx_action_dialog_add_check  (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              gboolean        active);
GtkDropDown    *_kx_action_dialog_add_choice (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              const char    **items,
                                              guint           selected);
GtkSpinButton  *_kx_action_dialog_add_spin   (KxActionDialog *self,
                                              const char     *key,
                                              const char     *label,
                                              int             max,
                                              int             value);
/* Any other widget (a list, a row of fields), under an optional label. */
void            _kx_action_dialog_add_widget (KxActionDialog *self,
                                              const char     *label,
                                              GtkWidget      *widget);

/* Values. dup_text: stripped, NULL when empty (entries and text views). */
GtkWidget  *_kx_action_dialog_get_field      (KxActionDialog *self,
                                              const char     *key);
char       *_kx_action_dialog_dup_text       (KxActionDialog *self,
                                              const char     *key);
gint64      _kx_action_dialog_get_money      (KxActionDialog *self,
                                              const char     *key);   /* -1 = empty */
gboolean    _kx_action_dialog_get_active     (KxActionDialog *self,
                                              const char     *key);
guint       _kx_action_dialog_get_selected   (KxActionDialog *self,
                                              const char     *key);
int         _kx_action_dialog_get_int        (KxActionDialog *self,
                                              const char     *key);
/* Marks a field wrong (from a form's check()); @message names the field. */
void        _kx_action_dialog_set_error      (KxActionDialog *self,
                                              const char     *key,
                                              const char     *message);
/* Validates again (after a change the dialog does not see). */
void        _kx_action_dialog_revalidate     (KxActionDialog *self);

/* Between the dialog and its fields (kx-action-dialog-fields.c) */

typedef enum
{
  FIELD_DATE,
  FIELD_MONEY,
  FIELD_ENTRY,
  FIELD_TEXT,
  FIELD_CHECK,
  FIELD_CHOICE,
  FIELD_SPIN,
} KxFieldKind;

typedef struct
{
  char        *key;
  char        *label;
  KxFieldKind  kind;
  gboolean     required;
  GtkWidget   *widget;
  GtkLabel    *error_label;   /* NULL for fields without a rule */
  char        *error;
} KxActionField;

void           _kx_action_field_free          (gpointer        data);
char          *_kx_action_field_text          (KxActionField  *field);
/* The field's own rule broken, naming the field, or NULL. */
char          *_kx_action_field_problem       (KxActionField  *field);
GtkBox        *_kx_action_dialog_get_form_box (KxActionDialog *self);
GPtrArray     *_kx_action_dialog_get_fields   (KxActionDialog *self);

/* For the tests. */
GtkButton  *_kx_action_dialog_get_ok_button     (KxActionDialog *self);
GtkButton  *_kx_action_dialog_get_cancel_button (KxActionDialog *self);
/* The error shown under the field, or NULL when it is valid. */
const char *_kx_action_dialog_get_field_error   (KxActionDialog *self,
                                                 const char     *key);
/* The dialog's own error (a core refusal), or NULL. */
const char *_kx_action_dialog_get_error         (KxActionDialog *self);
/* Whether the confirmation step is shown, and its text. */
const char *_kx_action_dialog_get_confirmation  (KxActionDialog *self);

G_END_DECLS
