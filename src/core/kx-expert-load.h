/* kx-expert-load.h: how many projects each expert reviews in a call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* An expert's assignments in one call. */
typedef struct
{
  gint64  expert_id;
  int     n;          /* projects assigned, ≥ 1 */
} KxExpertLoad;

/* One project an expert is assigned to. */
typedef struct
{
  gint64    project_id;
  char     *number;
  char     *title;
  char     *organization_name;
  KxStage   stage;
  char     *assigned_on;   /* YYYY-MM-DD */
  gboolean  scored;
  int       total;         /* the sum of the five criteria, when scored */
} KxExpertAssignment;

void    kx_expert_assignment_clear (KxExpertAssignment *assignment);

/* (element-type KxExpertLoad) the experts with at least one project in
 * the call, by expert id; an expert not listed has none. */
GArray *kx_expert_list_load        (KxStore  *store,
                                    gint64    call_id,
                                    GError  **error);
/* (element-type KxExpertAssignment) the projects of the call assigned to
 * the expert, by project number, with a clear func set. */
GArray *kx_expert_list_assignments (KxStore  *store,
                                    gint64    expert_id,
                                    gint64    call_id,
                                    GError  **error);

G_END_DECLS
