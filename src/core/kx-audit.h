/* kx-audit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_AUDIT_ERROR (kx_audit_error_quark ())
GQuark   kx_audit_error_quark (void);

gboolean kx_audit_append      (KxStore     *store,
                               const char  *entity,
                               gint64       entity_id,
                               const char  *action,
                               const char  *before_json,
                               const char  *after_json,
                               GError     **error);
gboolean kx_audit_verify      (KxStore     *store,
                               gint64      *out_rows,
                               GError     **error);

G_END_DECLS
