/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kx-audit.h"
#include "kx-import.h"
#include "kx-organization.h"
#include "kx-store-private.h"
#include "kx-validate.h"

typedef struct
{
  char    *dir;
  KxStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("kexie-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Writes @len bytes of @contents to a file in the fixture's folder. */
static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, &error));
  g_assert_no_error (error);
  return path;
}

static char *
make_code (const char *first17)
{
  return g_strdup_printf ("%s%c", first17, kx_credit_code_check_char (first17));
}

static gint64
query_int (KxStore    *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kx_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (KxStore    *store,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kx_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static const KxImportProblem *
problem (KxImportReport *report,
         guint           index)
{
  g_assert_cmpuint (index, <, report->problems->len);
  return g_ptr_array_index (report->problems, index);
}

static void
assert_nothing_written (KxStore *store,
                        gint64   audits)
{
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
  g_assert_false (kx_store_in_transaction (store));
}

static void
test_utf8 (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = data_path ("orgs-utf8.csv");
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *code = make_code ("51431000MJ0000011");

  g_assert_true (kx_import_organizations (f->store, path, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "UTF-8");
  g_assert_cmpstr (report->file_name, ==, "orgs-utf8.csv");
  g_assert_cmpuint (report->imported, ==, 4);
  g_assert_cmpuint (report->problems->len, ==, 0);

  org = kx_organization_find_by_name (f->store, "郴州市医学会", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_kind (org), ==, KX_ORG_KIND_CITY_SOCIETY);
  g_assert_cmpstr (kx_organization_get_credit_code (org), ==, code);
  g_assert_cmpstr (kx_organization_get_address (org), ==, "郴州市北湖区人民西路5号, 3楼");
  g_clear_object (&org);
  org = kx_organization_find_by_name (f->store, "湘南学院科协", &error);
  g_assert_cmpstr (kx_organization_get_note (org), ==, "学院 \"科普周\" 承办单位");
  g_clear_object (&org);
  org = kx_organization_find_by_name (f->store, "桂阳县科协", &error);
  g_assert_cmpstr (kx_organization_get_address (org), ==, "桂阳县龙潭街道\n蒙泉路 8 号");
  g_clear_object (&org);
  org = kx_organization_find_by_name (f->store, "刘志强", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_kind (org), ==, KX_ORG_KIND_RESEARCHER);
  g_assert_cmpstr (kx_organization_get_credit_code (org), ==, "");

  /* One audit row per organization, plus one for the import. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = "
                                        "'organization' AND action = 'insert'"), ==, 4);
  after = query_text (f->store, "SELECT after_json FROM audit_log WHERE entity = 'import' "
                                "AND action = 'organizations'");
  g_assert_nonnull (after);
  g_assert_cmpint (query_int (f->store, "SELECT json_extract (after_json, '$.count') = 4 AND "
                                        "json_extract (after_json, '$.encoding') = 'UTF-8' AND "
                                        "json_extract (after_json, '$.file') = 'orgs-utf8.csv' "
                                        "FROM audit_log WHERE entity = 'import'"), ==, 1);
  g_assert_true (kx_audit_verify (f->store, NULL, &error));
  g_assert_no_error (error);
}

static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = data_path ("orgs-gb18030.csv");
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_import_organizations (f->store, path, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "GB18030");
  g_assert_cmpuint (report->imported, ==, 4);

  org = kx_organization_find_by_name (f->store, "北湖区燕泉街道科协", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_kind (org), ==, KX_ORG_KIND_GRASSROOTS_STA);
  g_assert_cmpstr (kx_organization_get_contact_person (org), ==, "何晓梅");
  g_assert_cmpstr (kx_organization_get_note (org), ==, "社区科普");
  g_clear_object (&org);
  org = kx_organization_find_by_name (f->store, "郴州职业技术学院科协", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kx_organization_get_address (org), ==, "郴州市苏仙区, 职院路");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'import' "
                                        "AND json_extract (after_json, '$.encoding') = "
                                        "'GB18030'"), ==, 1);
}

/* GB18030 made here from UTF-8, as Excel on Chinese Windows would. */
static void
test_gb18030_generated (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *code = make_code ("11431021MB1D00036");
  g_autofree char *utf8 = g_strdup_printf ("名称,类型,统一社会信用代码,联系人\r\n"
                                           "桂阳县科协,县市区科协,%s,邓志刚\r\n"
                                           "刘志强,科技工作者,,刘志强\r\n", code);
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gb = NULL;
  g_autofree char *path = NULL;
  gsize len = 0;

  gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  path = write_file (f, "县级科协.csv", gb, (gssize) len);

  g_assert_true (kx_import_organizations (f->store, path, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "GB18030");
  org = kx_organization_find_by_credit_code (f->store, code, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kx_organization_get_name (org), ==, "桂阳县科协");
  g_assert_cmpstr (kx_organization_get_contact_person (org), ==, "邓志刚");
}

static void
test_broken (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = data_path ("orgs-broken.csv");
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 audits = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_import_organizations (f->store, path, &report, &error));
  g_assert_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "orgs-broken.csv"));
  assert_nothing_written (f->store, audits);

  g_assert_nonnull (report);
  g_assert_cmpuint (report->imported, ==, 0);
  g_assert_cmpuint (report->rows, ==, 5);
  g_assert_cmpuint (report->problems->len, ==, 2);
  g_assert_cmpuint (problem (report, 0)->line, ==, 3);
  g_assert_cmpstr (problem (report, 0)->field, ==, "credit_code");
  g_assert_nonnull (strstr (problem (report, 0)->message, "check character"));
  g_assert_cmpuint (problem (report, 1)->line, ==, 5);
  g_assert_cmpstr (problem (report, 1)->field, ==, "kind");

  line = kx_import_problem_format (problem (report, 1));
  g_assert_true (g_str_has_prefix (line, "line 5, kind: required"));
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *code = make_code ("51431000MJ0000011");
  g_autofree char *other = make_code ("51431000MJ0000044");
  g_autofree char *csv = g_strdup_printf ("名称,类型,统一社会信用代码\n"
                                          "郴州市医学会,市级学会,%s\n"
                                          "郴州市计算机学会,市级学会,%s\n"
                                          "郴州市计算机学会,市级学会,%s\n",
                                          code, other, other);
  g_autofree char *path = write_file (f, "dup.csv", csv, -1);
  KxOrganizationFields existing = { .name = "郴州市医学会", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                    .credit_code = code };
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audits;

  g_assert_true (kx_organization_insert (f->store, &existing, NULL, &error));
  audits = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_import_organizations (f->store, path, &report, &error));
  g_assert_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organization"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audits);

  /* Line 2 clashes with the database twice, line 4 with line 3 twice. */
  g_assert_cmpuint (report->problems->len, ==, 4);
  g_assert_cmpuint (problem (report, 0)->line, ==, 2);
  g_assert_cmpstr (problem (report, 0)->field, ==, "名称");
  g_assert_nonnull (strstr (problem (report, 0)->message, "already exists"));
  g_assert_cmpstr (problem (report, 1)->field, ==, "统一社会信用代码");
  g_assert_cmpuint (problem (report, 2)->line, ==, 4);
  g_assert_nonnull (strstr (problem (report, 2)->message, "line 3"));
  g_assert_cmpuint (problem (report, 3)->line, ==, 4);
  g_assert_cmpstr (problem (report, 3)->field, ==, "统一社会信用代码");
}

static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_file (f, "header.csv",
                                      "名称,负责人,Kind,邮箱\n郴州市医学会,张三,市级学会,a@b.cn\n",
                                      -1);
  g_autofree char *missing = write_file (f, "missing.csv", "名称,地址\n郴州市医学会,郴州\n", -1);
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audits = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_import_organizations (f->store, path, &report, &error));
  g_assert_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID);
  g_assert_cmpuint (report->problems->len, ==, 2);
  g_assert_cmpstr (problem (report, 0)->field, ==, "负责人");
  g_assert_cmpuint (problem (report, 0)->line, ==, 1);
  g_assert_nonnull (strstr (problem (report, 0)->message, "unknown column"));
  g_assert_cmpstr (problem (report, 1)->field, ==, "邮箱");
  g_clear_error (&error);
  g_clear_pointer (&report, kx_import_report_free);

  g_assert_false (kx_import_organizations (f->store, missing, &report, &error));
  g_assert_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID);
  g_assert_cmpuint (report->problems->len, ==, 1);
  g_assert_nonnull (strstr (problem (report, 0)->field, "kind"));
  assert_nothing_written (f->store, audits);
}

