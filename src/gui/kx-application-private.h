/* kx-application-private.h: app-internal API, used by the window and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-application.h"

G_BEGIN_DECLS

/* Opens @path as `--db` does: a missing file, a file that is not a Kexie
 * database, a newer or a read-only one ends in an error dialog. */
void          _kx_application_open_path        (KxApplication  *self,
                                                const char     *path);
/* The error of the last failed open, or %NULL after a successful one. */
const GError *_kx_application_get_last_error   (KxApplication  *self);
/* The error dialog now shown, or %NULL. */
GtkWidget    *_kx_application_get_error_dialog (KxApplication  *self);
/* Renders @widget (mapped) as it looks now into a PNG file. */
gboolean      _kx_application_save_png         (GtkWidget      *widget,
                                                const char     *path,
                                                GError        **error);

G_END_DECLS
