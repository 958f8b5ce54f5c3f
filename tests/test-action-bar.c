/* test-action-bar.c: the stage badge and one button per next action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kx-action-bar-private.h"
#include "kx-action-test.h"
#include "kx-validate.h"
#include "kx-workflow.h"

/* The bar shows exactly what the core says of the project. */
static void
assert_bar_matches (KxActionBar *bar,
                    KxStore     *store,
                    gint64       project_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = kx_date_today ();
  g_autoptr(GArray) states = kx_workflow_next_actions (store, project_id, today, &error);
  KxStage stage = stage_of (store, project_id);
  GtkLabel *badge = _kx_action_bar_get_stage_label (bar);

  g_assert_no_error (error);
  g_assert_cmpstr (gtk_label_get_text (badge), ==, kx_stage_label (stage));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge),
                                           kx_action_bar_stage_css_class (stage)));
  g_assert_cmpuint (_kx_action_bar_get_n_buttons (bar), ==, states->len);
  for (guint i = 0; i < states->len; i++)
    {
      KxActionState *s = &g_array_index (states, KxActionState, i);
      GtkButton *button = _kx_action_bar_get_button (bar, s->action);

      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_button_get_label (button), ==, kx_action_label (s->action));
      g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (button)), ==, s->allowed);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, s->reason);
    }
}

static void
test_every_stage (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (120));
  KxActionBar *bar = KX_ACTION_BAR (kx_action_bar_new ());
  GtkWindow *window = kx_gui_test_host (GTK_WIDGET (bar), 700, 160);
  guint stages = 0;

  kx_action_bar_set_store (bar, store);
  for (KxStage stage = 0; stage < KX_N_STAGES; stage++)
    {
      gint64 id = project_at (store, stage, 0);

      if (id == 0)
        continue;
      stages++;
      kx_action_bar_set_project (bar, id);
      assert_bar_matches (bar, store, id);
      if (stage == KX_STAGE_IN_NOTICE)
        maybe_shot (GTK_WIDGET (window), "bar-in-notice.png");
      if (stage == KX_STAGE_FUNDED)
        maybe_shot (GTK_WIDGET (window), "bar-funded.png");
    }
  g_assert_cmpuint (stages, >=, 10);
  gtk_window_destroy (window);
}

/* Disburse on a funded project waits for the final acceptance. */
static void
test_blocked_has_reason (void)
{
  g_autoptr(KxStore) store = kx_gui_test_open (kx_gui_test_demo_path (120));
  KxActionBar *bar = KX_ACTION_BAR (kx_action_bar_new ());
  GtkWindow *window = kx_gui_test_host (GTK_WIDGET (bar), 700, 160);
  gint64 id = project_at (store, KX_STAGE_FUNDED, 0);
  GtkButton *disburse;

  g_assert_cmpint (id, >, 0);
  kx_action_bar_set_store (bar, store);
  kx_action_bar_set_project (bar, id);
  disburse = _kx_action_bar_get_button (bar, KX_ACTION_DISBURSE);
  g_assert_nonnull (disburse);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (disburse)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (disburse)),
                            "final acceptance"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_kx_action_bar_get_reason_label (bar))));
  gtk_window_destroy (window);
}

static void
test_empty (void)
{
  KxActionBar *bar = KX_ACTION_BAR (kx_action_bar_new ());
  GtkWindow *window = kx_gui_test_host (GTK_WIDGET (bar), 700, 120);

  g_assert_cmpuint (_kx_action_bar_get_n_buttons (bar), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (_kx_action_bar_get_stage_label (bar)), ==,
                   "No project selected");
  kx_action_bar_set_project (bar, 5);
  g_assert_cmpuint (_kx_action_bar_get_n_buttons (bar), ==, 0);
  gtk_window_destroy (window);
}

static void
on_changed_cb (KxActionBar *bar,
               gpointer     user_data)
{
  (*(guint *) user_data)++;
}

/* A click opens the dialog; after OK the bar shows the next stage and
 * says it changed. */
static void
test_click_runs_action (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  KxActionBar *bar = KX_ACTION_BAR (kx_action_bar_new ());
  GtkWindow *window = kx_gui_test_host (GTK_WIDGET (bar), 700, 160);
  gint64 id = project_at (store, KX_STAGE_SUBMITTED, 0);
  KxActionDialog *dialog;
  guint changed = 0;

  kx_action_bar_set_store (bar, store);
  kx_action_bar_set_project (bar, id);
  g_signal_connect (bar, "changed", G_CALLBACK (on_changed_cb), &changed);
  click (_kx_action_bar_get_button (bar, KX_ACTION_FORMAL_REVIEW));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_null (find_dialog ());
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_FORMAL_PASSED);
  assert_bar_matches (bar, store, id);
  g_assert_nonnull (_kx_action_bar_get_button (bar, KX_ACTION_ASSIGN_EXPERTS));
  gtk_window_destroy (window);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("KEXIE_TODAY", "2026-07-20", TRUE);
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/action-bar/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }
  load_style ();
  g_test_add_func ("/action-bar/every-stage", test_every_stage);
  g_test_add_func ("/action-bar/blocked-has-reason", test_blocked_has_reason);
  g_test_add_func ("/action-bar/empty", test_empty);
  g_test_add_func ("/action-bar/click-runs-action", test_click_runs_action);
  return g_test_run ();
}
