/* kx-export-review.h: the review results workbook (评审结果汇总表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-export-xlsx-private.h"

G_BEGIN_DECLS

/* The columns of the review results, in order. */
typedef enum
{
  KX_REVIEW_COL_SEQ,
  KX_REVIEW_COL_APPLICANT,
  KX_REVIEW_COL_TITLE,
  KX_REVIEW_COL_TYPE,
  KX_REVIEW_COL_FORMAL,
  KX_REVIEW_COL_CRITERIA,                                   /* one per KxCriterion */
  KX_REVIEW_COL_SCORE = KX_REVIEW_COL_CRITERIA + 5,
  KX_REVIEW_COL_RANK,
  KX_REVIEW_COL_REQUESTED,
  KX_REVIEW_COL_RECOMMENDED,
  KX_REVIEW_COL_DECISION,
  KX_REVIEW_COL_APPROVED,
  KX_REVIEW_COL_STAGE,
  KX_REVIEW_N_COLS
} KxReviewCol;

/* The first data row of each sheet (row 0 is the title, row 1 the header). */
#define KX_REVIEW_FIRST_ROW 2

/* A summary sheet of every project of @x->call, then one sheet per project
 * type that has projects. */
gboolean _kx_export_review (KxXlsx  *x,
                            GError **error);

G_END_DECLS
