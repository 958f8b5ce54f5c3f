/* test-projects-view.c: the applications section — filters, search, sort, selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "kx-gui-test.h"
#include "kx-project-detail.h"
#include "kx-projects-view-private.h"

#define DEMO_PROJECTS 120

typedef struct
{
  KxStore        *store;
  KxCall         *call;
  KxProjectsView *view;
  GtkWindow      *window;
} Fixture;

static gboolean
view_idle (gpointer data)
{
  return !_kx_projects_view_is_busy (data);
}

static void
wait_idle (Fixture *f)
{
  kx_gui_test_wait_until (view_idle, f->view);
}

static KxProjectList *
shown (Fixture *f)
{
  return _kx_projects_view_get_list (f->view);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (shown (f)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  f->call = kx_call_get_by_year (f->store, 2026, &error);
  g_assert_no_error (error);
  f->view = g_object_new (KX_TYPE_PROJECTS_VIEW, NULL);
  f->window = kx_gui_test_host (GTK_WIDGET (f->view), 1100, 760);
  kx_projects_view_set_store (f->view, f->store);
  kx_projects_view_set_call (f->view, f->call);
  wait_idle (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  kx_gui_test_flush ();
  g_clear_object (&f->call);
  g_clear_object (&f->store);
}

/* The projects of the call, straight from the core, in number order. */
static KxProjectList *
core_list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KxProjectList *list = kx_project_list_new (f->store, kx_call_get_id (f->call), &error);

  g_assert_no_error (error);
  return list;
}

static void
test_loads_call (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KxProjectList) all = core_list (f);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (all));
  g_autofree char *count = g_strdup_printf (ngettext ("%u project in total",
                                                      "%u projects in total", n), n);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n_shown (f), ==, n);
  g_assert_cmpstr (kx_projects_view_get_count_text (f->view), ==, count);
  g_assert_cmpstr (_kx_projects_view_get_visible_page (f->view), ==, "list");
  /* Number order by default, like the core's. */
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (kx_project_list_peek (shown (f), i)->number, ==,
                     kx_project_list_peek (all, i)->number);
  /* Nothing selected yet: the detail says so, the actions are off. */
  g_assert_cmpint (kx_projects_view_get_project (f->view), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->view), "project.run", "s", "submit")
                  && kx_projects_view_get_project (f->view) != 0);
}

static void
test_filter_stage (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KxProjectList) all = core_list (f);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (all));
  KxStage stage = kx_project_list_peek (all, 0)->stage;
  guint expected = 0;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    expected += kx_project_list_peek (all, i)->stage == stage;

  /* Row 0 is "all stages". */
  gtk_drop_down_set_selected (_kx_projects_view_get_stage_dropdown (f->view), stage + 1);
  wait_idle (f);
  g_assert_cmpuint (n_shown (f), ==, expected);
  for (guint i = 0; i < expected; i++)
    g_assert_cmpint (kx_project_list_peek (shown (f), i)->stage, ==, stage);
  count = g_strdup_printf (ngettext ("%u of %u project", "%u of %u projects", n), expected, n);
  g_assert_cmpstr (kx_projects_view_get_count_text (f->view), ==, count);

  /* And the type on top of it. */
  gtk_drop_down_set_selected (_kx_projects_view_get_type_dropdown (f->view),
                              kx_project_list_peek (all, 0)->type);
  wait_idle (f);
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_assert_cmpint (kx_project_list_peek (shown (f), i)->stage, ==, stage);
      g_assert_cmpint (kx_project_list_peek (shown (f), i)->type, ==,
                       kx_project_list_peek (all, 0)->type);
    }

  gtk_drop_down_set_selected (_kx_projects_view_get_stage_dropdown (f->view), 0);
  gtk_drop_down_set_selected (_kx_projects_view_get_type_dropdown (f->view), 0);
  wait_idle (f);
  g_assert_cmpuint (n_shown (f), ==, n);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KxProjectList) all = core_list (f);
  const KxProjectSummary *target = kx_project_list_peek (all, 3);
  /* Part of the title, as a clerk would type it. */
  g_autofree char *part = g_utf8_substring (target->title, 2, 6);
  g_autofree char *applicant = g_strdup (target->organization_name);

  kx_projects_view_set_search (f->view, part);
  wait_idle (f);
  g_assert_cmpuint (n_shown (f), >=, 1);
  g_assert_cmpuint (kx_project_list_find (shown (f), target->id), !=, G_MAXUINT);
  for (guint i = 0; i < n_shown (f); i++)
    {
      const KxProjectSummary *row = kx_project_list_peek (shown (f), i);

      g_assert_true (strstr (row->title, part) != NULL
                     || strstr (row->organization_name, part) != NULL);
    }

  kx_projects_view_set_search (f->view, applicant);
  wait_idle (f);
  for (guint i = 0; i < n_shown (f); i++)
    g_assert_cmpstr (kx_project_list_peek (shown (f), i)->organization_name, ==, applicant);

  kx_projects_view_set_search (f->view, "没有这样的项目名称");
  wait_idle (f);
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (_kx_projects_view_get_visible_page (f->view), ==, "empty");
  g_assert_cmpstr (_kx_projects_view_get_empty_text (f->view), ==, _("No applications match"));

  kx_projects_view_set_search (f->view, NULL);
  wait_idle (f);
  g_assert_cmpuint (n_shown (f), ==, g_list_model_get_n_items (G_LIST_MODEL (all)));
}

