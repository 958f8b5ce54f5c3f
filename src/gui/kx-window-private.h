/* kx-window-private.h: app-internal API of the main window, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-window.h"

G_BEGIN_DECLS

/* The model the column view shows (a KxProjectList), or %NULL. */
GListModel    *_kx_window_get_project_model (KxWindow *self);
GtkDropDown   *_kx_window_get_call_dropdown (KxWindow *self);
GtkColumnView *_kx_window_get_column_view   (KxWindow *self);
const char    *_kx_window_get_status_text   (KxWindow *self);
/* "progress", "list" or "empty" */
const char    *_kx_window_get_visible_page  (KxWindow *self);
const char    *_kx_window_get_empty_text    (KxWindow *self);

G_END_DECLS
