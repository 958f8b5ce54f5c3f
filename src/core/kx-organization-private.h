/* kx-organization-private.h: what kx-organization.c shares with kx-org-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-organization.h"

G_BEGIN_DECLS

/* @text without surrounding white space, or %NULL when @text is %NULL or blank. */
char     *_kx_organization_dup_stripped         (const char  *text);
/* The JSON image of row @rowid of @table ("organization" or "org_fact");
 * a missing row is KX_ERROR_NOT_FOUND naming the organization or fact. */
char     *_kx_organization_before_image         (KxStore     *store,
                                                 const char  *table,
                                                 gint64       rowid,
                                                 GError     **error);
/* %FALSE with KX_ERROR_NOT_FOUND when there is no organization @id. */
gboolean  _kx_organization_check_exists         (KxStore     *store,
                                                 gint64       id,
                                                 GError     **error);
/* Checks a yearly record before it is written: KX_ERROR_INVALID naming the
 * field. */
gboolean  _kx_organization_validate_year_record (int          year,
                                                 KxResult     inspection,
                                                 KxResult     assessment,
                                                 GError     **error);
/* Checks a fact before it is written and gives its date as YYYY-MM-DD in
 * @out_iso; KX_ERROR_INVALID naming the field. */
gboolean  _kx_organization_validate_fact        (KxFactKind   kind,
                                                 const char  *fact_date,
                                                 char       **out_iso,
                                                 GError     **error);

G_END_DECLS
