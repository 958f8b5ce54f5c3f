/* test-organization.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-audit.h"
#include "kx-organization.h"
#include "kx-store-private.h"
#include "kx-validate.h"

/* 5 = 民政 (civil affairs), 1 = 社会团体, 431000 = 郴州市. */
static char *
make_code (const char *first17)
{
  g_assert_cmpuint (strlen (first17), ==, 17);
  return g_strdup_printf ("%s%c", first17, kx_credit_code_check_char (first17));
}

static KxStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KxStore *store = kx_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
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

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_test_message ("“%s” does not contain “%s”", haystack, needle);
  g_assert_nonnull (strstr (haystack, needle));
}

static void
assert_audit_verifies (KxStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 rows = 0;

  g_assert_true (kx_audit_verify (store, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows, >, 0);
}

static gint64
insert_medical (KxStore *store)
{
  g_autofree char *code = make_code ("51431000MJ0000011");
  KxOrganizationFields fields = {
    .name = "郴州市医学会",
    .kind = KX_ORG_KIND_CITY_SOCIETY,
    .credit_code = code,
    .secretary_general = "李建华",
    .finance_staff = "王丽",
    .bank_name = "中国工商银行郴州分行",
    .bank_account = "1909 0210 0920 0012 345",
    .party_branch = "郴州市医学会党支部",
    .contact_person = "陈晓燕",
    .contact_phone = "0735-2222111",
    .address = "郴州市北湖区人民西路 5 号",
    .note = "",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kx_organization_insert (store, &fields, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_insert_read_back (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_code ("51431000MJ0000011");
  g_autofree char *label = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *after_name = NULL;
  gint64 id = insert_medical (store);
  int kind = -1;

  org = kx_organization_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_id (org), ==, id);
  g_assert_cmpstr (kx_organization_get_name (org), ==, "郴州市医学会");
  g_assert_cmpint (kx_organization_get_kind (org), ==, KX_ORG_KIND_CITY_SOCIETY);
  g_assert_cmpstr (kx_organization_get_credit_code (org), ==, code);
  g_assert_cmpstr (kx_organization_get_secretary_general (org), ==, "李建华");
  g_assert_cmpstr (kx_organization_get_finance_staff (org), ==, "王丽");
  g_assert_cmpstr (kx_organization_get_bank_name (org), ==, "中国工商银行郴州分行");
  g_assert_cmpstr (kx_organization_get_bank_account (org), ==, "1909 0210 0920 0012 345");
  g_assert_cmpstr (kx_organization_get_party_branch (org), ==, "郴州市医学会党支部");
  g_assert_cmpstr (kx_organization_get_contact_person (org), ==, "陈晓燕");
  g_assert_cmpstr (kx_organization_get_contact_phone (org), ==, "0735-2222111");
  g_assert_cmpstr (kx_organization_get_address (org), ==, "郴州市北湖区人民西路 5 号");
  g_assert_cmpstr (kx_organization_get_note (org), ==, "");

  g_object_get (org, "kind", &kind, "kind-label", &label, NULL);
  g_assert_cmpint (kind, ==, KX_ORG_KIND_CITY_SOCIETY);
  g_assert_cmpstr (label, ==, kx_org_kind_label (KX_ORG_KIND_CITY_SOCIETY));

  /* The audit row: entity, action, and the stored row as the after image. */
  sql = g_strdup_printf ("SELECT json_extract (after_json, '$.name') FROM audit_log "
                         "WHERE entity = 'organization' AND entity_id = %" G_GINT64_FORMAT
                         " AND action = 'insert' AND before_json IS NULL", id);
  after_name = query_text (store, sql);
  g_assert_cmpstr (after_name, ==, "郴州市医学会");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization WHERE note IS NULL"), ==, 1);
  assert_audit_verifies (store);
}

static void
test_insert_normalizes_code (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_code ("51431000MJ0000028");
  g_autofree char *typed = g_strdup_printf ("  %s ", code);
  KxOrganizationFields fields = { .name = "  湘南学院科协 ", .kind = KX_ORG_KIND_UNIVERSITY_STA };
  gint64 id = 0;

  for (char *p = typed; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);
  fields.credit_code = typed;
  g_assert_true (kx_organization_insert (store, &fields, &id, &error));
  g_assert_no_error (error);

  org = kx_organization_find_by_name (store, "湘南学院科协", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_id (org), ==, id);
  g_assert_cmpstr (kx_organization_get_name (org), ==, "湘南学院科协");
  g_assert_cmpstr (kx_organization_get_credit_code (org), ==, code);
}

static void
assert_invalid (const KxOrganizationFields *fields,
                const char                 *field_name)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  gint64 audit_before = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_organization_fields_validate (fields, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, field_name));
  g_clear_error (&error);

  g_assert_false (kx_organization_insert (store, fields, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, field_name));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audit_before);
}

