/* kx-worker.c: long work on a store connection of its own, in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UI thread never waits on a query that grows with the data: the work
 * runs in a GTask thread on its own connection to the same file, and a
 * newer run (or a cancel) makes the result of an older one be ignored.
 */

#define G_LOG_DOMAIN "kx-worker"

#include "config.h"

#include "kx-worker.h"

typedef struct
{
  char           *path;
  KxWorkerFunc    func;
  gpointer        data;
  GDestroyNotify  data_free;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

static void
worker_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(KxStore) store = NULL;
  GError *error = NULL;

  store = kx_store_open (job->path, &error);
  if (store != NULL && job->func (store, job->data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * kx_worker_run:
 * @store: the store whose file the worker opens again
 * @cancellable: (inout): the caller's slot: a run there is cancelled and
 *   replaced by this one's
 * @func: the work, run in a thread
 * @data: (transfer full): what @func reads and fills in
 * @data_free: (nullable): frees @data after @callback
 * @callback: runs in the calling thread when @func is done
 *
 * Runs @func in a thread on a connection of its own to @store's file.
 */
void
kx_worker_run (KxStore              *store,
               GCancellable        **cancellable,
               KxWorkerFunc          func,
               gpointer              data,
               GDestroyNotify        data_free,
               GAsyncReadyCallback   callback,
               gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  g_return_if_fail (KX_IS_STORE (store));

  job->path = g_strdup (kx_store_get_path (store));
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  kx_worker_cancel (cancellable);
  *cancellable = g_cancellable_new ();
  task = g_task_new (NULL, *cancellable, callback, user_data);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, worker_thread);
}

/**
 * kx_worker_finish:
 * @cancellable: (inout): the slot given to kx_worker_run()
 *
 * Returns: %FALSE when a newer run replaced this one or it was cancelled:
 *   the caller ignores it; else %TRUE, with @error set if the work failed
 */
gboolean
kx_worker_finish (GAsyncResult  *result,
                  GCancellable **cancellable,
                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  if (g_task_get_cancellable (G_TASK (result)) != *cancellable)
    return FALSE;
  g_clear_object (cancellable);
  g_task_propagate_boolean (G_TASK (result), error);
  return TRUE;
}

/**
 * kx_worker_get_data:
 *
 * Returns: (transfer none): the data given to kx_worker_run()
 */
gpointer
kx_worker_get_data (GAsyncResult *result)
{
  Job *job = g_task_get_task_data (G_TASK (result));

  return job->data;
}

/* Cancels the run in @cancellable's slot, if any, and empties the slot. */
void
kx_worker_cancel (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
}
