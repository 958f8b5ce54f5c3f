/* kx-demo.h: a deterministic, realistic demo database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint    organizations;  /* default 80 */
  guint    projects;       /* default 400, spread over the calls 2024–2026 */
  guint    experts;        /* default 30 */
  guint32  seed;           /* default 2026; same seed → same database */
} KxDemoOptions;

/* Called now and then from the generating thread: done of total projects. */
typedef void (*KxDemoProgress) (guint done, guint total, gpointer user_data);

void     kx_demo_options_init (KxDemoOptions        *options);
/* Fills an EMPTY database (no organizations, calls or projects; otherwise
 * KX_ERROR_BLOCKED). Everything goes through the domain API, audited,
 * inside one transaction: cancelled or failed, nothing is left. */
gboolean kx_demo_generate     (KxStore              *store,
                               const KxDemoOptions  *options,
                               GCancellable         *cancellable,
                               KxDemoProgress        progress,
                               gpointer              user_data,
                               GError              **error);

/* What a database holds for one call (kx_demo_summarize()). */
typedef struct
{
  int      year;
  gint64   budget_fen;
  guint    projects;
  guint    stages[KX_N_STAGES];
  gint64   requested_fen;
  gint64   approved_fen;   /* sum over projects with an approved amount */
} KxDemoCallSummary;

/* (element-type KxDemoCallSummary), oldest call first */
GArray  *kx_demo_summarize    (KxStore              *store,
                               guint                *out_organizations,
                               guint                *out_experts,
                               GError              **error);

G_END_DECLS
