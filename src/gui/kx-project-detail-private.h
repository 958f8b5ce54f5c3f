/* kx-project-detail-private.h: what the tests look into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-project-detail.h"

G_BEGIN_DECLS

/* (transfer none) The widget of the page @name, or NULL. */
GtkWidget *_kx_project_detail_get_page_widget (KxProjectDetail *self,
                                               const char      *name);

G_END_DECLS
