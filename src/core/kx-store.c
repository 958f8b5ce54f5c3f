/* kx-store.c: the SQLite database behind everything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-store"

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <gio/gio.h>

#include "kx-audit.h"
#include "kx-store-private.h"
#include "kexie-core-resources.h"

/* 'KXIE': marks a file as a Kexie database (PRAGMA application_id). */
#define KX_APPLICATION_ID 0x4B584945

#define MIGRATIONS_PATH "/org/chenzhou/kexie/migrations"

struct _KxStore
{
  GObject parent_instance;

  /* Owned */
  sqlite3    *db;
  char       *path;
  char       *backup_path;
  GHashTable *cache;        /* const char *sql → sqlite3_stmt */
  GHashTable *json_sql;     /* table name → SELECT json_object(…) text */
  int         version;
  int         depth;        /* transaction nesting */

  /* The audit chain's head within the current transaction, so a bulk
   * write neither re-reads it nor rewrites meta for every row; meta is
   * written once, just before the outermost COMMIT. NULL = not known. */
  char       *audit_head;
  gint64      audit_last_id;
  gboolean    audit_dirty;
};

G_DEFINE_FINAL_TYPE (KxStore, kx_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (kx-store-error-quark, kx_store_error)

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static char **
list_migrations (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) children = NULL;

  children = g_resource_enumerate_children (kexie_core_get_resource (), MIGRATIONS_PATH,
                                            G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".sql"))
      g_ptr_array_add (names, g_strdup (children[i]));

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

int
kx_store_schema_version (void)
{
  g_auto(GStrv) names = list_migrations ();

  return (int) g_strv_length (names);
}

gboolean
_kx_store_set_error (KxStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *msg = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      code = KX_ERROR_CONSTRAINT;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = KX_ERROR_BUSY;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = KX_ERROR_CORRUPT;
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = KX_ERROR_READ_ONLY;
      break;
    case SQLITE_NOTFOUND:
      code = KX_ERROR_NOT_FOUND;
      break;
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      code = KX_ERROR_INVALID;
      break;
    default:
      code = KX_ERROR_IO;
      break;
    }

  g_set_error (error, KX_STORE_ERROR, code, _("Database error: %s"), msg);
  return FALSE;
}

