/* test-window-walk.c: the "done when" — a clerk picks 2026, finds an
 * application by typing part of its title, and takes it from 已申报 to 已拨付
 * in the window alone, every refusal explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "kx-action-bar-private.h"
#include "kx-action-test.h"
#include "kx-application-private.h"
#include "kx-project-detail.h"
#include "kx-projects-view-private.h"
#include "kx-money.h"
#include "kx-review.h"
#include "kx-window-private.h"

static KxApplication *app;

typedef struct
{
  KxStore        *store;     /* a connection of the test's own, to check what was written */
  KxWindow       *window;
  KxProjectsView *view;
  gint64          id;
} Walk;

static gboolean
view_idle (gpointer data)
{
  return !_kx_projects_view_is_busy (data);
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static KxWindow *
open_window (const char *path)
{
  _kx_application_open_path (app, path);
  g_assert_null (_kx_application_get_last_error (app));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (KX_IS_WINDOW (l->data))
      {
        kx_gui_test_wait_drawn (l->data);
        return l->data;
      }
  g_assert_not_reached ();
}

static KxActionBar *
action_bar (Walk *walk)
{
  return KX_ACTION_BAR (_kx_projects_view_get_action_bar (walk->view));
}

/* The stage the list shows for the project, which must follow the store. */
static KxStage
listed_stage (Walk *walk)
{
  KxProjectList *list = _kx_projects_view_get_list (walk->view);
  guint position = kx_project_list_find (list, walk->id);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  return kx_project_list_peek (list, position)->stage;
}

/* Clicks the action bar's button for @action: it must be allowed. */
static KxActionDialog *
click_action (Walk     *walk,
              KxAction  action)
{
  GtkButton *button = _kx_action_bar_get_button (action_bar (walk), action);
  KxActionDialog *dialog;

  g_assert_nonnull (button);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (button)))
    g_error ("%s is blocked: %s", kx_action_to_string (action),
             gtk_widget_get_tooltip_text (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_button_get_label (button), ==, kx_action_label (action));
  click (button);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (kx_action_dialog_get_action (dialog), ==, action);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (walk->window));
  return dialog;
}

/* OK: the dialog closes, the store, the list row and the action bar all
 * show @stage. */
static void
confirm (Walk           *walk,
         KxActionDialog *dialog,
         KxStage         stage)
{
  gint64 rows = audit_rows (walk->store);

  g_assert_null (_kx_action_dialog_get_error (dialog));
  g_assert_true (ok_sensitive (dialog));
  click (_kx_action_dialog_get_ok_button (dialog));
  kx_gui_test_wait_until (no_dialog, NULL);
  g_assert_cmpint (stage_of (walk->store, walk->id), ==, stage);
  g_assert_cmpint (audit_rows (walk->store), >, rows);
  g_assert_cmpint (listed_stage (walk), ==, stage);
  g_assert_cmpstr (gtk_label_get_text (_kx_action_bar_get_stage_label (action_bar (walk))), ==,
                   kx_stage_label (stage));
  g_assert_cmpint (kx_projects_view_get_project (walk->view), ==, walk->id);
}

/* A blocked action is insensitive and says why: the core's own words. */
static void
assert_blocked (Walk     *walk,
                KxAction  action)
{
  GtkButton *button = _kx_action_bar_get_button (action_bar (walk), action);
  g_autoptr(GArray) states = kx_workflow_next_actions (walk->store, walk->id, NULL, NULL);
  const char *reason = NULL;

  g_assert_nonnull (states);
  for (guint i = 0; i < states->len; i++)
    if (g_array_index (states, KxActionState, i).action == action)
      reason = g_array_index (states, KxActionState, i).reason;
  g_assert_nonnull (reason);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, reason);
}

/* 2026 is picked, part of the title typed, the application selected. */
static void
find_application (Walk *walk)
{
  g_autoptr(KxProject) project = kx_project_get (walk->store, walk->id, NULL);
  g_autofree char *part = g_utf8_substring (kx_project_get_title (project), 2, 7);
  KxCall *call = gtk_drop_down_get_selected_item (_kx_window_get_call_dropdown (walk->window));
  GtkSelectionModel *selection;
  KxProjectList *list;
  guint position;

  g_assert_cmpint (kx_call_get_year (call), ==, 2026);
  walk->view = _kx_window_get_projects_view (walk->window);
  gtk_editable_set_text (_kx_window_get_search_entry (walk->window), part);
  g_signal_emit_by_name (_kx_window_get_search_entry (walk->window), "search-changed");
  kx_gui_test_wait_until (view_idle, walk->view);

  list = _kx_projects_view_get_list (walk->view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <,
                    kx_project_list_get_total (list));
  position = kx_project_list_find (list, walk->id);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  selection = gtk_column_view_get_model (_kx_projects_view_get_column_view (walk->view));
  gtk_selection_model_select_item (selection, position, TRUE);
  g_assert_cmpint (kx_projects_view_get_project (walk->view), ==, walk->id);
  g_assert_cmpint (kx_action_bar_get_project (action_bar (walk)), ==, walk->id);
  g_assert_cmpint (listed_stage (walk), ==, KX_STAGE_SUBMITTED);
}

