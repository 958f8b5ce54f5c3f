/* kx-expert-detail.h: one expert — conflicts of interest and projects in the call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_EXPERT_DETAIL (kx_expert_detail_get_type ())
G_DECLARE_FINAL_TYPE (KxExpertDetail, kx_expert_detail, KX, EXPERT_DETAIL, GtkWidget)

GtkWidget *kx_expert_detail_new        (void);
void       kx_expert_detail_set_store  (KxExpertDetail *self,
                                        KxStore        *store);
void       kx_expert_detail_set_call   (KxExpertDetail *self,
                                        KxCall         *call);
/* 0 shows the empty state. */
void       kx_expert_detail_set_expert (KxExpertDetail *self,
                                        gint64          expert_id);
void       kx_expert_detail_reload     (KxExpertDetail *self);

G_END_DECLS
