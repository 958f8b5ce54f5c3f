/* kx-store-private.h: what core modules share about the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kx-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *_kx_store_get_db      (KxStore       *self);
sqlite3_stmt *_kx_store_prepare     (KxStore       *self,
                                     const char    *sql,
                                     GError       **error);
sqlite3_stmt *_kx_store_cached      (KxStore       *self,
                                     const char    *sql,
                                     GError       **error);
gboolean      _kx_store_exec        (KxStore       *self,
                                     const char    *sql,
                                     GError       **error);
gboolean      _kx_store_set_error   (KxStore       *self,
                                     int            rc,
                                     GError       **error);
gboolean      _kx_store_step_done   (KxStore       *self,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);
int           _kx_store_step_row    (KxStore       *self,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);
char         *_kx_store_row_json    (KxStore       *self,
                                     const char    *table,
                                     gint64         rowid,
                                     GError       **error);
gboolean      _kx_store_audit_write (KxStore       *self,
                                     const char    *table,
                                     gint64         rowid,
                                     const char    *action,
                                     const char    *before_json,
                                     GError       **error);
gboolean      _kx_store_delete_audited (KxStore    *self,
                                        const char *table,
                                        gint64      rowid,
                                        const char *before_json,
                                        GError    **error);
/* Fills one element of an array from the current row. */
typedef void (*KxStoreReadRow) (sqlite3_stmt *stmt,
                                gpointer      element);
/* Runs @sql with ?1 bound to @id and returns its rows as a GArray of
 * elements of @size read by @read, with @clear as its clear func; %NULL on
 * error. */
GArray       *_kx_store_collect     (KxStore        *self,
                                     const char     *sql,
                                     gint64          id,
                                     gsize           size,
                                     GDestroyNotify  clear,
                                     KxStoreReadRow  read,
                                     GError        **error);
char         *_kx_store_now         (void);
const char   *_kx_store_get_audit_head (KxStore    *self,
                                        gint64     *out_last_id);
void          _kx_store_set_audit_head (KxStore    *self,
                                        const char *hash,
                                        gint64      last_id);

/* Column helpers: text columns may be NULL; these return "" instead. */
const char   *_kx_column_text       (sqlite3_stmt  *stmt,
                                     int            col);
char         *_kx_column_dup        (sqlite3_stmt  *stmt,
                                     int            col);
void          _kx_bind_text_or_null (sqlite3_stmt  *stmt,
                                     int            col,
                                     const char    *text);

G_END_DECLS
