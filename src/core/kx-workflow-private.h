/* kx-workflow-private.h: what the action modules share with the state machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pattern of an action function (e.g. kx_notice_close in kx-notice.c):
 *
 *   g_auto(KxProjectState) state = { 0 };
 *
 *   if (!kx_store_begin (store, error))
 *     return FALSE;
 *   if (!_kx_workflow_load (store, project_id, &state, error) ||
 *       !_kx_workflow_require (store, &state, KX_ACTION_CLOSE_NOTICE, date, error) ||
 *       … the action's own writes, each audited … ||
 *       !_kx_workflow_set_stage (store, &state, KX_STAGE_NOTICE_PASSED,
 *                                KX_ACTION_CLOSE_NOTICE, error) ||
 *       !kx_store_commit (store, error))
 *     {
 *       kx_store_rollback (store);
 *       return FALSE;
 *     }
 *   return TRUE;
 *
 * The precondition of an action beyond its stage is a KxActionCheck in the
 * action's module, listed in the table of kx-workflow.c. It returns FALSE
 * with KX_WORKFLOW_ERROR / KX_ERROR_BLOCKED and a message that says what
 * blocks the action and what to do, in words a clerk understands
 * ("公示期未满：2026-05-12 结束"). It must not write.
 */

#pragma once

#include "kx-store-private.h"
#include "kx-workflow.h"

G_BEGIN_DECLS

/* A project's facts that the workflow needs, read in one query. */
typedef struct
{
  gint64         id;
  gint64         call_id;
  gint64         organization_id;
  int            call_year;
  KxProjectType  type;
  KxStage        stage;
  gint64         requested_fen;
  gint64         approved_fen;   /* -1 = none */
  char          *number;
  char          *title;
  char          *organization_name;
  KxOrgKind      organization_kind;
} KxProjectState;

void     _kx_project_state_clear (KxProjectState *state);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KxProjectState, _kx_project_state_clear)

gboolean _kx_workflow_load       (KxStore         *store,
                                  gint64           project_id,
                                  KxProjectState  *out,
                                  GError         **error);
/* Stage allows @action and the action's own check passes on @today. */
gboolean _kx_workflow_require    (KxStore               *store,
                                  const KxProjectState  *state,
                                  KxAction               action,
                                  const char            *today,
                                  GError               **error);
/* THE place where project.stage is written; audited as entity "project",
 * action kx_action_to_string (@action), before/after images of the row.
 * Must be inside a transaction. Updates state->stage. */
gboolean _kx_workflow_set_stage  (KxStore         *store,
                                  KxProjectState  *state,
                                  KxStage          to,
                                  KxAction         action,
                                  GError         **error);
/* The decision's approval: stage approved and project.approved_fen in one
 * audited update (action "decide"). Must be inside a transaction. */
gboolean _kx_workflow_approve    (KxStore        *store,
                                  KxProjectState *state,
                                  gint64          approved_fen,
                                  GError        **error);

/* KX_WORKFLOW_ERROR / KX_ERROR_BLOCKED with a formatted message; returns FALSE. */
gboolean _kx_workflow_blocked    (GError         **error,
                                  const char      *format,
                                  ...) G_GNUC_PRINTF (2, 3);

typedef gboolean (*KxActionCheck) (KxStore               *store,
                                   const KxProjectState  *state,
                                   const char            *today,
                                   GError               **error);

/* The checks, one per module; NULL in the table where the stage suffices.
 * kx-eligibility.c */
gboolean _kx_submit_check          (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
/* kx-review.c */
gboolean _kx_assign_experts_check  (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
gboolean _kx_score_check           (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
gboolean _kx_finish_review_check   (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
/* kx-decision.c, kx-notice.c */
gboolean _kx_decide_check          (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
gboolean _kx_record_objection_check (KxStore *store, const KxProjectState *state,
                                     const char *today, GError **error);
gboolean _kx_resolve_objection_check (KxStore *store, const KxProjectState *state,
                                      const char *today, GError **error);
gboolean _kx_close_notice_check    (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
/* kx-money.c */
gboolean _kx_disburse_check        (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
gboolean _kx_recover_check         (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
/* kx-implementation.c */
gboolean _kx_midterm_check_check   (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);
gboolean _kx_final_check_check     (KxStore *store, const KxProjectState *state,
                                    const char *today, GError **error);

/* kx-penalty.c: records a penalty with its recovery due and ban, inside
 * the caller's transaction (final acceptance failed, or fraud). The
 * recovery due is everything disbursed and not yet recovered. */
gboolean _kx_penalty_record        (KxStore               *store,
                                    const KxProjectState  *state,
                                    const char            *kind,      /* "fraud" | "failed_acceptance" */
                                    const char            *decided_on,
                                    const char            *reason,
                                    gint64                *out_penalty_id,
                                    GError               **error);

/* kx-money.c: sums for a project, for checks elsewhere. */
gint64   _kx_money_disbursed       (KxStore *store, gint64 project_id, GError **error);
gint64   _kx_money_recovered       (KxStore *store, gint64 project_id, GError **error);

G_END_DECLS
