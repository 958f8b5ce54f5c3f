/* kx-action-forms-review.c: submit, formal review, experts, scores, end of review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog-private.h"

#include "kx-call.h"
#include "kx-eligibility.h"
#include "kx-expert.h"
#include "kx-expert-load.h"
#include "kx-review.h"
#include "kx-validate.h"

#define STORE(self)   _kx_action_dialog_get_store (self)
#define PROJECT(self) _kx_action_dialog_get_project (self)
#define ID(self)      kx_project_get_id (_kx_action_dialog_get_project (self))

static gboolean
load_policy (KxActionDialog  *self,
             KxPolicy        *out,
             GError         **error)
{
  g_autoptr(KxCall) call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                        error);

  if (call == NULL)
    return FALSE;
  *out = *kx_call_get_policy (call);
  return TRUE;
}

static char *
format_score (gint64 x100)
{
  return g_strdup_printf ("%lld.%02lld", (long long) (x100 / 100), (long long) (x100 % 100));
}

/* Submit */

static gboolean
submit_build (KxActionDialog  *self,
              GError         **error)
{
  g_autoptr(KxCall) call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                        error);
  g_autofree char *window = NULL;

  if (call == NULL)
    return FALSE;
  window = g_strdup_printf (_("The %d call accepts applications from %s to %s; every "
                              "eligibility rule must pass."), kx_call_get_year (call),
                            kx_call_get_window_start (call), kx_call_get_window_end (call));
  _kx_action_dialog_add_info (self, window);
  _kx_action_dialog_add_date (self, "date", _("Submission date"));
  return TRUE;
}

static gboolean
submit_run (KxActionDialog  *self,
            GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");

  return kx_project_submit (STORE (self), ID (self), date, error);
}

/* Formal review */

static gboolean
all_checks_ok (KxActionDialog *self)
{
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      g_autofree char *key = g_strdup_printf ("check-%u", i);

      if (!_kx_action_dialog_get_active (self, key))
        return FALSE;
    }
  return TRUE;
}

/* A failed check cannot pass, five passed checks cannot fail: follow the
 * checks, the clerk still chooses between return and reject. */
static void
on_formal_check_toggled_cb (KxActionDialog *self)
{
  GtkDropDown *result = GTK_DROP_DOWN (_kx_action_dialog_get_field (self, "result"));
  gboolean ok = all_checks_ok (self);
  guint selected = gtk_drop_down_get_selected (result);

  if (ok && selected != KX_FORMAL_RESULT_PASS)
    gtk_drop_down_set_selected (result, KX_FORMAL_RESULT_PASS);
  else if (!ok && selected == KX_FORMAL_RESULT_PASS)
    gtk_drop_down_set_selected (result, KX_FORMAL_RESULT_RETURN);
}

