/* test-action-dialog.c: a project walked from submitted to funded in the dialogs alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "kx-action-test.h"
#include "kx-decision.h"
#include "kx-expert.h"
#include "kx-money.h"
#include "kx-review.h"
#include "kx-validate.h"
#include "kx-workflow.h"

static guint done_count;

static void
done_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static KxActionDialog *
open_dialog (KxStore  *store,
             gint64    project_id,
             KxAction  action,
             gint64    expert_id)
{
  KxActionDialog *dialog;

  kx_action_dialog_present (NULL, store, project_id, action, expert_id, G_CALLBACK (done_cb),
                            &done_count);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (kx_action_dialog_get_action (dialog), ==, action);
  return dialog;
}

/* OK on a valid dialog: the stage is @stage after, one more audit row at
 * least, the dialog is gone and done was called. */
static void
ok_and_expect (KxStore        *store,
               KxActionDialog *dialog,
               gint64          project_id,
               KxStage         stage)
{
  gint64 rows = audit_rows (store);
  guint done = done_count;

  g_assert_null (_kx_action_dialog_get_error (dialog));
  g_assert_true (ok_sensitive (dialog));
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_null (find_dialog ());
  g_assert_cmpuint (done_count, ==, done + 1);
  g_assert_cmpint (stage_of (store, project_id), ==, stage);
  g_assert_cmpint (audit_rows (store), >, rows);
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static void
score_every_expert (KxStore *store,
                    gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) assignments = kx_review_list_assignments (store, project_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (assignments->len, >, 0);
  for (guint i = 0; i < assignments->len; i++)
    {
      KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);
      KxActionDialog *dialog = open_dialog (store, project_id, KX_ACTION_SCORE, a->expert_id);
      gint64 rows = audit_rows (store);

      for (guint c = 0; c < KX_N_CRITERIA; c++)
        {
          g_autofree char *key = g_strdup_printf ("score-%s", kx_criterion_to_string (c));

          gtk_spin_button_set_value (GTK_SPIN_BUTTON (_kx_action_dialog_get_field (dialog, key)),
                                     16 + (c == 0));
        }
      if (i == 0)
        maybe_shot (GTK_WIDGET (dialog), "dialog-score.png");
      g_assert_true (ok_sensitive (dialog));
      click (_kx_action_dialog_get_ok_button (dialog));
      g_assert_null (find_dialog ());
      g_assert_cmpint (audit_rows (store), >, rows);
    }
}

/* Scoring again shows what the expert gave, to be edited. */
static void
check_score_prefilled (KxStore *store,
                       gint64   project_id)
{
  g_autoptr(GArray) assignments = kx_review_list_assignments (store, project_id, NULL);
  gint64 expert = g_array_index (assignments, KxReviewAssignment, 0).expert_id;
  KxActionDialog *dialog = open_dialog (store, project_id, KX_ACTION_SCORE, expert);
  GtkSpinButton *basic = GTK_SPIN_BUTTON (_kx_action_dialog_get_field (dialog, "score-basic"));

  g_assert_cmpint (gtk_spin_button_get_value_as_int (basic), ==, 17);
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Total: 81 of 100"));
  gtk_spin_button_set_value (basic, 18);
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Total: 82 of 100"));
  click (_kx_action_dialog_get_cancel_button (dialog));
  g_assert_null (find_dialog ());
}

/* Bad amounts are named and block OK; a refusal of the core is shown and
 * the dialog stays open with the input. */
static void
check_decide_errors (KxStore        *store,
                     KxActionDialog *dialog,
                     gint64          project_id)
{
  const char *bad[] = { "12.345", "-1", "abc" };
  gint64 rows = audit_rows (store);
  g_autofree char *too_much = NULL;
  g_autoptr(KxProject) project = kx_project_get (store, project_id, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *error;

      set_field (dialog, "amount", bad[i]);
      error = _kx_action_dialog_get_field_error (dialog, "amount");
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error, "Approved amount"));
      g_assert_false (ok_sensitive (dialog));
      click (_kx_action_dialog_get_ok_button (dialog));
      g_signal_emit_by_name (kx_gui_test_find (_kx_action_dialog_get_field (dialog, "amount"),
                                               GTK_TYPE_TEXT, NULL), "activate");
      kx_gui_test_flush ();
      g_assert_true (find_dialog () == dialog);
    }
  g_assert_cmpint (audit_rows (store), ==, rows);
  g_assert_cmpint (stage_of (store, project_id), ==, KX_STAGE_REVIEWED);

  /* not approving, the amount does not count */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result")), 1);
  g_assert_null (_kx_action_dialog_get_field_error (dialog, "amount"));
  g_assert_true (ok_sensitive (dialog));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result")), 0);
  g_assert_false (ok_sensitive (dialog));

  too_much = g_strdup_printf ("%lld", (long long) (kx_project_get_requested_fen (project) / 100
                                                   + 1000));
  set_field (dialog, "amount", too_much);
  g_assert_true (ok_sensitive (dialog));
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_true (find_dialog () == dialog);
  g_assert_nonnull (_kx_action_dialog_get_error (dialog));
  maybe_shot (GTK_WIDGET (dialog), "dialog-decide-refused.png");
  g_assert_cmpint (audit_rows (store), ==, rows);
  g_assert_cmpint (stage_of (store, project_id), ==, KX_STAGE_REVIEWED);
}

