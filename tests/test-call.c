/* test-call.c: calls, their policy defaults and validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-store.h"
#include "kx-store-private.h"

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

  f->dir = g_dir_make_tmp ("kexie-call-XXXXXX", NULL);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
query_int (KxStore    *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (_kx_store_step_row (store, stmt, &error), ==, 1);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (KxStore    *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (_kx_store_step_row (store, stmt, &error), ==, 1);
  return _kx_column_dup (stmt, 0);
}

static KxCallFields
make_fields (int year)
{
  KxCallFields f = {
    .year = year,
    .title = "2026年度学会服务能力提升计划",
    .budget_fen = 300000000,
    .window_start = "2026-03-01",
    .window_end = "2026-04-30",
    .note = "市科协党组批准",
  };

  kx_policy_init_defaults (&f.policy);
  return f;
}

static gint64
insert_call (Fixture *f,
             int      year)
{
  g_autoptr(GError) error = NULL;
  KxCallFields fields = make_fields (year);
  gint64 id = 0;

  g_assert_true (kx_call_insert (f->store, &fields, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_defaults (void)
{
  KxPolicy p;
  guint city = KX_ORG_KIND_BIT (KX_ORG_KIND_CITY_SOCIETY);
  guint university = KX_ORG_KIND_BIT (KX_ORG_KIND_UNIVERSITY_STA);
  guint county = KX_ORG_KIND_BIT (KX_ORG_KIND_COUNTY_STA);
  guint grassroots = KX_ORG_KIND_BIT (KX_ORG_KIND_GRASSROOTS_STA);
  guint researcher = KX_ORG_KIND_BIT (KX_ORG_KIND_RESEARCHER);

  memset (&p, 0xff, sizeof p);
  kx_policy_init_defaults (&p);

  g_assert_cmpuint (p.allowed_kinds[0], ==, city);
  g_assert_cmpuint (p.allowed_kinds[1], ==, city | university);
  g_assert_cmpuint (p.allowed_kinds[2], ==, city | university);
  g_assert_cmpuint (p.allowed_kinds[3], ==, city | university | county | grassroots | researcher);
  g_assert_cmpuint (p.allowed_kinds[4], ==, county);
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    g_assert_cmpint (p.type_cap_fen[t], ==, -1);
  g_assert_cmpint (p.experts_per_project, ==, 3);
  for (int i = 0; i < 5; i++)
    g_assert_cmpint (p.weights[i], ==, 20);
  g_assert_cmpint (p.trim_min_experts, ==, 5);
  g_assert_cmpint (p.pass_line, ==, 60);
  g_assert_cmpint (p.notice_days, ==, 7);
  g_assert_cmpint (p.first_tranche_percent, ==, 70);
  g_assert_cmpint (p.ban_years_fraud, ==, 3);
  g_assert_cmpint (p.ban_years_failed, ==, 2);
  g_assert_cmpint (p.inspection_years, ==, 2);
  g_assert_cmpint (p.commendation_years, ==, 5);
  g_assert_true (kx_policy_validate (&p, NULL));
}

/* The schema's own column defaults must agree with the C defaults. */
static void
test_defaults_match_schema (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  KxPolicy p;

  kx_policy_init_defaults (&p);
  g_assert_true (_kx_store_exec (f->store,
                                 "INSERT INTO call (year, title, budget_fen, window_start, "
                                 "window_end, created_at, updated_at) VALUES (2030, 't', 0, "
                                 "'2030-01-01', '2030-01-31', 'x', 'x')", &error));
  g_assert_no_error (error);
  call = kx_call_get_by_year (f->store, 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_call_get_policy (call)->experts_per_project, ==, p.experts_per_project);
  g_assert_cmpmem (kx_call_get_policy (call)->weights, sizeof p.weights, p.weights,
                   sizeof p.weights);
  g_assert_cmpint (kx_call_get_policy (call)->pass_line, ==, p.pass_line);
  g_assert_cmpint (kx_call_get_policy (call)->notice_days, ==, p.notice_days);
  g_assert_cmpint (kx_call_get_policy (call)->first_tranche_percent, ==, p.first_tranche_percent);
  g_assert_cmpint (kx_call_get_policy (call)->commendation_years, ==, p.commendation_years);
}

