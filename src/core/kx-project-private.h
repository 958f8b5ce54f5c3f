/* kx-project-private.h: what the core shares about projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-project.h"
#include "kx-store-private.h"

G_BEGIN_DECLS

/* The columns _kx_project_summary_read() expects, and the joins they need;
 * add a WHERE and an ORDER BY. */
#define _KX_PROJECT_SUMMARY_COLUMNS \
  "p.id, p.call_id, c.year, p.organization_id, o.name, p.number, p.type, p.title, " \
  "p.stage, p.requested_fen, p.approved_fen, p.submitted_on"
#define _KX_PROJECT_SUMMARY_FROM \
  " FROM project p JOIN call c ON c.id = p.call_id " \
  "JOIN organization o ON o.id = p.organization_id "
#define _KX_PROJECT_SUMMARY_N_COLUMNS 12

/* Fills @row from the current row of @stmt; strings borrowed from @stmt
 * (valid until the next step). */
void       _kx_project_summary_read       (sqlite3_stmt            *stmt,
                                           KxProjectSummary        *row);
/* A project built from list columns without a query. Content and
 * indicators are read from @store on first use (same thread as @store);
 * with @store NULL they stay "". */
KxProject *_kx_project_new_from_summary   (const KxProjectSummary  *row,
                                           KxStore                 *store);
/* Gives @self its content and indicators (it stops reading the store). */
void       _kx_project_set_details        (KxProject               *self,
                                           const char              *content,
                                           const char              *indicators);
/* The stage stored in the database ("draft", …), without the translated
 * labels kx_stage_from_string() also accepts; unknown text gives draft. */
KxStage    _kx_project_stage_from_db      (const char              *text);

G_END_DECLS
