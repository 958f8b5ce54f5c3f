/* kx-template-editor.c: the agreement's clause template of a call, edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text view checked as you type by kx_agreement_template_validate()
 * (unknown placeholders, unbalanced braces), with the placeholders and
 * their meanings listed under it. Saving is the call view's: the template
 * goes with the call's other settings in one transaction.
 */

#define G_LOG_DOMAIN "kx-template-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-template-editor.h"

#include "kx-agreement-template.h"

struct _KxTemplateEditor
{
  GtkWidget      parent_instance;

  /* Owned */
  char          *loaded;

  guint          loading : 1;

  /* Template widgets */
  GtkWidget     *box;
  GtkTextView   *text_view;
  GtkLabel      *error_label;
  GtkLabel      *placeholders_label;
};

G_DEFINE_FINAL_TYPE (KxTemplateEditor, kx_template_editor, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
buffer (KxTemplateEditor *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static void
set_text (KxTemplateEditor *self,
          const char       *text)
{
  gtk_text_buffer_set_text (buffer (self), text != NULL ? text : "", -1);
}

/* "{{乙方}} 申报单位；{{核定金额}} …": what may be written, and what it becomes. */
static void
fill_placeholders (KxTemplateEditor *self)
{
  g_autoptr(GString) text = g_string_new (_("Placeholders:"));
  const KxAgreementPlaceholder *placeholders;
  guint n;

  placeholders = kx_agreement_template_placeholders (&n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{{%s}} %s", i == 0 ? " " : _("; "),
                            placeholders[i].name, _(placeholders[i].meaning));
  gtk_label_set_text (self->placeholders_label, text->str);
}

static void
on_buffer_changed_cb (KxTemplateEditor *self)
{
  kx_template_editor_is_valid (self);
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
default_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_text (KX_TEMPLATE_EDITOR (widget), kx_agreement_template_default ());
}

static void
kx_template_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_TEMPLATE_EDITOR);

  G_OBJECT_CLASS (kx_template_editor_parent_class)->dispose (object);
}

static void
kx_template_editor_finalize (GObject *object)
{
  g_free (KX_TEMPLATE_EDITOR (object)->loaded);

  G_OBJECT_CLASS (kx_template_editor_parent_class)->finalize (object);
}

static void
kx_template_editor_class_init (KxTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_template_editor_dispose;
  object_class->finalize = kx_template_editor_finalize;

  /**
   * KxTemplateEditor::changed:
   *
   * The user changed the text.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KxTemplateEditor, box);
  gtk_widget_class_bind_template_child (widget_class, KxTemplateEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KxTemplateEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KxTemplateEditor, placeholders_label);
  gtk_widget_class_install_action (widget_class, "template.default", NULL, default_action);
}

static void
kx_template_editor_init (KxTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_placeholders (self);
  g_signal_connect_object (buffer (self), "changed", G_CALLBACK (on_buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
kx_template_editor_load (KxTemplateEditor *self,
                         const char       *text)
{
  g_return_if_fail (KX_IS_TEMPLATE_EDITOR (self));

  g_free (self->loaded);
  self->loaded = g_strdup (text != NULL ? text : "");
  self->loading = TRUE;
  set_text (self, self->loaded);
  self->loading = FALSE;
}

char *
kx_template_editor_get_text (KxTemplateEditor *self)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (KX_IS_TEMPLATE_EDITOR (self), NULL);

  gtk_text_buffer_get_bounds (buffer (self), &start, &end);
  return gtk_text_buffer_get_text (buffer (self), &start, &end, FALSE);
}

gboolean
kx_template_editor_is_edited (KxTemplateEditor *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (KX_IS_TEMPLATE_EDITOR (self), FALSE);

  text = kx_template_editor_get_text (self);
  return g_strcmp0 (text, self->loaded != NULL ? self->loaded : "") != 0;
}

gboolean
kx_template_editor_is_valid (KxTemplateEditor *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;

  g_return_val_if_fail (KX_IS_TEMPLATE_EDITOR (self), FALSE);

  text = kx_template_editor_get_text (self);
  valid = kx_agreement_template_validate (text, &error);
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  return valid;
}
