/* kx-project-rows-private.h: the snapshot behind KxProjectList and its queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kx-project-rows.c makes snapshots and works out, once per snapshot and
 * on first use, what queries need: the case-folded search text of each
 * row and the order of all rows by each column. kx-project-list-review.c
 * fills the review columns of freshly read rows.
 */

#pragma once

#include "kx-project-query.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* Takes @rows (of KxProjectSummary) and @strings (which hold their
 * strings). @generation is the list's reload count. */
KxProjectRows  *_kx_project_rows_new            (GArray                  *rows,
                                                 GStringChunk            *strings,
                                                 guint                    generation);
/* A copy of @old whose row @index is @row (its strings copied), with the
 * same generation; the other rows share @old's strings. The copy's rows
 * may be changed through _kx_project_rows_get_array() until it is shared. */
KxProjectRows  *_kx_project_rows_replace        (KxProjectRows           *old,
                                                 guint                    index,
                                                 const KxProjectSummary  *row);
GArray         *_kx_project_rows_get_array      (KxProjectRows           *rows);
guint           _kx_project_rows_get_generation (KxProjectRows           *rows);
/* The row with this id (rows are by id), or G_MAXUINT. */
guint           _kx_project_rows_find           (KxProjectRows           *rows,
                                                 gint64                   project_id);

/* type << 8 | stage of each row. */
const guint16  *_kx_project_rows_kinds          (KxProjectRows           *rows);
/* "number\x1fapplicant\x1ftitle" of row @index, case-folded by
 * _kx_project_fold(). Built for all rows on the first call. */
const char     *_kx_project_rows_folded         (KxProjectRows           *rows,
                                                 guint                    index);
/* Every row index, by @column ascending, values missing last, ties by
 * number. Built on the first call for the column. */
const guint32  *_kx_project_rows_order          (KxProjectRows           *rows,
                                                 KxProjectColumn          column);
/* The value of @column for non-text columns; G_MAXINT64 when missing. */
gint64          _kx_project_column_key          (const KxProjectSummary  *row,
                                                 KxProjectColumn          column);
/* 0 when @a and @b have the same value in @column. */
int             _kx_project_column_compare      (const KxProjectSummary  *a,
                                                 const KxProjectSummary  *b,
                                                 KxProjectColumn          column);

/* Appends @text to @out in lower case: simple case folding, and the
 * full-width forms of ASCII (Ａ, １) as ASCII. */
void            _kx_project_fold                (GString                 *out,
                                                 const char              *text);

/* Fills formal_result, score_centi and rank of @rows (of KxProjectSummary,
 * by id) with a fixed number of queries (one more per call). */
gboolean        _kx_project_rows_read_review    (KxStore                 *store,
                                                 GArray                  *rows,
                                                 GError                 **error);
/* Reads the formal result and score of one row (not its rank). */
gboolean        _kx_project_row_read_review     (KxStore                 *store,
                                                 KxProjectSummary        *row,
                                                 GError                 **error);
/* Ranks the rows of @call_id and @type (0, 0 = every call and type) as
 * kx_review_ranking() does. */
void            _kx_project_rows_rank           (GArray                  *rows,
                                                 gint64                   call_id,
                                                 int                      type);

G_END_DECLS
