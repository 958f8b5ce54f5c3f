/* kx-empty-state.h: the page a section shows when it has nothing to list —
 * an optional icon, a title and an optional detail sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KX_TYPE_EMPTY_STATE (kx_empty_state_get_type ())

G_DECLARE_FINAL_TYPE (KxEmptyState, kx_empty_state, KX, EMPTY_STATE, GtkBox)

const char *kx_empty_state_get_title  (KxEmptyState *self);
const char *kx_empty_state_get_detail (KxEmptyState *self);
void        kx_empty_state_set        (KxEmptyState *self,
                                       const char   *title,
                                       const char   *detail);

G_END_DECLS
