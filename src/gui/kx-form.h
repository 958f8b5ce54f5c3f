/* kx-form.h: what the forms and detail panes of the sections share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*KxFormConfirmFunc) (GObject  *object,
                                   gpointer  user_data);

/* Shows @error's message in @label, or hides @label when @error is NULL.
 * Returns: %TRUE when there is no error */
gboolean   kx_form_show_error     (GtkLabel          *label,
                                   const GError      *error);
/* The editable's text without surrounding spaces (transfer full). */
char      *kx_form_get_text       (GtkEditable       *editable);
/* Asks before a destructive action; @func runs on @object only when the
 * user accepts. */
void       kx_form_confirm        (GtkWidget         *parent,
                                   const char        *message,
                                   const char        *detail,
                                   const char        *accept_label,
                                   KxFormConfirmFunc  func,
                                   GObject           *object,
                                   gpointer           user_data);
/* The window @widget is in, for dialogs (may be NULL). */
GtkWindow *kx_form_get_window     (GtkWidget         *widget);
void       kx_form_clear_list_box (GtkListBox        *box);
/* A list row of a title and a dimmed line under it (@detail may be NULL). */
GtkWidget *kx_form_row_new        (const char        *title,
                                   const char        *detail);
/* A single-line cell label for a column view. */
GtkWidget *kx_form_cell_new       (float              xalign);
void       kx_form_cell_set_text  (GtkListItem       *item,
                                   const char        *text,
                                   gboolean           tooltip);
/* "—" for NULL or "". */
const char *kx_form_or_dash       (const char        *text);

G_END_DECLS
