/* kx-decision-private.h: what kx-decision.c, kx-notice.c and kx-agreement.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three files implement kx-decision.h together and report in its
 * error domain, KX_DECISION_ERROR. The helpers are defined in
 * kx-decision.c.
 */

#pragma once

#include "kx-decision.h"
#include "kx-store-private.h"

G_BEGIN_DECLS

/* KX_DECISION_ERROR / KX_ERROR_INVALID, "@field: @message"; returns FALSE. */
gboolean      _kx_decision_invalid   (GError       **error,
                                      const char    *field,
                                      const char    *message);
/* KX_DECISION_ERROR / KX_ERROR_NOT_FOUND with a formatted message; returns FALSE. */
gboolean      _kx_decision_not_found (GError       **error,
                                      const char    *format,
                                      ...) G_GNUC_PRINTF (2, 3);
/* Runs a one-row query binding @id to ?1 and returns its first column as
 * an integer; @missing when there is no row; G_MININT64 on error. */
gint64        _kx_decision_query_int (KxStore       *store,
                                      const char    *sql,
                                      gint64         id,
                                      gint64         missing,
                                      GError       **error);
/* The row of a project's decision, notice or agreement: runs @sql binding
 * @project_id to ?1 and returns the cached statement on its row, for the
 * caller to read and reset. Without a row, KX_DECISION_ERROR /
 * KX_ERROR_NOT_FOUND with @not_found formatted; NULL then, as on error. */
sqlite3_stmt *_kx_decision_get_row   (KxStore       *store,
                                      const char    *sql,
                                      gint64         project_id,
                                      GError       **error,
                                      const char    *not_found,
                                      ...) G_GNUC_PRINTF (5, 6);
/* Steps the INSERT @stmt and audits the new row of @entity as "insert";
 * stores its ID in @out_id unless NULL. */
gboolean      _kx_decision_insert    (KxStore       *store,
                                      sqlite3_stmt  *stmt,
                                      const char    *entity,
                                      gint64        *out_id,
                                      GError       **error);

G_END_DECLS
