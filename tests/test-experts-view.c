/* test-experts-view.c: the 评审专家 section on a demo database, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kx-call.h"
#include "kx-conflict-dialog.h"
#include "kx-expert-detail.h"
#include "kx-expert-dialog.h"
#include "kx-expert-load.h"
#include "kx-expert.h"
#include "kx-experts-view.h"
#include "kx-gui-test.h"
#include "kx-organization.h"

#define DEMO_PROJECTS 60

typedef struct
{
  char          *path;
  KxStore       *store;
  KxCall        *call;
  KxExpertsView *view;
  GtkWindow     *window;
  guint          changed;
} Fixture;

static void
on_changed_cb (Fixture *f)
{
  f->changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) calls = NULL;

  f->path = kx_gui_test_demo_copy (DEMO_PROJECTS);
  f->store = kx_gui_test_open (f->path);
  calls = kx_call_list (f->store, NULL);
  /* The newest call has projects under expert review. */
  f->call = g_list_model_get_item (calls, 0);
  f->view = KX_EXPERTS_VIEW (kx_experts_view_new ());
  g_signal_connect_swapped (f->view, "changed", G_CALLBACK (on_changed_cb), f);
  kx_experts_view_set_store (f->view, f->store);
  kx_experts_view_set_call (f->view, f->call);
  f->window = kx_gui_test_host (GTK_WIDGET (f->view), 1280, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kx_gui_test_close_windows ();
  g_clear_object (&f->call);
  g_clear_object (&f->store);
  g_remove (f->path);
  g_free (f->path);
}

static GtkWidget *
view_child (Fixture    *f,
            const char *name)
{
  return kx_gui_test_child (f->view, KX_TYPE_EXPERTS_VIEW, name);
}

static GtkColumnView *
column_view (Fixture *f)
{
  return GTK_COLUMN_VIEW (view_child (f, "column_view"));
}

static GtkSingleSelection *
list_model (Fixture *f)
{
  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (column_view (f)));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list_model (f)));
}

static KxExpertDetail *
detail (Fixture *f)
{
  return KX_EXPERT_DETAIL (view_child (f, "detail"));
}

static void
collect_numeric (GtkWidget  *widget,
                 GPtrArray  *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric"))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_numeric (c, texts);
}

static void
search (Fixture    *f,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (view_child (f, "search_entry")),
                         text);
  kx_gui_test_flush ();
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
}

/* The load the list shows for the one expert the search leaves. */
static char *
shown_load (Fixture *f)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_numeric (GTK_WIDGET (column_view (f)), texts);
  g_assert_cmpuint (texts->len, ==, 1);
  return g_strdup (g_ptr_array_index (texts, 0));
}

static gboolean
name_is_unique (GListModel *experts,
                const char *name)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (experts); i++)
    {
      g_autoptr(KxExpert) e = g_list_model_get_item (experts, i);

      n += strstr (kx_expert_get_name (e), name) != NULL;
    }
  return n == 1;
}

static int
core_load (GArray *load,
           gint64  expert_id)
{
  for (guint i = 0; i < load->len; i++)
    if (g_array_index (load, KxExpertLoad, i).expert_id == expert_id)
      return g_array_index (load, KxExpertLoad, i).n;
  return 0;
}

static KxExpert *
select_position (Fixture *f,
                 guint    position)
{
  gtk_single_selection_set_selected (list_model (f), position);
  kx_gui_test_flush ();
  return gtk_single_selection_get_selected_item (list_model (f));
}

static guint
n_rows (GtkWidget *list_box)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list_box); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}

/* Tests -------------------------------------------------------------------- */

