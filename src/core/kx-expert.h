/* kx-expert.h: 专家库 and 回避 (conflicts of interest)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_EXPERT_ERROR (kx_expert_error_quark ())
GQuark kx_expert_error_quark (void);

typedef struct
{
  const char *name;
  const char *affiliation;
  const char *field;
  const char *title;
  const char *phone;
  gboolean    inactive;  /* retired from the pool; zero = active */
} KxExpertFields;

#define KX_TYPE_EXPERT (kx_expert_get_type ())
G_DECLARE_FINAL_TYPE (KxExpert, kx_expert, KX, EXPERT, GObject)

/* Read-only properties: id, name, affiliation, field, title, phone, active. */
gint64      kx_expert_get_id          (KxExpert *self);
const char *kx_expert_get_name        (KxExpert *self);
const char *kx_expert_get_affiliation (KxExpert *self);
const char *kx_expert_get_field       (KxExpert *self);
const char *kx_expert_get_title       (KxExpert *self);
const char *kx_expert_get_phone       (KxExpert *self);
gboolean    kx_expert_get_active      (KxExpert *self);

/* Checks without writing: a name is required (message names the field). */
gboolean    kx_expert_fields_validate (const KxExpertFields *fields,
                                       GError              **error);
gboolean    kx_expert_insert          (KxStore              *store,
                                       const KxExpertFields *fields,
                                       gint64               *out_id,
                                       GError              **error);
gboolean    kx_expert_update          (KxStore              *store,
                                       gint64                id,
                                       const KxExpertFields *fields,
                                       GError              **error);
KxExpert   *kx_expert_get             (KxStore              *store,
                                       gint64                id,
                                       GError              **error);
/* GListStore of KxExpert ordered by name */
GListModel *kx_expert_list            (KxStore              *store,
                                       GError              **error);

/* The expert must never review projects of this organization. */
gboolean    kx_expert_add_conflict    (KxStore              *store,
                                       gint64                expert_id,
                                       gint64                organization_id,
                                       const char           *reason,
                                       GError              **error);
gboolean    kx_expert_remove_conflict (KxStore              *store,
                                       gint64                expert_id,
                                       gint64                organization_id,
                                       GError              **error);
gboolean    kx_expert_has_conflict    (KxStore              *store,
                                       gint64                expert_id,
                                       gint64                organization_id,
                                       gboolean             *out_conflict,
                                       GError              **error);
/* (element-type gint64) organization ids the expert is tied to */
GArray     *kx_expert_list_conflicts  (KxStore              *store,
                                       gint64                expert_id,
                                       GError              **error);
/* The reason recorded ("" if none), or NULL when there is no conflict. */
char       *kx_expert_get_conflict_reason (KxStore          *store,
                                           gint64            expert_id,
                                           gint64            organization_id);

G_END_DECLS
