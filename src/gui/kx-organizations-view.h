/* kx-organizations-view.h: the 申报单位 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_ORGANIZATIONS_VIEW (kx_organizations_view_get_type ())
G_DECLARE_FINAL_TYPE (KxOrganizationsView, kx_organizations_view, KX, ORGANIZATIONS_VIEW,
                      GtkWidget)

GtkWidget *kx_organizations_view_new         (void);
void       kx_organizations_view_set_store   (KxOrganizationsView *self,
                                              KxStore             *store);
/* Organizations do not depend on the call; kept for the section contract. */
void       kx_organizations_view_set_call    (KxOrganizationsView *self,
                                              KxCall              *call);
void       kx_organizations_view_reload      (KxOrganizationsView *self);
/* Imports @path in a worker thread with its own connection, then shows
 * the report and reloads (what "Import CSV…" does once a file is chosen). */
void       kx_organizations_view_import_file (KxOrganizationsView *self,
                                              const char          *path);
gboolean   kx_organizations_view_is_importing (KxOrganizationsView *self);

G_END_DECLS