static void
test_load_matches_core (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GArray) load = kx_expert_list_load (f->store, kx_call_get_id (f->call), NULL);
  g_autoptr(GListModel) experts = kx_expert_list (f->store, NULL);
  guint checked = 0;
  gboolean zero_seen = FALSE;

  g_assert_cmpuint (n_shown (f), ==, g_list_model_get_n_items (experts));
  g_assert_cmpuint (load->len, >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (experts); i++)
    {
      g_autoptr(KxExpert) e = g_list_model_get_item (experts, i);
      int n = core_load (load, kx_expert_get_id (e));
      g_autofree char *expected = g_strdup_printf ("%d", n);
      g_autofree char *shown = NULL;

      if (!name_is_unique (experts, kx_expert_get_name (e)))
        continue;
      search (f, kx_expert_get_name (e));
      g_assert_cmpuint (n_shown (f), ==, 1);
      shown = shown_load (f);
      g_assert_cmpstr (shown, ==, expected);
      zero_seen |= n == 0;
      checked++;

      /* The detail lists as many projects of the call. */
      select_position (f, 0);
      g_assert_cmpuint (n_rows (kx_gui_test_child (detail (f), KX_TYPE_EXPERT_DETAIL,
                                                   "assigned_list")), ==,
                        n);
    }
  g_assert_cmpuint (checked, >=, 10);
  (void) zero_seen;
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  GType type = KX_TYPE_CONFLICT_DIALOG;
  KxExpert *expert = select_position (f, 2);
  gint64 expert_id = kx_expert_get_id (expert);
  g_autoptr(GListModel) orgs = kx_organization_list (f->store, NULL);
  g_autoptr(KxOrganization) org = g_list_model_get_item (orgs, 7);
  gint64 org_id = kx_organization_get_id (org);
  g_autofree char *reason = NULL;
  GtkSingleSelection *choices;
  KxConflictDialog *dialog;

  g_assert_null (kx_expert_get_conflict_reason (f->store, expert_id, org_id));
  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "expert.add-conflict", NULL);
  dialog = kx_gui_test_wait_window (type);
  g_assert_false (gtk_widget_get_sensitive (kx_gui_test_child (dialog, type, "save_button")));

  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, "search_entry")),
                         kx_organization_get_name (org));
  g_assert_true (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "organization_error")));
  choices = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (dialog), type,
                                                                 "selection"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (choices)); i++)
    {
      g_autoptr(KxOrganization) o = g_list_model_get_item (G_LIST_MODEL (choices), i);

      if (kx_organization_get_id (o) == org_id)
        gtk_single_selection_set_selected (choices, i);
    }
  g_assert_false (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "organization_error")));
  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, "reason_entry")),
                         "曾任该会秘书长");
  g_assert_true (gtk_widget_get_sensitive (kx_gui_test_child (dialog, type, "save_button")));
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  reason = kx_expert_get_conflict_reason (f->store, expert_id, org_id);
  g_assert_cmpstr (reason, ==, "曾任该会秘书长");
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (detail (f)), GTK_TYPE_LABEL,
                                      kx_organization_get_name (org)));

  /* Removing asks first. */
  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "expert.remove-conflict", "x", org_id);
  gtk_dialog_response (kx_gui_test_wait_window (GTK_TYPE_MESSAGE_DIALOG), GTK_RESPONSE_ACCEPT);
  kx_gui_test_flush ();
  g_clear_pointer (&reason, g_free);
  reason = kx_expert_get_conflict_reason (f->store, expert_id, org_id);
  g_assert_null (reason);
  g_assert_cmpuint (f->changed, ==, 2);
}

