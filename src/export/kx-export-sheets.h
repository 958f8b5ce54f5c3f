/* kx-export-sheets.h: the office's other workbooks — 专家评分表, 形式审查表, 公示名单, 资金拨付台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-export-xlsx-private.h"

G_BEGIN_DECLS

/* One sheet per expert assigned in the call, to fill in and sign. */
gboolean _kx_export_scores (KxXlsx  *x,
                            GError **error);
/* The latest formal review of each project. */
gboolean _kx_export_formal (KxXlsx  *x,
                            GError **error);
/* The approved projects with their notice period. */
gboolean _kx_export_notice (KxXlsx  *x,
                            GError **error);
/* The money of each funded project, with the call's totals. */
gboolean _kx_export_ledger (KxXlsx  *x,
                            GError **error);

G_END_DECLS
