/* kx-audit-view.h: the 审计日志 section — the audit log, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_AUDIT_VIEW (kx_audit_view_get_type ())
G_DECLARE_FINAL_TYPE (KxAuditView, kx_audit_view, KX, AUDIT_VIEW, GtkWidget)

/* Reads pages of KX_AUDIT_VIEW_PAGE entries in a worker thread with its
 * own connection (kx_store_open on kx_store_get_path()); "Load More"
 * fetches the next page. audit-view.verify checks the whole chain, also
 * in a worker. Signal "changed" () exists for the shared contract; the
 * view never writes, so it is never emitted. The log is not per call:
 * kx_audit_view_set_call() only remembers the call.
 * Property "busy" (read-only): a page or the check is running. */
#define KX_AUDIT_VIEW_PAGE 500

GtkWidget *kx_audit_view_new       (void);
void       kx_audit_view_set_store (KxAuditView *self,
                                    KxStore     *store);
void       kx_audit_view_set_call  (KxAuditView *self,
                                    KxCall      *call);
void       kx_audit_view_reload    (KxAuditView *self);
gboolean   kx_audit_view_get_busy  (KxAuditView *self);

G_END_DECLS
