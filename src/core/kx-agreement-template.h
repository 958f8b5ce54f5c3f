/* kx-agreement-template.h: the clause text of a call's agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The obligations, penalties and closing clauses of the responsibility
 * agreement (项目责任书) are a per-call template the office edits in the
 * call's settings; NULL in the database means the default text, built
 * from the policy (七(三) 专款专用, 五.4 reporting, 五.5 mid-term check and
 * final acceptance, 七(二) penalties). kx_agreement_sign renders the call's
 * template into the text stored with the agreement, after the generated
 * heading, content, milestones and tranches (一、二、三) and before the
 * signature blocks; an agreement already signed keeps its stored text.
 *
 * Placeholders are written {{名称}}, in Chinese, with no spaces:
 *
 *   {{甲方}}              郴州市科学技术协会
 *   {{乙方}}              the applicant organization (or researcher)
 *   {{项目名称}}          the project's title
 *   {{项目编号}}          the project's number, 2026-0001
 *   {{项目类别}}          the project type as the policy names it (四.1–5)
 *   {{核定金额}}          the approved amount in figures, ¥150,000.00
 *   {{核定金额大写}}      the approved amount in capitals, 壹拾伍万元整
 *   {{年度}}              the call's year, 2026
 *   {{编号}}              the agreement's number, CZKX-2026-001
 *   {{签订日期}}          the day of signing, 2026年4月25日
 *   {{弄虚作假取消年限}}  years of exclusion for fraud (七(二), 3)
 *   {{验收不合格取消年限}} years of exclusion for failed acceptance (七(二), 2)
 *
 * Any other {{name}}, or a brace that does not belong to a placeholder,
 * is refused (KX_DECISION_ERROR / KX_ERROR_INVALID naming it).
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;      /* 核定金额大写, without the braces */
  const char *meaning;   /* English msgid: show it with _() */
} KxAgreementPlaceholder;

/* What the placeholders stand for; strings are borrowed, NULL = "". */
typedef struct
{
  const char *party_b;
  const char *project_title;
  const char *project_number;
  KxProjectType project_type;
  gint64      approved_fen;
  int         year;
  const char *number;          /* the agreement's, CZKX-2026-001 */
  const char *signed_on;       /* YYYY-MM-DD */
  int         ban_years_fraud;
  int         ban_years_failed;
} KxAgreementFields;

/* (transfer none) (array length=n_placeholders) */
const KxAgreementPlaceholder *kx_agreement_template_placeholders (guint *n_placeholders);
/* (transfer none): the default clause text (from the policy) */
const char *kx_agreement_template_default  (void);
/* TRUE when @text only uses known placeholders and its braces balance. */
gboolean    kx_agreement_template_validate (const char               *text,
                                            GError                  **error);
/* (transfer full): @text with its placeholders replaced by @fields */
char       *kx_agreement_template_render   (const char               *text,
                                            const KxAgreementFields  *fields,
                                            GError                  **error);

/* (transfer full): the call's template, or the default when it has none;
 * @out_is_default (optional) says which. NULL with KX_ERROR_NOT_FOUND
 * when there is no such call. */
char       *kx_agreement_template_get      (KxStore                  *store,
                                            gint64                    call_id,
                                            gboolean                 *out_is_default,
                                            GError                  **error);
/* Validates and stores @text as the call's template, in one audited
 * transaction (entity call, action set-agreement-template); @text NULL
 * restores the default. */
gboolean    kx_agreement_template_set      (KxStore                  *store,
                                            gint64                    call_id,
                                            const char               *text,
                                            GError                  **error);

/* The type's name as the policy writes it (四.1–5): 决策咨询和课题调研. */
const char *kx_agreement_type_name         (KxProjectType             type);
/* 2026-06-01 → 2026年6月1日 (transfer full) */
char       *kx_agreement_date_chinese      (const char               *iso);

/* (transfer full) (element-type gint64): the projects of the call that
 * have signed their agreement, in the order of the agreement numbers. */
GArray     *kx_agreement_list_signed       (KxStore                  *store,
                                            gint64                    call_id,
                                            GError                  **error);

G_END_DECLS