static void
test_walk_to_funded (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  gint64 id = project_at (store, KX_STAGE_SUBMITTED, 0);
  g_autoptr(KxProject) project = NULL;
  g_autofree char *requested = NULL;
  g_autoptr(KxCall) call = kx_call_get_by_year (store, 2026, NULL);
  g_auto(KxProjectLedger) ledger = { 0 };
  KxActionDialog *dialog;
  gint64 tranche;

  g_assert_cmpint (id, >, 0);
  dialog = open_dialog (store, id, KX_ACTION_FORMAL_REVIEW, 0);
  maybe_shot (GTK_WIDGET (dialog), "dialog-formal-review.png");
  ok_and_expect (store, dialog, id, KX_STAGE_FORMAL_PASSED);

  dialog = open_dialog (store, id, KX_ACTION_ASSIGN_EXPERTS, 0);
  maybe_shot (GTK_WIDGET (dialog), "dialog-assign.png");
  ok_and_expect (store, dialog, id, KX_STAGE_UNDER_EXPERT_REVIEW);

  score_every_expert (store, id);
  check_score_prefilled (store, id);
  ok_and_expect (store, open_dialog (store, id, KX_ACTION_FINISH_REVIEW, 0), id,
                 KX_STAGE_REVIEWED);

  dialog = open_dialog (store, id, KX_ACTION_DECIDE, 0);
  check_decide_errors (store, dialog, id);
  project = kx_project_get (store, id, NULL);
  requested = g_strdup_printf ("%lld", (long long) (kx_project_get_requested_fen (project) / 100));
  set_field (dialog, "amount", requested);
  ok_and_expect (store, dialog, id, KX_STAGE_APPROVED);

  dialog = open_dialog (store, id, KX_ACTION_START_NOTICE, 0);
  set_field (dialog, "date", "2026-07-20");
  ok_and_expect (store, dialog, id, KX_STAGE_IN_NOTICE);

  /* closing on the notice's last day is refused before OK */
  dialog = open_dialog (store, id, KX_ACTION_CLOSE_NOTICE, 0);
  set_field (dialog, "date", "2026-07-26");
  g_assert_false (ok_sensitive (dialog));
  g_assert_nonnull (strstr (_kx_action_dialog_get_error (dialog), "2026-07-27"));
  maybe_shot (GTK_WIDGET (dialog), "dialog-close-notice-early.png");
  set_field (dialog, "date", "2026-07-27");
  ok_and_expect (store, dialog, id, KX_STAGE_NOTICE_PASSED);

  /* Enter in a field activates OK */
  dialog = open_dialog (store, id, KX_ACTION_SIGN_AGREEMENT, 0);
  set_field (dialog, "date", "2026-07-28");
  g_signal_emit_by_name (kx_gui_test_find (_kx_action_dialog_get_field (dialog, "date"),
                                           GTK_TYPE_TEXT, NULL), "activate");
  kx_gui_test_wait_until (no_dialog, NULL);   /* a button activates after a short delay */
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_AGREEMENT_SIGNED);

  dialog = open_dialog (store, id, KX_ACTION_DISBURSE, 0);
  set_field (dialog, "date", "2026-07-29");
  g_clear_object (&project);
  project = kx_project_get (store, id, NULL);
  tranche = kx_money_first_tranche (kx_project_get_approved_fen (project),
                                    kx_call_get_policy (call)->first_tranche_percent);
  g_assert_cmpint (_kx_action_dialog_get_money (dialog, "amount"), ==, tranche);
  maybe_shot (GTK_WIDGET (dialog), "dialog-disburse.png");
  ok_and_expect (store, dialog, id, KX_STAGE_FUNDED);
  g_assert_true (kx_money_project_ledger (store, id, &ledger, NULL));
  g_assert_cmpint (ledger.disbursed_fen, ==, tranche);
}