static void
test_bad_encoding (Fixture       *f,
                   gconstpointer  data)
{
  static const char garbage[] = "\xFF\xFE\x00\x41\x00\x42\xFF\x80\x00garbage";
  g_autofree char *path = write_file (f, "garbage.csv", garbage, sizeof garbage - 1);
  g_autofree char *high = write_file (f, "high.csv", "\xFF\xFF\x80,\x81\n", -1);
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audits = query_int (f->store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_import_organizations (f->store, path, &report, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (error->code, ==, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "garbage.csv"));
  g_assert_null (report->encoding);
  g_clear_error (&error);
  g_clear_pointer (&report, kx_import_report_free);

  g_assert_false (kx_import_organizations (f->store, high, &report, &error));
  g_assert_cmpint (error->code, ==, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "GB18030"));
  assert_nothing_written (f->store, audits);
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "none.csv", NULL);

  g_assert_false (kx_import_organizations (f->store, path, &report, &error));
  g_assert_cmpint (error->code, ==, KX_ERROR_NOT_FOUND);
  g_assert_cmpstr (report->file_name, ==, "none.csv");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/organizations/utf8", test_utf8);
  ADD ("/import/organizations/gb18030", test_gb18030);
  ADD ("/import/organizations/gb18030-generated", test_gb18030_generated);
  ADD ("/import/organizations/broken-rows", test_broken);
  ADD ("/import/organizations/duplicates", test_duplicates);
  ADD ("/import/organizations/header", test_header);
  ADD ("/import/organizations/bad-encoding", test_bad_encoding);
  ADD ("/import/organizations/missing-file", test_missing_file);

#undef ADD

  return g_test_run ();
}
