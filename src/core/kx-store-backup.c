/* kx-store-backup.c: online backups and integrity checks of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-store"

#include "config.h"

#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "kx-store-private.h"

/**
 * kx_store_backup:
 * @dest_path: the file to write; it must not exist
 *
 * Copies the live database with the SQLite online backup API, so the copy
 * is consistent even while the office keeps working.
 */
gboolean
kx_store_backup (KxStore     *self,
                 const char  *dest_path,
                 GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO,
                   _("“%s” already exists; choose another name for the backup."), dest_path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", _kx_store_get_db (self), "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      else
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO, _("Could not write the backup “%s”: %s"),
                   dest_path, dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  sqlite3_close (dest);
  return TRUE;
}

/**
 * kx_store_check:
 *
 * Runs SQLite's integrity and foreign key checks.
 */
gboolean
kx_store_check (KxStore  *self,
                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) fk = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (KX_IS_STORE (self), FALSE);

  stmt = _kx_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _kx_store_step_row (self, stmt, error)) == 1)
    if (g_strcmp0 (_kx_column_text (stmt, 0), "ok") != 0)
      g_string_append_printf (problems, "%s\n", _kx_column_text (stmt, 0));
  if (rc < 0)
    return FALSE;

  fk = _kx_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (fk == NULL)
    return FALSE;
  while ((rc = _kx_store_step_row (self, fk, error)) == 1)
    g_string_append_printf (problems, _("Row %lld of table %s refers to a missing row of %s\n"),
                            (long long) sqlite3_column_int64 (fk, 1), _kx_column_text (fk, 0),
                            _kx_column_text (fk, 2));
  if (rc < 0)
    return FALSE;

  if (problems->len > 0)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT, _("The database is damaged:\n%s"),
                   problems->str);
      return FALSE;
    }
  return TRUE;
}
