/* kx-agreement-doc.h: what a printed responsibility agreement shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facts of one signed agreement (项目责任书), gathered from the store
 * for KxAgreementLayout: the number and parties, the project, the approved
 * amount, content and indicators, the milestones, and the clauses as they
 * were stored when the agreement was signed (三、资金拨付 onwards, from the
 * call's template of that day).
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *due_on;    /* 2026年9月30日 */
  char     *target;
} KxAgreementDocMilestone;

typedef struct
{
  gint64    project_id;
  char     *number;          /* CZKX-2026-001 */
  char     *signed_on;       /* 2026年4月25日 */
  char     *party_a;         /* 郴州市科学技术协会 */
  char     *party_b;         /* the organization, or the researcher */
  gboolean  party_b_person;  /* a researcher signs, no seal */
  char     *project_number;
  char     *title;
  char     *type_name;       /* 决策咨询和课题调研 */
  gint64    approved_fen;
  char     *preamble;        /* 根据《实施方案》… 签订本责任书。 */
  char     *content;
  char     *indicators;
  GArray   *milestones;      /* (element-type KxAgreementDocMilestone) */
  char     *clauses;         /* lines; "三、…" starts a section */
} KxAgreementDoc;

void            kx_agreement_doc_free (KxAgreementDoc  *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxAgreementDoc, kx_agreement_doc_free)

/* (transfer full): the agreement of @project_id; NULL with
 * KX_EXPORT_ERROR_INVALID naming the project when it has not signed one,
 * or the store's error. */
KxAgreementDoc *kx_agreement_doc_load (KxStore         *store,
                                       gint64           project_id,
                                       GError         **error);

G_END_DECLS
