/* kx-detail-formal.h: 形式审查 — the five checks of the formal review, round by round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_FORMAL (kx_detail_formal_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailFormal, kx_detail_formal, KX, DETAIL_FORMAL, GtkBox)

void kx_detail_formal_load (KxDetailFormal *self,
                            KxStore        *store,
                            KxProject      *project);

G_END_DECLS
