/* kx-action-forms-progress.c: progress reports, checks, fraud penalty
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog-private.h"

#include "kx-call.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-validate.h"

#define STORE(self)   _kx_action_dialog_get_store (self)
#define PROJECT(self) _kx_action_dialog_get_project (self)
#define ID(self)      kx_project_get_id (_kx_action_dialog_get_project (self))

static const char *statuses[] = { "planned", "in_progress", "done", "missed" };

/* Report progress */

static guint
status_index (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (status, statuses[i]) == 0)
      return i;
  return 0;
}

static gboolean
report_build (KxActionDialog  *self,
              GError         **error)
{
  GArray *milestones = kx_project_list_milestones (STORE (self), ID (self), error);
  const char *labels[G_N_ELEMENTS (statuses) + 1] = { NULL };

  if (milestones == NULL)
    return FALSE;
  _kx_action_dialog_set_data (self, milestones, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    labels[i] = kx_milestone_status_label (statuses[i]);
  _kx_action_dialog_add_date (self, "date", _("Report date"));
  _kx_action_dialog_add_text (self, "text", _("What was reported"), TRUE);
  for (guint i = 0; i < milestones->len; i++)
    {
      KxMilestone *m = &g_array_index (milestones, KxMilestone, i);
      g_autofree char *key = g_strdup_printf ("milestone-%u", i);
      g_autofree char *label = g_strdup_printf (_("Milestone %d (due %s): %s"), m->seq,
                                                m->due_on, m->target);

      _kx_action_dialog_add_choice (self, key, label, labels, status_index (m->status));
    }
  return TRUE;
}

static gboolean
report_run (KxActionDialog  *self,
            GError         **error)
{
  GArray *milestones = _kx_action_dialog_get_data (self);
  g_autoptr(GArray) updates = g_array_new (FALSE, TRUE, sizeof (KxMilestoneUpdate));
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *text = _kx_action_dialog_dup_text (self, "text");

  for (guint i = 0; i < milestones->len; i++)
    {
      KxMilestone *m = &g_array_index (milestones, KxMilestone, i);
      g_autofree char *key = g_strdup_printf ("milestone-%u", i);
      const char *status = statuses[_kx_action_dialog_get_selected (self, key)];
      KxMilestoneUpdate update = { m->id, status, NULL };

      if (g_strcmp0 (status, m->status) != 0)
        g_array_append_val (updates, update);
    }
  return kx_progress_report (STORE (self), ID (self), date, text,
                             (const KxMilestoneUpdate *) updates->data, updates->len, NULL,
                             error);
}

/* Mid-term and final checks */

enum { CHECK_PASS, CHECK_FAIL };

static gboolean
check_build (KxActionDialog  *self,
             GError         **error)
{
  const char *results[] = { kx_result_label (KX_RESULT_PASS), kx_result_label (KX_RESULT_FAIL),
                            NULL };

  _kx_action_dialog_add_date (self, "date", _("Date of the check"));
  _kx_action_dialog_add_choice (self, "result", _("Result"), results, CHECK_PASS);
  _kx_action_dialog_add_text (self, "materials", _("Materials examined"), FALSE);
  _kx_action_dialog_add_text (self, "comments", _("Findings"), FALSE);
  return TRUE;
}

static gboolean
final_build (KxActionDialog  *self,
             GError         **error)
{
  g_autoptr(KxCall) call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                        error);
  g_autofree char *info = NULL;

  if (call == NULL)
    return FALSE;
  info = g_strdup_printf (_("Passed, the rest of the approved amount can be disbursed. Failed, "
                            "everything disbursed is to be recovered and the applicant may not "
                            "apply for %d years (七(二))."),
                          kx_call_get_policy (call)->ban_years_failed);
  _kx_action_dialog_add_info (self, info);
  return check_build (self, error);
}

static gboolean
check_check (KxActionDialog *self)
{
  g_autofree char *comments = _kx_action_dialog_dup_text (self, "comments");

  if (_kx_action_dialog_get_selected (self, "result") != CHECK_FAIL || comments != NULL)
    return TRUE;
  _kx_action_dialog_set_error (self, "comments", _("Findings: a failed check needs the "
                                                   "findings that explain it"));
  return FALSE;
}