static void
test_cancel_writes_nothing (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  gint64 id = project_at (store, KX_STAGE_SUBMITTED, 0);
  gint64 rows = audit_rows (store);
  guint done = done_count;
  KxActionDialog *dialog = open_dialog (store, id, KX_ACTION_FORMAL_REVIEW, 0);

  set_field (dialog, "reviewer", "王");
  click (_kx_action_dialog_get_cancel_button (dialog));
  g_assert_null (find_dialog ());

  dialog = open_dialog (store, id, KX_ACTION_FORMAL_REVIEW, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  kx_gui_test_flush ();
  g_assert_null (find_dialog ());

  g_assert_cmpuint (done_count, ==, done);
  g_assert_cmpint (audit_rows (store), ==, rows);
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_SUBMITTED);
}

/* A rejection needs its reason and a confirmation naming the consequence. */
static void
test_reject_confirms (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  gint64 id = project_at (store, KX_STAGE_SUBMITTED, 0);
  gint64 rows = audit_rows (store);
  KxActionDialog *dialog = open_dialog (store, id, KX_ACTION_FORMAL_REVIEW, 0);
  GtkDropDown *result = GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (_kx_action_dialog_get_field (dialog,
                                                                              "check-3")),
                               FALSE);
  g_assert_cmpuint (gtk_drop_down_get_selected (result), ==, KX_FORMAL_RESULT_RETURN);
  gtk_drop_down_set_selected (result, KX_FORMAL_RESULT_REJECT);
  g_assert_nonnull (_kx_action_dialog_get_field_error (dialog, "note"));
  g_assert_false (ok_sensitive (dialog));
  set_field (dialog, "note", "材料系伪造");
  g_assert_true (ok_sensitive (dialog));

  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_nonnull (_kx_action_dialog_get_confirmation (dialog));
  maybe_shot (GTK_WIDGET (dialog), "dialog-reject-confirm.png");
  g_assert_cmpint (audit_rows (store), ==, rows);
  click (_kx_action_dialog_get_cancel_button (dialog));   /* back */
  g_assert_null (_kx_action_dialog_get_confirmation (dialog));
  g_assert_true (find_dialog () == dialog);

  click (_kx_action_dialog_get_ok_button (dialog));
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_null (find_dialog ());
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_REJECTED);
}

/* Carried out, checked, failed: the penalty is named before it is
 * recorded, then the money is recovered. */
static void
test_progress_to_recovery (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  gint64 id = project_at (store, KX_STAGE_FUNDED, 0);
  gint64 rows;
  KxActionDialog *dialog;

  g_assert_cmpint (id, >, 0);
  dialog = open_dialog (store, id, KX_ACTION_SPEND, 0);
  set_field (dialog, "amount", "abc");
  g_assert_nonnull (strstr (_kx_action_dialog_get_field_error (dialog, "amount"), "Amount"));
  g_assert_false (ok_sensitive (dialog));
  set_field (dialog, "amount", "1200");
  set_field (dialog, "description", "会场租赁");
  ok_and_expect (store, dialog, id, KX_STAGE_FUNDED);

  dialog = open_dialog (store, id, KX_ACTION_REPORT_PROGRESS, 0);
  g_assert_nonnull (_kx_action_dialog_get_field_error (dialog, "text"));
  g_assert_false (ok_sensitive (dialog));
  set_field (dialog, "text", "已完成调研");
  ok_and_expect (store, dialog, id, KX_STAGE_IN_PROGRESS);

  dialog = open_dialog (store, id, KX_ACTION_MIDTERM_CHECK, 0);
  set_field (dialog, "date", "2026-07-21");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result")), 1);
  g_assert_nonnull (_kx_action_dialog_get_field_error (dialog, "comments"));
  g_assert_false (ok_sensitive (dialog));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result")), 0);
  ok_and_expect (store, dialog, id, KX_STAGE_MIDTERM_PASSED);

  dialog = open_dialog (store, id, KX_ACTION_FINAL_CHECK, 0);
  set_field (dialog, "date", "2026-07-22");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "result")), 1);
  set_field (dialog, "comments", "成果与指标不符");
  rows = audit_rows (store);
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_nonnull (strstr (_kx_action_dialog_get_confirmation (dialog), "penalized"));
  maybe_shot (GTK_WIDGET (dialog), "dialog-final-fail-confirm.png");
  g_assert_cmpint (audit_rows (store), ==, rows);
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_MIDTERM_PASSED);
  ok_and_expect (store, dialog, id, KX_STAGE_FAILED_ACCEPTANCE);

  dialog = open_dialog (store, id, KX_ACTION_RECOVER, 0);
  g_assert_cmpint (_kx_action_dialog_get_money (dialog, "amount"), >, 0);
  set_field (dialog, "date", "2026-07-23");
  set_field (dialog, "reason", "验收不合格");
  maybe_shot (GTK_WIDGET (dialog), "dialog-recover.png");
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_nonnull (_kx_action_dialog_get_confirmation (dialog));
  ok_and_expect (store, dialog, id, KX_STAGE_FAILED_ACCEPTANCE);
}

