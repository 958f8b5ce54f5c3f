/* kx-audit-log.h: reading the audit log a page at a time, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A demo of 100 000 projects holds about two million audit entries, so
 * the log is read by keyset paging: each page ends at an entry's sequence
 * number (its id), and the next page starts below it.
 */

#pragma once

#include <gio/gio.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* Every field may be NULL or "" for "any". */
typedef struct
{
  const char *text;    /* in the action, user, table, or either row image */
  const char *entity;  /* the table, exactly */
  const char *from;    /* YYYY-MM-DD, first day (UTC) */
  const char *to;      /* YYYY-MM-DD, last day (UTC), inclusive */
} KxAuditFilter;

#define KX_TYPE_AUDIT_ENTRY (kx_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (KxAuditEntry, kx_audit_entry, KX, AUDIT_ENTRY, GObject)

gint64      kx_audit_entry_get_seq            (KxAuditEntry *self);
const char *kx_audit_entry_get_at             (KxAuditEntry *self);  /* ISO 8601, UTC */
const char *kx_audit_entry_get_os_user        (KxAuditEntry *self);
const char *kx_audit_entry_get_entity         (KxAuditEntry *self);
gint64      kx_audit_entry_get_entity_id      (KxAuditEntry *self);
const char *kx_audit_entry_get_action         (KxAuditEntry *self);
/* The number of the project the row belongs to, or NULL. */
const char *kx_audit_entry_get_project_number (KxAuditEntry *self);
/* What changed, for people: "stage: Submitted → Formal review passed",
 * "created: <title>", … (translated). */
const char *kx_audit_entry_get_summary        (KxAuditEntry *self);

/* (transfer full) (element-type KxAuditEntry): at most @limit entries
 * matching @filter (nullable) with a sequence number below @before_seq
 * (0 = from the newest), newest first. @cancellable (nullable) stops a
 * long search with G_IO_ERROR_CANCELLED. */
GPtrArray  *kx_audit_log_query    (KxStore              *store,
                                   const KxAuditFilter  *filter,
                                   guint                 limit,
                                   gint64                before_seq,
                                   GCancellable         *cancellable,
                                   GError              **error);
/* (transfer full): the tables named in the log, sorted. */
GStrv       kx_audit_log_entities (KxStore              *store,
                                   GError              **error);

G_END_DECLS
