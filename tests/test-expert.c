/* test-expert.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-audit.h"
#include "kx-expert.h"
#include "kx-organization.h"
#include "kx-store-private.h"
#include "kx-validate.h"

static KxStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KxStore *store = kx_store_open (":memory:", &error);

  g_assert_no_error (error);
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

static void
assert_audit_verifies (KxStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_audit_verify (store, NULL, &error));
  g_assert_no_error (error);
}

static gint64
add_expert (KxStore    *store,
            const char *name,
            const char *affiliation)
{
  KxExpertFields fields = {
    .name = name,
    .affiliation = affiliation,
    .field = "临床医学",
    .title = "主任医师",
    .phone = "13907351234",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kx_expert_insert (store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_org (KxStore    *store,
         const char *name,
         const char *first17)
{
  g_autofree char *code = g_strdup_printf ("%s%c", first17, kx_credit_code_check_char (first17));
  KxOrganizationFields fields = { .name = name, .kind = KX_ORG_KIND_CITY_SOCIETY,
                                  .credit_code = code };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kx_organization_insert (store, &fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
test_insert_read_back (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(KxExpert) expert = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean active = FALSE;
  gint64 id = add_expert (store, "谭国平", "郴州市第一人民医院");

  expert = kx_expert_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_expert_get_id (expert), ==, id);
  g_assert_cmpstr (kx_expert_get_name (expert), ==, "谭国平");
  g_assert_cmpstr (kx_expert_get_affiliation (expert), ==, "郴州市第一人民医院");
  g_assert_cmpstr (kx_expert_get_field (expert), ==, "临床医学");
  g_assert_cmpstr (kx_expert_get_title (expert), ==, "主任医师");
  g_assert_cmpstr (kx_expert_get_phone (expert), ==, "13907351234");
  g_assert_true (kx_expert_get_active (expert));
  g_object_get (expert, "name", &name, "active", &active, NULL);
  g_assert_cmpstr (name, ==, "谭国平");
  g_assert_true (active);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'expert' "
                                     "AND action = 'insert' AND before_json IS NULL AND "
                                     "json_extract (after_json, '$.name') = '谭国平'"), ==, 1);
  assert_audit_verifies (store);
}

static void
test_name_required (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  KxExpertFields fields = { .name = "  ", .affiliation = "湘南学院" };
  gint64 audits = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_expert_insert (store, &fields, NULL, &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Name"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM expert"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_update (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(KxExpert) expert = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_expert (store, "谭国平", "郴州市第一人民医院");
  KxExpertFields fields = { .name = "谭国平", .affiliation = "湘南学院附属医院",
                            .field = "心血管内科", .title = "教授", .inactive = TRUE };

  g_assert_true (kx_expert_update (store, id, &fields, &error));
  g_assert_no_error (error);
  expert = kx_expert_get (store, id, &error);
  g_assert_cmpstr (kx_expert_get_affiliation (expert), ==, "湘南学院附属医院");
  g_assert_cmpstr (kx_expert_get_phone (expert), ==, "");
  g_assert_false (kx_expert_get_active (expert));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'expert' AND "
                                     "action = 'update' AND json_extract (before_json, "
                                     "'$.affiliation') = '郴州市第一人民医院' AND json_extract "
                                     "(after_json, '$.active') = 0"), ==, 1);

  g_assert_false (kx_expert_update (store, id + 50, &fields, &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&expert);
  expert = kx_expert_get (store, id + 50, &error);
  g_assert_null (expert);
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);
}

static void
test_list (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  add_expert (store, "谭国平", "郴州市第一人民医院");
  add_expert (store, "曹丽娟", "湘南学院");
  list = kx_expert_list (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (list) == KX_TYPE_EXPERT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

static void
test_conflicts (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *reason = NULL;
  gint64 expert = add_expert (store, "谭国平", "郴州市第一人民医院");
  gint64 medical = add_org (store, "郴州市医学会", "51431000MJ0000011");
  gint64 nursing = add_org (store, "郴州市护理学会", "51431000MJ0000028");
  gboolean conflict = TRUE;

  g_assert_true (kx_expert_add_conflict (store, expert, nursing, "本会理事", &error));
  g_assert_true (kx_expert_add_conflict (store, expert, medical, "曾任该会秘书长", &error));
  g_assert_no_error (error);

  g_assert_true (kx_expert_has_conflict (store, expert, medical, &conflict, &error));
  g_assert_true (conflict);
  ids = kx_expert_list_conflicts (store, expert, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, medical);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, nursing);
  reason = kx_expert_get_conflict_reason (store, expert, medical);
  g_assert_cmpstr (reason, ==, "曾任该会秘书长");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'conflict' "
                                     "AND action = 'insert' AND json_extract (after_json, "
                                     "'$.reason') = '本会理事'"), ==, 1);

  g_assert_true (kx_expert_remove_conflict (store, expert, medical, &error));
  g_assert_no_error (error);
  g_assert_true (kx_expert_has_conflict (store, expert, medical, &conflict, &error));
  g_assert_false (conflict);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE entity = 'conflict' "
                                     "AND action = 'delete' AND after_json IS NULL AND "
                                     "json_extract (before_json, '$.reason') = '曾任该会秘书长'"),
                   ==, 1);
  assert_audit_verifies (store);
}

static void
test_conflict_refused (void)
{
  g_autoptr(KxStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  gint64 expert = add_expert (store, "谭国平", "郴州市第一人民医院");
  gint64 org = add_org (store, "郴州市医学会", "51431000MJ0000011");
  gint64 audits;

  g_assert_true (kx_expert_add_conflict (store, expert, org, NULL, &error));
  audits = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_false (kx_expert_add_conflict (store, expert, org, "again", &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (kx_expert_add_conflict (store, expert, org + 10, NULL, &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Organization"));
  g_clear_error (&error);
  g_assert_false (kx_expert_add_conflict (store, expert + 10, org, NULL, &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Expert"));
  g_clear_error (&error);
  g_assert_false (kx_expert_remove_conflict (store, expert, org + 10, &error));
  g_assert_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM conflict"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, audits);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/expert/insert/read-back", test_insert_read_back);
  g_test_add_func ("/expert/insert/name-required", test_name_required);
  g_test_add_func ("/expert/update", test_update);
  g_test_add_func ("/expert/list", test_list);
  g_test_add_func ("/expert/conflict/add-remove", test_conflicts);
  g_test_add_func ("/expert/conflict/refused", test_conflict_refused);

  return g_test_run ();
}
