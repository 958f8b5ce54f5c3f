/* kx-year-record-dialog.h: an organization's 社团年检 and 年度绩效考核 for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-organization.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_YEAR_RECORD_DIALOG (kx_year_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxYearRecordDialog, kx_year_record_dialog, KX, YEAR_RECORD_DIALOG,
                      GtkWindow)

/* @record NULL adds a year; otherwise that year's record is edited. "saved"
 * is emitted after the write, then the dialog closes. */
KxYearRecordDialog *kx_year_record_dialog_new (GtkWindow          *parent,
                                               KxStore            *store,
                                               gint64              organization_id,
                                               const KxYearRecord *record);

G_END_DECLS
