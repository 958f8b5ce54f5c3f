/* kx-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KX_TYPE_APPLICATION (kx_application_get_type ())
G_DECLARE_FINAL_TYPE (KxApplication, kx_application, KX, APPLICATION, GtkApplication)

KxApplication *kx_application_new             (void);
GSettings     *kx_application_get_settings    (KxApplication *self);
int            kx_application_get_exit_status (KxApplication *self);

G_END_DECLS
