/* test-project-list.c: the projects of a call as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-eligibility.h"
#include "kx-organization.h"
#include "kx-project.h"
#include "kx-project-list.h"
#include "kx-project-private.h"
#include "kx-store.h"
#include "kx-store-private.h"

#define N_2026 40
#define N_2025 7

typedef struct
{
  char    *dir;
  KxStore *store;
  gint64   call_2026;
  gint64   call_2025;
  gint64   orgs[3];
} Fixture;

typedef struct
{
  guint n_emissions;
  guint position;
  guint removed;
  guint added;
} Changes;

static const char *const org_names[] = { "郴州市医学会", "郴州职业技术学院科协", "桂阳县科协" };

static gint64
add_call (KxStore *store,
          int      year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = g_strdup_printf ("%d-03-01", year);
  g_autofree char *end = g_strdup_printf ("%d-04-30", year);
  KxCallFields f = { year, "年度学会服务能力提升计划", 300000000, start, end, NULL };
  gint64 id = 0;

  kx_policy_init_defaults (&f.policy);
  g_assert_true (kx_call_insert (store, &f, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_org (KxStore    *store,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO organization (name, kind, created_at, "
                                          "updated_at) VALUES ('%s', 'city_society', 'x', 'x')",
                                          name);

  g_assert_true (_kx_store_exec (store, sql, &error));
  g_assert_no_error (error);
  return sqlite3_last_insert_rowid (_kx_store_get_db (store));
}

/* Project i of a call: organization i % 3, type i % 5 + 1, amount
 * (i + 1) × 1000 yuan. */
static void
add_project (Fixture *f,
             gint64   call_id,
             guint    i)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("项目 %u", i);
  g_autofree char *content = g_strdup_printf ("内容 %u", i);
  KxBudgetLineFields line = { 0, "会议费", (gint64) (i + 1) * 100000, NULL };
  KxProjectFields p = {
    .call_id = call_id,
    .organization_id = f->orgs[i % 3],
    .type = i % 5 + 1,
    .title = title,
    .content = content,
    .budget_lines = &line,
    .n_budget_lines = 1,
  };

  g_assert_true (kx_project_insert (f->store, &p, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("kexie-project-list-XXXXXX", NULL);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
  f->call_2026 = add_call (f->store, 2026);
  f->call_2025 = add_call (f->store, 2025);
  for (guint i = 0; i < G_N_ELEMENTS (org_names); i++)
    f->orgs[i] = add_org (f->store, org_names[i]);
  /* Interleaved, so the rows of one call are not contiguous. */
  for (guint i = 0; i < N_2026; i++)
    {
      add_project (f, f->call_2026, i);
      if (i < N_2025)
        add_project (f, f->call_2025, i);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->n_emissions++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  /* The model already shows the new rows while the signal runs. */
  if (position == 0 && removed != added)
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, position + added);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2026, &error);
  GListModel *model = G_LIST_MODEL (list);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (model) == KX_TYPE_PROJECT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_2026);
  g_assert_cmpint (kx_project_list_get_call_id (list), ==, f->call_2026);

  for (guint i = 0; i < N_2026; i++)
    {
      g_autoptr(KxProject) p = g_list_model_get_item (model, i);
      g_autofree char *number = g_strdup_printf ("2026-%04u", i + 1);
      g_autofree char *title = g_strdup_printf ("项目 %u", i);
      g_autofree char *content = g_strdup_printf ("内容 %u", i);

      g_assert_true (KX_IS_PROJECT (p));
      g_assert_cmpstr (kx_project_get_number (p), ==, number);
      g_assert_cmpstr (kx_project_get_title (p), ==, title);
      g_assert_cmpstr (kx_project_get_organization_name (p), ==, org_names[i % 3]);
      g_assert_cmpint (kx_project_get_organization_id (p), ==, f->orgs[i % 3]);
      g_assert_cmpint (kx_project_get_project_type (p), ==, i % 5 + 1);
      g_assert_cmpint (kx_project_get_stage (p), ==, KX_STAGE_DRAFT);
      g_assert_cmpint (kx_project_get_requested_fen (p), ==, (gint64) (i + 1) * 100000);
      g_assert_cmpint (kx_project_get_approved_fen (p), ==, -1);
      g_assert_cmpint (kx_project_get_call_year (p), ==, 2026);
      g_assert_cmpint (kx_project_get_call_id (p), ==, f->call_2026);
      g_assert_null (kx_project_get_submitted_on (p));
      /* read lazily from the store */
      g_assert_cmpstr (kx_project_get_content (p), ==, content);
      g_assert_cmpstr (kx_project_list_peek (list, i)->number, ==, number);
    }
  g_assert_null (g_list_model_get_item (model, N_2026));
  g_assert_null (kx_project_list_peek (list, N_2026));
}

