/* kx-import-report-dialog.h: what a CSV import of organizations did
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-import.h"

G_BEGIN_DECLS

#define KX_TYPE_IMPORT_REPORT_DIALOG (kx_import_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxImportReportDialog, kx_import_report_dialog, KX, IMPORT_REPORT_DIALOG,
                      GtkWindow)

/* Shows @report (may be NULL when the file could not be read) and @error
 * (NULL when everything was imported). */
KxImportReportDialog *kx_import_report_dialog_new           (GtkWindow            *parent,
                                                             const KxImportReport *report,
                                                             const GError         *error);
/* The rejected rows as shown, one text per row (for tests). */
GStrv                 kx_import_report_dialog_dup_problems  (KxImportReportDialog *self);

G_END_DECLS
