/* kx-form.c: what the forms and detail panes of the sections share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-form.h"

typedef struct
{
  GObject           *object;
  KxFormConfirmFunc  func;
  gpointer           user_data;
} Confirm;

gboolean
kx_form_show_error (GtkLabel     *label,
                    const GError *error)
{
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
  return error == NULL;
}

char *
kx_form_get_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
on_confirm_response_cb (GtkDialog *dialog,
                        int        response,
                        Confirm   *confirm)
{
  if (response == GTK_RESPONSE_ACCEPT)
    confirm->func (confirm->object, confirm->user_data);
  g_object_unref (confirm->object);
  g_free (confirm);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
kx_form_confirm (GtkWidget         *parent,
                 const char        *message,
                 const char        *detail,
                 const char        *accept_label,
                 KxFormConfirmFunc  func,
                 GObject           *object,
                 gpointer           user_data)
{
  Confirm *confirm = g_new0 (Confirm, 1);
  GtkWidget *dialog;
  GtkWidget *accept;

  confirm->object = g_object_ref (object);
  confirm->func = func;
  confirm->user_data = user_data;

  dialog = gtk_message_dialog_new (kx_form_get_window (parent),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", message);
  if (detail != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (accept, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWindow *
kx_form_get_window (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
kx_form_clear_list_box (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

static GtkWidget *
new_wrapping_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

GtkWidget *
kx_form_row_new (const char *title,
                 const char *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), new_wrapping_label (title));
  if (detail != NULL && *detail != '\0')
    {
      GtkWidget *label = new_wrapping_label (detail);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

/* One plain label per cell: GTK 4.8 rebuilds every visible cell on a model
 * change, so cells must stay cheap (PLATFORM.md, "Big lists"). */
GtkWidget *
kx_form_cell_new (float xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

void
kx_form_cell_set_text (GtkListItem *item,
                       const char  *text,
                       gboolean     tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (tooltip)
    gtk_widget_set_tooltip_text (label, text != NULL && *text != '\0' ? text : NULL);
}

void
kx_form_setup_text_cell_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            gpointer                  user_data)
{
  gtk_list_item_set_child (item, kx_form_cell_new (0.0f));
}

void
kx_form_setup_number_cell_cb (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              gpointer                  user_data)
{
  GtkWidget *label = kx_form_cell_new (1.0f);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

gboolean
kx_form_contains_folded (const char *text,
                         const char *needle)
{
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

void
kx_form_update_search (GtkEditable  *entry,
                       char        **search,
                       GtkFilter    *filter)
{
  g_autofree char *text = kx_form_get_text (entry);

  g_clear_pointer (search, g_free);
  if (*text != '\0')
    *search = g_utf8_casefold (text, -1);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

guint
kx_form_position_to_show (GListModel *model,
                          gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return i;
    }
  return n > 0 ? 0 : GTK_INVALID_LIST_POSITION;
}

void
kx_form_set_placeholder (GtkListBox *box,
                         const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_box_set_placeholder (box, label);
}

void
kx_form_bind_entries (GtkWidgetClass     *widget_class,
                      const char * const *ids,
                      guint               n,
                      gsize               struct_offset)
{
  for (guint i = 0; i < n; i++)
    gtk_widget_class_bind_template_child_full (widget_class, ids[i], FALSE,
                                               struct_offset + i * sizeof (gpointer));
}

void
kx_form_read_entries (GtkEditable * const *entries,
                      char               **texts,
                      guint                n)
{
  for (guint i = 0; i < n; i++)
    texts[i] = kx_form_get_text (entries[i]);
}

void
kx_form_free_texts (char  **texts,
                    guint   n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&texts[i], g_free);
}

void
kx_form_fill_entries (GtkEditable * const *entries,
                      const char * const  *values,
                      guint                n)
{
  for (guint i = 0; i < n; i++)
    gtk_editable_set_text (entries[i], values[i] != NULL ? values[i] : "");
}

const char *
kx_form_or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

/* File choosers ------------------------------------------------------------ */

GtkNativeDialog *
kx_form_chooser_new (GtkWidget            *owner,
                     GtkFileChooserAction  action,
                     const char           *title,
                     const char           *accept_label,
                     GCallback             on_response)
{
  GtkNativeDialog *chooser;

  chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (title, kx_form_get_window (owner),
                                                            action, accept_label, _("_Cancel")));
  gtk_native_dialog_set_modal (chooser, TRUE);
  g_signal_connect_object (chooser, "response", on_response, owner, G_CONNECT_SWAPPED);
  return chooser;
}

void
kx_form_chooser_add_filter (GtkNativeDialog *chooser,
                            const char      *name,
                            const char      *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *lower = g_strconcat ("*", extension, NULL);
  g_autofree char *upper = g_ascii_strup (lower, -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, lower);
  gtk_file_filter_add_pattern (filter, upper);
  g_object_set_data_full (G_OBJECT (filter), "kx-extension", g_strdup (extension), g_free);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

static gboolean
ends_in_any (const char         *path,
             const char * const *extensions)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; extensions != NULL && extensions[i] != NULL; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

char *
kx_form_chooser_get_path (GtkNativeDialog    *chooser,
                          const char * const *extensions,
                          const char         *fallback)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  const char *chosen = filter != NULL ? g_object_get_data (G_OBJECT (filter), "kx-extension")
                                      : NULL;
  const char *extension = chosen != NULL ? chosen : fallback;
  const char *only[] = { extension, NULL };
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path == NULL || extension == NULL
      || ends_in_any (path, extensions != NULL ? extensions : only))
    return g_steal_pointer (&path);
  return g_strconcat (path, extension, NULL);
}