/* get_item hands out a new reference each time. */
static void
test_item_refs (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2025, NULL);
  KxProject *a = g_list_model_get_item (G_LIST_MODEL (list), 3);
  KxProject *b = g_list_model_get_item (G_LIST_MODEL (list), 3);

  g_assert_cmpint (kx_project_get_id (a), ==, kx_project_get_id (b));
  g_assert_cmpstr (kx_project_get_number (a), ==, "2025-0004");
  g_object_add_weak_pointer (G_OBJECT (a), (gpointer *) &a);
  g_object_unref (a);
  g_assert_null (a);
  g_assert_cmpstr (kx_project_get_number (b), ==, "2025-0004");
  g_object_unref (b);
}

static void
test_all_calls (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, 0, &error);
  g_autoptr(KxProject) first = NULL;
  g_autoptr(KxProject) second = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_2026 + N_2025);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  second = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpstr (kx_project_get_number (first), ==, "2026-0001");
  g_assert_cmpstr (kx_project_get_number (second), ==, "2025-0001");
  g_assert_cmpint (kx_project_get_call_year (second), ==, 2025);
}

static void
make_eligible (Fixture *f,
               gint64   org)
{
  kx_test_make_eligible_for (&(KxTestWorld) { .store = f->store }, org, 2025, 0);
}

static void
test_reload (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2025, &error);
  g_autoptr(KxProject) last = NULL;
  Changes changes = { 0 };
  guint notified = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_cb), &notified);

  for (guint i = N_2025; i < N_2025 + 3; i++)
    add_project (f, f->call_2025, i);
  g_assert_true (kx_project_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, N_2025);
  g_assert_cmpuint (changes.added, ==, N_2025 + 3);
  g_assert_cmpuint (notified, ==, 1);
  last = g_list_model_get_item (G_LIST_MODEL (list), N_2025 + 2);
  g_assert_cmpstr (kx_project_get_number (last), ==, "2025-0010");

  /* A stage change shows after a reload: 2025-0009, type 4 of the third
   * society, submitted once the society has what 六(二) asks of it. */
  make_eligible (f, f->orgs[2]);
  g_assert_true (kx_project_submit (f->store, kx_project_list_peek (list, N_2025 + 1)->id,
                                    "2025-03-10", &error));
  g_assert_no_error (error);
  g_assert_true (kx_project_list_reload (list, &error));
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  g_assert_cmpuint (changes.removed, ==, N_2025 + 3);
  g_assert_cmpuint (changes.added, ==, N_2025 + 3);
  g_assert_cmpint (kx_project_list_peek (list, N_2025 + 1)->stage, ==, KX_STAGE_SUBMITTED);
  g_assert_cmpstr (kx_project_list_peek (list, N_2025 + 1)->submitted_on, ==, "2025-03-10");
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, 12345, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
}

/* The review columns of projects nobody has reviewed yet. */
static void
test_review_columns_empty (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2026, NULL);

  for (guint i = 0; i < N_2026; i++)
    {
      const KxProjectSummary *row = kx_project_list_peek (list, i);

      g_assert_cmpint (row->formal_result, ==, -1);
      g_assert_cmpint (row->score_centi, ==, -1);
      g_assert_cmpint (row->rank, ==, 0);
    }
}

/* Every third row, from the last one back. */
static GArray *
sparse_reversed (guint n)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = n; i > 0; i--)
    if ((i - 1) % 3 == 0)
      g_array_append_val (order, (guint) { i - 1 });
  return order;
}

static void
test_set_order (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2026, NULL);
  g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
  g_autoptr(GArray) order = sparse_reversed (N_2026);
  GListModel *model = G_LIST_MODEL (list);
  Changes changes = { 0 };
  guint notified = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_cb), &notified);
  g_assert_cmpuint (kx_project_rows_get_n (rows), ==, N_2026);

  g_assert_true (kx_project_list_set_order (list, rows, order));
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, N_2026);
  g_assert_cmpuint (changes.added, ==, order->len);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 14);
  g_assert_cmpuint (kx_project_list_get_total (list), ==, N_2026);
  /* items, peek and find go through the order: 2026-0040, 2026-0037, … */
  for (guint pos = 0; pos < order->len; pos++)
    {
      g_autoptr(KxProject) p = g_list_model_get_item (model, pos);
      const KxProjectSummary *row = kx_project_rows_peek (rows, g_array_index (order, guint, pos));

      g_assert_cmpint (kx_project_get_id (p), ==, row->id);
      g_assert_cmpstr (kx_project_list_peek (list, pos)->number, ==, row->number);
      g_assert_cmpuint (kx_project_list_find (list, row->id), ==, pos);
    }
  g_assert_cmpstr (kx_project_list_peek (list, 0)->number, ==, "2026-0040");
  g_assert_cmpstr (kx_project_list_peek (list, 1)->number, ==, "2026-0037");
  g_assert_null (kx_project_list_peek (list, order->len));
  g_assert_null (g_list_model_get_item (model, order->len));
  /* 2026-0039 is hidden; an unknown id is nowhere */
  g_assert_cmpuint (kx_project_list_find (list, kx_project_rows_peek (rows, 38)->id), ==,
                    G_MAXUINT);
  g_assert_cmpuint (kx_project_list_find (list, 999999), ==, G_MAXUINT);

  /* NULL: every row again, in natural order */
  g_assert_true (kx_project_list_set_order (list, rows, NULL));
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  g_assert_cmpuint (changes.removed, ==, order->len);
  g_assert_cmpuint (changes.added, ==, N_2026);
  g_assert_cmpuint (kx_project_list_find (list, kx_project_rows_peek (rows, 38)->id), ==, 38);

  /* An empty order */
  g_array_set_size (order, 0);
  g_assert_true (kx_project_list_set_order (list, rows, order));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (changes.added, ==, 0);
}

