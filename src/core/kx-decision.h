/* kx-decision.h: 党组研究同意, 公示 and 异议, 项目责任书 (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After the expert review the Party group of the association decides
 * (reviewed → approved | not_approved), the approved project is put on
 * public notice on the association's website (approved → in_notice),
 * objections received during the notice are recorded and resolved (an
 * upheld one withdraws the project), the notice is closed once its period
 * is over with no objection pending (→ notice_passed), and the project
 * responsibility agreement is signed (→ agreement_signed). Refusals are
 * KX_WORKFLOW_ERROR / KX_ERROR_BLOCKED with a message saying what blocks
 * the action; bad input is KX_ERROR_INVALID naming the field.
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_DECISION_ERROR (kx_decision_error_quark ())
GQuark kx_decision_error_quark (void);

/* The issuing party of every agreement. */
#define KX_AGREEMENT_PARTY_A "郴州市科学技术协会"

typedef struct
{
  gint64    id;
  gint64    project_id;
  char     *meeting_on;
  gboolean  approved;
  gint64    approved_fen;   /* -1 when not approved */
  char     *minutes_ref;
  char     *note;
} KxDecision;

typedef struct
{
  gint64  id;
  gint64  project_id;
  char   *start_on;
  char   *end_on;     /* start_on + notice_days - 1: the last day of the notice */
  char   *url;
} KxNotice;

typedef struct
{
  gint64  id;
  gint64  project_id;
  char   *received_on;
  char   *objector;
  char   *content;
  char   *resolution;       /* "pending", "unfounded" or "upheld" */
  char   *resolved_on;      /* NULL while pending */
  char   *resolution_note;
} KxObjection;

typedef struct
{
  gint64  id;
  gint64  project_id;
  char   *number;      /* CZKX-2026-001 */
  char   *signed_on;
  char   *text;        /* the plain text of the agreement */
} KxAgreement;

void kx_decision_free  (KxDecision  *decision);
void kx_notice_free    (KxNotice    *notice);
void kx_agreement_free (KxAgreement *agreement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxDecision, kx_decision_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxNotice, kx_notice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxAgreement, kx_agreement_free)

/* The Party group's decision (五.2), taken at the meeting of @meeting_on.
 * Approving needs an expert score at or above the call's pass line and
 * 0 < @approved_fen ≤ the requested amount; the money approved in the call
 * for the project's type and in the whole call, this project included,
 * must stay within the type's cap and the call's budget. @approved_fen is
 * ignored when @approved is FALSE. */
gboolean     kx_decision_record          (KxStore      *store,
                                          gint64        project_id,
                                          const char   *meeting_on,
                                          gboolean      approved,
                                          gint64        approved_fen,
                                          const char   *minutes_ref,
                                          const char   *note,
                                          GError      **error);
/* (transfer full) (nullable): NULL with KX_ERROR_NOT_FOUND when there is none */
KxDecision  *kx_decision_get             (KxStore      *store,
                                          gint64        project_id,
                                          GError      **error);

/* The money approved so far in the call: for @type (0 = all types), not
 * counting withdrawn projects (their approval was annulled) nor
 * @except_project_id. -1 on error. */
gint64       kx_decision_approved_total  (KxStore      *store,
                                          gint64        call_id,
                                          int           type,
                                          gint64        except_project_id,
                                          GError      **error);

/* Puts an approved project on public notice from @start_on (on or after
 * the decision). The period is the call's notice_days calendar days
 * counting the first, so it ends on start_on + notice_days - 1. */
gboolean     kx_notice_start             (KxStore      *store,
                                          gint64        project_id,
                                          const char   *start_on,
                                          const char   *url,
                                          GError      **error);
/* Only while the project is in notice and @received_on lies within the
 * period. */
gboolean     kx_notice_record_objection  (KxStore      *store,
                                          gint64        project_id,
                                          const char   *received_on,
                                          const char   *objector,
                                          const char   *content,
                                          gint64       *out_id,
                                          GError      **error);
/* @resolution is "unfounded" or "upheld"; upheld withdraws the project in
 * the same transaction. */
gboolean     kx_notice_resolve_objection (KxStore      *store,
                                          gint64        objection_id,
                                          const char   *resolution,
                                          const char   *resolved_on,
                                          const char   *note,
                                          GError      **error);
/* in_notice → notice_passed: from the day after the last day of the
 * notice, with no objection pending. */
gboolean     kx_notice_close             (KxStore      *store,
                                          gint64        project_id,
                                          const char   *date,
                                          GError      **error);
/* (transfer full) (nullable) */
KxNotice    *kx_notice_get               (KxStore      *store,
                                          gint64        project_id,
                                          GError      **error);
/* (transfer full) (element-type KxObjection), oldest first, with a clear func */
GArray      *kx_notice_list_objections   (KxStore      *store,
                                          gint64        project_id,
                                          GError      **error);
/* The project an objection belongs to; 0 with KX_ERROR_NOT_FOUND if none. */
gint64       kx_notice_objection_project (KxStore      *store,
                                          gint64        objection_id,
                                          GError      **error);

/* notice_passed → agreement_signed, on a day after the notice ended. The
 * number is CZKX-YEAR-NNN, sequential in the call in signing order. */
gboolean     kx_agreement_sign           (KxStore      *store,
                                          gint64        project_id,
                                          const char   *signed_on,
                                          char        **out_number,
                                          GError      **error);
/* (transfer full) (nullable) */
KxAgreement *kx_agreement_get            (KxStore      *store,
                                          gint64        project_id,
                                          GError      **error);

/* An amount in Chinese capital numerals as written on financial papers
 * (大写): 15000000 → 壹拾伍万元整, 10050050 → 壹拾万零伍佰元伍角, 5 → 伍分.
 * (transfer full) */
char        *kx_money_format_capital     (gint64        fen);

G_END_DECLS
