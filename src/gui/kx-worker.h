/* kx-worker.h: long work on a store connection of its own, in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* Runs in the worker thread with a connection opened for it alone; puts
 * its results into @data and returns FALSE with @error set on failure. */
typedef gboolean (*KxWorkerFunc) (KxStore       *store,
                                  gpointer       data,
                                  GCancellable  *cancellable,
                                  GError       **error);

void     kx_worker_run      (KxStore              *store,
                             GCancellable        **cancellable,
                             KxWorkerFunc          func,
                             gpointer              data,
                             GDestroyNotify        data_free,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data);
gboolean kx_worker_finish   (GAsyncResult         *result,
                             GCancellable        **cancellable,
                             GError              **error);
gpointer kx_worker_get_data (GAsyncResult         *result);
void     kx_worker_cancel   (GCancellable        **cancellable);

G_END_DECLS