/* An order for the rows from before a reload is refused. */
static void
test_set_order_stale (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2025, NULL);
  g_autoptr(KxProjectRows) old = kx_project_list_get_rows (list);
  g_autoptr(GArray) order = sparse_reversed (N_2025);
  Changes changes = { 0 };

  g_assert_true (kx_project_list_set_order (list, old, order));
  g_assert_true (kx_project_list_reload (list, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_2025);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_false (kx_project_list_set_order (list, old, order));
  g_assert_false (kx_project_list_set_order (list, old, NULL));
  g_assert_cmpuint (changes.n_emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_2025);
  /* the old snapshot still holds its rows */
  g_assert_cmpstr (kx_project_rows_peek (old, N_2025 - 1)->number, ==, "2025-0007");
}

static void
test_refresh_project (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (f->store, f->call_2025, NULL);
  g_autoptr(KxProjectRows) before = kx_project_list_get_rows (list);
  g_autoptr(KxProjectRows) after = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sparse = sparse_reversed (N_2025);
  /* 2025-0006: index 5, the third society, shown at position 1 */
  const KxProjectSummary *row = kx_project_rows_peek (before, 5);
  gint64 id = row->id;
  Changes changes = { 0 };

  for (guint i = N_2025; i > 0; i--)
    g_array_append_val (order, (guint) { i - 1 });
  g_assert_true (kx_project_list_set_order (list, before, order));
  g_assert_cmpuint (kx_project_list_find (list, id), ==, 1);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  make_eligible (f, f->orgs[2]);
  g_assert_true (kx_project_submit (f->store, id, "2025-03-10", &error));
  g_assert_no_error (error);

  g_assert_true (kx_project_list_refresh_project (list, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpint (kx_project_list_peek (list, 1)->stage, ==, KX_STAGE_SUBMITTED);
  g_assert_cmpstr (kx_project_list_peek (list, 1)->submitted_on, ==, "2025-03-10");
  /* the order is kept */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_2025);
  for (guint pos = 0; pos < N_2025; pos++)
    g_assert_cmpint (kx_project_list_peek (list, pos)->id, ==,
                     kx_project_rows_peek (before, N_2025 - 1 - pos)->id);
  /* a new snapshot; the old one is as it was */
  after = kx_project_list_get_rows (list);
  g_assert_true (after != before);
  g_assert_cmpint (kx_project_rows_peek (after, 5)->stage, ==, KX_STAGE_SUBMITTED);
  g_assert_cmpint (row->stage, ==, KX_STAGE_DRAFT);
  g_assert_null (row->submitted_on);
  /* an order made on the snapshot before the refresh still applies */
  g_assert_true (kx_project_list_set_order (list, before, NULL));
  g_assert_cmpint (kx_project_list_peek (list, 5)->stage, ==, KX_STAGE_SUBMITTED);

  /* a hidden row changes without items-changed */
  g_assert_true (kx_project_list_set_order (list, after, sparse));
  changes.n_emissions = 0;
  g_assert_true (kx_project_submit (f->store, kx_project_rows_peek (after, 2)->id,
                                    "2025-03-11", &error));
  g_assert_true (kx_project_list_refresh_project (list, kx_project_rows_peek (after, 2)->id,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_emissions, ==, 0);
  g_assert_true (kx_project_list_set_order (list, after, NULL));
  g_assert_cmpint (kx_project_list_peek (list, 2)->stage, ==, KX_STAGE_SUBMITTED);

  /* not in the list */
  g_assert_false (kx_project_list_refresh_project (list, 999999, &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND);
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

  add ("/project-list/items", test_items);
  add ("/project-list/item-refs", test_item_refs);
  add ("/project-list/all-calls", test_all_calls);
  add ("/project-list/reload", test_reload);
  add ("/project-list/empty", test_empty);
  add ("/project-list/review-columns-empty", test_review_columns_empty);
  add ("/project-list/set-order", test_set_order);
  add ("/project-list/set-order-stale", test_set_order_stale);
  add ("/project-list/refresh-project", test_refresh_project);

  return g_test_run ();
}