static gboolean
formal_build (KxActionDialog  *self,
              GError         **error)
{
  const char *results[] = { kx_formal_result_label (KX_FORMAL_RESULT_PASS),
                            kx_formal_result_label (KX_FORMAL_RESULT_RETURN),
                            kx_formal_result_label (KX_FORMAL_RESULT_REJECT), NULL };

  _kx_action_dialog_add_date (self, "date", _("Review date"));
  _kx_action_dialog_add_entry (self, "reviewer", _("Reviewer"), FALSE);
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      g_autofree char *check = g_strdup_printf ("check-%u", i);
      g_autofree char *note = g_strdup_printf ("note-%u", i);
      g_autofree char *note_label = g_strdup_printf (_("Note on “%s”"),
                                                     kx_formal_check_label (i));
      GtkCheckButton *button = _kx_action_dialog_add_check (self, check,
                                                            kx_formal_check_label (i), TRUE);

      g_signal_connect_object (button, "toggled", G_CALLBACK (on_formal_check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      _kx_action_dialog_add_entry (self, note, note_label, FALSE);
    }
  _kx_action_dialog_add_choice (self, "result", _("Result"), results, KX_FORMAL_RESULT_PASS);
  _kx_action_dialog_add_text (self, "note", _("Note"), FALSE);
  return TRUE;
}

static gboolean
has_failed_note (KxActionDialog *self)
{
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      g_autofree char *check = g_strdup_printf ("check-%u", i);
      g_autofree char *key = g_strdup_printf ("note-%u", i);
      g_autofree char *note = _kx_action_dialog_dup_text (self, key);

      if (!_kx_action_dialog_get_active (self, check) && note != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
formal_check (KxActionDialog *self)
{
  guint result = _kx_action_dialog_get_selected (self, "result");
  gboolean ok = all_checks_ok (self);
  g_autofree char *note = _kx_action_dialog_dup_text (self, "note");

  if (ok && result != KX_FORMAL_RESULT_PASS)
    _kx_action_dialog_set_error (self, "result", _("Result: every check is passed, so the "
                                                   "application passes the formal review"));
  else if (!ok && result == KX_FORMAL_RESULT_PASS)
    _kx_action_dialog_set_error (self, "result", _("Result: a check failed; return the "
                                                   "application for correction or reject it"));
  else if (result == KX_FORMAL_RESULT_REJECT && note == NULL && !has_failed_note (self))
    _kx_action_dialog_set_error (self, "note", _("Note: a rejection needs the reason"));
  else
    return TRUE;
  return FALSE;
}

static char *
formal_confirm (KxActionDialog *self)
{
  if (_kx_action_dialog_get_selected (self, "result") != KX_FORMAL_RESULT_REJECT)
    return NULL;
  return g_strdup_printf (_("Reject application %s of %s?\n\nThe application is not accepted "
                            "for this call and cannot be corrected and submitted again."),
                          kx_project_get_number (PROJECT (self)),
                          kx_project_get_organization_name (PROJECT (self)));
}

static gboolean
formal_run (KxActionDialog  *self,
            GError         **error)
{
  KxFormalReviewFields fields = { 0 };
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *reviewer = _kx_action_dialog_dup_text (self, "reviewer");
  g_autofree char *note = _kx_action_dialog_dup_text (self, "note");
  char *notes[KX_N_FORMAL_CHECKS] = { NULL };
  gboolean ok;

  fields.reviewed_on = date;
  fields.reviewer = reviewer;
  fields.note = note;
  fields.result = _kx_action_dialog_get_selected (self, "result");
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      g_autofree char *check = g_strdup_printf ("check-%u", i);
      g_autofree char *key = g_strdup_printf ("note-%u", i);

      fields.ok[i] = _kx_action_dialog_get_active (self, check);
      fields.notes[i] = notes[i] = _kx_action_dialog_dup_text (self, key);
    }
  ok = kx_formal_review_record (STORE (self), ID (self), &fields, error);
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    g_free (notes[i]);
  return ok;
}

/* Assign experts */

enum { ASSIGN_AUTO, ASSIGN_CHOOSE };

typedef struct
{
  gint64          expert_id;
  GtkCheckButton *check;     /* NULL when the expert cannot be chosen */
} Pick;

static GArray *
picks_new (void)
{
  return g_array_new (FALSE, TRUE, sizeof (Pick));
}

static gboolean
is_assigned (GArray *assignments,
             gint64  expert_id)
{
  for (guint i = 0; i < assignments->len; i++)
    if (g_array_index (assignments, KxReviewAssignment, i).expert_id == expert_id)
      return TRUE;
  return FALSE;
}

/* Why @expert cannot be chosen, or NULL; else its load in @note. */
static char *
expert_blocker (KxActionDialog *self,
                KxExpert       *expert,
                GArray         *assignments)
{
  gint64 id = kx_expert_get_id (expert);
  g_autofree char *conflict = NULL;

  if (is_assigned (assignments, id))
    return g_strdup (_("Already assigned to this project"));
  if (!kx_expert_get_active (expert))
    return g_strdup (_("Retired from the pool"));
  conflict = kx_expert_get_conflict_reason (STORE (self), id,
                                            kx_project_get_organization_id (PROJECT (self)));
  if (conflict != NULL)
    return *conflict != '\0' ? g_strdup_printf (_("Tied to the applicant (回避): %s"), conflict)
                             : g_strdup (_("Tied to the applicant (回避)"));
  return NULL;
}

static GtkWidget *
expert_row (KxExpert       *expert,
            const char     *detail,
            gboolean        blocked,
            GtkCheckButton **out_check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = g_strdup_printf ("%s — %s", kx_expert_get_name (expert),
                                           kx_expert_get_affiliation (expert));
  GtkWidget *check = gtk_check_button_new_with_label (name);
  GtkWidget *label = gtk_label_new (detail);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  gtk_widget_set_sensitive (check, !blocked);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 28);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  if (blocked)
    {
      gtk_widget_set_tooltip_text (check, detail);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
    }
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  *out_check = GTK_CHECK_BUTTON (check);
  return box;
}

static char *
load_text (GArray *loads,
           gint64  expert_id)
{
  for (guint i = 0; loads != NULL && i < loads->len; i++)
    {
      KxExpertLoad *load = &g_array_index (loads, KxExpertLoad, i);

      if (load->expert_id == expert_id)
        return g_strdup_printf (ngettext ("Reviews %d project of this call",
                                          "Reviews %d projects of this call", load->n),
                                load->n);
    }
  return g_strdup (_("Reviews no project yet"));
}

static GtkWidget *
expert_list (KxActionDialog  *self,
             GArray          *picks,
             GError         **error)
{
  g_autoptr(GListModel) experts = kx_expert_list (STORE (self), error);
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(GArray) loads = NULL;
  GtkWidget *box;

  if (experts == NULL ||
      (assignments = kx_review_list_assignments (STORE (self), ID (self), error)) == NULL ||
      (loads = kx_expert_list_load (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                    error)) == NULL)
    return NULL;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < g_list_model_get_n_items (experts); i++)
    {
      g_autoptr(KxExpert) expert = g_list_model_get_item (experts, i);
      g_autofree char *blocker = expert_blocker (self, expert, assignments);
      g_autofree char *load = load_text (loads, kx_expert_get_id (expert));
      Pick pick = { kx_expert_get_id (expert), NULL };

      gtk_box_append (GTK_BOX (box), expert_row (expert, blocker != NULL ? blocker : load,
                                                 blocker != NULL, &pick.check));
      g_signal_connect_object (pick.check, "toggled", G_CALLBACK (_kx_action_dialog_revalidate),
                               self, G_CONNECT_SWAPPED);
      g_array_append_val (picks, pick);
    }
  return box;
}