static void
test_validate_name (void)
{
  g_autofree char *code = make_code ("51431000MJ0000011");
  KxOrganizationFields fields = { .name = "   ", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                  .credit_code = code };

  assert_invalid (&fields, "Name");
  fields.name = NULL;
  assert_invalid (&fields, "Name");
}

static void
test_validate_kind (void)
{
  g_autofree char *code = make_code ("51431000MJ0000011");
  KxOrganizationFields fields = { .name = "郴州市医学会", .kind = KX_N_ORG_KINDS,
                                  .credit_code = code };

  assert_invalid (&fields, "Kind");
}

static void
test_validate_credit_code (void)
{
  g_autofree char *code = make_code ("51431000MJ0000011");
  g_autofree char *wrong = g_strdup (code);
  KxOrganizationFields fields = { .name = "桂阳县科协", .kind = KX_ORG_KIND_COUNTY_STA };
  g_autoptr(GError) error = NULL;

  /* Required for every kind but researcher. */
  assert_invalid (&fields, "Unified social credit code");
  fields.credit_code = "51431000MJ000001";
  assert_invalid (&fields, "Unified social credit code");
  wrong[17] = wrong[17] == '0' ? '1' : '0';
  fields.credit_code = wrong;
  assert_invalid (&fields, "Unified social credit code");

  fields.kind = KX_ORG_KIND_RESEARCHER;
  fields.credit_code = NULL;
  fields.name = "刘志强";
  g_assert_true (kx_organization_fields_validate (&fields, &error));
  g_assert_no_error (error);
  /* A researcher's code, when given, must still be right. */
  fields.credit_code = wrong;
  assert_invalid (&fields, "Unified social credit code");
}

static void
test_duplicate_name (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_code ("51431000MJ0000036");
  KxOrganizationFields fields = { .name = "郴州市医学会", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                  .credit_code = code };
  gint64 orgs, audits;

  insert_medical (store);
  orgs = query_int (store, "SELECT count(*) FROM organization");
  audits = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_organization_insert (store, &fields, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT);
  g_assert_true (g_str_has_prefix (error->message, "Name"));
  assert_contains (error->message, "“郴州市医学会”");

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, orgs);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
  g_assert_false (kx_store_in_transaction (store));
  assert_audit_verifies (store);
}

