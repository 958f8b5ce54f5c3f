/* kx-export-workbook.c: the office's workbooks of a call as .xlsx files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-export-workbook.h"
#include "kx-export-review.h"
#include "kx-export-sheets.h"

typedef gboolean (*WriteWorkbook) (KxXlsx *x, GError **error);

static const struct
{
  const char    *name;
  const char    *label;
  WriteWorkbook  write;
} kinds[KX_N_WORKBOOKS] = {
  { "review", N_("Review results"), _kx_export_review },
  { "scores", N_("Expert score sheets"), _kx_export_scores },
  { "formal", N_("Formal review sheet"), _kx_export_formal },
  { "notice", N_("Public notice list"), _kx_export_notice },
  { "ledger", N_("Disbursement ledger"), _kx_export_ledger },
};

const char *
kx_workbook_kind_to_string (KxWorkbookKind kind)
{
  g_return_val_if_fail (kind < KX_N_WORKBOOKS, NULL);
  return kinds[kind].name;
}

gboolean
kx_workbook_kind_from_string (const char     *text,
                              KxWorkbookKind *out)
{
  for (guint i = 0; text != NULL && i < KX_N_WORKBOOKS; i++)
    if (g_str_equal (text, kinds[i].name))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_workbook_kind_label (KxWorkbookKind kind)
{
  g_return_val_if_fail (kind < KX_N_WORKBOOKS, NULL);
  return _(kinds[kind].label);
}

/* A new empty file beside @path, for the workbook until it is complete. */
static char *
make_temp (const char  *path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX.part", base);
  g_autofree char *temp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (temp, O_RDWR, 0644);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, g_strerror (saved));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&temp);
}

static gboolean
write_workbook (KxXlsx          *x,
                KxWorkbookKind   kind,
                const char      *temp,
                const char      *path,
                GError         **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  gboolean ok;
  lxw_error closed;

  x->workbook = workbook_new_opt (temp, &options);
  if (x->workbook == NULL)
    {
      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO, _("Cannot write “%s”"), path);
      return FALSE;
    }
  _kx_xlsx_init_formats (x);
  ok = kinds[kind].write (x, error) &&
       !g_cancellable_set_error_if_cancelled (x->cancellable, error);
  /* Closing also frees the workbook, so it is closed even after a failure. */
  closed = workbook_close (x->workbook);
  x->workbook = NULL;
  if (ok && closed != LXW_NO_ERROR)
    {
      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, lxw_strerror (closed));
      return FALSE;
    }
  return ok;
}

/**
 * kx_export_workbook:
 * @store: a store this thread may use
 * @kind: which workbook
 * @call_year: the call's year
 * @path: the .xlsx file to write, replaced if it exists
 * @progress: (nullable): called every 1 000 rows
 * @cancellable: (nullable): checked every 1 000 rows
 *
 * Writes the workbook; on failure or cancel @path is left as it was.
 */
gboolean
kx_export_workbook (KxStore           *store,
                    KxWorkbookKind     kind,
                    int                call_year,
                    const char        *path,
                    KxExportProgress   progress,
                    gpointer           user_data,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(KxCall) call = NULL;
  g_autofree char *temp = NULL;
  KxXlsx x = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < KX_N_WORKBOOKS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((call = kx_call_get_by_year (store, call_year, error)) == NULL ||
      (temp = make_temp (path, error)) == NULL)
    return FALSE;
  x.store = store;
  x.call = call;
  x.progress = progress;
  x.user_data = user_data;
  x.cancellable = cancellable;
  if (!write_workbook (&x, kind, temp, path, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  if (progress != NULL)
    progress (x.total, x.total, user_data);
  return TRUE;
}