static char *
assigned_text (KxActionDialog  *self,
               GError         **error)
{
  g_autoptr(GArray) assignments = kx_review_list_assignments (STORE (self), ID (self), error);
  KxPolicy policy;

  if (assignments == NULL || !load_policy (self, &policy, error))
    return NULL;
  return g_strdup_printf (_("Each project of this call is reviewed by %d experts; %u are "
                            "assigned. Experts tied to the applicant are never assigned."),
                          policy.experts_per_project, assignments->len);
}

static gboolean
assign_build (KxActionDialog  *self,
              GError         **error)
{
  const char *modes[] = { _("Automatically (fewest assignments first)"),
                          _("Choose the experts"), NULL };
  g_autoptr(GArray) picks = picks_new ();
  g_autofree char *info = assigned_text (self, error);
  GtkWidget *list, *scroller;

  if (info == NULL || (list = expert_list (self, picks, error)) == NULL)
    return FALSE;
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Assignment date"));
  _kx_action_dialog_add_choice (self, "mode", _("Experts"), modes, ASSIGN_AUTO);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_size_request (scroller, -1, 220);
  gtk_widget_add_css_class (list, "kx-expert-list");
  _kx_action_dialog_add_widget (self, _("Experts in the pool"), scroller);
  g_object_set_data (G_OBJECT (self), "kx-expert-list", list);
  _kx_action_dialog_set_data (self, g_steal_pointer (&picks), (GDestroyNotify) g_array_unref);
  return TRUE;
}

static guint
count_picked (GArray *picks)
{
  guint n = 0;

  for (guint i = 0; i < picks->len; i++)
    n += gtk_check_button_get_active (g_array_index (picks, Pick, i).check);
  return n;
}

static gboolean
assign_check (KxActionDialog *self)
{
  GArray *picks = _kx_action_dialog_get_data (self);
  gboolean choose = _kx_action_dialog_get_selected (self, "mode") == ASSIGN_CHOOSE;

  gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (self), "kx-expert-list"), choose);
  if (!choose || count_picked (picks) > 0)
    return TRUE;
  _kx_action_dialog_set_error (self, "mode", _("Experts: tick at least one expert, or assign "
                                               "them automatically"));
  return FALSE;
}

