/* kx-workflow.h: the one state machine of a project's stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action a clerk can take on a project is a KxAction. Each action is
 * allowed from certain stages and may have its own precondition (the
 * notice period is over, the agreement is signed, …). The functions that
 * perform actions live in their modules (kx-eligibility.c: submit;
 * kx-review.c: formal and expert review; kx-decision.c, kx-notice.c,
 * kx-agreement.c: decision, notice, agreement; kx-money.c;
 * kx-implementation.c; kx-penalty.c); all of them
 * check through this module first and change the stage only through it,
 * so the refusal a clerk sees in the list of next actions is exactly the
 * one the action itself gives.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_WORKFLOW_ERROR (kx_workflow_error_quark ())
GQuark kx_workflow_error_quark (void);

typedef enum
{
  KX_ACTION_SUBMIT,              /* draft, returned → submitted (eligibility, window) */
  KX_ACTION_FORMAL_REVIEW,       /* submitted → formal_passed | returned | rejected */
  KX_ACTION_ASSIGN_EXPERTS,      /* formal_passed → under_expert_review */
  KX_ACTION_SCORE,               /* under_expert_review (no change) */
  KX_ACTION_FINISH_REVIEW,       /* under_expert_review → reviewed (every score in) */
  KX_ACTION_DECIDE,              /* reviewed → approved | not_approved */
  KX_ACTION_START_NOTICE,        /* approved → in_notice */
  KX_ACTION_RECORD_OBJECTION,    /* in_notice (no change) */
  KX_ACTION_RESOLVE_OBJECTION,   /* in_notice → in_notice | withdrawn (upheld) */
  KX_ACTION_CLOSE_NOTICE,        /* in_notice → notice_passed (period over, none pending) */
  KX_ACTION_SIGN_AGREEMENT,      /* notice_passed → agreement_signed */
  KX_ACTION_DISBURSE,            /* agreement_signed → funded (first tranche); accepted (last);
                                    in between, the check explains why the rest waits */
  KX_ACTION_REPORT_PROGRESS,     /* funded → in_progress; in_progress, midterm_passed */
  KX_ACTION_SPEND,               /* funded, in_progress, midterm_passed (no change) */
  KX_ACTION_MIDTERM_CHECK,       /* in_progress → midterm_passed | in_progress (failed) */
  KX_ACTION_FINAL_CHECK,         /* midterm_passed → accepted | failed_acceptance (+ penalty) */
  KX_ACTION_RECOVER,             /* any stage with money disbursed and not yet recovered */
  KX_ACTION_PENALIZE_FRAUD,      /* funded … accepted → revoked (+ recovery, ban) */
  KX_N_ACTIONS
} KxAction;

const char *kx_action_to_string   (KxAction     action);   /* "submit", "formal-review", … */
gboolean    kx_action_from_string (const char  *text,
                                   KxAction    *out);
const char *kx_action_label       (KxAction     action);   /* translated: "Submit" → 提交申报 */

typedef struct
{
  KxAction  action;
  gboolean  allowed;
  char     *reason;   /* when not allowed: what blocks it and what to do; else NULL */
} KxActionState;

/* The actions that belong to the project's current stage, each allowed or
 * not with the reason. @today is YYYY-MM-DD (kx_date_today() normally).
 * (element-type KxActionState) with a clear func set. */
GArray     *kx_workflow_next_actions (KxStore     *store,
                                      gint64       project_id,
                                      const char  *today,
                                      GError     **error);

/* Whether @action may be taken on the project now; on FALSE, error is
 * KX_WORKFLOW_ERROR / KX_ERROR_BLOCKED (or NOT_FOUND) with the reason. */
gboolean    kx_workflow_check        (KxStore     *store,
                                      gint64       project_id,
                                      KxAction     action,
                                      const char  *today,
                                      GError     **error);

/* The stages from which @action may be taken. */
gboolean    kx_workflow_stage_allows (KxAction     action,
                                      KxStage      stage);

G_END_DECLS