sqlite3 *
_kx_store_get_db (KxStore *self)
{
  g_return_val_if_fail (KX_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
_kx_store_prepare (KxStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _kx_store_set_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

/* The statement is owned by the store: do not finalize it. It comes back
 * reset and with its bindings cleared. */
sqlite3_stmt *
_kx_store_cached (KxStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = g_hash_table_lookup (self->cache, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _kx_store_set_error (self, sqlite3_errcode (self->db), error);
      return NULL;
    }
  g_hash_table_insert (self->cache, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_kx_store_exec (KxStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _kx_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_kx_store_step_done (KxStore       *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  if (rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO, "statement returned a row: %s",
                   sqlite3_sql (stmt));
      return FALSE;
    }
  _kx_store_set_error (self, sqlite3_extended_errcode (self->db), error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* Returns 1 for a row, 0 when done, -1 on error (error set). */
int
_kx_store_step_row (KxStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return 1;
  if (rc == SQLITE_DONE)
    return 0;
  _kx_store_set_error (self, sqlite3_extended_errcode (self->db), error);
  sqlite3_reset (stmt);
  return -1;
}

const char *
_kx_column_text (sqlite3_stmt *stmt,
                 int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text != NULL ? text : "";
}

char *
_kx_column_dup (sqlite3_stmt *stmt,
                int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

void
_kx_bind_text_or_null (sqlite3_stmt *stmt,
                       int           col,
                       const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
}

GArray *
_kx_store_collect (KxStore         *self,
                   const char      *sql,
                   gint64           id,
                   gsize            size,
                   GDestroyNotify   clear,
                   KxStoreReadRow   read,
                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (self, sql, error);
  g_autoptr(GArray) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, size);
  g_array_set_clear_func (list, clear);
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = _kx_store_step_row (self, stmt, error)) == 1)
    {
      g_array_set_size (list, list->len + 1);
      read (stmt, list->data + (list->len - 1) * size);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

char *
_kx_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static const char *
json_sql_for_table (KxStore     *self,
                    const char  *table,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autofree char *pragma = NULL;
  const char *cached;
  int rc;

  cached = g_hash_table_lookup (self->json_sql, table);
  if (cached != NULL)
    return cached;

  pragma = g_strdup_printf ("SELECT name FROM pragma_table_info('%s') ORDER BY cid", table);
  stmt = _kx_store_prepare (self, pragma, error);
  if (stmt == NULL)
    return NULL;

  sql = g_string_new ("SELECT json_object(");
  while ((rc = _kx_store_step_row (self, stmt, error)) == 1)
    {
      const char *col = _kx_column_text (stmt, 0);

      g_string_append_printf (sql, "%s'%s', \"%s\"", sql->str[sql->len - 1] == '(' ? "" : ", ",
                              col, col);
    }
  if (rc < 0)
    return NULL;
  g_string_append_printf (sql, ") FROM \"%s\" WHERE rowid = ?1", table);

  g_hash_table_insert (self->json_sql, g_strdup (table), g_string_free (g_steal_pointer (&sql), FALSE));
  return g_hash_table_lookup (self->json_sql, table);
}

/* The row as a JSON object of all its columns, or NULL (no error) when the
 * row does not exist. Used for the before/after images of the audit log. */
char *
_kx_store_row_json (KxStore     *self,
                    const char  *table,
                    gint64       rowid,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  const char *sql;
  char *json = NULL;
  int rc;

  sql = json_sql_for_table (self, table, error);
  if (sql == NULL)
    return NULL;
  stmt = _kx_store_cached (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid);
  rc = _kx_store_step_row (self, stmt, error);
  if (rc == 1)
    json = g_strdup (_kx_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return json;
}

static gboolean
get_int_pragma (KxStore     *self,
                const char  *sql,
                int         *out,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (_kx_store_step_row (self, stmt, error) != 1)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO, "%s returned nothing", sql);
      return FALSE;
    }
  *out = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
is_empty_database (KxStore  *self,
                   gboolean *out_empty,
                   GError  **error)
{
  int n = 0;

  if (!get_int_pragma (self, "SELECT count(*) FROM sqlite_schema", &n, error))
    return FALSE;
  *out_empty = n == 0;
  return TRUE;
}

static gboolean
make_backup (KxStore  *self,
             GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *dest = g_strdup_printf ("%s.bak-v%d-%s", self->path, self->version, stamp);

  if (!kx_store_backup (self, dest, error))
    {
      g_prefix_error (error, _("Could not back up the database before upgrading it: "));
      return FALSE;
    }
  g_free (self->backup_path);
  self->backup_path = g_steal_pointer (&dest);
  return TRUE;
}

static gboolean
apply_migration (KxStore     *self,
                 const char  *name,
                 int          version,
                 GError     **error)
{
  g_autofree char *path = g_strdup_printf ("%s/%s", MIGRATIONS_PATH, name);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *after = NULL;
  gsize len;

  bytes = g_resource_lookup_data (kexie_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));

  if (!kx_store_begin (self, error))
    return FALSE;
  after = g_strdup_printf ("{\"version\":%d,\"migration\":\"%s\"}", version, name);
  if (!_kx_store_exec (self, sql, error) ||
      !_kx_store_exec (self, pragma, error) ||
      !kx_audit_append (self, "database", 0, "migrate", NULL, after, error) ||
      !kx_store_commit (self, error))
    {
      g_prefix_error (error, _("Upgrading the database to version %d failed: "), version);
      kx_store_rollback (self);
      return FALSE;
    }
  self->version = version;
  g_debug ("applied migration %s", name);
  return TRUE;
}

static gboolean
migrate (KxStore  *self,
         int       target,
         GError  **error)
{
  g_auto(GStrv) names = list_migrations ();
  int latest = (int) g_strv_length (names);

  if (target < 0 || target > latest)
    target = latest;

  if (self->version > latest)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_NEWER,
                   _("“%s” was made by a newer version of Kexie (database version %d, this "
                     "program knows up to %d). Please upgrade Kexie."),
                   self->path, self->version, latest);
      return FALSE;
    }

  if (self->version > 0 && self->version < target && !make_backup (self, error))
    return FALSE;

  for (int v = self->version + 1; v <= target; v++)
    if (!apply_migration (self, names[v - 1], v, error))
      return FALSE;

  return TRUE;
}

static gboolean
check_identity (KxStore  *self,
                GError  **error)
{
  gboolean empty = FALSE;
  int app_id = 0;
  g_autoptr(GError) local_error = NULL;

  if (!get_int_pragma (self, "PRAGMA application_id", &app_id, &local_error) ||
      !is_empty_database (self, &empty, &local_error))
    {
      /* A locked or unreadable file is not a foreign file: say what it is. */
      if (!g_error_matches (local_error, KX_STORE_ERROR, KX_ERROR_CORRUPT))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Could not read “%s”: "), self->path);
          return FALSE;
        }
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT,
                   _("“%s” is not a Kexie database."), self->path);
      return FALSE;
    }

  if (empty)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", KX_APPLICATION_ID);

      return _kx_store_exec (self, sql, error);
    }

  if (app_id != KX_APPLICATION_ID)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT,
                   _("“%s” is an SQLite database, but not a Kexie database."), self->path);
      return FALSE;
    }

  return get_int_pragma (self, "PRAGMA user_version", &self->version, error);
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = NULL;
  GStatBuf st;

  if (g_strcmp0 (path, ":memory:") == 0)
    return TRUE;

  dir = g_path_get_dirname (path);
  /* A file without any write bit was made read-only on purpose; honour
   * that even for root, whom access() would let through. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) &&
      (g_access (path, W_OK) != 0 ||
       (g_stat (path, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)))
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_READ_ONLY,
                   _("“%s” is read-only. Kexie needs to write to the database; copy it to a "
                     "writable folder or change its permissions."), path);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0 ||
      (g_stat (dir, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only. Kexie keeps a journal beside the database "
                     "and needs to write there."), dir);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_db (KxStore     *self,
         GError     **error)
{
  int rc;

  if (g_strcmp0 (self->path, ":memory:") != 0 && g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO, _("“%s” is a folder, not a database file."),
                   self->path);
      return FALSE;
    }
  if (!check_writable (self->path, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_IO, _("Could not open “%s”: %s"), self->path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  return TRUE;
}

static gboolean
configure_db (KxStore  *self,
              GError  **error)
{
  if (!_kx_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (g_strcmp0 (self->path, ":memory:") != 0 &&
      !_kx_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                             "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768", error))
    return FALSE;
  return TRUE;
}

static void
kx_store_finalize (GObject *object)
{
  KxStore *self = (KxStore *) object;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->json_sql, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_free (self->path);
  g_free (self->backup_path);
  g_free (self->audit_head);

  G_OBJECT_CLASS (kx_store_parent_class)->finalize (object);
}

static void
kx_store_class_init (KxStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kx_store_finalize;
}

static void
kx_store_init (KxStore *self)
{
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, finalize_stmt);
  self->json_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * kx_store_open_at_version:
 * @path: a database file (created when missing) or ":memory:"
 * @version: the schema version to migrate to; -1 for the latest
 *
 * Opening at an older version exists for the migration tests.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
KxStore *
kx_store_open_at_version (const char  *path,
                          int          version,
                          GError     **error)
{
  g_autoptr(KxStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KX_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_db (self, error) ||
      !check_identity (self, error) ||
      !configure_db (self, error) ||
      !migrate (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kx_store_open:
 * @path: a database file (created when missing) or ":memory:"
 *
 * Opens a Kexie database and brings its schema up to date, after copying
 * the file aside when an upgrade is needed.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
KxStore *
kx_store_open (const char  *path,
               GError     **error)
{
  return kx_store_open_at_version (path, -1, error);
}

const char *
kx_store_get_path (KxStore *self)
{
  g_return_val_if_fail (KX_IS_STORE (self), NULL);

  return self->path;
}

int
kx_store_get_version (KxStore *self)
{
  g_return_val_if_fail (KX_IS_STORE (self), 0);

  return self->version;
}

/**
 * kx_store_get_backup_path:
 *
 * Returns: (nullable): the copy made before the last upgrade, if any
 */
