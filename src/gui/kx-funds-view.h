/* kx-funds-view.h: the 资金 section — the money of the selected call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-money-report.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_FUNDS_VIEW (kx_funds_view_get_type ())
G_DECLARE_FINAL_TYPE (KxFundsView, kx_funds_view, KX, FUNDS_VIEW, GtkWidget)

/* The call's totals (kx_money_call_totals()) with a row per project type,
 * and the ledger of its funded projects (kx_money_report_call()), both
 * read in a worker thread with its own store connection; or, switched by
 * "表格 / 图表", the call's charts (KxChartView), reloaded with the view.
 *
 * Signals:
 * "changed" () — for the shared contract; the view never writes.
 * "project-activated" (gint64 project_id) — a ledger row was activated
 *   (double click or Enter): the window may show that project.
 * "chart-filter-requested" (int kind, gint64 key) — a bar or segment of
 *   the chart was clicked (KxChartView's "filter-requested"): the window
 *   may filter the projects list — @kind KX_CHART_BUDGET: @key is the
 *   KxProjectType; KX_CHART_PIPELINE: the KxStage; KX_CHART_ORGANIZATIONS:
 *   the organization id. Never emitted for a month or for 其他.
 * Property "busy" (read-only): a load is running. */
GtkWidget              *kx_funds_view_new        (void);
void                    kx_funds_view_set_store  (KxFundsView *self,
                                                  KxStore     *store);
void                    kx_funds_view_set_call   (KxFundsView *self,
                                                  KxCall      *call);
void                    kx_funds_view_reload     (KxFundsView *self);
gboolean                kx_funds_view_get_busy   (KxFundsView *self);
/* The ledger as shown, by project number. */
guint                   kx_funds_view_get_n_rows (KxFundsView *self);
const KxMoneyReportRow *kx_funds_view_get_row    (KxFundsView *self,
                                                  guint        position);

G_END_DECLS
