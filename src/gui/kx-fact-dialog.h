/* kx-fact-dialog.h: recording a dated eligibility fact of an organization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_FACT_DIALOG (kx_fact_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxFactDialog, kx_fact_dialog, KX, FACT_DIALOG, GtkWindow)

/* "saved" (gint64 fact id) is emitted after the write, then the dialog closes. */
KxFactDialog *kx_fact_dialog_new (GtkWindow *parent,
                                  KxStore   *store,
                                  gint64     organization_id);

G_END_DECLS
