/* kx-call-view.h: the 批次设置 section — the selected call and its policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_CALL_VIEW (kx_call_view_get_type ())
G_DECLARE_FINAL_TYPE (KxCallView, kx_call_view, KX, CALL_VIEW, GtkWidget)

/* Signals: "changed" () after the call was saved or a new call created.
 * Actions: call-view.save (Ctrl+S), call-view.revert, call-view.new. */
GtkWidget *kx_call_view_new       (void);
void       kx_call_view_set_store (KxCallView *self,
                                   KxStore    *store);
void       kx_call_view_set_call  (KxCallView *self,
                                   KxCall     *call);
void       kx_call_view_reload    (KxCallView *self);

G_END_DECLS
