/* test-audit-view.c: the 审计日志 section pages, filters and verifies the log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gi18n.h>

#include "kx-gui-test.h"
#include "kx-test-world.h"
#include "kx-audit.h"
#include "kx-audit-log.h"
#include "kx-audit-view.h"

#define PROJECTS 60

typedef struct
{
  char       *path;
  KxStore    *store;
  GtkWidget  *view;
  GtkWindow  *window;
} Fixture;

static gboolean
idle_view (gpointer data)
{
  return !kx_audit_view_get_busy (data);
}

static void
open_view (Fixture    *f,
           const char *path)
{
  f->path = g_strdup (path);
  f->store = kx_gui_test_open (f->path);
  f->view = kx_audit_view_new ();
  kx_audit_view_set_store (KX_AUDIT_VIEW (f->view), f->store);
  f->window = kx_gui_test_host (f->view, 1000, 700);
  kx_gui_test_wait_until (idle_view, f->view);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *copy = kx_gui_test_demo_copy (PROJECTS);

  open_view (f, copy);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  kx_gui_test_flush ();
  g_clear_object (&f->store);
  g_free (f->path);
}

static GListModel *
shown (Fixture *f)
{
  GtkWidget *column_view = kx_gui_test_find (f->view, GTK_TYPE_COLUMN_VIEW, NULL);

  g_assert_nonnull (column_view);
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
}

static GPtrArray *
core_page (Fixture             *f,
           const KxAuditFilter *filter,
           gint64               before)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *page = kx_audit_log_query (f->store, filter, KX_AUDIT_VIEW_PAGE, before, NULL,
                                        &error);

  g_assert_no_error (error);
  return page;
}

/* The view shows exactly @page from @offset on. */
static void
assert_shows (Fixture   *f,
              GPtrArray *page,
              guint      offset)
{
  GListModel *model = shown (f);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, offset + page->len);
  for (guint i = 0; i < page->len; i++)
    {
      g_autoptr(KxAuditEntry) entry = g_list_model_get_item (model, offset + i);

      g_assert_cmpint (kx_audit_entry_get_seq (entry), ==,
                       kx_audit_entry_get_seq (g_ptr_array_index (page, i)));
    }
}

static void
test_first_page (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) first = core_page (f, NULL, 0);
  g_autoptr(GPtrArray) second = NULL;
  gint64 last;

  g_assert_cmpuint (first->len, ==, KX_AUDIT_VIEW_PAGE);
  assert_shows (f, first, 0);
  /* The newest entry is the last one written. */
  g_assert_cmpint (kx_audit_entry_get_seq (g_ptr_array_index (first, 0)), ==,
                   kx_test_db_int (f->path, "SELECT max(id) FROM audit_log"));
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "audit-view.png", NULL);

      kx_gui_test_save_png (f->view, png);
    }

  last = kx_audit_entry_get_seq (g_ptr_array_index (first, first->len - 1));
  second = core_page (f, NULL, last);
  gtk_widget_activate_action (f->view, "audit-view.load-more", NULL);
  kx_gui_test_wait_until (idle_view, f->view);
  assert_shows (f, second, first->len);
}

static gboolean
dropdown_select (GtkDropDown *dropdown,
                 const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  Fixture *f;
  guint    n;
} Expect;

