/* kx-window-private.h: app-internal API of the main window, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-window.h"
#include "kx-projects-view.h"

G_BEGIN_DECLS

KxProjectsView *_kx_window_get_projects_view (KxWindow *self);
GtkDropDown    *_kx_window_get_call_dropdown (KxWindow *self);
GtkEditable    *_kx_window_get_search_entry  (KxWindow *self);
/* The sidebar's stack: "projects", "organizations", "experts", "funds", "call", "audit". */
GtkStack       *_kx_window_get_section_stack (KxWindow *self);
/* "progress", "main" or "empty" */
const char     *_kx_window_get_visible_page  (KxWindow *self);
const char     *_kx_window_get_empty_text    (KxWindow *self);

G_END_DECLS
