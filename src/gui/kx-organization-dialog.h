/* kx-organization-dialog.h: adding or editing a 申报单位
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-organization.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_ORGANIZATION_DIALOG (kx_organization_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxOrganizationDialog, kx_organization_dialog, KX, ORGANIZATION_DIALOG,
                      GtkWindow)

/* @organization NULL adds a new one. "saved" (gint64 id) is emitted after
 * the write, then the dialog closes. */
KxOrganizationDialog *kx_organization_dialog_new (GtkWindow      *parent,
                                                  KxStore        *store,
                                                  KxOrganization *organization);

G_END_DECLS
