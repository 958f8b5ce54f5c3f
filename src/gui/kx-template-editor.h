/* kx-template-editor.h: the agreement's clause template of a call, edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KX_TYPE_TEMPLATE_EDITOR (kx_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (KxTemplateEditor, kx_template_editor, KX, TEMPLATE_EDITOR, GtkWidget)

/* Shows @text as the saved template; "changed" is not emitted. */
void      kx_template_editor_load      (KxTemplateEditor *self,
                                        const char       *text);
/* (transfer full): the text as edited */
char     *kx_template_editor_get_text  (KxTemplateEditor *self);
/* Whether the text differs from the one loaded. */
gboolean  kx_template_editor_is_edited (KxTemplateEditor *self);
/* Whether the text is a valid template; its problem is shown under it. */
gboolean  kx_template_editor_is_valid  (KxTemplateEditor *self);

G_END_DECLS
