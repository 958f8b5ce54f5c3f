/* test-call-view.c: the 批次设置 section edits a call as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-agreement-template.h"
#include "kx-gui-test.h"
#include "kx-call.h"
#include "kx-call-dialog.h"
#include "kx-call-view.h"
#include "kx-test-world.h"
#include "kx-validate.h"

#define PROJECTS 60

typedef struct
{
  char       *path;
  KxStore    *store;
  KxCall     *call;
  GtkWidget  *view;
  GtkWindow  *window;
  guint       changed;
} Fixture;

static void
on_changed_cb (GtkWidget *view,
               Fixture   *f)
{
  f->changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = kx_gui_test_demo_copy (PROJECTS);
  f->store = kx_gui_test_open (f->path);
  f->call = kx_call_get_by_year (f->store, 2026, &error);
  g_assert_no_error (error);
  f->view = kx_call_view_new ();
  g_signal_connect (f->view, "changed", G_CALLBACK (on_changed_cb), f);
  kx_call_view_set_store (KX_CALL_VIEW (f->view), f->store);
  kx_call_view_set_call (KX_CALL_VIEW (f->view), f->call);
  f->window = kx_gui_test_host (f->view, 1000, 700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  kx_gui_test_flush ();
  g_clear_object (&f->call);
  g_clear_object (&f->store);
  g_free (f->path);
}

static GtkEditable *
find_entry (Fixture    *f,
            const char *text)
{
  GtkWidget *entry = kx_gui_test_find (f->view, GTK_TYPE_ENTRY, text);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static GtkEditable *
budget_entry (Fixture *f)
{
  g_autofree char *budget = kx_money_format_plain (kx_call_get_budget_fen (f->call));

  return find_entry (f, budget);
}

static gboolean
save_sensitive (Fixture *f)
{
  GtkWidget *save = kx_gui_test_find (f->view, GTK_TYPE_BUTTON, "Save");

  g_assert_nonnull (save);
  return gtk_widget_get_sensitive (save);
}

static gboolean
shows_error (Fixture    *f,
             const char *message)
{
  GtkWidget *label = kx_gui_test_find (f->view, GTK_TYPE_LABEL, message);

  return label != NULL && gtk_widget_get_visible (label);
}

static KxCall *
stored_call (Fixture *f)
{
  g_autoptr(KxStore) store = kx_gui_test_open (f->path);
  g_autoptr(GError) error = NULL;
  KxCall *call = kx_call_get (store, kx_call_get_id (f->call), &error);

  g_assert_no_error (error);
  return call;
}

static void
test_empty (void)
{
  GtkWidget *view = kx_call_view_new ();
  GtkWindow *window = kx_gui_test_host (view, 800, 600);

  g_assert_nonnull (kx_gui_test_find (view, GTK_TYPE_LABEL, "No database open"));
  gtk_window_destroy (window);
  kx_gui_test_flush ();
}

static void
test_shows_call (Fixture       *f,
                 gconstpointer  data)
{
  find_entry (f, kx_call_get_title (f->call));
  find_entry (f, kx_call_get_window_start (f->call));
  find_entry (f, kx_call_get_window_end (f->call));
  budget_entry (f);
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "call-view.png", NULL);

      kx_gui_test_save_png (f->view, png);
    }
  g_assert_false (save_sensitive (f));
}

static void
test_invalid_budget (Fixture       *f,
                     gconstpointer  data)
{
  const char *bad[] = { "abc", "-5", "1.234" };
  GtkEditable *entry = budget_entry (f);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) expected = NULL;
      g_autoptr(KxCall) stored = NULL;

      g_assert_false (kx_money_parse ("Budget", bad[i], NULL, &expected));
      g_assert_true (g_str_has_prefix (expected->message, "Budget"));
      gtk_editable_set_text (entry, bad[i]);
      g_assert_true (shows_error (f, expected->message));
      g_assert_false (save_sensitive (f));
      gtk_widget_activate_action (f->view, "call-view.save", NULL);
      stored = stored_call (f);
      g_assert_cmpint (kx_call_get_budget_fen (stored), ==, kx_call_get_budget_fen (f->call));
    }
  g_assert_cmpuint (f->changed, ==, 0);
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "call-view-error.png",
                                               NULL);

      kx_gui_test_wait_drawn (f->view);
      kx_gui_test_save_png (f->view, png);
    }
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(KxCall) stored = NULL;

  gtk_editable_set_text (budget_entry (f), "1234567.89");
  gtk_editable_set_text (find_entry (f, kx_call_get_title (f->call)), "新的批次名称");
  g_assert_true (save_sensitive (f));
  gtk_widget_activate_action (f->view, "call-view.save", NULL);
  g_assert_cmpuint (f->changed, ==, 1);
  stored = stored_call (f);
  g_assert_cmpint (kx_call_get_budget_fen (stored), ==, 123456789);
  g_assert_cmpstr (kx_call_get_title (stored), ==, "新的批次名称");
  /* Saved: nothing left to save. */
  g_assert_false (save_sensitive (f));
}

