/* test-audit.c: the hash chain catches every edit and deletion
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
  char    *dir;
  char    *path;
  KxStore *store;
} Fixture;

static void
append (KxStore    *store,
        const char *entity,
        gint64      id,
        const char *after)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_store_begin (store, &error));
  g_assert_true (kx_audit_append (store, entity, id, "insert", NULL, after, &error));
  g_assert_true (kx_store_commit (store, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("kexie-audit-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (f->path, &error);
  g_assert_no_error (error);
  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *after = g_strdup_printf ("{\"id\":%d,\"name\":\"郴州市医学会%d\"}", i, i);

      append (f->store, "organization", i, after);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Tampering as an attacker with the sqlite3 tool would: drop the
 * append-only triggers, then change the table. */
static void
tamper (Fixture    *f,
        const char *sql)
{
  g_autofree char *full = g_strdup_printf ("DROP TRIGGER audit_log_no_update;"
                                           "DROP TRIGGER audit_log_no_delete; %s", sql);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, full, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_intact (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 rows = 0;

  g_assert_true (kx_audit_verify (f->store, &rows, &error));
  g_assert_no_error (error);
  /* one entry per migration + 5 appended */
  g_assert_cmpint (rows, ==, kx_store_schema_version () + 5);
}

static void
test_row_content (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _kx_store_prepare (f->store,
                            "SELECT os_user, entity, entity_id, action, after_json, prev_hash, "
                            "hash, at FROM audit_log WHERE entity = 'organization' ORDER BY id "
                            "LIMIT 2", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, g_get_user_name ());
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "organization");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "insert");
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 4), "郴州市医学会1"));
  g_assert_cmpint (strlen ((const char *) sqlite3_column_text (stmt, 6)), ==, 64);
  g_assert_true (g_str_has_suffix ((const char *) sqlite3_column_text (stmt, 7), "Z"));
  {
    g_autofree char *hash1 = g_strdup ((const char *) sqlite3_column_text (stmt, 6));

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, hash1);
  }
}

static void
expect_tampered (Fixture    *f,
                 const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = kx_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_false (kx_audit_verify (store, NULL, &error));
  g_assert_error (error, KX_AUDIT_ERROR, KX_ERROR_CORRUPT);
  if (needle != NULL)
    g_assert_nonnull (strstr (error->message, needle));
}

static void
test_edited_content (Fixture       *f,
                     gconstpointer  data)
{
  g_clear_object (&f->store);
  tamper (f, "UPDATE audit_log SET after_json = '{\"id\":3,\"name\":\"改\"}' "
             "WHERE entity_id = 3 AND entity = 'organization'");
  {
    /* the third organization's entry comes after one entry per migration */
    g_autofree char *entry = g_strdup_printf ("entry %d:", kx_store_schema_version () + 3);

    expect_tampered (f, entry);
  }
}

static void
test_edited_user (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  tamper (f, "UPDATE audit_log SET os_user = 'someone-else' WHERE id = 4");
  expect_tampered (f, "4");
}

static void
test_rehashed_row (Fixture       *f,
                   gconstpointer  data)
{
  /* Even with the row's own hash recomputed, the next row no longer links. */
  g_clear_object (&f->store);
  tamper (f, "UPDATE audit_log SET hash = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff' "
             "WHERE id = 3");
  expect_tampered (f, NULL);
}

static void
test_deleted_middle (Fixture       *f,
                     gconstpointer  data)
{
  g_clear_object (&f->store);
  tamper (f, "DELETE FROM audit_log WHERE id = 4");
  expect_tampered (f, "5");
}

static void
test_deleted_last (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  tamper (f, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
  expect_tampered (f, "deleted");
}

static void
test_deleted_all (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  tamper (f, "DELETE FROM audit_log");
  expect_tampered (f, NULL);
}

static void
test_append_needs_transaction (Fixture       *f,
                               gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      kx_audit_append (f->store, "x", 1, "insert", NULL, "{}", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*in_transaction*");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/audit/verify/intact", test_intact);
  ADD ("/audit/row/content", test_row_content);
  ADD ("/audit/tamper/edited-content", test_edited_content);
  ADD ("/audit/tamper/edited-user", test_edited_user);
  ADD ("/audit/tamper/rehashed-row", test_rehashed_row);
  ADD ("/audit/tamper/deleted-middle", test_deleted_middle);
  ADD ("/audit/tamper/deleted-last", test_deleted_last);
  ADD ("/audit/tamper/deleted-all", test_deleted_all);
  ADD ("/audit/append/needs-transaction", test_append_needs_transaction);

  return g_test_run ();
}
