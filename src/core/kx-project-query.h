/* kx-project-query.h: filtering and sorting the rows of a projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KxProjectList keeps its rows in an immutable snapshot, KxProjectRows,
 * that any thread may read. A query (type, stage, search words, sort
 * column) runs on a snapshot, usually in a worker thread, and gives the
 * order to show: indices into the snapshot. The list shows it with
 * kx_project_list_set_order(), in one items-changed:
 *
 *   kx_project_query_run_async (list, &query, cancellable, on_done_cb, self);
 *   …
 *   order = kx_project_query_run_finish (list, result, &error);
 *   if (order != NULL)
 *     {
 *       g_autoptr(KxProjectRows) rows = kx_project_list_get_rows (list);
 *       kx_project_list_set_order (list, rows, order);
 *     }
 *
 * Each snapshot works out, the first time a query needs them, the
 * case-folded search text of its rows and the order of its rows by each
 * column; later queries on it only walk that order (O(n)).
 */

#pragma once

#include <gio/gio.h>

#include "kx-project.h"

G_BEGIN_DECLS

typedef struct _KxProjectList KxProjectList;   /* kx-project-list.h */

#define KX_PROJECT_QUERY_ERROR (kx_project_query_error_quark ())
GQuark kx_project_query_error_quark (void);

typedef enum
{
  /* The list was reloaded while the query ran: its order means nothing
   * to the new rows; run the query again. */
  KX_PROJECT_QUERY_ERROR_STALE,
} KxProjectQueryError;

typedef enum
{
  KX_PROJECT_COLUMN_NUMBER,
  KX_PROJECT_COLUMN_APPLICANT,   /* organization_name */
  KX_PROJECT_COLUMN_TYPE,
  KX_PROJECT_COLUMN_TITLE,
  KX_PROJECT_COLUMN_STAGE,       /* in workflow order (KxStage) */
  KX_PROJECT_COLUMN_FORMAL,      /* pass, return, reject; none = no formal review */
  KX_PROJECT_COLUMN_SCORE,       /* none = no score */
  KX_PROJECT_COLUMN_RANK,        /* none = not ranked */
  KX_PROJECT_COLUMN_REQUESTED,
  KX_PROJECT_COLUMN_APPROVED,    /* none = no approved amount */
  KX_N_PROJECT_COLUMNS
} KxProjectColumn;

typedef struct
{
  int              type;         /* 0 = any, else KxProjectType */
  int              stage;        /* -1 = any, else KxStage */
  const char      *search;       /* NULL or "" = any: each word (split at white space,
                                  * the ideographic space too) must be a case-insensitive
                                  * substring of the number, the applicant or the title */
  KxProjectColumn  sort_column;
  gboolean         descending;
} KxProjectQuery;

/* Any project, sorted by number ascending. */
void kx_project_query_init (KxProjectQuery *query);

/* An immutable, thread-safe, reference-counted snapshot of a list's rows,
 * in the list's natural order (by project id). */
typedef struct _KxProjectRows KxProjectRows;

KxProjectRows          *kx_project_rows_ref   (KxProjectRows *rows);
void                    kx_project_rows_unref (KxProjectRows *rows);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxProjectRows, kx_project_rows_unref)
guint                   kx_project_rows_get_n (KxProjectRows *rows);
/* Borrowed for as long as @rows lives; NULL past the end. */
const KxProjectSummary *kx_project_rows_peek  (KxProjectRows *rows,
                                               guint          index);

/* Runs on any thread. Returns (transfer full) a GArray of guint row
 * indices in display order, or NULL with G_IO_ERROR_CANCELLED.
 *
 * Sorting: numbers compare as numbers, text by its UTF-8 bytes (no
 * locale), the stage in workflow order, the formal result as pass <
 * return < reject. Ties are broken by the project number ascending, in
 * both directions. Rows without a value (no formal review, no score, not
 * ranked, no approved amount) come LAST in both directions, by number. */
GArray *kx_project_query_run        (KxProjectRows         *rows,
                                     const KxProjectQuery  *query,
                                     GCancellable          *cancellable,
                                     GError               **error);

/* Runs kx_project_query_run() in a GTask thread on the current snapshot
 * of @list; @query is copied, the search text too. */
void    kx_project_query_run_async  (KxProjectList         *list,
                                     const KxProjectQuery  *query,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data);
/* Returns (transfer full) the order, for kx_project_list_get_rows (@list)
 * at the time of the call, or NULL with G_IO_ERROR_CANCELLED, or with
 * KX_PROJECT_QUERY_ERROR_STALE when the list was reloaded meanwhile. */
GArray *kx_project_query_run_finish (KxProjectList         *list,
                                     GAsyncResult          *result,
                                     GError               **error);

G_END_DECLS
