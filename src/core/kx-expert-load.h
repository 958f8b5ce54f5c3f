/* kx-expert-load.h: how many reviews each expert carries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown beside each expert when a clerk picks the experts of a project,
 * so that the work is spread as kx_review_assign_auto() spreads it.
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  expert_id;
  int     in_call;   /* projects of the call the expert is assigned to */
  int     total;     /* projects of every call */
} KxExpertLoad;

/* Experts with at least one assignment, by id.
 * Returns: (transfer full) (element-type KxExpertLoad), %NULL on error */
GArray *kx_expert_load_list (KxStore  *store,
                             gint64    call_id,
                             GError  **error);

G_END_DECLS