const char *
kx_store_get_backup_path (KxStore *self)
{
  g_return_val_if_fail (KX_IS_STORE (self), NULL);

  return self->backup_path;
}

/**
 * kx_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/kexie/kexie.db`
 */
char *
kx_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kexie", "kexie.db", NULL);
}

static void
forget_audit_head (KxStore *self)
{
  g_clear_pointer (&self->audit_head, g_free);
  self->audit_last_id = 0;
  self->audit_dirty = FALSE;
}

static gboolean
set_meta (KxStore     *self,
          const char  *key,
          const char  *value,
          GError     **error)
{
  static const char sql[] =
    "INSERT INTO meta (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  sqlite3_stmt *stmt = _kx_store_cached (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return _kx_store_step_done (self, stmt, error);
}

static gboolean
flush_audit_head (KxStore  *self,
                  GError  **error)
{
  g_autofree char *last_id = NULL;

  if (!self->audit_dirty)
    return TRUE;
  last_id = g_strdup_printf ("%lld", (long long) self->audit_last_id);
  if (!set_meta (self, "audit_head", self->audit_head, error) ||
      !set_meta (self, "audit_last_id", last_id, error))
    return FALSE;
  self->audit_dirty = FALSE;
  return TRUE;
}

/* Returns the cached head hash of the audit chain, or NULL when it must be
 * read from the table. */