static void
test_insert_get (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(KxCall) by_year = NULL;
  g_autofree char *title = NULL;
  gint64 budget = 0;
  KxCallFields fields = make_fields (2026);
  gint64 id;

  fields.policy.type_cap_fen[0] = 100000000;
  fields.policy.weights[0] = 30;
  fields.policy.weights[4] = 10;
  g_assert_true (kx_call_insert (f->store, &fields, &id, &error));
  g_assert_no_error (error);

  call = kx_call_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_call_get_id (call), ==, id);
  g_assert_cmpint (kx_call_get_year (call), ==, 2026);
  g_assert_cmpstr (kx_call_get_title (call), ==, fields.title);
  g_assert_cmpint (kx_call_get_budget_fen (call), ==, 300000000);
  g_assert_cmpstr (kx_call_get_window_start (call), ==, "2026-03-01");
  g_assert_cmpstr (kx_call_get_window_end (call), ==, "2026-04-30");
  g_assert_cmpstr (kx_call_get_note (call), ==, "市科协党组批准");
  g_assert_cmpmem (kx_call_get_policy (call), sizeof (KxPolicy), &fields.policy,
                   sizeof (KxPolicy));

  g_object_get (call, "title", &title, "budget-fen", &budget, NULL);
  g_assert_cmpstr (title, ==, fields.title);
  g_assert_cmpint (budget, ==, 300000000);

  by_year = kx_call_get_by_year (f->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_call_get_id (by_year), ==, id);
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get (f->store, 42, &error);

  g_assert_null (call);
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kx_call_get_by_year (f->store, 2026, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2026"));
}

/* Breaks one field of @f; returns the field name the message must contain. */
static const char *
break_field (KxCallFields *f,
             int           which)
{
  KxPolicy *p = &f->policy;

  switch (which)
    {
    case 0: f->year = 1989; return "Year";
    case 1: f->year = 2201; return "Year";
    case 2: f->title = "   "; return "Title";
    case 3: f->title = NULL; return "Title";
    case 4: f->budget_fen = -1; return "Budget";
    case 5: f->window_start = "2026-02-30"; return "Window start";
    case 6: f->window_end = "tomorrow"; return "Window end";
    case 7: f->window_end = "2026-02-28"; return "Window end";
    case 8: p->experts_per_project = 0; return "Experts per project";
    case 9: p->weights[2] = 25; return "weights";
    case 10: p->weights[0] = -10; p->weights[1] = 50; return "Weight of basic conditions";
    case 11: p->trim_min_experts = 2; return "Trimmed mean";
    case 12: p->pass_line = 101; return "Pass line";
    case 13: p->notice_days = 0; return "Notice period";
    case 14: p->first_tranche_percent = 120; return "First tranche";
    case 15: p->ban_years_fraud = 21; return "Ban after fraud";
    case 16: p->ban_years_failed = -1; return "Ban after failed acceptance";
    case 17: p->inspection_years = 0; return "annual inspection";
    case 18: p->commendation_years = 21; return "commendation";
    case 19: p->allowed_kinds[2] = 32; return "type 3";
    case 20: p->type_cap_fen[1] = -5; return "type 2";
    case 21: p->type_cap_fen[3] = 300000001; return "type 4";
    default: return NULL;
    }
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  const char *needle;
  int i;

  for (i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;
      KxCallFields fields = make_fields (2026);

      if ((needle = break_field (&fields, i)) == NULL)
        break;
      g_assert_false (kx_call_fields_validate (&fields, NULL));
      g_assert_false (kx_call_insert (f->store, &fields, NULL, &error));
      g_assert_error (error, KX_CALL_ERROR, KX_ERROR_INVALID);
      if (strstr (error->message, needle) == NULL)
        g_error ("case %d: “%s” does not name “%s”", i, error->message, needle);
    }
  g_assert_cmpint (i, ==, 22);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'call'"),
                   ==, 0);
}

static void
test_duplicate_year (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxCallFields fields = make_fields (2026);

  insert_call (f, 2026);
  fields.title = "另一个";
  g_assert_false (kx_call_insert (f->store, &fields, NULL, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A call for 2026 already exists");
  g_assert_false (kx_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call_type"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'call'"),
                   ==, 1);
}

static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *action = NULL;
  g_autofree char *title = NULL;
  gint64 id = insert_call (f, 2026);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'call'"),
                   ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT entity_id FROM audit_log WHERE entity = 'call'"),
                   ==, id);
  action = query_text (f->store, "SELECT action FROM audit_log WHERE entity = 'call'");
  g_assert_cmpstr (action, ==, "insert");
  title = query_text (f->store, "SELECT after_json ->> '$.title' FROM audit_log "
                                "WHERE entity = 'call'");
  g_assert_cmpstr (title, ==, "2026年度学会服务能力提升计划");
  g_assert_cmpint (query_int (f->store, "SELECT json_array_length(after_json, '$.types') "
                                        "FROM audit_log WHERE entity = 'call'"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.types[3].allowed_kinds' "
                                        "FROM audit_log WHERE entity = 'call'"), ==, 31);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.types[4].type' "
                                        "FROM audit_log WHERE entity = 'call'"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.pass_line' "
                                        "FROM audit_log WHERE entity = 'call'"), ==, 60);
}

