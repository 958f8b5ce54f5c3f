/* kx-action-bar-private.h: what the tests read of the action bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-action-bar.h"
#include "kx-workflow.h"

G_BEGIN_DECLS

GtkLabel  *_kx_action_bar_get_stage_label  (KxActionBar *self);
/* The button of @action, or NULL when the stage has no such action. */
GtkButton *_kx_action_bar_get_button       (KxActionBar *self,
                                            KxAction     action);
guint      _kx_action_bar_get_n_buttons    (KxActionBar *self);
GtkLabel  *_kx_action_bar_get_reason_label (KxActionBar *self);

G_END_DECLS