static gboolean
run_check (KxActionDialog  *self,
           const char      *kind,
           GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *materials = _kx_action_dialog_dup_text (self, "materials");
  g_autofree char *comments = _kx_action_dialog_dup_text (self, "comments");
  KxResult result = _kx_action_dialog_get_selected (self, "result") == CHECK_FAIL
                    ? KX_RESULT_FAIL : KX_RESULT_PASS;

  return kx_check_record (STORE (self), ID (self), kind, date, result, materials, comments,
                          error);
}

static gboolean
midterm_run (KxActionDialog  *self,
             GError         **error)
{
  return run_check (self, "midterm", error);
}

static gboolean
final_run (KxActionDialog  *self,
           GError         **error)
{
  return run_check (self, "final", error);
}

/* The penalty that follows, in the words of 七(二). */
static char *
penalty_consequence (KxActionDialog *self,
                     const char     *what,
                     int             ban_years)
{
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autofree char *due = NULL;
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *until = kx_date_add_years (date, ban_years);

  if (!kx_money_project_ledger (STORE (self), ID (self), &ledger, NULL))
    return NULL;
  due = kx_money_format (ledger.disbursed_fen - ledger.recovered_fen);
  return g_strdup_printf (_("%s\n\nProject %s will be penalized: %s disbursed and not yet "
                            "recovered is to be recovered, and %s may not apply before %s "
                            "(%d years)."), what, kx_project_get_number (PROJECT (self)), due,
                          kx_project_get_organization_name (PROJECT (self)), until,
                          ban_years);
}

static int
ban_years (KxActionDialog *self,
           gboolean        fraud)
{
  g_autoptr(KxCall) call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                        NULL);
  const KxPolicy *policy = call != NULL ? kx_call_get_policy (call) : NULL;

  if (policy == NULL)
    return 0;
  return fraud ? policy->ban_years_fraud : policy->ban_years_failed;
}

static char *
final_confirm (KxActionDialog *self)
{
  if (_kx_action_dialog_get_selected (self, "result") != CHECK_FAIL)
    return NULL;
  return penalty_consequence (self, _("Record that the final acceptance failed?"),
                              ban_years (self, FALSE));
}

/* Fraud */

static gboolean
fraud_build (KxActionDialog  *self,
             GError         **error)
{
  g_autofree char *info = g_strdup_printf (_("Fraud or false reporting of results (七(二)): the "
                                             "project is revoked, the funds disbursed are to be "
                                             "recovered and the applicant is banned for %d "
                                             "years."), ban_years (self, TRUE));

  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Date of the decision"));
  _kx_action_dialog_add_text (self, "reason", _("What was falsified"), TRUE);
  return TRUE;
}

static char *
fraud_confirm (KxActionDialog *self)
{
  return penalty_consequence (self, _("Revoke the project for fraud?"), ban_years (self, TRUE));
}

static gboolean
fraud_run (KxActionDialog  *self,
           GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *reason = _kx_action_dialog_dup_text (self, "reason");

  return kx_penalty_fraud (STORE (self), ID (self), date, reason, NULL, error);
}

static const KxActionForm report_form = { report_build, NULL, NULL, report_run };
static const KxActionForm midterm_form = { check_build, check_check, NULL, midterm_run };
static const KxActionForm final_form = { final_build, check_check, final_confirm, final_run };
static const KxActionForm fraud_form = { fraud_build, NULL, fraud_confirm, fraud_run };

const KxActionForm *
_kx_action_forms_progress (KxAction action)
{
  switch (action)
    {
    case KX_ACTION_REPORT_PROGRESS: return &report_form;
    case KX_ACTION_MIDTERM_CHECK:   return &midterm_form;
    case KX_ACTION_FINAL_CHECK:     return &final_form;
    case KX_ACTION_PENALIZE_FRAUD:  return &fraud_form;
    default:                        return NULL;
    }
}