/* A failure after the call row was written (here: the fifth call_type
 * row) leaves no call, no type row and no audit row. */
static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxCallFields fields = make_fields (2026);

  g_assert_true (_kx_store_exec (f->store,
                                 "CREATE TEMP TRIGGER boom BEFORE INSERT ON call_type "
                                 "WHEN NEW.type = 5 BEGIN SELECT RAISE (ABORT, 'boom'); END",
                                 &error));
  g_assert_false (kx_call_insert (f->store, &fields, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (kx_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call_type"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'call'"),
                   ==, 0);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autofree char *sql = NULL;
  KxCallFields fields = make_fields (2026);
  gint64 id = insert_call (f, 2026);
  gint64 other = insert_call (f, 2025);

  fields.budget_fen = 500000000;
  fields.window_end = "2026-05-15";
  fields.note = NULL;
  fields.policy.pass_line = 65;
  fields.policy.allowed_kinds[0] |= KX_ORG_KIND_BIT (KX_ORG_KIND_UNIVERSITY_STA);
  fields.policy.type_cap_fen[4] = 20000000;
  g_assert_true (kx_call_update (f->store, id, &fields, &error));
  g_assert_no_error (error);

  call = kx_call_get (f->store, id, &error);
  g_assert_cmpint (kx_call_get_budget_fen (call), ==, 500000000);
  g_assert_cmpstr (kx_call_get_window_end (call), ==, "2026-05-15");
  g_assert_cmpstr (kx_call_get_note (call), ==, "");
  g_assert_cmpmem (kx_call_get_policy (call), sizeof (KxPolicy), &fields.policy,
                   sizeof (KxPolicy));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM call_type"), ==, 10);
  g_assert_cmpint (query_int (f->store, "SELECT before_json ->> '$.pass_line' FROM audit_log "
                                        "WHERE entity = 'call' AND action = 'update'"), ==, 60);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.types[4].cap_fen' "
                                        "FROM audit_log WHERE action = 'update'"), ==, 20000000);

  fields.year = 2025;
  g_assert_false (kx_call_update (f->store, id, &fields, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_CONSTRAINT);
  g_clear_error (&error);
  fields.year = 2027;
  sql = g_strdup_printf ("INSERT INTO organization (name, kind, created_at, updated_at) "
                         "VALUES ('o', 'researcher', 'x', 'x');"
                         "INSERT INTO project (call_id, organization_id, number, type, title, "
                         "created_at, updated_at) VALUES (%lld, last_insert_rowid (), "
                         "'2026-0001', 1, 't', 'x', 'x')", (long long) id);
  g_assert_true (_kx_store_exec (f->store, sql, &error));
  g_assert_false (kx_call_update (f->store, id, &fields, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "2026"));
  g_clear_error (&error);
  fields.year = 2026;
  g_assert_true (kx_call_update (f->store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_false (kx_call_update (f->store, other + 100, &fields, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'call'"),
                   ==, 4);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KxCall) first = NULL;
  g_autoptr(KxCall) last = NULL;

  insert_call (f, 2024);
  insert_call (f, 2026);
  insert_call (f, 2025);
  list = kx_call_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_true (g_list_model_get_item_type (list) == KX_TYPE_CALL);
  first = g_list_model_get_item (list, 0);
  last = g_list_model_get_item (list, 2);
  g_assert_cmpint (kx_call_get_year (first), ==, 2026);
  g_assert_cmpint (kx_call_get_year (last), ==, 2024);
  g_assert_cmpuint (kx_call_get_policy (last)->allowed_kinds[4], ==,
                    KX_ORG_KIND_BIT (KX_ORG_KIND_COUNTY_STA));
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/call/defaults", test_defaults);
  add ("/call/defaults-match-schema", test_defaults_match_schema);
  add ("/call/insert-get", test_insert_get);
  add ("/call/not-found", test_not_found);
  add ("/call/validate", test_validate);
  add ("/call/duplicate-year", test_duplicate_year);
  add ("/call/audit", test_audit);
  add ("/call/rollback", test_rollback);
  add ("/call/update", test_update);
  add ("/call/list", test_list);

  return g_test_run ();
}
