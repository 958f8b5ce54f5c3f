/* kx-detail-progress.h: 实施与验收 — progress reports, checks and penalties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_PROGRESS (kx_detail_progress_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailProgress, kx_detail_progress, KX, DETAIL_PROGRESS, GtkBox)

void kx_detail_progress_load (KxDetailProgress *self,
                              KxStore          *store,
                              KxProject        *project);

G_END_DECLS
