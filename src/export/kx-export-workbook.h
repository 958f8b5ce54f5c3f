/* kx-export-workbook.h: the office's workbooks of a call as .xlsx files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each workbook is written from the core's queries with libxlsxwriter into
 * a temporary file beside the target, renamed over it only once complete:
 * a failure or a cancel never leaves a half-written file. The export reads
 * only, through the store it is given: run it in a worker thread with a
 * store of its own (kx_store_open on the same file), reporting progress
 * and checking the cancellable every 1 000 rows.
 */

#pragma once

#include <gio/gio.h>

#include "kx-export.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef enum
{
  KX_WORKBOOK_REVIEW,   /* 评审结果汇总表: a summary sheet and one per project type */
  KX_WORKBOOK_SCORES,   /* 专家评分表: one sheet per expert, to fill in */
  KX_WORKBOOK_FORMAL,   /* 形式审查表 */
  KX_WORKBOOK_NOTICE,   /* 公示名单 */
  KX_WORKBOOK_LEDGER,   /* 资金拨付台账 */
  KX_N_WORKBOOKS
} KxWorkbookKind;

/* "review", "scores", "formal", "notice", "ledger" */
const char *kx_workbook_kind_to_string   (KxWorkbookKind  kind);
gboolean    kx_workbook_kind_from_string (const char     *text,
                                          KxWorkbookKind *out);
/* The workbook's name for people (translated): "Review results", … */
const char *kx_workbook_kind_label       (KxWorkbookKind  kind);

/* Writes the workbook of the call of @call_year to @path. Errors:
 * KX_CALL_ERROR / KX_ERROR_NOT_FOUND for no call of that year,
 * KX_EXPORT_ERROR_IO naming the file when it cannot be written,
 * G_IO_ERROR_CANCELLED; @progress (optional) is called from this thread. */
gboolean    kx_export_workbook           (KxStore           *store,
                                          KxWorkbookKind     kind,
                                          int                call_year,
                                          const char        *path,
                                          KxExportProgress   progress,
                                          gpointer           user_data,
                                          GCancellable      *cancellable,
                                          GError           **error);

G_END_DECLS