static gboolean
shows_n (gpointer data)
{
  Expect *e = data;

  return !kx_audit_view_get_busy (KX_AUDIT_VIEW (e->f->view)) &&
         g_list_model_get_n_items (shown (e->f)) == e->n;
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *dropdown = kx_gui_test_find (f->view, GTK_TYPE_DROP_DOWN, NULL);
  GtkWidget *search = kx_gui_test_find (f->view, GTK_TYPE_SEARCH_ENTRY, NULL);
  KxAuditFilter filter = { .entity = "disbursement" };
  g_autoptr(GPtrArray) page = core_page (f, &filter, 0);
  Expect expect = { f, page->len };

  g_assert_cmpuint (page->len, >, 0);
  g_assert_cmpuint (page->len, <, KX_AUDIT_VIEW_PAGE);
  g_assert_true (dropdown_select (GTK_DROP_DOWN (dropdown), "Disbursement"));
  kx_gui_test_wait_until (shows_n, &expect);
  assert_shows (f, page, 0);

  /* Text narrows further: second tranches only. */
  filter.text = "\"tranche\":2";
  g_ptr_array_unref (page);
  page = core_page (f, &filter, 0);
  g_assert_cmpuint (page->len, >=, 1);
  g_assert_cmpuint (page->len, <, expect.n);
  expect.n = page->len;
  gtk_editable_set_text (GTK_EDITABLE (search), filter.text);
  kx_gui_test_wait_until (shows_n, &expect);
  assert_shows (f, page, 0);

  /* Days with no entries yet show the empty state. */
  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_find (f->view, GTK_TYPE_ENTRY, "")),
                         "2199-01-01");
  expect.n = 0;
  kx_gui_test_wait_until (shows_n, &expect);
  g_assert_nonnull (kx_gui_test_find (f->view, GTK_TYPE_LABEL, "No entries match"));
}

static gboolean
verify_reported (gpointer data)
{
  Fixture *f = data;

  return !kx_audit_view_get_busy (KX_AUDIT_VIEW (f->view)) &&
         kx_gui_test_find (f->view, GTK_TYPE_LABEL,
                           "Checking every entry of the audit log…") == NULL;
}

static char *
verify_text (Fixture *f)
{
  g_autoptr(KxStore) store = kx_gui_test_open (f->path);
  g_autoptr(GError) error = NULL;
  gint64 rows = 0;

  if (kx_audit_verify (store, &rows, &error))
    return g_strdup_printf ("The audit chain is intact: all %lld entries checked.",
                            (long long) rows);
  return g_strdup_printf ("The audit chain is broken. %s", error->message);
}

static void
test_verify_intact (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *expected = verify_text (f);

  g_assert_true (g_str_has_prefix (expected, "The audit chain is intact"));
  gtk_widget_activate_action (f->view, "audit-view.verify", NULL);
  g_assert_true (kx_audit_view_get_busy (KX_AUDIT_VIEW (f->view)));
  kx_gui_test_wait_until (verify_reported, f);
  g_assert_nonnull (kx_gui_test_find (f->view, GTK_TYPE_LABEL, expected));
}

static void
test_verify_broken (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *expected = NULL;
  sqlite3 *db = NULL;

  /* As an attacker with the sqlite3 tool would. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_log_no_update; "
                                     "UPDATE audit_log SET os_user = 'mallory' WHERE id = 100",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  expected = verify_text (f);
  g_assert_true (g_str_has_prefix (expected, "The audit chain is broken"));
  g_assert_nonnull (strstr (expected, "100"));

  gtk_widget_activate_action (f->view, "audit-view.verify", NULL);
  kx_gui_test_wait_until (verify_reported, f);
  g_assert_nonnull (kx_gui_test_find (f->view, GTK_TYPE_LABEL, expected));
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "audit-view-broken.png",
                                               NULL);

      kx_gui_test_wait_drawn (f->view);
      kx_gui_test_save_png (f->view, png);
    }
}

static void
test_empty (void)
{
  GtkWidget *view = kx_audit_view_new ();
  GtkWindow *window = kx_gui_test_host (view, 800, 600);

  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, "No database open"));
  gtk_widget_activate_action (view, "audit-view.verify", NULL);
  g_assert_false (kx_audit_view_get_busy (KX_AUDIT_VIEW (view)));
  gtk_window_destroy (window);
  kx_gui_test_flush ();
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/audit-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/audit-view/empty", test_empty);
  ADD ("/audit-view/first-page", test_first_page);
  ADD ("/audit-view/filters", test_filters);
  ADD ("/audit-view/verify/intact", test_verify_intact);
  ADD ("/audit-view/verify/broken", test_verify_broken);
#undef ADD

  return g_test_run ();
}
