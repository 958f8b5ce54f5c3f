/* kx-agreement-pdf.h: responsibility agreements as PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 pages laid out by KxAgreementLayout on a cairo PDF surface, written
 * to a temporary file beside @path and renamed over it, so a failure
 * leaves no half-written file. Each agreement starts on a new page and
 * numbers its own pages (第 N 页 共 M 页), as each is signed and filed on
 * its own.
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* The agreement of one project; KX_EXPORT_ERROR_INVALID when it has not
 * signed one, KX_EXPORT_ERROR_IO when the file cannot be written. */
gboolean kx_agreement_write_pdf      (KxStore      *store,
                                      gint64        project_id,
                                      const char   *path,
                                      GError      **error);
/* The agreements of @project_ids (@n_projects of them), in that order. */
gboolean kx_agreement_write_pdf_list (KxStore      *store,
                                      const gint64 *project_ids,
                                      guint         n_projects,
                                      const char   *path,
                                      GError      **error);
/* Every signed agreement of the call, in the order of their numbers;
 * KX_EXPORT_ERROR_INVALID when the call has none. @out_n_agreements
 * (optional) is how many were written. */
gboolean kx_agreement_write_call_pdf (KxStore      *store,
                                      gint64        call_id,
                                      const char   *path,
                                      guint        *out_n_agreements,
                                      GError      **error);

G_END_DECLS
