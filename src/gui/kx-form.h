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

/* File choosers: a modal native chooser for @owner's window whose
 * "response" calls @on_response (swapped: @owner first); filters of a
 * name and an extension (".xlsx", matched in either case, remembered on
 * the filter); and the chosen path, with the chosen filter's extension
 * (or @fallback) appended when the name ends in none of @extensions
 * (NULL-terminated; NULL = the chosen one's). The caller shows the
 * chooser, keeps it, and destroys it in its response handler. */
GtkNativeDialog *kx_form_chooser_new        (GtkWidget             *owner,
                                             GtkFileChooserAction   action,
                                             const char            *title,
                                             const char            *accept_label,
                                             GCallback              on_response);
void             kx_form_chooser_add_filter (GtkNativeDialog       *chooser,
                                             const char            *name,
                                             const char            *extension);
char            *kx_form_chooser_get_path   (GtkNativeDialog       *chooser,
                                             const char * const    *extensions,
                                             const char            *fallback);
void       kx_form_clear_list_box (GtkListBox        *box);
/* A list row of a title and a dimmed line under it (@detail may be NULL). */
GtkWidget *kx_form_row_new        (const char        *title,
                                   const char        *detail);
/* A single-line cell label for a column view. */
GtkWidget *kx_form_cell_new       (float              xalign);
void       kx_form_cell_set_text  (GtkListItem       *item,
                                   const char        *text,
                                   gboolean           tooltip);
/* GtkSignalListItemFactory::setup for a text cell (left) and a number cell
 * (right, tabular digits); bind them in class_init with
 * gtk_widget_class_bind_template_callback_full. */
void       kx_form_setup_text_cell_cb   (GtkSignalListItemFactory *factory,
                                         GtkListItem              *item,
                                         gpointer                  user_data);
void       kx_form_setup_number_cell_cb (GtkSignalListItemFactory *factory,
                                         GtkListItem              *item,
                                         gpointer                  user_data);
/* Whether @text (may be NULL), casefolded, contains @needle (casefolded). */
gboolean   kx_form_contains_folded (const char *text,
                                    const char *needle);
/* Reads @entry into *@search, casefolded, NULL when blank; refilters @filter. */
void       kx_form_update_search   (GtkEditable *entry,
                                    char       **search,
                                    GtkFilter   *filter);
/* The row of the item whose "id" property is @id, or else the first row: a
 * detail pane is never left blank while there is something to show.
 * GTK_INVALID_LIST_POSITION when @model is empty. */
guint      kx_form_position_to_show (GListModel *model,
                                     gint64      id);
/* A dimmed sentence a list box shows while it has no rows. */
void       kx_form_set_placeholder (GtkListBox     *box,
                                    const char     *text);
/* Binds the template children @ids[0 .. @n) to the GtkEditable array
 * at @struct_offset in the instance. */
void       kx_form_bind_entries    (GtkWidgetClass     *widget_class,
                                    const char * const *ids,
                                    guint               n,
                                    gsize               struct_offset);
/* @texts[i] = the text of @entries[i], trimmed (free with kx_form_free_texts). */
void       kx_form_read_entries    (GtkEditable * const *entries,
                                    char               **texts,
                                    guint                n);
void       kx_form_free_texts      (char               **texts,
                                    guint                n);
/* Sets each entry to its value; NULL empties it. */
void       kx_form_fill_entries    (GtkEditable * const *entries,
                                    const char * const  *values,
                                    guint                n);
/* "—" for NULL or "". */
const char *kx_form_or_dash       (const char        *text);

G_END_DECLS
