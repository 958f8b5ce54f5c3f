/* kx-experts-view.h: the 评审专家 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_EXPERTS_VIEW (kx_experts_view_get_type ())
G_DECLARE_FINAL_TYPE (KxExpertsView, kx_experts_view, KX, EXPERTS_VIEW, GtkWidget)

GtkWidget *kx_experts_view_new       (void);
void       kx_experts_view_set_store (KxExpertsView *self,
                                      KxStore       *store);
/* The load column and the assigned projects are those of @call. */
void       kx_experts_view_set_call  (KxExpertsView *self,
                                      KxCall        *call);
void       kx_experts_view_reload    (KxExpertsView *self);

G_END_DECLS