const char *
_kx_store_get_audit_head (KxStore *self,
                          gint64  *out_last_id)
{
  *out_last_id = self->audit_last_id;
  return self->audit_head;
}

void
_kx_store_set_audit_head (KxStore    *self,
                          const char *hash,
                          gint64      last_id)
{
  g_return_if_fail (self->depth > 0);

  g_free (self->audit_head);
  self->audit_head = g_strdup (hash);
  self->audit_last_id = last_id;
  self->audit_dirty = TRUE;
}

gboolean
kx_store_begin (KxStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KX_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE")
                         : g_strdup_printf ("SAVEPOINT kx%d", self->depth);
  if (!_kx_store_exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
kx_store_commit (KxStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KX_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1 && !flush_audit_head (self, error))
    return FALSE;
  sql = self->depth == 1 ? g_strdup ("COMMIT")
                         : g_strdup_printf ("RELEASE kx%d", self->depth - 1);
  if (!_kx_store_exec (self, sql, error))
    return FALSE;
  self->depth--;
  if (self->depth == 0)
    forget_audit_head (self);
  return TRUE;
}

void
kx_store_rollback (KxStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (KX_IS_STORE (self));

  if (self->depth == 0)
    return;

  /* SQLite itself may already have rolled the whole transaction back
   * (after SQLITE_FULL, SQLITE_IOERR, …): then there is nothing to undo. */
  if (sqlite3_get_autocommit (self->db))
    {
      self->depth = 0;
      forget_audit_head (self);
      return;
    }

  /* Cached statements may hold read cursors open; reset them so the
   * rollback is not refused. */
  {
    GHashTableIter iter;
    gpointer stmt;

    g_hash_table_iter_init (&iter, self->cache);
    while (g_hash_table_iter_next (&iter, NULL, &stmt))
      sqlite3_reset (stmt);
  }

  sql = self->depth == 1
        ? g_strdup ("ROLLBACK")
        : g_strdup_printf ("ROLLBACK TO kx%d; RELEASE kx%d", self->depth - 1, self->depth - 1);
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_warning ("rollback failed: %s", sqlite3_errmsg (self->db));
  self->depth--;
  forget_audit_head (self);
}

gboolean
kx_store_in_transaction (KxStore *self)
{
  g_return_val_if_fail (KX_IS_STORE (self), FALSE);

  return self->depth > 0;
}

/**
 * kx_store_get_meta:
 *
 * Returns: (transfer full) (nullable): the value stored under @key
 */
char *
kx_store_get_meta (KxStore    *self,
                   const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (KX_IS_STORE (self), NULL);

  stmt = _kx_store_cached (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = _kx_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}
