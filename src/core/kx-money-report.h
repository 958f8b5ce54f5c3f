/* kx-money-report.h: the money of every funded project of a call, in one query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* One funded project: one that signed its responsibility agreement
 * (agreement_signed and every stage after it, revoked and failed
 * acceptance included). balance_fen is what kx_money_project_ledger()
 * calls the balance: disbursed − recovered − spent. */
typedef struct
{
  gint64   project_id;
  char    *number;
  char    *applicant;
  KxProjectType type;
  KxStage  stage;
  gint64   approved_fen;
  gint64   tranche1_fen;
  gint64   tranche2_fen;    /* every tranche after the first */
  gint64   recovered_fen;
  gint64   spent_fen;
  gint64   balance_fen;
} KxMoneyReportRow;

/* (transfer full) (element-type KxMoneyReportRow) with a clear func set,
 * by project number; NULL on error. */
GArray *kx_money_report_call (KxStore  *store,
                              gint64    call_id,
                              GError  **error);

G_END_DECLS
