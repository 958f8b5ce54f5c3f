/* test-audit-log.c: the audit log read a page at a time, filtered and summarized
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kx-test-world.h"
#include "kx-audit-log.h"
#include "kx-call.h"
#include "kx-enums.h"
#include "kx-validate.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_open_demo (f, "audit-log", 30, 60);
}

static GPtrArray *
query (Fixture             *f,
       const KxAuditFilter *filter,
       guint                limit,
       gint64               before)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *page = kx_audit_log_query (f->store, filter, limit, before, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (page);
  return page;
}

static gint64
seq_at (GPtrArray *page,
        guint      i)
{
  return kx_audit_entry_get_seq (g_ptr_array_index (page, i));
}

/* Pages follow each other newest first, without gaps or repeats, and end. */
static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  gint64 total = kx_test_query_int (f, "SELECT count(*) FROM audit_log");
  gint64 expected = kx_test_query_int (f, "SELECT max(id) FROM audit_log");
  gint64 before = 0;
  gint64 seen = 0;

  for (;;)
    {
      g_autoptr(GPtrArray) page = query (f, NULL, 500, before);

      if (page->len == 0)
        break;
      g_assert_cmpuint (page->len, <=, 500);
      for (guint i = 0; i < page->len; i++)
        g_assert_cmpint (seq_at (page, i), ==, expected--);
      seen += page->len;
      before = seq_at (page, page->len - 1);
    }
  g_assert_cmpint (seen, ==, total);
  g_assert_cmpint (expected, ==, 0);
}

static void
test_filter_entity (Fixture       *f,
                    gconstpointer  data)
{
  KxAuditFilter filter = { .entity = "disbursement" };
  g_autoptr(GPtrArray) page = query (f, &filter, 10000, 0);
  g_autofree char *sql = NULL;

  g_assert_cmpint (page->len, ==,
                   kx_test_query_int (f, "SELECT count(*) FROM audit_log "
                                         "WHERE entity = 'disbursement'"));
  g_assert_cmpuint (page->len, >, 0);
  for (guint i = 0; i < page->len; i++)
    {
      KxAuditEntry *e = g_ptr_array_index (page, i);

      g_assert_cmpstr (kx_audit_entry_get_entity (e), ==, "disbursement");
      /* A disbursement belongs to a project: its number is found. */
      g_assert_nonnull (kx_audit_entry_get_project_number (e));
      if (i > 0)
        g_assert_cmpint (seq_at (page, i), <, seq_at (page, i - 1));
    }
}

static void
test_filter_text (Fixture       *f,
                  gconstpointer  data)
{
  KxAuditFilter filter = { .text = "2025-0003" };
  g_autoptr(GPtrArray) page = query (f, &filter, 10000, 0);

  g_assert_cmpuint (page->len, >, 0);
  g_assert_cmpint (page->len, ==,
                   kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "instr(coalesce(after_json, '') || "
                                         "coalesce(before_json, ''), '2025-0003')"));
  filter.text = "no such text anywhere";
  g_ptr_array_unref (page);
  page = query (f, &filter, 10000, 0);
  g_assert_cmpuint (page->len, ==, 0);
}

static void
test_filter_dates (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *today = kx_date_today ();
  g_autofree char *tomorrow = kx_date_add_days (today, 1);
  g_autofree char *yesterday = kx_date_add_days (today, -1);
  KxAuditFilter filter = { .from = yesterday, .to = tomorrow };
  g_autoptr(GPtrArray) page = query (f, &filter, 100000, 0);
  g_autoptr(GError) error = NULL;

  /* The demo was written just now (the log records real time). */
  g_assert_cmpint (page->len, ==, kx_test_query_int (f, "SELECT count(*) FROM audit_log"));
  g_ptr_array_unref (page);
  filter.from = tomorrow;
  filter.to = NULL;
  page = query (f, &filter, 100, 0);
  g_assert_cmpuint (page->len, ==, 0);
  g_ptr_array_unref (page);
  filter.from = NULL;
  filter.to = yesterday;
  page = query (f, &filter, 100, 0);
  g_assert_cmpuint (page->len, ==, 0);

  filter.to = "not a date";
  g_assert_null (kx_audit_log_query (f->store, &filter, 10, 0, NULL, &error));
  g_assert_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID);
}

