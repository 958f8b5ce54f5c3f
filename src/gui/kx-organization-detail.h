/* kx-organization-detail.h: one 申报单位 — profile, yearly records, facts, track record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_ORGANIZATION_DETAIL (kx_organization_detail_get_type ())
G_DECLARE_FINAL_TYPE (KxOrganizationDetail, kx_organization_detail, KX, ORGANIZATION_DETAIL,
                      GtkWidget)

GtkWidget *kx_organization_detail_new              (void);
void       kx_organization_detail_set_store        (KxOrganizationDetail *self,
                                                    KxStore              *store);
/* 0 shows the empty state. */
void       kx_organization_detail_set_organization (KxOrganizationDetail *self,
                                                    gint64                organization_id);
gint64     kx_organization_detail_get_organization (KxOrganizationDetail *self);
void       kx_organization_detail_reload           (KxOrganizationDetail *self);

G_END_DECLS
