/* kx-review-sheet.h: the rows of the review results workbook, in a fixed number of queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the 评审结果汇总表 shows per project of a call: the list
 * columns of KxProjectList (formal result, score, rank included), each
 * criterion's average over the experts who scored (one GROUP BY), the
 * funding recommendation (kx_review_recommend) and the Party group's
 * decision (one query). The cost grows with the call, never with a query
 * per project. It reads only (with a 4 MB page cache meanwhile, the store's
 * own restored after): any thread may build one with its own store.
 */

#pragma once

#include <gio/gio.h>

#include "kx-project.h"
#include "kx-review.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  const KxProjectSummary *project;          /* borrowed from the sheet */
  int                     n_scores;         /* experts who scored */
  double                  criterion_avg[KX_N_CRITERIA];  /* when n_scores > 0: the mean
                                                          * rounded half up to 0.01 */
  gint64                  recommended_fen;  /* -1 = not ranked (no recommendation) */
  KxRecommendReason       reason;           /* when recommended_fen >= 0 */
  int                     decision;         /* -1 = not decided, 0 = not approved, 1 = approved */
} KxReviewSheetRow;

typedef struct _KxReviewSheet KxReviewSheet;

/* (transfer full) the rows of every project of the call, by project
 * number; NULL on error (KX_CALL_ERROR / KX_ERROR_NOT_FOUND for no such
 * call). */
KxReviewSheet          *kx_review_sheet_new    (KxStore       *store,
                                                gint64         call_id,
                                                GError       **error);
void                    kx_review_sheet_free   (KxReviewSheet *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxReviewSheet, kx_review_sheet_free)
guint                   kx_review_sheet_get_n  (KxReviewSheet *sheet);
/* Borrowed for as long as @sheet lives; NULL past the end. */
const KxReviewSheetRow *kx_review_sheet_peek   (KxReviewSheet *sheet,
                                                guint          index);

G_END_DECLS
