/* kx-export.h: what the exports share — their error domain and progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libkx-export writes the office's documents from the core's queries: the
 * xlsx workbooks (libxlsxwriter) and the responsibility agreement's page
 * layout (Pango + Cairo), shared by printing in the window and by PDF files
 * from kexie-cli. It uses GLib, the core, libxlsxwriter, Cairo and Pango —
 * never GTK.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KX_EXPORT_ERROR_INVALID,  /* nothing to export, or a bad argument: the message says which */
  KX_EXPORT_ERROR_IO,       /* the file could not be written */
} KxExportError;

#define KX_EXPORT_ERROR (kx_export_error_quark ())
GQuark kx_export_error_quark (void);

/* Called now and then from the thread that exports: @done of @total rows
 * or pages so far. */
typedef void (*KxExportProgress) (guint    done,
                                  guint    total,
                                  gpointer user_data);

G_END_DECLS
