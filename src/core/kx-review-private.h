/* kx-review-private.h: what kx-formal-review.c, kx-review.c and kx-review-rank.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three files implement kx-review.h together and report in its
 * error domain, KX_REVIEW_ERROR. The helpers are defined in kx-review.c,
 * except _kx_review_has_text() in kx-formal-review.c.
 */

#pragma once

#include "kx-review.h"
#include "kx-store-private.h"

G_BEGIN_DECLS

/* The experts' totals of one project, as the score is computed from them. */
typedef struct
{
  int     n_assigned;
  int     n_scores;
  gint64  sum;   /* of the experts' totals */
  gint64  min;
  gint64  max;
} KxReviewTotals;

/* Columns: assigned, scored, sum, min and max of the totals, over
 * assignment a LEFT JOIN score s; read with _kx_review_read_totals(). */
#define KX_REVIEW_TOTALS_COLUMNS \
  "count(a.id), count(s.assignment_id), " \
  "coalesce(sum(s.basic + s.sustain + s.science + s.demo + s.reach), 0), " \
  "coalesce(min(s.basic + s.sustain + s.science + s.demo + s.reach), 0), " \
  "coalesce(max(s.basic + s.sustain + s.science + s.demo + s.reach), 0)"

/* KX_REVIEW_ERROR / KX_ERROR_INVALID with a formatted message; returns FALSE. */
gboolean _kx_review_invalid      (GError               **error,
                                  const char            *format,
                                  ...) G_GNUC_PRINTF (2, 3);
/* TRUE for a valid YYYY-MM-DD date; otherwise sets an invalid error. */
gboolean _kx_review_require_date (const char            *date,
                                  GError               **error);
/* The policy of the call. */
gboolean _kx_review_load_policy  (KxStore               *store,
                                  gint64                 call_id,
                                  KxPolicy              *out,
                                  GError               **error);
/* Not NULL, not empty, not only spaces (full-width ones included). */
gboolean _kx_review_has_text     (const char            *text);
/* Reads the KX_REVIEW_TOTALS_COLUMNS starting at column @col. */
void     _kx_review_read_totals  (sqlite3_stmt          *stmt,
                                  int                    col,
                                  KxReviewTotals        *t);
/* The project's score from its totals by the call's rule (五.2). */
void     _kx_review_summarize    (const KxReviewTotals  *t,
                                  const KxPolicy        *policy,
                                  KxScoreSummary        *out);

G_END_DECLS
