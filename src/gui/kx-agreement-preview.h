/* kx-agreement-preview.h: a responsibility agreement's pages on screen,
 * to print or to save as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_AGREEMENT_PREVIEW (kx_agreement_preview_get_type ())
G_DECLARE_FINAL_TYPE (KxAgreementPreview, kx_agreement_preview, KX, AGREEMENT_PREVIEW, GtkWindow)

/* Returns (transfer none) a new window showing the agreement of
 * @project_id, or NULL with @error when it has none to show. */
KxAgreementPreview *kx_agreement_preview_new  (GtkWindow  *parent,
                                               KxStore    *store,
                                               gint64      project_id,
                                               GError    **error);
guint               kx_agreement_preview_get_n_pages (KxAgreementPreview *self);
/* What "Save as PDF…" does once a file is chosen; FALSE with @error. */
gboolean            kx_agreement_preview_save_pdf    (KxAgreementPreview *self,
                                                      const char         *path,
                                                      GError            **error);

G_END_DECLS