static gboolean
assign_run (KxActionDialog  *self,
            GError         **error)
{
  GArray *picks = _kx_action_dialog_get_data (self);
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");

  if (_kx_action_dialog_get_selected (self, "mode") == ASSIGN_AUTO)
    return kx_review_assign_auto (STORE (self), ID (self), date, NULL, error);
  for (guint i = 0; i < picks->len; i++)
    {
      Pick *pick = &g_array_index (picks, Pick, i);

      if (!gtk_check_button_get_active (pick->check))
        continue;
      if (!kx_review_assign (STORE (self), ID (self), pick->expert_id, date, error))
        return FALSE;
      /* written: a retry must not assign it twice */
      gtk_check_button_set_active (pick->check, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (pick->check), FALSE);
    }
  return TRUE;
}

/* Scores */

typedef struct
{
  GArray   *assignments;   /* of KxReviewAssignment */
  GtkLabel *total_label;
  int       max_total;
} ScoreData;

static void
score_data_free (ScoreData *data)
{
  g_clear_pointer (&data->assignments, g_array_unref);
  g_free (data);
}

static const KxReviewAssignment *
chosen_assignment (KxActionDialog *self)
{
  ScoreData *data = _kx_action_dialog_get_data (self);
  gint64 expert_id = _kx_action_dialog_get_expert_id (self);
  guint n = data->assignments->len;

  if (expert_id <= 0)
    {
      guint selected = _kx_action_dialog_get_selected (self, "expert");

      return selected < n ? &g_array_index (data->assignments, KxReviewAssignment, selected)
                          : NULL;
    }
  for (guint i = 0; i < n; i++)
    if (g_array_index (data->assignments, KxReviewAssignment, i).expert_id == expert_id)
      return &g_array_index (data->assignments, KxReviewAssignment, i);
  return NULL;
}

/* Shows the scores the expert gave, to be edited; zeros when none yet. */
static void
fill_scores (KxActionDialog *self)
{
  const KxReviewAssignment *a = chosen_assignment (self);

  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      g_autofree char *key = g_strdup_printf ("score-%s", kx_criterion_to_string (i));
      GtkSpinButton *spin = GTK_SPIN_BUTTON (_kx_action_dialog_get_field (self, key));

      gtk_spin_button_set_value (spin, a != NULL && a->scored ? a->scores[i] : 0);
    }
  if (a != NULL && a->comment != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                                _kx_action_dialog_get_field (self, "comment"))), a->comment, -1);
}

static guint
first_unscored (GArray *assignments)
{
  for (guint i = 0; i < assignments->len; i++)
    if (!g_array_index (assignments, KxReviewAssignment, i).scored)
      return i;
  return 0;
}

static gboolean
add_expert_field (KxActionDialog  *self,
                  ScoreData       *data,
                  GError         **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const KxReviewAssignment *a;

  if (_kx_action_dialog_get_expert_id (self) > 0)
    {
      g_autofree char *text = NULL;

      if ((a = chosen_assignment (self)) == NULL)
        {
          g_set_error (error, KX_REVIEW_ERROR, KX_ERROR_NOT_FOUND,
                       _("This expert is not assigned to project %s"),
                       kx_project_get_number (PROJECT (self)));
          return FALSE;
        }
      text = g_strdup_printf (_("Expert: %s"), a->expert_name);
      _kx_action_dialog_add_info (self, text);
      return TRUE;
    }
  if (data->assignments->len == 0)
    {
      g_set_error (error, KX_REVIEW_ERROR, KX_ERROR_NOT_FOUND,
                   _("No expert is assigned to project %s yet; assign experts first"),
                   kx_project_get_number (PROJECT (self)));
      return FALSE;
    }
  for (guint i = 0; i < data->assignments->len; i++)
    {
      a = &g_array_index (data->assignments, KxReviewAssignment, i);
      g_ptr_array_add (names, a->scored ? g_strdup_printf (_("%s (scored %d)"), a->expert_name,
                                                           a->total)
                                        : g_strdup (a->expert_name));
    }
  g_ptr_array_add (names, NULL);
  _kx_action_dialog_add_choice (self, "expert", _("Expert"), (const char **) names->pdata,
                                first_unscored (data->assignments));
  return TRUE;
}

