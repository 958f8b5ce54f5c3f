/* kx-money-private.h: what kx-money.c and kx-money-ledger.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two files implement kx-money.h together and report in its error
 * domain, KX_MONEY_ERROR: kx-money.c records disbursements, recoveries and
 * expenditures and checks them, kx-money-ledger.c reads them back. The
 * helpers are defined in kx-money.c. _kx_money_disbursed() and
 * _kx_money_recovered() are declared in kx-workflow-private.h, since the
 * other action modules use them too.
 */

#pragma once

#include "kx-money.h"

G_BEGIN_DECLS

/* Runs @sql binding @project_id to ?1 and returns the one integer it
 * answers; -1 on error. */
gint64 _kx_money_int_for_project (KxStore     *store,
                                  const char  *sql,
                                  gint64       project_id,
                                  GError     **error);

G_END_DECLS
