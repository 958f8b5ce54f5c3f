/* kx-detail-agreement.h: 责任书 — the signed project responsibility agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_AGREEMENT (kx_detail_agreement_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailAgreement, kx_detail_agreement, KX, DETAIL_AGREEMENT, GtkBox)

void kx_detail_agreement_load (KxDetailAgreement *self,
                               KxStore           *store,
                               KxProject         *project);

G_END_DECLS
