/* kx-call-dialog.h: a new call, prefilled from the one before
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_CALL_DIALOG (kx_call_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxCallDialog, kx_call_dialog, KX, CALL_DIALOG, GtkWindow)

/* Prefilled from @template (nullable) one year on; the new call takes its
 * policy. Signal "created" (gint64 id) after kx_call_insert(); the dialog
 * then closes. Actions: call-dialog.create, call-dialog.cancel (Escape). */
KxCallDialog *kx_call_dialog_new (KxStore *store,
                                  KxCall  *template);

G_END_DECLS
