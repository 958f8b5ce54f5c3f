/* kx-agreement-pdf.c: responsibility agreements as PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-agreement-pdf"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kx-agreement-pdf.h"
#include "kx-agreement-doc.h"
#include "kx-agreement-layout.h"
#include "kx-agreement-template.h"
#include "kx-call.h"
#include "kx-export.h"

static gboolean
fail_io (GError     **error,
         const char  *path,
         const char  *reason)
{
  g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO,
               _("Cannot write “%s”: %s"), path, reason);
  return FALSE;
}

static void
draw_docs (cairo_t   *cr,
           GPtrArray *docs)
{
  KxAgreementPage page;

  kx_agreement_page_init_a4 (&page);
  for (guint i = 0; i < docs->len; i++)
    {
      g_autoptr(KxAgreementLayout) layout = kx_agreement_layout_new (docs->pdata[i], &page);
      guint n = kx_agreement_layout_paginate (layout, cr);

      for (guint p = 0; p < n; p++)
        {
          kx_agreement_layout_draw_page (layout, cr, p);
          cairo_show_page (cr);
        }
    }
}

static gboolean
write_docs (GPtrArray   *docs,
            const char  *title,
            const char  *path,
            GError     **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.XXXXXX", path);
  KxAgreementPage page;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int fd;

  /* 0666 less the umask, as for any file the clerk saves. */
  if ((fd = g_mkstemp_full (tmp, O_RDWR, 0666)) < 0)
    return fail_io (error, path, g_strerror (errno));
  close (fd);
  kx_agreement_page_init_a4 (&page);
  surface = cairo_pdf_surface_create (tmp, page.width, page.height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kexie");
  cr = cairo_create (surface);
  draw_docs (cr, docs);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return fail_io (error, path, cairo_status_to_string (status));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      return fail_io (error, path, g_strerror (saved));
    }
  return TRUE;
}

gboolean
kx_agreement_write_pdf_list (KxStore       *store,
                             const gint64  *project_ids,
                             guint          n_projects,
                             const char    *path,
                             GError       **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) kx_agreement_doc_free);
  g_autofree char *title = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_projects == 0)
    {
      g_set_error_literal (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID,
                           _("There is no agreement to write"));
      return FALSE;
    }
  for (guint i = 0; i < n_projects; i++)
    {
      KxAgreementDoc *doc = kx_agreement_doc_load (store, project_ids[i], error);

      if (doc == NULL)
        return FALSE;
      g_ptr_array_add (docs, doc);
    }
  title = n_projects == 1
          ? g_strdup_printf ("项目责任书 %s", ((KxAgreementDoc *) docs->pdata[0])->number)
          : g_strdup ("项目责任书");
  return write_docs (docs, title, path, error);
}

gboolean
kx_agreement_write_pdf (KxStore     *store,
                        gint64       project_id,
                        const char  *path,
                        GError     **error)
{
  return kx_agreement_write_pdf_list (store, &project_id, 1, path, error);
}

gboolean
kx_agreement_write_call_pdf (KxStore     *store,
                             gint64       call_id,
                             const char  *path,
                             guint       *out_n_agreements,
                             GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(KxCall) call = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((call = kx_call_get (store, call_id, error)) == NULL ||
      (ids = kx_agreement_list_signed (store, call_id, error)) == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID,
                   _("No project of the call of %d has signed its responsibility agreement"),
                   kx_call_get_year (call));
      return FALSE;
    }
  if (!kx_agreement_write_pdf_list (store, (const gint64 *) ids->data, ids->len, path, error))
    return FALSE;
  if (out_n_agreements != NULL)
    *out_n_agreements = ids->len;
  return TRUE;
}
