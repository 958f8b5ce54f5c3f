/* kx-agreement-print.h: print a responsibility agreement (or save it as PDF)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* Prints the agreement of @project_id with the same page layout as
 * `kexie-cli agreement` (src/export/kx-agreement-layout.c). With
 * GTK_PRINT_OPERATION_ACTION_EXPORT, @export_path is the PDF to write and
 * no dialog shows. FALSE with @error when the project has no signed
 * agreement or printing failed; a cancelled dialog is not an error. */
gboolean kx_agreement_print (GtkWindow                *parent,
                             KxStore                  *store,
                             gint64                    project_id,
                             GtkPrintOperationAction   action,
                             const char               *export_path,
                             GError                  **error);

G_END_DECLS
