/* kx-call-view-private.h: the form rows KxCallView and KxCallDialog share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Adds "label | entry" at *row and the (hidden) error label under the
 * entry; *row moves past both. */
GtkEntry *_kx_form_add_entry  (GtkGrid     *grid,
                               int         *row,
                               const char  *label,
                               GtkLabel   **out_error);
/* Shows @error's message under the field, or hides the label. */
void      _kx_form_set_error  (GtkLabel    *label,
                               const GError *error);

G_END_DECLS
