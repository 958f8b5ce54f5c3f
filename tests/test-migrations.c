/* test-migrations.c: an old database is upgraded, and backed up first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
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
  f->dir = g_dir_make_tmp ("kexie-migrate-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "old.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
query_int (KxStore    *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* A version-1 database as an office would have it: an organization, a
 * call and a project with budget lines, written before the requested
 * amount was kept by triggers. */
static void
make_version_1 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open_at_version (f->path, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kx_store_get_version (store), ==, 1);
  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (_kx_store_exec (store,
    "INSERT INTO organization (id, name, kind, credit_code, created_at, updated_at) "
    "VALUES (1, '郴州市医学会', 'city_society', '51431000MJ1234567X', 'x', 'x');"
    "INSERT INTO call (id, year, title, budget_fen, window_start, window_end, created_at, updated_at) "
    "VALUES (1, 2025, '2025年度计划', 300000000, '2025-03-01', '2025-04-30', 'x', 'x');"
    "INSERT INTO project (id, call_id, organization_id, number, type, title, requested_fen, created_at, updated_at) "
    "VALUES (1, 1, 1, '2025-0001', 2, '学术年会', 5000000, 'x', 'x');"
    "INSERT INTO budget_line (project_id, seq, item, amount_fen) VALUES (1, 1, '会议费', 3000000);"
    "INSERT INTO budget_line (project_id, seq, item, amount_fen) VALUES (1, 2, '印刷费', 2000000);",
    &error));
  g_assert_true (kx_audit_append (store, "project", 1, "insert", NULL, "{}", &error));
  g_assert_true (kx_store_commit (store, &error));
  g_assert_no_error (error);
  /* Version 1 had no trigger keeping the sum. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"),
                   ==, 0);
}

static void
test_upgrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = NULL;
  g_autoptr(KxStore) backup = NULL;
  const char *backup_path;

  make_version_1 (f);

  store = kx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_store_get_version (store), ==, kx_store_schema_version ());

  /* The data survived. */
  g_assert_cmpint (query_int (store, "SELECT requested_fen FROM project WHERE id = 1"), ==, 5000000);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 1);

  /* The new version's triggers work on the old data. */
  g_assert_true (_kx_store_exec (store, "INSERT INTO budget_line (project_id, seq, item, amount_fen) "
                                        "VALUES (1, 3, '差旅费', 100000)", &error));
  g_assert_cmpint (query_int (store, "SELECT requested_fen FROM project WHERE id = 1"), ==, 5100000);

  /* The upgrade is in the audit log and the chain still holds. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE action = 'migrate' "
                                     "AND json_extract(after_json, '$.version') = 2"), ==, 1);
  g_assert_true (kx_audit_verify (store, NULL, &error));
  g_assert_no_error (error);

  /* A copy of version 1 was made first, beside the database. */
  backup_path = kx_store_get_backup_path (store);
  g_assert_nonnull (backup_path);
  g_assert_true (g_str_has_prefix (backup_path, f->path));
  g_assert_nonnull (strstr (backup_path, ".bak-v1-"));
  backup = kx_store_open_at_version (backup_path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_store_get_version (backup), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM project"), ==, 1);
}

static void
test_failed_upgrade_rolls_back (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = NULL;
  g_autoptr(KxStore) again = NULL;
  sqlite3 *db = NULL;

  make_version_1 (f);
  /* Someone created an object with the name migration 2 needs: it fails. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE project_call_stage (x)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = kx_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  /* Still version 1, with nothing of migration 2 half-applied. */
  again = kx_store_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_store_get_version (again), ==, 1);
  g_assert_cmpint (query_int (again, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                     "AND name = 'project_call_type'"), ==, 0);
  g_assert_cmpint (query_int (again, "SELECT count(*) FROM audit_log WHERE action = 'migrate'"),
                   ==, 1);
}

static void
test_versions_in_order (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (int v = 1; v <= kx_store_schema_version (); v++)
    {
      g_autoptr(KxStore) store = kx_store_open_at_version (f->path, v, &error);

      g_assert_no_error (error);
      g_assert_cmpint (kx_store_get_version (store), ==, v);
      g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, v);
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/migrations/upgrade-from-1", test_upgrade);
  ADD ("/migrations/failed-upgrade-rolls-back", test_failed_upgrade_rolls_back);
  ADD ("/migrations/versions-in-order", test_versions_in_order);

  return g_test_run ();
}