/* The agreement's clauses are edited with the call: checked as typed,
 * saved in the same transaction, signed agreements unchanged. */
static void
test_template (Fixture       *f,
               gconstpointer  data)
{
  GtkTextView *view = GTK_TEXT_VIEW (kx_gui_test_find (f->view, GTK_TYPE_TEXT_VIEW, NULL));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(KxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gboolean is_default = FALSE;
  const char *custom = "四、乙方{{乙方}}承诺：核定资金{{核定金额大写}}专款专用。";

  g_assert_nonnull (view);
  g_assert_false (save_sensitive (f));

  gtk_text_buffer_set_text (buffer, "四、{{负责人}}负责项目实施。", -1);
  g_assert_false (save_sensitive (f));
  g_assert_nonnull (kx_gui_test_find (f->view, GTK_TYPE_LABEL, NULL));
  {
    g_autoptr(GError) invalid = NULL;

    g_assert_false (kx_agreement_template_validate ("四、{{负责人}}负责项目实施。", &invalid));
    g_assert_true (shows_error (f, invalid->message));
    g_assert_nonnull (strstr (invalid->message, "负责人"));
  }

  gtk_text_buffer_set_text (buffer, custom, -1);
  g_assert_true (save_sensitive (f));
  gtk_widget_activate_action (f->view, "call-view.save", NULL);
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_false (save_sensitive (f));

  store = kx_gui_test_open (f->path);
  stored = kx_agreement_template_get (store, kx_call_get_id (f->call), &is_default, &error);
  g_assert_no_error (error);
  g_assert_false (is_default);
  g_assert_cmpstr (stored, ==, custom);

  /* Back to the default: the call keeps no text of its own. */
  gtk_widget_activate_action (kx_gui_test_find (f->view, GTK_TYPE_BUTTON, "Use the _Default"),
                              "template.default", NULL);
  g_assert_true (save_sensitive (f));
  gtk_widget_activate_action (f->view, "call-view.save", NULL);
  g_clear_pointer (&stored, g_free);
  stored = kx_agreement_template_get (store, kx_call_get_id (f->call), &is_default, &error);
  g_assert_no_error (error);
  g_assert_true (is_default);
}

static void
test_weights (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *spin = kx_gui_test_find (f->view, GTK_TYPE_SPIN_BUTTON, "20");
  g_autoptr(KxCall) stored = NULL;

  KxPolicy policy = *kx_call_get_policy (f->call);
  g_autoptr(GError) expected = NULL;

  g_assert_nonnull (spin);
  policy.weights[0] = 30;
  g_assert_false (kx_policy_validate (&policy, &expected));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  g_assert_true (shows_error (f, expected->message));
  g_assert_false (save_sensitive (f));
  gtk_widget_activate_action (f->view, "call-view.save", NULL);
  stored = stored_call (f);
  g_assert_cmpint (kx_call_get_policy (stored)->weights[0], ==, 20);
  /* Back to the stored value: valid, but nothing to save. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 20);
  g_assert_false (shows_error (f, expected->message));
  g_assert_false (save_sensitive (f));
}

/* The first cap entry: the first entry that offers "no cap". */
static GtkWidget *
find_cap_entry (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ENTRY (child) &&
          g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (child)), "no cap") == 0)
        return child;
      if ((found = find_cap_entry (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_caps (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *cap = find_cap_entry (f->view);
  g_autoptr(KxCall) stored = NULL;

  g_assert_nonnull (cap);
  g_autofree char *over = kx_money_format_plain (kx_call_get_budget_fen (f->call) + 100);
  g_autoptr(GError) expected = NULL;
  KxCallFields fields = { 2026, "t", kx_call_get_budget_fen (f->call), "2026-01-01", "2026-01-02",
                          NULL, *kx_call_get_policy (f->call) };

  /* More than the whole budget: the core's message, under the cap. */
  fields.policy.type_cap_fen[0] = kx_call_get_budget_fen (f->call) + 100;
  g_assert_false (kx_call_fields_validate (&fields, &expected));
  gtk_editable_set_text (GTK_EDITABLE (cap), over);
  g_assert_true (shows_error (f, expected->message));
  g_assert_false (save_sensitive (f));
  gtk_editable_set_text (GTK_EDITABLE (cap), "5万");
  g_assert_true (save_sensitive (f));
  gtk_widget_activate_action (f->view, "call-view.save", NULL);
  stored = stored_call (f);
  g_assert_cmpint (kx_call_get_policy (stored)->type_cap_fen[0], ==, 5000000);
  g_assert_cmpint (kx_call_get_policy (stored)->type_cap_fen[1], ==,
                   kx_call_get_policy (f->call)->type_cap_fen[1]);
  g_assert_cmpuint (f->changed, ==, 1);
}

static void
test_revert (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *title = find_entry (f, kx_call_get_title (f->call));

  gtk_editable_set_text (title, "改了又改");
  gtk_editable_set_text (budget_entry (f), "abc");
  gtk_widget_activate_action (f->view, "call-view.revert", NULL);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, kx_call_get_title (f->call));
  budget_entry (f);
  g_assert_false (save_sensitive (f));
  g_assert_cmpuint (f->changed, ==, 0);
}

static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KX_IS_CALL_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
test_new_call (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *start = kx_date_add_years (kx_call_get_window_start (f->call), 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) created = NULL;
  g_autoptr(KxStore) store = NULL;
  GtkWindow *dialog;
  GtkWidget *budget;

  gtk_widget_activate_action (f->view, "call-view.new", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  kx_gui_test_wait_drawn (GTK_WIDGET (dialog));
  /* Prefilled one year on. */
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "2027"));
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, start));
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY,
                                      "2027年度郴州市科协学会服务能力提升计划"));
  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "call-dialog.png", NULL);

      kx_gui_test_save_png (GTK_WIDGET (dialog), png);
    }

  /* An invalid budget: nothing is created. */
  budget = kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "3500000.00");
  g_assert_nonnull (budget);
  gtk_editable_set_text (GTK_EDITABLE (budget), "abc");
  g_assert_false (gtk_widget_get_sensitive (kx_gui_test_find (GTK_WIDGET (dialog),
                                                              GTK_TYPE_BUTTON, "Create")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "call-dialog.create", NULL);
  g_assert_cmpint (kx_test_db_int (f->path, "SELECT count(*) FROM call WHERE year = 2027"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (budget), "4000000");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "call-dialog.create", NULL);
  kx_gui_test_flush ();
  g_assert_null (find_dialog ());
  g_assert_cmpuint (f->changed, ==, 1);
  store = kx_gui_test_open (f->path);
  created = kx_call_get_by_year (store, 2027, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_call_get_budget_fen (created), ==, 400000000);
  g_assert_cmpstr (kx_call_get_window_start (created), ==, start);
  /* The policy came along. */
  g_assert_cmpint (kx_call_get_policy (created)->type_cap_fen[0], ==,
                   kx_call_get_policy (f->call)->type_cap_fen[0]);
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/call-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/call-view/empty", test_empty);
  ADD ("/call-view/shows-call", test_shows_call);
  ADD ("/call-view/invalid-budget", test_invalid_budget);
  ADD ("/call-view/save", test_save);
  ADD ("/call-view/template", test_template);
  ADD ("/call-view/weights", test_weights);
  ADD ("/call-view/caps", test_caps);
  ADD ("/call-view/revert", test_revert);
  ADD ("/call-view/new-call", test_new_call);
#undef ADD

  return g_test_run ();
}