static void
test_fraud_confirms (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  gint64 id = project_at (store, KX_STAGE_FUNDED, 1);
  KxActionDialog *dialog = open_dialog (store, id, KX_ACTION_PENALIZE_FRAUD, 0);

  g_assert_false (ok_sensitive (dialog));
  set_field (dialog, "reason", "虚报活动场次");
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_nonnull (strstr (_kx_action_dialog_get_confirmation (dialog), "may not apply"));
  maybe_shot (GTK_WIDGET (dialog), "dialog-fraud-confirm.png");
  g_assert_cmpint (stage_of (store, id), ==, KX_STAGE_FUNDED);
  ok_and_expect (store, dialog, id, KX_STAGE_REVOKED);
}

static GtkCheckButton *
expert_check (KxActionDialog *dialog,
              KxExpert       *expert)
{
  g_autofree char *text = g_strdup_printf ("%s — %s", kx_expert_get_name (expert),
                                           kx_expert_get_affiliation (expert));

  return GTK_CHECK_BUTTON (kx_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, text));
}

/* Experts picked by hand: one tied to the applicant cannot be ticked. */
static void
test_assign_by_hand (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  g_autoptr(GError) error = NULL;
  gint64 id = project_at (store, KX_STAGE_SUBMITTED, 0);
  g_autoptr(KxProject) project = kx_project_get (store, id, NULL);
  g_autoptr(GListModel) experts = kx_expert_list (store, NULL);
  g_autoptr(KxExpert) tied = NULL;
  g_autoptr(KxExpert) free_one = NULL;
  g_autoptr(GArray) assignments = NULL;
  KxActionDialog *dialog;
  GtkCheckButton *check;
  gboolean conflict = FALSE;

  /* formal review first, in its dialog */
  ok_and_expect (store, open_dialog (store, id, KX_ACTION_FORMAL_REVIEW, 0), id,
                 KX_STAGE_FORMAL_PASSED);
  for (guint i = 0; i < g_list_model_get_n_items (experts) && free_one == NULL; i++)
    {
      g_autoptr(KxExpert) expert = g_list_model_get_item (experts, i);

      g_assert_true (kx_expert_has_conflict (store, kx_expert_get_id (expert),
                                             kx_project_get_organization_id (project),
                                             &conflict, &error));
      if (tied == NULL && kx_expert_get_active (expert))
        tied = g_object_ref (expert);
      else if (!conflict && kx_expert_get_active (expert))
        free_one = g_object_ref (expert);
    }
  g_assert_true (tied != NULL && free_one != NULL);
  if (!kx_expert_has_conflict (store, kx_expert_get_id (tied),
                               kx_project_get_organization_id (project), &conflict, &error) ||
      !conflict)
    g_assert_true (kx_expert_add_conflict (store, kx_expert_get_id (tied),
                                           kx_project_get_organization_id (project), "亲属",
                                           &error));
  g_assert_no_error (error);

  dialog = open_dialog (store, id, KX_ACTION_ASSIGN_EXPERTS, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog, "mode")), 1);
  g_assert_nonnull (_kx_action_dialog_get_field_error (dialog, "mode"));
  g_assert_false (ok_sensitive (dialog));
  check = expert_check (dialog, tied);
  g_assert_nonnull (check);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (check)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (check)), "回避"));
  check = expert_check (dialog, free_one);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (check)));
  gtk_check_button_set_active (check, TRUE);
  maybe_shot (GTK_WIDGET (dialog), "dialog-assign-by-hand.png");
  ok_and_expect (store, dialog, id, KX_STAGE_UNDER_EXPERT_REVIEW);

  assignments = kx_review_list_assignments (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assignments->len, ==, 1);
  g_assert_cmpint (g_array_index (assignments, KxReviewAssignment, 0).expert_id, ==,
                   kx_expert_get_id (free_one));
}

