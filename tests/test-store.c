/* test-store.c: opening, refusing, transactions, backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kx-audit.h"
#include "kx-store.h"
#include "kx-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("kexie-store-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "kexie.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);

      chmod (p, 0600);
      g_unlink (p);
    }
  chmod (dir, 0700);
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
count_rows (KxStore    *store,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n;

  stmt = _kx_store_prepare (store, sql, NULL);
  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  return n;
}

static void
test_create_new (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (kx_store_get_version (store), ==, kx_store_schema_version ());
  g_assert_cmpint (kx_store_schema_version (), >=, 2);
  /* A brand-new database needs no backup. */
  g_assert_null (kx_store_get_backup_path (store));
  /* Foreign keys are enforced and the journal is WAL. */
  g_assert_cmpint (count_rows (store, "PRAGMA foreign_keys"), ==, 1);
  {
    g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, "PRAGMA journal_mode", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  }
  /* Every table of the design exists. */
  {
    const char *tables[] = { "organization", "org_year_record", "org_fact", "call", "call_type",
                             "project", "milestone", "budget_line", "formal_review", "expert",
                             "conflict", "assignment", "score", "decision", "notice", "objection",
                             "agreement", "disbursement", "recovery", "expenditure",
                             "progress_report", "milestone_update", "project_check", "penalty",
                             "audit_log", "meta" };

    for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf (
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'", tables[i]);

        g_assert_cmpint (count_rows (store, sql), ==, 1);
      }
  }
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) a = kx_store_open (f->path, &error);
  g_autoptr(KxStore) b = NULL;

  g_assert_no_error (error);
  g_clear_object (&a);
  b = kx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_store_get_version (b), ==, kx_store_schema_version ());
  g_assert_null (kx_store_get_backup_path (b));
}

static void
test_not_kexie_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (f->path, "hello, this is a letter, not a database\n", -1,
                                      NULL));
  store = kx_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, f->path));
  /* The file is left exactly as it was. */
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello, this is a letter, not a database\n");
}

static void
test_not_kexie_sqlite (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kx_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "SQLite"));
}

static void
test_newer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = kx_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "999"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (chmod (f->path, 0400), ==, 0);
  store = kx_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_READ_ONLY);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *missing = g_build_filename (sub, "kexie.db", NULL);

  g_assert_cmpint (g_mkdir (sub, 0555), ==, 0);
  store = kx_store_open (missing, &error);
  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_READ_ONLY);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_rmdir (sub);
}

static void
test_folder_is_not_a_db (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_IO);
}

static gboolean
insert_meta (KxStore     *store,
             const char  *key,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO meta VALUES ('%s', 'x')", key);

  return _kx_store_exec (store, sql, error);
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);
  gint64 before = count_rows (store, "SELECT count(*) FROM meta");

  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (insert_meta (store, "a", &error));
  g_assert_true (kx_audit_append (store, "meta", 0, "test", NULL, "{}", &error));
  /* A duplicate key fails: the caller rolls back everything. */
  g_assert_false (insert_meta (store, "a", &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CONSTRAINT);
  kx_store_rollback (store);
  g_assert_false (kx_store_in_transaction (store));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meta"), ==, before);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit_log WHERE action = 'test'"),
                   ==, 0);
}

static void
test_transaction_nested (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (insert_meta (store, "outer", &error));
  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (insert_meta (store, "inner", &error));
  kx_store_rollback (store);                 /* undoes only the inner level */
  g_assert_true (kx_store_in_transaction (store));
  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (insert_meta (store, "inner2", &error));
  g_assert_true (kx_store_commit (store, &error));
  g_assert_true (kx_store_commit (store, &error));
  g_assert_false (kx_store_in_transaction (store));

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meta WHERE key = 'outer'"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meta WHERE key = 'inner'"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meta WHERE key = 'inner2'"), ==, 1);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);
  g_autoptr(KxStore) copy = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);

  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (insert_meta (store, "marker", &error));
  g_assert_true (kx_audit_append (store, "meta", 0, "test", NULL, "{}", &error));
  g_assert_true (kx_store_commit (store, &error));

  g_assert_true (kx_store_backup (store, dest, &error));
  g_assert_no_error (error);
  /* Refuses to overwrite. */
  g_assert_false (kx_store_backup (store, dest, &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_IO);
  g_clear_error (&error);

  copy = kx_store_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM meta WHERE key = 'marker'"), ==, 1);
  g_assert_true (kx_audit_verify (copy, NULL, &error));
  g_assert_no_error (error);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_true (kx_store_check (store, &error));
  g_assert_no_error (error);

  /* A dangling reference written behind the store's back is reported. */
  g_assert_true (_kx_store_exec (store,
                                 "PRAGMA foreign_keys = OFF;"
                                 "INSERT INTO milestone (project_id, seq, due_on, target) "
                                 "VALUES (4242, 1, '2026-05-01', 'x');"
                                 "PRAGMA foreign_keys = ON;", &error));
  g_assert_false (kx_store_check (store, &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "milestone"));
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  /* Dates must be real ISO dates; money cannot be negative. */
  g_assert_false (_kx_store_exec (store,
                                  "INSERT INTO call (year, title, budget_fen, window_start, "
                                  "window_end, created_at, updated_at) VALUES (2026, 't', 1, "
                                  "'2026-02-30', '2026-04-30', 'x', 'x')", &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (_kx_store_exec (store,
                                  "INSERT INTO call (year, title, budget_fen, window_start, "
                                  "window_end, created_at, updated_at) VALUES (2026, 't', -1, "
                                  "'2026-03-01', '2026-04-30', 'x', 'x')", &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CONSTRAINT);
  g_clear_error (&error);
  /* Weights must add up to 100. */
  g_assert_false (_kx_store_exec (store,
                                  "INSERT INTO call (year, title, budget_fen, window_start, "
                                  "window_end, weight_basic, created_at, updated_at) VALUES "
                                  "(2026, 't', 1, '2026-03-01', '2026-04-30', 30, 'x', 'x')",
                                  &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CONSTRAINT);
}

static void
test_audit_append_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_false (_kx_store_exec (store, "DELETE FROM audit_log", &error));
  g_assert_nonnull (strstr (error->message, "append-only"));
  g_clear_error (&error);
  g_assert_false (_kx_store_exec (store, "UPDATE audit_log SET os_user = 'x'", &error));
  g_assert_nonnull (strstr (error->message, "append-only"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/open/create-new", test_create_new);
  ADD ("/store/open/reopen", test_reopen);
  ADD ("/store/open/not-kexie-text", test_not_kexie_text);
  ADD ("/store/open/not-kexie-sqlite", test_not_kexie_sqlite);
  ADD ("/store/open/newer", test_newer);
  ADD ("/store/open/read-only", test_read_only);
  ADD ("/store/open/read-only-folder", test_read_only_folder);
  ADD ("/store/open/folder", test_folder_is_not_a_db);
  ADD ("/store/transaction/rollback", test_transaction_rollback);
  ADD ("/store/transaction/nested", test_transaction_nested);
  ADD ("/store/backup", test_backup);
  ADD ("/store/check/foreign-key", test_check);
  ADD ("/store/schema/constraints", test_constraints);
  ADD ("/store/schema/audit-append-only", test_audit_append_only);

  return g_test_run ();
}
