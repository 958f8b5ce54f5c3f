/* kx-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-application.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_WINDOW (kx_window_get_type ())
G_DECLARE_FINAL_TYPE (KxWindow, kx_window, KX, WINDOW, GtkApplicationWindow)

KxWindow *kx_window_new           (KxApplication *app,
                                   KxStore       *store);
KxStore  *kx_window_get_store     (KxWindow      *self);
void      kx_window_set_store     (KxWindow      *self,
                                   KxStore       *store);
void      kx_window_show_progress (KxWindow      *self,
                                   const char    *message,
                                   double         fraction);
gboolean  kx_window_show_section  (KxWindow      *self,
                                   const char    *name);
gboolean  kx_window_show_project  (KxWindow      *self,
                                   const char    *number,
                                   const char    *page,
                                   GError       **error);

G_END_DECLS