/* An objection recorded, then upheld after a confirmation: withdrawn. */
static void
test_objection_upheld (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  g_autoptr(GError) error = NULL;
  gint64 id = project_at (store, KX_STAGE_IN_NOTICE, 0);
  g_autoptr(KxNotice) notice = kx_notice_get (store, id, &error);
  g_autoptr(GArray) objections = NULL;
  KxActionDialog *dialog;
  gint64 rows;

  g_assert_no_error (error);
  dialog = open_dialog (store, id, KX_ACTION_RECORD_OBJECTION, 0);
  set_field (dialog, "date", notice->start_on);
  g_assert_false (ok_sensitive (dialog));   /* the content is required */
  set_field (dialog, "objector", "匿名");
  set_field (dialog, "content", "申报材料中的业绩与事实不符");
  ok_and_expect (store, dialog, id, KX_STAGE_IN_NOTICE);
  objections = kx_notice_list_objections (store, id, &error);
  g_assert_cmpuint (objections->len, ==, 1);

  dialog = open_dialog (store, id, KX_ACTION_RESOLVE_OBJECTION, 0);
  set_field (dialog, "date", notice->end_on);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kx_action_dialog_get_field (dialog,
                                                                          "resolution")), 1);
  rows = audit_rows (store);
  click (_kx_action_dialog_get_ok_button (dialog));
  g_assert_nonnull (strstr (_kx_action_dialog_get_confirmation (dialog), "withdrawn"));
  g_assert_cmpint (audit_rows (store), ==, rows);
  ok_and_expect (store, dialog, id, KX_STAGE_WITHDRAWN);
}

/* Every action's dialog opens on a project where it belongs, and says
 * exactly what the workflow says when the action is blocked. */
static void
test_every_dialog_builds (void)
{
  g_autofree char *path = kx_gui_test_demo_copy (120);
  g_autoptr(KxStore) store = kx_gui_test_open (path);
  g_autofree char *today = kx_date_today ();
  guint opened = 0;

  for (KxStage stage = 0; stage < KX_N_STAGES; stage++)
    {
      gint64 id = project_at (store, stage, 0);
      g_autoptr(GArray) states = id > 0 ? kx_workflow_next_actions (store, id, today, NULL)
                                        : NULL;

      for (guint i = 0; states != NULL && i < states->len; i++)
        {
          KxActionState *s = &g_array_index (states, KxActionState, i);
          KxActionDialog *dialog = open_dialog (store, id, s->action, 0);

          g_assert_cmpstr (_kx_action_dialog_get_error (dialog), ==, s->reason);
          if (!s->allowed)
            g_assert_false (ok_sensitive (dialog));
          if (stage == KX_STAGE_IN_PROGRESS && s->action == KX_ACTION_REPORT_PROGRESS)
            maybe_shot (GTK_WIDGET (dialog), "dialog-report.png");
          if (stage == KX_STAGE_IN_NOTICE && s->action == KX_ACTION_RESOLVE_OBJECTION)
            maybe_shot (GTK_WIDGET (dialog), "dialog-resolve-blocked.png");
          gtk_window_destroy (GTK_WINDOW (dialog));
          kx_gui_test_flush ();
          opened++;
        }
    }
  g_assert_cmpuint (opened, >=, 20);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("KEXIE_TODAY", "2026-07-20", TRUE);
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/action-dialog/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }
  load_style ();
  g_test_add_func ("/action-dialog/walk-to-funded", test_walk_to_funded);
  g_test_add_func ("/action-dialog/cancel-writes-nothing", test_cancel_writes_nothing);
  g_test_add_func ("/action-dialog/reject-confirms", test_reject_confirms);
  g_test_add_func ("/action-dialog/assign-by-hand", test_assign_by_hand);
  g_test_add_func ("/action-dialog/progress-to-recovery", test_progress_to_recovery);
  g_test_add_func ("/action-dialog/objection-upheld", test_objection_upheld);
  g_test_add_func ("/action-dialog/fraud-confirms", test_fraud_confirms);
  g_test_add_func ("/action-dialog/every-dialog-builds", test_every_dialog_builds);
  return g_test_run ();
}
