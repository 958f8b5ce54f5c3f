/* kx-project-query.c: filtering and sorting the rows of a projects list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A query walks the snapshot's order by the sort column (built once per
 * snapshot) and keeps the rows that pass the filters, so it costs O(n)
 * whatever the column: no sorting per keystroke. Descending order walks
 * the groups of equal values backwards, keeping each group by number and
 * the rows without a value last.
 */

#define G_LOG_DOMAIN "kx-project-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-project-list.h"
#include "kx-project-rows-private.h"

G_DEFINE_QUARK (kx-project-query-error-quark, kx_project_query_error)

/* How many rows a query walks between looks at its cancellable. */
#define CANCEL_STRIDE 4096

/**
 * kx_project_query_init:
 *
 * Every project, by number ascending.
 */
void
kx_project_query_init (KxProjectQuery *query)
{
  g_return_if_fail (query != NULL);

  *query = (KxProjectQuery) {
    .type = 0,
    .stage = -1,
    .search = NULL,
    .sort_column = KX_PROJECT_COLUMN_NUMBER,
    .descending = FALSE,
  };
}

/* The words of @search, case-folded; NULL when there are none. */
static GPtrArray *
split_words (const char *search)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = search != NULL ? search : "";
  const char *start = p;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && !g_unichar_isspace (c))
        continue;
      if (p > start)
        {
          g_autofree char *text = g_strndup (start, p - start);

          g_string_truncate (word, 0);
          _kx_project_fold (word, text);
          if (word->len > 0)
            g_ptr_array_add (words, g_strdup (word->str));
        }
      if (c == 0)
        break;
      start = g_utf8_next_char (p);
    }
  return words->len > 0 ? g_steal_pointer (&words) : NULL;
}

static gboolean
matches_words (KxProjectRows *rows,
               guint          index,
               GPtrArray     *words)
{
  const char *text = _kx_project_rows_folded (rows, index);

  for (guint i = 0; i < words->len; i++)
    if (strstr (text, words->pdata[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_none (const KxProjectSummary *row,
         KxProjectColumn         column)
{
  switch (column)
    {
    case KX_PROJECT_COLUMN_FORMAL:
    case KX_PROJECT_COLUMN_SCORE:
    case KX_PROJECT_COLUMN_RANK:
    case KX_PROJECT_COLUMN_APPROVED:
      return _kx_project_column_key (row, column) == G_MAXINT64;
    default:
      return FALSE;
    }
}

/* @asc by the column descending: groups of equal values in reverse, each
 * still by number, the rows without a value still last. */
static GArray *
reverse_groups (KxProjectRows   *rows,
                GArray          *asc,
                KxProjectColumn  column)
{
  const guint *v = (const guint *) asc->data;
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), asc->len);
  guint end = asc->len;

  while (end > 0 && is_none (kx_project_rows_peek (rows, v[end - 1]), column))
    end--;
  for (guint j = end; j > 0;)
    {
      const KxProjectSummary *last = kx_project_rows_peek (rows, v[j - 1]);
      guint i = j - 1;

      while (i > 0 && _kx_project_column_compare (kx_project_rows_peek (rows, v[i - 1]), last,
                                                  column) == 0)
        i--;
      g_array_append_vals (out, &v[i], j - i);
      j = i;
    }
  g_array_append_vals (out, &v[end], asc->len - end);
  return out;
}

static gboolean
set_cancelled (GCancellable  *cancellable,
               GError       **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/**
 * kx_project_query_run:
 * @rows: a snapshot
 * @query: what to show, in which order
 * @cancellable: (nullable): looked at every few thousand rows
 *
 * Runs on any thread.
 *
 * Returns: (transfer full) (element-type guint): the indices into @rows
 *   of the rows to show, in order; %NULL with G_IO_ERROR_CANCELLED
 */
GArray *
kx_project_query_run (KxProjectRows         *rows,
                      const KxProjectQuery  *query,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GArray) shown = NULL;
  const guint32 *order;
  const guint16 *kinds;
  guint n;

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (query->sort_column < KX_N_PROJECT_COLUMNS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = kx_project_rows_get_n (rows);
  words = split_words (query->search);
  order = _kx_project_rows_order (rows, query->sort_column);
  kinds = _kx_project_rows_kinds (rows);
  shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < n; i++)
    {
      guint index = order[i];
      guint kind = kinds[index];

      if (i % CANCEL_STRIDE == 0 && set_cancelled (cancellable, error))
        return NULL;
      if ((query->type != 0 && (int) (kind >> 8) != query->type) ||
          (query->stage >= 0 && (int) (kind & 0xff) != query->stage) ||
          (words != NULL && !matches_words (rows, index, words)))
        continue;
      g_array_append_val (shown, index);
    }
  if (set_cancelled (cancellable, error))
    return NULL;
  if (query->descending)
    return reverse_groups (rows, shown, query->sort_column);
  return g_steal_pointer (&shown);
}

/* Async */

typedef struct
{
  KxProjectRows  *rows;
  KxProjectQuery  query;
  char           *search;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  kx_project_rows_unref (job->rows);
  g_free (job->search);
  g_free (job);
}

static void
run_in_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GArray *order = kx_project_query_run (job->rows, &job->query, cancellable, &error);

  if (order == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, order, (GDestroyNotify) g_array_unref);
}

/**
 * kx_project_query_run_async:
 * @list: the list whose current rows to query
 * @query: copied, with its search text
 * @cancellable: (nullable)
 *
 * Runs kx_project_query_run() in a worker thread.
 */
void
kx_project_query_run_async (KxProjectList         *list,
                            const KxProjectQuery  *query,
                            GCancellable          *cancellable,
                            GAsyncReadyCallback    callback,
                            gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (KX_IS_PROJECT_LIST (list));
  g_return_if_fail (query != NULL);

  job = g_new0 (Job, 1);
  job->rows = kx_project_list_get_rows (list);
  job->query = *query;
  job->search = g_strdup (query->search);
  job->query.search = job->search;

  task = g_task_new (list, cancellable, callback, user_data);
  g_task_set_source_tag (task, kx_project_query_run_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, run_in_thread_cb);
}

/**
 * kx_project_query_run_finish:
 *
 * Returns: (transfer full) (element-type guint): the order, for the rows
 *   of kx_project_list_get_rows (@list) now; %NULL with
 *   G_IO_ERROR_CANCELLED, or KX_PROJECT_QUERY_ERROR_STALE when @list was
 *   reloaded since the query started
 */
GArray *
kx_project_query_run_finish (KxProjectList  *list,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_autoptr(KxProjectRows) current = NULL;
  g_autoptr(GArray) order = NULL;
  Job *job;

  g_return_val_if_fail (KX_IS_PROJECT_LIST (list), NULL);
  g_return_val_if_fail (g_task_is_valid (result, list), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((order = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  job = g_task_get_task_data (G_TASK (result));
  current = kx_project_list_get_rows (list);
  if (_kx_project_rows_get_generation (current) != _kx_project_rows_get_generation (job->rows))
    {
      g_set_error_literal (error, KX_PROJECT_QUERY_ERROR, KX_PROJECT_QUERY_ERROR_STALE,
                           _("The list was reloaded while the query ran"));
      return NULL;
    }
  return g_steal_pointer (&order);
}
