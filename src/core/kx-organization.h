/* kx-organization.h: 申报单位, their yearly records and eligibility facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_ORGANIZATION_ERROR (kx_organization_error_quark ())
GQuark kx_organization_error_quark (void);

/* What a form or a CSV row supplies. Strings may be NULL or "" (= none).
 * credit_code is required for every kind but researcher. */
typedef struct
{
  const char *name;
  KxOrgKind   kind;
  const char *credit_code;
  const char *secretary_general;
  const char *finance_staff;
  const char *bank_name;
  const char *bank_account;
  const char *party_branch;
  const char *contact_person;
  const char *contact_phone;
  const char *address;
  const char *note;
} KxOrganizationFields;

#define KX_TYPE_ORGANIZATION (kx_organization_get_type ())
G_DECLARE_FINAL_TYPE (KxOrganization, kx_organization, KX, ORGANIZATION, GObject)

/* Read-only GObject properties of the same names (id, name, kind, kind-label,
 * credit-code, secretary-general, …) so list views can bind them. */
gint64      kx_organization_get_id                (KxOrganization *self);
const char *kx_organization_get_name              (KxOrganization *self);
KxOrgKind   kx_organization_get_kind              (KxOrganization *self);
const char *kx_organization_get_credit_code       (KxOrganization *self);
const char *kx_organization_get_secretary_general (KxOrganization *self);
const char *kx_organization_get_finance_staff     (KxOrganization *self);
const char *kx_organization_get_bank_name         (KxOrganization *self);
const char *kx_organization_get_bank_account      (KxOrganization *self);
const char *kx_organization_get_party_branch      (KxOrganization *self);
const char *kx_organization_get_contact_person    (KxOrganization *self);
const char *kx_organization_get_contact_phone     (KxOrganization *self);
const char *kx_organization_get_address           (KxOrganization *self);
const char *kx_organization_get_note              (KxOrganization *self);

/* Checks fields without writing: the message names the field. */
gboolean        kx_organization_fields_validate (const KxOrganizationFields *fields,
                                                 GError                    **error);
gboolean        kx_organization_insert          (KxStore                    *store,
                                                 const KxOrganizationFields *fields,
                                                 gint64                     *out_id,
                                                 GError                    **error);
gboolean        kx_organization_update          (KxStore                    *store,
                                                 gint64                      id,
                                                 const KxOrganizationFields *fields,
                                                 GError                    **error);
KxOrganization *kx_organization_get             (KxStore                    *store,
                                                 gint64                      id,
                                                 GError                    **error);
KxOrganization *kx_organization_find_by_name    (KxStore                    *store,
                                                 const char                 *name,
                                                 GError                    **error);
KxOrganization *kx_organization_find_by_credit_code (KxStore            *store,
                                                     const char         *credit_code,
                                                     GError            **error);
/* A GListStore of KxOrganization ordered by kind then name. */
GListModel     *kx_organization_list            (KxStore                    *store,
                                                 GError                    **error);

/* 社团年检 / 年度绩效考核 for one year; an existing record is replaced. */
typedef struct
{
  gint64    organization_id;
  int       year;
  KxResult  inspection;
  KxResult  assessment;
  char     *note;
} KxYearRecord;

gboolean   kx_organization_set_year_record   (KxStore     *store,
                                              gint64       organization_id,
                                              int          year,
                                              KxResult     inspection,
                                              KxResult     assessment,
                                              const char  *note,
                                              GError     **error);
/* (element-type KxYearRecord) ordered by year, newest first */
GArray    *kx_organization_list_year_records (KxStore     *store,
                                              gint64       organization_id,
                                              GError     **error);

/* Dated eligibility facts with evidence. */
typedef struct
{
  gint64      id;
  gint64      organization_id;
  KxFactKind  kind;
  gboolean    holds;
  char       *fact_date;   /* YYYY-MM-DD */
  char       *evidence;
  char       *note;
} KxFact;

gboolean   kx_organization_add_fact    (KxStore     *store,
                                        gint64       organization_id,
                                        KxFactKind   kind,
                                        gboolean     holds,
                                        const char  *fact_date,
                                        const char  *evidence,
                                        const char  *note,
                                        gint64      *out_id,
                                        GError     **error);
gboolean   kx_organization_delete_fact (KxStore     *store,
                                        gint64       fact_id,
                                        GError     **error);
/* (element-type KxFact) ordered by date, newest first */
GArray    *kx_organization_list_facts  (KxStore     *store,
                                        gint64       organization_id,
                                        GError     **error);

G_END_DECLS