static void
test_add_expert (Fixture       *f,
                 gconstpointer  data)
{
  GType type = KX_TYPE_EXPERT_DIALOG;
  guint before = n_shown (f);
  KxExpertDialog *dialog;
  KxExpert *added;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "experts.add", NULL);
  dialog = kx_gui_test_wait_window (type);
  g_assert_false (gtk_widget_get_sensitive (kx_gui_test_child (dialog, type, "save_button")));
  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, "affiliation_entry")),
                         "湘南学院");
  g_assert_true (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "name_error")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (kx_gui_test_child (dialog, type,
                                                                              "name_error"))),
                            "Name"));
  kx_gui_test_click (dialog, type, "save_button");
  g_assert_cmpuint (n_shown (f), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, "name_entry")), "钟南岳");
  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, "field_entry")), "矿物加工");
  g_assert_true (gtk_widget_get_sensitive (kx_gui_test_child (dialog, type, "save_button")));
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  g_assert_cmpuint (n_shown (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  added = gtk_single_selection_get_selected_item (list_model (f));
  g_assert_cmpstr (kx_expert_get_name (added), ==, "钟南岳");
  {
    g_autoptr(KxExpert) stored = kx_expert_get (f->store, kx_expert_get_id (added), NULL);

    g_assert_cmpstr (kx_expert_get_field (stored), ==, "矿物加工");
    g_assert_true (kx_expert_get_active (stored));
  }
}

static void
test_deactivate (Fixture       *f,
                 gconstpointer  data)
{
  GType type = KX_TYPE_EXPERT_DIALOG;
  gint64 id = kx_expert_get_id (select_position (f, 0));
  g_autoptr(KxExpert) stored = NULL;
  KxExpertDialog *dialog;

  /* Activating the row (double-click, Enter) edits it. */
  g_signal_emit_by_name (column_view (f), "activate", 0);
  dialog = kx_gui_test_wait_window (type);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (kx_gui_test_child (dialog, type,
                                                                                   "active_check"))));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (kx_gui_test_child (dialog, type, "active_check")),
                               FALSE);
  kx_gui_test_click (dialog, type, "save_button");

  stored = kx_expert_get (f->store, id, NULL);
  g_assert_false (kx_expert_get_active (stored));
  g_assert_cmpuint (f->changed, ==, 1);
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (column_view (f)), GTK_TYPE_LABEL, "Inactive"));
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("KX_SHOT_DIR");
  g_autofree char *wide = NULL;
  g_autofree char *small = NULL;
  g_autoptr(GArray) load = kx_expert_list_load (f->store, kx_call_get_id (f->call), NULL);
  GtkSingleSelection *model = list_model (f);

  if (dir == NULL)
    {
      g_test_skip ("KX_SHOT_DIR is not set");
      return;
    }
  /* An expert with projects in the call, and a conflict to show. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(KxExpert) e = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (core_load (load, kx_expert_get_id (e)) > 0)
        {
          select_position (f, i);
          break;
        }
    }
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  wide = g_build_filename (dir, "experts-1280x800.png", NULL);
  kx_gui_test_save_png (GTK_WIDGET (f->window), wide);
  gtk_window_set_default_size (f->window, 800, 600);
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  kx_gui_test_flush ();
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  small = g_build_filename (dir, "experts-800x600.png", NULL);
  kx_gui_test_save_png (GTK_WIDGET (f->window), small);

  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "expert.add-conflict", NULL);
  {
    GtkWidget *dialog = kx_gui_test_wait_window (KX_TYPE_CONFLICT_DIALOG);
    g_autofree char *path = g_build_filename (dir, "conflict-dialog.png", NULL);

    kx_gui_test_wait_drawn (dialog);
    kx_gui_test_save_png (dialog, path);
  }
}

static void
test_no_store (void)
{
  GtkWidget *view = g_object_ref_sink (kx_experts_view_new ());
  GtkWindow *window = kx_gui_test_host (view, 800, 600);
  GtkWidget *stack = kx_gui_test_child (view, KX_TYPE_EXPERTS_VIEW, "list_stack");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kx_gui_test_child (view, KX_TYPE_EXPERTS_VIEW,
                                                                     "empty_label"))),
                   ==, "No database open");
  gtk_widget_activate_action (view, "experts.add", NULL);
  kx_gui_test_flush ();
  g_assert_false (kx_gui_test_has_window (KX_TYPE_EXPERT_DIALOG));
  gtk_window_destroy (window);
  g_object_unref (view);
}

int
main (int    argc,
      char **argv)
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/experts-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, func) \
  g_test_add ("/experts-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("load", test_load_matches_core);
  ADD ("conflict", test_conflict);
  ADD ("add-expert", test_add_expert);
  ADD ("deactivate", test_deactivate);
  ADD ("screenshots", test_screenshots);
  g_test_add_func ("/experts-view/no-store", test_no_store);

  return g_test_run ();
}