/* A search for a text no entry holds reads the whole log: it can be
 * stopped. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  KxAuditFilter filter = { .text = "no such text anywhere" };

  g_cancellable_cancel (cancellable);
  g_assert_null (kx_audit_log_query (f->store, &filter, 10, 0, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The store is fine afterwards. */
  g_clear_error (&error);
  g_ptr_array_unref (query (f, NULL, 10, 0));
}

static KxAuditEntry *
first_entry (Fixture    *f,
             const char *entity,
             const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT max(id) + 1 FROM audit_log "
                                          "WHERE entity = '%s' AND action = '%s'",
                                          entity, action);
  KxAuditFilter filter = { .entity = entity };
  g_autoptr(GPtrArray) page = query (f, &filter, 1, kx_test_query_int (f, sql));

  g_assert_cmpuint (page->len, ==, 1);
  g_assert_cmpstr (kx_audit_entry_get_action (g_ptr_array_index (page, 0)), ==, action);
  return g_object_ref (g_ptr_array_index (page, 0));
}

static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KxAuditEntry) review = first_entry (f, "project", "formal-review");
  g_autoptr(KxAuditEntry) insert = first_entry (f, "organization", "insert");
  g_autoptr(KxAuditEntry) paid = first_entry (f, "disbursement", "disburse");
  g_autofree char *stage = g_strdup_printf ("Stage: %s → %s", kx_stage_label (KX_STAGE_SUBMITTED),
                                            kx_stage_label (KX_STAGE_FORMAL_PASSED));
  g_autofree char *stage_rejected = g_strdup_printf ("Stage: %s → %s",
                                                     kx_stage_label (KX_STAGE_SUBMITTED),
                                                     kx_stage_label (KX_STAGE_REJECTED));
  const char *summary = kx_audit_entry_get_summary (review);
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (f->store,
    "SELECT 'recorded: ' || json_extract(after_json, '$.name') FROM audit_log WHERE id = ?1", NULL);
  g_autofree char *name = NULL;

  sqlite3_bind_int64 (stmt, 1, kx_audit_entry_get_seq (insert));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  /* A stage change names both stages, and not the update time. */
  g_assert_true (strstr (summary, stage) != NULL || strstr (summary, stage_rejected) != NULL);
  g_assert_null (strstr (summary, "updated_at"));
  g_assert_nonnull (kx_audit_entry_get_project_number (review));
  /* A new row is named by its name. */
  g_assert_cmpstr (kx_audit_entry_get_summary (insert), ==, name);
  /* Money is shown as money. */
  g_assert_nonnull (strstr (kx_audit_entry_get_summary (paid), "¥"));
}

static void
test_entities (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = kx_audit_log_entities (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_strv_length (names), ==,
                   kx_test_query_int (f, "SELECT count(DISTINCT entity) FROM audit_log"));
  g_assert_true (g_strv_contains ((const char * const *) names, "project"));
  g_assert_true (g_strv_contains ((const char * const *) names, "call"));
  for (guint i = 1; names[i] != NULL; i++)
    g_assert_cmpstr (names[i - 1], <, names[i]);
}

/* The filters by table use the index, not a scan of the log. */
static void
test_uses_index (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (f->store,
    "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE entity = 'call' AND id < 100 "
    "ORDER BY id DESC LIMIT 10", NULL);
  g_autoptr(GString) plan = g_string_new ("");

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append (plan, (const char *) sqlite3_column_text (stmt, 3));
  g_assert_nonnull (strstr (plan->str, "audit_log_entity_seq"));
  g_assert_null (strstr (plan->str, "TEMP B-TREE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, kx_test_world_tear_down)
  ADD ("/audit-log/paging", test_paging);
  ADD ("/audit-log/filter/entity", test_filter_entity);
  ADD ("/audit-log/filter/text", test_filter_text);
  ADD ("/audit-log/filter/dates", test_filter_dates);
  ADD ("/audit-log/summaries", test_summaries);
  ADD ("/audit-log/cancel", test_cancel);
  ADD ("/audit-log/entities", test_entities);
  ADD ("/audit-log/uses-index", test_uses_index);
#undef ADD

  return g_test_run ();
}
