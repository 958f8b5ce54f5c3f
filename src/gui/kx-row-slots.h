/* kx-row-slots.h: a list model of stable row handles over another model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KX_TYPE_ROW_SLOT (kx_row_slot_get_type ())
G_DECLARE_FINAL_TYPE (KxRowSlot, kx_row_slot, KX, ROW_SLOT, GObject)

/* The position in the model this slot stands for. The slot emits
 * "changed" when what is at that position may have changed. */
guint       kx_row_slot_get_position (KxRowSlot  *self);

#define KX_TYPE_ROW_SLOTS (kx_row_slots_get_type ())
G_DECLARE_FINAL_TYPE (KxRowSlots, kx_row_slots, KX, ROW_SLOTS, GObject)

KxRowSlots *kx_row_slots_new       (void);
/* @model: (nullable): the model whose rows the slots stand for */
void        kx_row_slots_set_model (KxRowSlots *self,
                                    GListModel *model);
GListModel *kx_row_slots_get_model (KxRowSlots *self);

G_END_DECLS
