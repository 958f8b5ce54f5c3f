/* kx-detail-eligibility.h: 资格审查 — who may apply, rule by rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_ELIGIBILITY (kx_detail_eligibility_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailEligibility, kx_detail_eligibility, KX, DETAIL_ELIGIBILITY, GtkBox)

void kx_detail_eligibility_load (KxDetailEligibility *self,
                                 KxStore             *store,
                                 KxProject           *project);

G_END_DECLS
