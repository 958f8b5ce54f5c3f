/* kx-detail-decision.h: 立项与公示 — the decision, the public notice and its objections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_DECISION (kx_detail_decision_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailDecision, kx_detail_decision, KX, DETAIL_DECISION, GtkBox)

void kx_detail_decision_load (KxDetailDecision *self,
                              KxStore          *store,
                              KxProject        *project);

G_END_DECLS