/* Clicking a header sorts by it; again, the other way round. */
static void
test_sort_by_header (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *column_view = _kx_projects_view_get_column_view (f->view);
  GtkColumnViewColumn *requested = _kx_projects_view_get_column (f->view,
                                                                 KX_PROJECT_COLUMN_REQUESTED);
  GtkColumnViewColumn *score = _kx_projects_view_get_column (f->view, KX_PROJECT_COLUMN_SCORE);
  KxProjectColumn column;
  gboolean descending;

  gtk_column_view_sort_by_column (column_view, requested, GTK_SORT_ASCENDING);
  wait_idle (f);
  _kx_projects_view_get_sort (f->view, &column, &descending);
  g_assert_cmpint (column, ==, KX_PROJECT_COLUMN_REQUESTED);
  g_assert_false (descending);
  for (guint i = 1; i < n_shown (f); i++)
    g_assert_cmpint (kx_project_list_peek (shown (f), i - 1)->requested_fen, <=,
                     kx_project_list_peek (shown (f), i)->requested_fen);

  gtk_column_view_sort_by_column (column_view, requested, GTK_SORT_DESCENDING);
  wait_idle (f);
  _kx_projects_view_get_sort (f->view, &column, &descending);
  g_assert_true (descending);
  for (guint i = 1; i < n_shown (f); i++)
    g_assert_cmpint (kx_project_list_peek (shown (f), i - 1)->requested_fen, >=,
                     kx_project_list_peek (shown (f), i)->requested_fen);

  /* Scores, best first; the unscored after the scored. */
  gtk_column_view_sort_by_column (column_view, score, GTK_SORT_DESCENDING);
  wait_idle (f);
  g_assert_cmpint (kx_project_list_peek (shown (f), 0)->score_centi, >, 0);
  for (guint i = 1; i < n_shown (f); i++)
    {
      int a = kx_project_list_peek (shown (f), i - 1)->score_centi;
      int b = kx_project_list_peek (shown (f), i)->score_centi;

      if (b >= 0)
        g_assert_cmpint (a, >=, b);
    }
}

/* Selecting a row shows it beside the list; the selection survives a refilter. */
static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (_kx_projects_view_get_column_view (f->view));
  const KxProjectSummary *row = kx_project_list_peek (shown (f), 5);
  gint64 id = row->id;
  KxProjectDetail *detail = KX_PROJECT_DETAIL (_kx_projects_view_get_detail (f->view));

  gtk_selection_model_select_item (selection, 5, TRUE);
  g_assert_cmpint (kx_projects_view_get_project (f->view), ==, id);
  g_assert_cmpint (kx_project_detail_get_project (detail), ==, id);

  gtk_drop_down_set_selected (_kx_projects_view_get_stage_dropdown (f->view), row->stage + 1);
  wait_idle (f);
  g_assert_cmpint (kx_projects_view_get_project (f->view), ==, id);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    kx_project_list_find (shown (f), id));

  if (g_getenv ("KX_SHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("KX_SHOT_DIR"), "projects-view.png", NULL);

      kx_gui_test_wait_drawn (GTK_WIDGET (f->window));
      kx_gui_test_save_png (GTK_WIDGET (f->window), png);
    }
}

static void
test_skip (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

int
main (int   argc,
      char *argv[])
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/projects-view/skipped", test_skip);
      return g_test_run ();
    }

  g_test_add ("/projects-view/loads-call", Fixture, NULL,
              fixture_set_up, test_loads_call, fixture_tear_down);
  g_test_add ("/projects-view/filter-stage", Fixture, NULL,
              fixture_set_up, test_filter_stage, fixture_tear_down);
  g_test_add ("/projects-view/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/projects-view/sort-by-header", Fixture, NULL,
              fixture_set_up, test_sort_by_header, fixture_tear_down);
  g_test_add ("/projects-view/select", Fixture, NULL,
              fixture_set_up, test_select, fixture_tear_down);
  return g_test_run ();
}
