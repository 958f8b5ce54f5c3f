/* kx-expert-dialog.h: adding or editing an expert of the pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-expert.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_EXPERT_DIALOG (kx_expert_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxExpertDialog, kx_expert_dialog, KX, EXPERT_DIALOG, GtkWindow)

/* @expert NULL adds a new one. "saved" (gint64 id) is emitted after the
 * write, then the dialog closes. */
KxExpertDialog *kx_expert_dialog_new (GtkWindow *parent,
                                      KxStore   *store,
                                      KxExpert  *expert);

G_END_DECLS
