/* kx-conflict-dialog.h: recording an organization an expert must never review (回避)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-expert.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_CONFLICT_DIALOG (kx_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxConflictDialog, kx_conflict_dialog, KX, CONFLICT_DIALOG, GtkWindow)

/* "saved" (gint64 organization id) is emitted after the write, then the
 * dialog closes. */
KxConflictDialog *kx_conflict_dialog_new (GtkWindow *parent,
                                          KxStore   *store,
                                          KxExpert  *expert);

G_END_DECLS
