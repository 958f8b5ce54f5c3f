/* kx-detail-overview.h: 概要 — what a project is, its milestones and budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_OVERVIEW (kx_detail_overview_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailOverview, kx_detail_overview, KX, DETAIL_OVERVIEW, GtkBox)

void kx_detail_overview_load (KxDetailOverview *self,
                              KxStore          *store,
                              KxProject        *project);

G_END_DECLS
