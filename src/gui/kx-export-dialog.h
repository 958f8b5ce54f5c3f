/* kx-export-dialog.h: export a workbook of a call, in a worker, with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_EXPORT_DIALOG (kx_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxExportDialog, kx_export_dialog, KX, EXPORT_DIALOG, GtkWindow)

KxExportDialog *kx_export_dialog_new (GtkWindow *parent,
                                      KxStore   *store,
                                      KxCall    *call);

/* For the tests: the path, the workbook (KxWorkbookKind), "idle",
 * "running", "done" or "failed", and what the dialog says. */
void        _kx_export_dialog_set_path   (KxExportDialog *self,
                                          const char     *path);
void        _kx_export_dialog_set_kind   (KxExportDialog *self,
                                          guint           kind);
const char *_kx_export_dialog_get_state  (KxExportDialog *self);
const char *_kx_export_dialog_get_status (KxExportDialog *self);

G_END_DECLS