static gboolean
score_build (KxActionDialog  *self,
             GError         **error)
{
  ScoreData *data = g_new0 (ScoreData, 1);
  KxPolicy policy;

  _kx_action_dialog_set_data (self, data, (GDestroyNotify) score_data_free);
  if (!load_policy (self, &policy, error) ||
      (data->assignments = kx_review_list_assignments (STORE (self), ID (self), error)) == NULL ||
      !add_expert_field (self, data, error))
    return FALSE;
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      g_autofree char *key = g_strdup_printf ("score-%s", kx_criterion_to_string (i));
      g_autofree char *label = g_strdup_printf (_("%s (0–%d)"), kx_criterion_label (i),
                                                policy.weights[i]);

      _kx_action_dialog_add_spin (self, key, label, policy.weights[i], 0);
      data->max_total += policy.weights[i];
    }
  data->total_label = _kx_action_dialog_add_info (self, "");
  gtk_widget_add_css_class (GTK_WIDGET (data->total_label), "kx-dialog-total");
  _kx_action_dialog_add_date (self, "date", _("Scoring date"));
  _kx_action_dialog_add_text (self, "comment", _("Comment"), FALSE);
  fill_scores (self);
  if (_kx_action_dialog_get_expert_id (self) <= 0)
    g_signal_connect_object (_kx_action_dialog_get_field (self, "expert"), "notify::selected",
                             G_CALLBACK (fill_scores), self, G_CONNECT_SWAPPED);
  return TRUE;
}

static void
read_scores (KxActionDialog *self,
             int             scores[KX_N_CRITERIA])
{
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      g_autofree char *key = g_strdup_printf ("score-%s", kx_criterion_to_string (i));

      scores[i] = _kx_action_dialog_get_int (self, key);
    }
}

static gboolean
score_check (KxActionDialog *self)
{
  ScoreData *data = _kx_action_dialog_get_data (self);
  int scores[KX_N_CRITERIA], total = 0;
  g_autofree char *text = NULL;

  read_scores (self, scores);
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    total += scores[i];
  text = g_strdup_printf (_("Total: %d of %d"), total, data->max_total);
  gtk_label_set_text (data->total_label, text);
  return TRUE;
}

static gboolean
score_run (KxActionDialog  *self,
           GError         **error)
{
  const KxReviewAssignment *a = chosen_assignment (self);
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *comment = _kx_action_dialog_dup_text (self, "comment");
  int scores[KX_N_CRITERIA];

  read_scores (self, scores);
  return kx_review_score (STORE (self), ID (self), a->expert_id, scores, date, comment, error);
}

/* Finish the review */

static gboolean
finish_build (KxActionDialog  *self,
              GError         **error)
{
  KxScoreSummary summary;
  KxPolicy policy;
  g_autofree char *score = NULL;
  g_autofree char *text = NULL;

  if (!load_policy (self, &policy, error) ||
      !kx_review_project_score (STORE (self), ID (self), &summary, error))
    return FALSE;
  score = format_score (summary.score_x100);
  text = g_strdup_printf (summary.passes
                          ? _("%d of %d experts have scored. The project's score is %s, at or "
                              "above the pass line of %d.%s")
                          : _("%d of %d experts have scored. The project's score is %s, below "
                              "the pass line of %d.%s"),
                          summary.n_scores, summary.n_assigned, score, policy.pass_line,
                          summary.trimmed ? _(" The highest and the lowest total are left out.")
                                          : "");
  _kx_action_dialog_add_info (self, text);
  _kx_action_dialog_add_date (self, "date", _("Date"));
  return TRUE;
}

static gboolean
finish_run (KxActionDialog  *self,
            GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");

  return kx_review_finish (STORE (self), ID (self), date, error);
}

static const KxActionForm submit_form = { submit_build, NULL, NULL, submit_run };
static const KxActionForm formal_form = { formal_build, formal_check, formal_confirm,
                                          formal_run };
static const KxActionForm assign_form = { assign_build, assign_check, NULL, assign_run };
static const KxActionForm score_form = { score_build, score_check, NULL, score_run };
static const KxActionForm finish_form = { finish_build, NULL, NULL, finish_run };

const KxActionForm *
_kx_action_forms_review (KxAction action)
{
  switch (action)
    {
    case KX_ACTION_SUBMIT:         return &submit_form;
    case KX_ACTION_FORMAL_REVIEW:  return &formal_form;
    case KX_ACTION_ASSIGN_EXPERTS: return &assign_form;
    case KX_ACTION_SCORE:          return &score_form;
    case KX_ACTION_FINISH_REVIEW:  return &finish_form;
    default:                       return NULL;
    }
}