static void
test_duplicate_credit_code (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_code ("51431000MJ0000011");
  KxOrganizationFields fields = { .name = "郴州市护理学会", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                  .credit_code = code };
  gint64 audits;

  insert_medical (store);
  audits = query_int (store, "SELECT count(*) FROM audit_log");
  g_assert_false (kx_organization_insert (store, &fields, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT);
  g_assert_true (g_str_has_prefix (error->message, "Unified social credit code"));
  assert_contains (error->message, code);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_update (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_code ("51431000MJ0000011");
  g_autofree char *code2 = make_code ("51431000MJ0000044");
  g_autofree char *sql = NULL;
  g_autofree char *before_sg = NULL;
  g_autofree char *after_sg = NULL;
  KxOrganizationFields fields = { .name = "郴州市医学会", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                  .credit_code = code, .secretary_general = "周文斌" };
  KxOrganizationFields other = { .name = "郴州市药学会", .kind = KX_ORG_KIND_CITY_SOCIETY,
                                 .credit_code = code2 };
  gint64 id = insert_medical (store);
  gint64 other_id = 0;
  gint64 audits;

  g_assert_true (kx_organization_update (store, id, &fields, &error));
  g_assert_no_error (error);
  org = kx_organization_get (store, id, &error);
  g_assert_cmpstr (kx_organization_get_secretary_general (org), ==, "周文斌");
  g_assert_cmpstr (kx_organization_get_finance_staff (org), ==, "");

  sql = g_strdup_printf ("SELECT json_extract (before_json, '$.secretary_general') FROM audit_log "
                         "WHERE entity = 'organization' AND entity_id = %" G_GINT64_FORMAT
                         " AND action = 'update'", id);
  before_sg = query_text (store, sql);
  g_assert_cmpstr (before_sg, ==, "李建华");
  g_free (sql);
  sql = g_strdup_printf ("SELECT json_extract (after_json, '$.secretary_general') FROM audit_log "
                         "WHERE entity = 'organization' AND action = 'update'");
  after_sg = query_text (store, sql);
  g_assert_cmpstr (after_sg, ==, "周文斌");

  /* Renaming onto another organization's name is refused, and leaves nothing. */
  g_assert_true (kx_organization_insert (store, &other, &other_id, &error));
  audits = query_int (store, "SELECT count(*) FROM audit_log");
  other.name = "郴州市医学会";
  g_assert_false (kx_organization_update (store, other_id, &other, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization WHERE name = '郴州市药学会'"),
                   ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);

  /* Keeping its own name and code is no conflict. */
  g_assert_true (kx_organization_update (store, id, &fields, &error));
  g_assert_no_error (error);

  g_assert_false (kx_organization_update (store, 999, &fields, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  assert_audit_verifies (store);
}

static void
test_get_not_found (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KxOrganization) org = NULL;

  org = kx_organization_get (store, 42, &error);
  g_assert_null (org);
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);

  org = kx_organization_find_by_name (store, "嘉禾县科协", &error);
  g_assert_null (org);
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  assert_contains (error->message, "嘉禾县科协");
}

static void
test_find_by_credit_code (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KxOrganization) org = NULL;
  g_autofree char *code = make_code ("51431000MJ0000011");
  g_autofree char *lower = g_ascii_strdown (code, -1);
  gint64 id = insert_medical (store);

  org = kx_organization_find_by_credit_code (store, lower, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_organization_get_id (org), ==, id);
}

static void
test_list_order (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *c1 = make_code ("51431000MJ0000052");
  g_autofree char *c2 = make_code ("51431021MJ0000069");
  KxOrganizationFields county = { .name = "桂阳县科协", .kind = KX_ORG_KIND_COUNTY_STA,
                                  .credit_code = c1 };
  KxOrganizationFields person = { .name = "刘志强", .kind = KX_ORG_KIND_RESEARCHER };
  KxOrganizationFields university = { .name = "湘南学院科协", .kind = KX_ORG_KIND_UNIVERSITY_STA,
                                      .credit_code = c2 };
  const char *expected[] = { "郴州市医学会", "湘南学院科协", "桂阳县科协", "刘志强" };

  g_assert_true (kx_organization_insert (store, &county, NULL, &error));
  g_assert_true (kx_organization_insert (store, &person, NULL, &error));
  g_assert_true (kx_organization_insert (store, &university, NULL, &error));
  insert_medical (store);

  list = kx_organization_list (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (list) == KX_TYPE_ORGANIZATION);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (list, i);
      g_autofree char *name = NULL;

      g_object_get (org, "name", &name, NULL);
      g_assert_cmpstr (name, ==, expected[i]);
    }
}

static void
test_year_record (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = NULL;
  gint64 id = insert_medical (store);
  gint64 rowid;

  g_assert_true (kx_organization_set_year_record (store, id, 2024, KX_RESULT_PASS,
                                                  KX_RESULT_UNKNOWN, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kx_organization_set_year_record (store, id, 2025, KX_RESULT_PASS,
                                                  KX_RESULT_PASS, "市民政局 2025 年检", &error));
  /* The same year again replaces the record. */
  g_assert_true (kx_organization_set_year_record (store, id, 2024, KX_RESULT_FAIL,
                                                  KX_RESULT_PASS, "补报", &error));
  g_assert_no_error (error);

  records = kx_organization_list_year_records (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpint (g_array_index (records, KxYearRecord, 0).year, ==, 2025);
  g_assert_cmpstr (g_array_index (records, KxYearRecord, 0).note, ==, "市民政局 2025 年检");
  g_assert_cmpint (g_array_index (records, KxYearRecord, 1).year, ==, 2024);
  g_assert_cmpint (g_array_index (records, KxYearRecord, 1).inspection, ==, KX_RESULT_FAIL);
  g_assert_cmpint (g_array_index (records, KxYearRecord, 1).assessment, ==, KX_RESULT_PASS);

  rowid = query_int (store, "SELECT rowid FROM org_year_record WHERE year = 2024");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = "
                                     "'org_year_record' AND action = 'insert'"), ==, 2);
  g_assert_cmpint (query_int (store, "SELECT entity_id FROM audit_log WHERE entity = "
                                     "'org_year_record' AND action = 'update' AND "
                                     "json_extract (before_json, '$.inspection') = 'pass' AND "
                                     "json_extract (after_json, '$.inspection') = 'fail'"),
                   ==, rowid);
  assert_audit_verifies (store);
}

static void
test_year_record_invalid (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  gint64 id = insert_medical (store);
  gint64 audits = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_organization_set_year_record (store, id, 1989, KX_RESULT_PASS,
                                                   KX_RESULT_PASS, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Year"));
  g_clear_error (&error);

  g_assert_false (kx_organization_set_year_record (store, id + 100, 2025, KX_RESULT_PASS,
                                                   KX_RESULT_PASS, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM org_year_record"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_facts (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) facts = NULL;
  gint64 id = insert_medical (store);
  gint64 f1 = 0, f2 = 0;
  gint64 audits;

  g_assert_true (kx_organization_add_fact (store, id, KX_FACT_COMMENDATION, TRUE, "2023/12/28",
                                           "郴科协〔2023〕45 号", NULL, &f1, &error));
  g_assert_no_error (error);
  g_assert_true (kx_organization_add_fact (store, id, KX_FACT_PARTY_BRANCH_ACTIVE, FALSE,
                                           "2025-06-30", NULL, "党支部尚未换届", &f2, &error));
  g_assert_no_error (error);

  facts = kx_organization_list_facts (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->len, ==, 2);
  g_assert_cmpint (g_array_index (facts, KxFact, 0).id, ==, f2);
  g_assert_false (g_array_index (facts, KxFact, 0).holds);
  g_assert_cmpstr (g_array_index (facts, KxFact, 0).note, ==, "党支部尚未换届");
  g_assert_null (g_array_index (facts, KxFact, 0).evidence);
  g_assert_cmpint (g_array_index (facts, KxFact, 1).kind, ==, KX_FACT_COMMENDATION);
  g_assert_cmpstr (g_array_index (facts, KxFact, 1).fact_date, ==, "2023-12-28");
  g_assert_cmpstr (g_array_index (facts, KxFact, 1).evidence, ==, "郴科协〔2023〕45 号");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'org_fact' "
                                     "AND action = 'insert' AND json_extract (after_json, "
                                     "'$.kind') = 'commendation'"), ==, 1);

  audits = query_int (store, "SELECT count(*) FROM audit_log");
  g_assert_false (kx_organization_add_fact (store, id, KX_FACT_VIOLATION, TRUE, "2025-02-30",
                                            NULL, NULL, NULL, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Fact date"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);

  g_assert_true (kx_organization_delete_fact (store, f1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM org_fact"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'org_fact' "
                                     "AND action = 'delete' AND after_json IS NULL AND "
                                     "json_extract (before_json, '$.kind') = 'commendation'"),
                   ==, 1);
  g_assert_false (kx_organization_delete_fact (store, f1, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  assert_audit_verifies (store);
}

static void
test_nested_rollback (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  gint64 audits = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_true (kx_store_begin (store, &error));
  insert_medical (store);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 1);
  kx_store_rollback (store);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM organization"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/organization/insert/read-back", test_insert_read_back);
  g_test_add_func ("/organization/insert/normalizes-code", test_insert_normalizes_code);
  g_test_add_func ("/organization/insert/duplicate-name", test_duplicate_name);
  g_test_add_func ("/organization/insert/duplicate-credit-code", test_duplicate_credit_code);
  g_test_add_func ("/organization/insert/nested-rollback", test_nested_rollback);
  g_test_add_func ("/organization/validate/name", test_validate_name);
  g_test_add_func ("/organization/validate/kind", test_validate_kind);
  g_test_add_func ("/organization/validate/credit-code", test_validate_credit_code);
  g_test_add_func ("/organization/update", test_update);
  g_test_add_func ("/organization/get/not-found", test_get_not_found);
  g_test_add_func ("/organization/get/by-credit-code", test_find_by_credit_code);
  g_test_add_func ("/organization/list/order", test_list_order);
  g_test_add_func ("/organization/year-record/replace", test_year_record);
  g_test_add_func ("/organization/year-record/invalid", test_year_record_invalid);
  g_test_add_func ("/organization/fact/add-list-delete", test_facts);

  return g_test_run ();
}
