/* kx-action-bar.h: a project's stage and the workflow actions it allows now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_ACTION_BAR (kx_action_bar_get_type ())
G_DECLARE_FINAL_TYPE (KxActionBar, kx_action_bar, KX, ACTION_BAR, GtkWidget)

GtkWidget  *kx_action_bar_new            (void);
void        kx_action_bar_set_store      (KxActionBar *self,
                                          KxStore     *store);   /* nullable */
void        kx_action_bar_set_project    (KxActionBar *self,
                                          gint64       project_id);  /* 0 = none */
gint64      kx_action_bar_get_project    (KxActionBar *self);
/* Re-reads the stage and the next actions from the store. */
void        kx_action_bar_reload         (KxActionBar *self);

/* The css class of a stage's badge: kx-stage-draft, -review, -approved,
 * -money, -active, -done or -failed (style.css). */
const char *kx_action_bar_stage_css_class (KxStage stage);

G_END_DECLS
