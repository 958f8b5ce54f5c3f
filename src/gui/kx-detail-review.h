/* kx-detail-review.h: 专家评审 — the experts, their scores, the score and the rank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_REVIEW (kx_detail_review_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailReview, kx_detail_review, KX, DETAIL_REVIEW, GtkBox)

void kx_detail_review_load (KxDetailReview *self,
                            KxStore        *store,
                            KxProject      *project);

G_END_DECLS