static void
score_all (Walk *walk)
{
  g_autoptr(GArray) assignments = kx_review_list_assignments (walk->store, walk->id, NULL);

  g_assert_nonnull (assignments);
  for (guint i = 0; i < assignments->len; i++)
    {
      /* The bar's button opens the first expert who has not scored yet. */
      KxActionDialog *dialog = click_action (walk, KX_ACTION_SCORE);

      for (guint c = 0; c < KX_N_CRITERIA; c++)
        {
          g_autofree char *key = g_strdup_printf ("score-%s", kx_criterion_to_string (c));

          gtk_spin_button_set_value (GTK_SPIN_BUTTON (_kx_action_dialog_get_field (dialog, key)),
                                     15 + (int) c % 3);
        }
      confirm (walk, dialog, KX_STAGE_UNDER_EXPERT_REVIEW);
    }
  assignments = (g_array_unref (assignments), kx_review_list_assignments (walk->store, walk->id,
                                                                        NULL));
  for (guint i = 0; i < assignments->len; i++)
    g_assert_true (g_array_index (assignments, KxReviewAssignment, i).scored);
}

static void
test_walk_to_funded (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  Walk walk = { 0 };
  KxActionDialog *dialog;
  g_autoptr(KxProject) project = NULL;
  g_autofree char *amount = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };

  walk.store = kx_gui_test_open (path);
  walk.id = project_at (walk.store, KX_STAGE_SUBMITTED, 0);
  g_assert_cmpint (walk.id, >, 0);
  walk.window = open_window (path);
  find_application (&walk);

  /* Money cannot go out before the agreement: the bar does not even offer it. */
  g_assert_null (_kx_action_bar_get_button (action_bar (&walk), KX_ACTION_DISBURSE));

  confirm (&walk, click_action (&walk, KX_ACTION_FORMAL_REVIEW), KX_STAGE_FORMAL_PASSED);
  confirm (&walk, click_action (&walk, KX_ACTION_ASSIGN_EXPERTS), KX_STAGE_UNDER_EXPERT_REVIEW);
  assert_blocked (&walk, KX_ACTION_FINISH_REVIEW);
  score_all (&walk);
  confirm (&walk, click_action (&walk, KX_ACTION_FINISH_REVIEW), KX_STAGE_REVIEWED);

  project = kx_project_get (walk.store, walk.id, NULL);
  amount = g_strdup_printf ("%lld", (long long) (kx_project_get_requested_fen (project) / 100));
  dialog = click_action (&walk, KX_ACTION_DECIDE);
  set_field (dialog, "amount", amount);
  confirm (&walk, dialog, KX_STAGE_APPROVED);

  dialog = click_action (&walk, KX_ACTION_START_NOTICE);
  set_field (dialog, "date", "2026-07-20");
  confirm (&walk, dialog, KX_STAGE_IN_NOTICE);

  /* Today (2026-07-20) the notice runs: closing is refused, and says until when,
   * in the bar and in the dialog. */
  assert_blocked (&walk, KX_ACTION_CLOSE_NOTICE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walk.view), "project.run", "s",
                                             kx_action_to_string (KX_ACTION_CLOSE_NOTICE)));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (ok_sensitive (dialog));
  g_assert_nonnull (strstr (_kx_action_dialog_get_error (dialog), "2026-07-27"));
  click (_kx_action_dialog_get_cancel_button (dialog));
  g_assert_cmpint (stage_of (walk.store, walk.id), ==, KX_STAGE_IN_NOTICE);

  /* A week later the clerk comes back (F5 re-reads everything): now it closes,
   * and the agreement and the first tranche follow the same day. */
  g_setenv ("KEXIE_TODAY", "2026-07-27", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walk.window), "main.reload", NULL));
  kx_gui_test_wait_until (view_idle, walk.view);
  g_assert_cmpint (kx_projects_view_get_project (walk.view), ==, walk.id);
  confirm (&walk, click_action (&walk, KX_ACTION_CLOSE_NOTICE), KX_STAGE_NOTICE_PASSED);
  confirm (&walk, click_action (&walk, KX_ACTION_SIGN_AGREEMENT), KX_STAGE_AGREEMENT_SIGNED);
  confirm (&walk, click_action (&walk, KX_ACTION_DISBURSE), KX_STAGE_FUNDED);

  g_assert_true (kx_money_project_ledger (walk.store, walk.id, &ledger, NULL));
  g_assert_cmpint (ledger.disbursed_fen, >, 0);
  /* The second tranche waits for the final acceptance, and says so. */
  assert_blocked (&walk, KX_ACTION_DISBURSE);

  kx_project_detail_set_page (KX_PROJECT_DETAIL (_kx_projects_view_get_detail (walk.view)), "money");
  maybe_shot (GTK_WIDGET (walk.window), "window-walk-funded.png");

  gtk_window_destroy (GTK_WINDOW (walk.window));
  kx_gui_test_flush ();
  g_clear_object (&walk.store);
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
  g_autoptr(GError) error = NULL;
  int status;

  /* The demo's "today", so that the notice period is still running. */
  g_setenv ("KEXIE_TODAY", "2026-07-20", TRUE);
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/window-walk/skipped", test_skip);
      return g_test_run ();
    }
  load_style ();

  app = kx_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/window-walk/submitted-to-funded", test_walk_to_funded);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
