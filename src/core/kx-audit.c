/* kx-audit.c: the append-only, hash-chained audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write appends one row in the same transaction. The row's hash is
 * SHA-256 over the previous row's hash and this row's fields, so editing
 * or deleting any row breaks the chain from there on. The head (last hash
 * and row count) is also kept in the meta table, which catches the one
 * case the chain alone cannot: deleting rows at the end.
 */

#define G_LOG_DOMAIN "kx-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-audit.h"
#include "kx-store-private.h"

#define GENESIS_HASH "0000000000000000000000000000000000000000000000000000000000000000"

G_DEFINE_QUARK (kx-audit-error-quark, kx_audit_error)

static char *
compute_hash (const char *prev_hash,
              const char *at,
              const char *os_user,
              const char *entity,
              gint64      entity_id,
              const char *action,
              const char *before_json,
              const char *after_json)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, entity_id);
  const char *parts[] = { prev_hash, at, os_user, entity, id, action, before_json, after_json };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      /* A NULL image is hashed differently from an empty one. */
      if (parts[i] == NULL)
        g_checksum_update (sum, (const guchar *) "\x1e", 1);
      else
        g_checksum_update (sum, (const guchar *) parts[i], -1);
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static char *
head_hash (KxStore  *store,
           gint64   *out_count,
           GError  **error)
{
  static const char sql[] = "SELECT hash, id FROM audit_log ORDER BY id DESC LIMIT 1";
  sqlite3_stmt *stmt;
  const char *cached;
  char *hash = NULL;
  int rc;

  cached = _kx_store_get_audit_head (store, out_count);
  if (cached != NULL)
    return g_strdup (cached);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  rc = _kx_store_step_row (store, stmt, error);
  if (rc < 0)
    return NULL;
  hash = g_strdup (rc == 1 ? _kx_column_text (stmt, 0) : GENESIS_HASH);
  *out_count = rc == 1 ? sqlite3_column_int64 (stmt, 1) : 0;
  sqlite3_reset (stmt);
  return hash;
}

/**
 * kx_audit_append:
 * @entity: the table (organization, project, …)
 * @entity_id: its row id, or 0 for whole-database actions
 * @action: what was done: insert, update, delete, or a workflow verb
 * @before_json: (nullable): the row before, as JSON
 * @after_json: (nullable): the row after, as JSON
 *
 * Must be called inside a transaction (kx_store_begin()), so the audit row
 * and the change stand or fall together.
 */
gboolean
kx_audit_append (KxStore     *store,
                 const char  *entity,
                 gint64       entity_id,
                 const char  *action,
                 const char  *before_json,
                 const char  *after_json,
                 GError     **error)
{
  static const char sql[] =
    "INSERT INTO audit_log (at, os_user, entity, entity_id, action, before_json, after_json, "
    "                       prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  g_autofree char *at = _kx_store_now ();
  g_autofree char *prev = NULL;
  g_autofree char *hash = NULL;
  const char *user = g_get_user_name ();
  sqlite3_stmt *stmt;
  gint64 last_id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (kx_store_in_transaction (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  prev = head_hash (store, &last_id, error);
  if (prev == NULL)
    return FALSE;
  hash = compute_hash (prev, at, user, entity, entity_id, action, before_json, after_json);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, user, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, entity_id);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, before_json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, after_json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, prev, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, hash, -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;

  _kx_store_set_audit_head (store, hash, sqlite3_last_insert_rowid (_kx_store_get_db (store)));
  return TRUE;
}

/* Appends the audit row for a change to @table's row @rowid: the after
 * image is read back from the database, so it is what was really stored. */
gboolean
_kx_store_audit_write (KxStore     *self,
                       const char  *table,
                       gint64       rowid,
                       const char  *action,
                       const char  *before_json,
                       GError     **error)
{
  g_autofree char *after = NULL;
  g_autoptr(GError) local_error = NULL;

  after = _kx_store_row_json (self, table, rowid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return kx_audit_append (self, table, rowid, action, before_json, after, error);
}

/* Deletes @table's row @rowid and appends its audit row, whose before
 * image the caller read (it also told the caller that the row exists). */
gboolean
_kx_store_delete_audited (KxStore     *self,
                          const char  *table,
                          gint64       rowid,
                          const char  *before_json,
                          GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE rowid = ?1", table);
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  return _kx_store_step_done (self, stmt, error) &&
         kx_audit_append (self, table, rowid, "delete", before_json, NULL, error);
}

static gboolean
fail_row (GError     **error,
          gint64       id,
          const char  *what)
{
  g_set_error (error, KX_AUDIT_ERROR, KX_ERROR_CORRUPT,
               _("The audit log has been tampered with at entry %lld: %s"),
               (long long) id, what);
  return FALSE;
}

static gboolean
verify_head (KxStore     *store,
             const char  *last_hash,
             gint64       last_id,
             GError     **error)
{
  g_autofree char *head = kx_store_get_meta (store, "audit_head");
  g_autofree char *head_id = kx_store_get_meta (store, "audit_last_id");

  if (head == NULL && last_id == 0)
    return TRUE;
  if (head == NULL || head_id == NULL ||
      g_strcmp0 (head, last_hash) != 0 ||
      g_ascii_strtoll (head_id, NULL, 10) != last_id)
    {
      g_set_error (error, KX_AUDIT_ERROR, KX_ERROR_CORRUPT,
                   _("The audit log has been tampered with: it should end at entry %s, but "
                     "its last entry is %lld; entries were deleted."),
                   head_id != NULL ? head_id : "?", (long long) last_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * kx_audit_verify:
 * @out_rows: (out) (optional): how many entries were checked
 *
 * Walks the whole chain. Fails with KX_ERROR_CORRUPT naming the first
 * entry that was edited, inserted out of order or deleted.
 */
gboolean
kx_audit_verify (KxStore  *store,
                 gint64   *out_rows,
                 GError  **error)
{
  static const char sql[] =
    "SELECT id, at, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash "
    "FROM audit_log ORDER BY id";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *prev = g_strdup (GENESIS_HASH);
  gint64 rows = 0;
  gint64 last_id = 0;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _kx_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      g_autofree char *expected = NULL;
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (g_strcmp0 (_kx_column_text (stmt, 8), prev) != 0)
        return fail_row (error, id, _("it does not follow the entry before it (an entry was "
                                      "deleted or inserted)"));
      expected = compute_hash (prev,
                               _kx_column_text (stmt, 1),
                               _kx_column_text (stmt, 2),
                               _kx_column_text (stmt, 3),
                               sqlite3_column_int64 (stmt, 4),
                               _kx_column_text (stmt, 5),
                               (const char *) sqlite3_column_text (stmt, 6),
                               (const char *) sqlite3_column_text (stmt, 7));
      if (g_strcmp0 (expected, _kx_column_text (stmt, 9)) != 0)
        return fail_row (error, id, _("its content does not match its hash (it was edited)"));

      g_free (prev);
      prev = g_strdup (expected);
      last_id = id;
      rows++;
    }
  if (rc < 0)
    return FALSE;

  if (!verify_head (store, prev, last_id, error))
    return FALSE;

  if (out_rows != NULL)
    *out_rows = rows;
  return TRUE;
}
