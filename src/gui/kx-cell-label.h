/* kx-cell-label.h: one line of text in a list cell, shaped only when drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KX_TYPE_CELL_LABEL (kx_cell_label_get_type ())
G_DECLARE_FINAL_TYPE (KxCellLabel, kx_cell_label, KX, CELL_LABEL, GtkWidget)

GtkWidget  *kx_cell_label_new      (float        xalign,
                                    gboolean     tooltip);
void        kx_cell_label_set_text (KxCellLabel *self,
                                    const char  *text);
const char *kx_cell_label_get_text (KxCellLabel *self);
void        kx_cell_label_set_tip  (KxCellLabel *self,
                                    const char  *tip);

G_END_DECLS
