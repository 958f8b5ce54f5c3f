/* kx-call.h: 年度申报批次 and its policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_CALL_ERROR (kx_call_error_quark ())
GQuark kx_call_error_quark (void);

/* The policy of a call (DESIGN.md "Policy of a call"). Stored with the call
 * because the scheme is a trial and is revised from year to year. */
typedef struct
{
  guint   allowed_kinds[KX_N_PROJECT_TYPES];  /* KX_ORG_KIND_BIT mask, index = type - 1 */
  gint64  type_cap_fen[KX_N_PROJECT_TYPES];   /* -1 = no cap */
  int     experts_per_project;                /* 3 */
  int     weights[5];                         /* basic, sustain, science, demo, reach: 20 each, sum 100 */
  int     trim_min_experts;                   /* trimmed mean from this many scores: 5 */
  int     pass_line;                          /* 60 */
  int     notice_days;                        /* 7 */
  int     first_tranche_percent;              /* 70 */
  int     ban_years_fraud;                    /* 3, 七(二) */
  int     ban_years_failed;                   /* 2, 七(二) */
  int     inspection_years;                   /* 2, 六(一)1 */
  int     commendation_years;                 /* 5, 六(一)4 */
} KxPolicy;

/* The seed policy: 四, 五.1, 六, 七(二). */
void     kx_policy_init_defaults (KxPolicy        *policy);
gboolean kx_policy_validate      (const KxPolicy  *policy,
                                  GError         **error);

typedef struct
{
  int         year;
  const char *title;
  gint64      budget_fen;
  const char *window_start;   /* YYYY-MM-DD */
  const char *window_end;
  const char *note;
  KxPolicy    policy;
} KxCallFields;

#define KX_TYPE_CALL (kx_call_get_type ())
G_DECLARE_FINAL_TYPE (KxCall, kx_call, KX, CALL, GObject)

/* Read-only properties: id, year, title, budget-fen, window-start, window-end, note. */
gint64          kx_call_get_id           (KxCall *self);
int             kx_call_get_year         (KxCall *self);
const char     *kx_call_get_title        (KxCall *self);
gint64          kx_call_get_budget_fen   (KxCall *self);
const char     *kx_call_get_window_start (KxCall *self);
const char     *kx_call_get_window_end   (KxCall *self);
const char     *kx_call_get_note         (KxCall *self);
const KxPolicy *kx_call_get_policy       (KxCall *self);

gboolean    kx_call_fields_validate (const KxCallFields  *fields,
                                     GError             **error);
gboolean    kx_call_insert          (KxStore             *store,
                                     const KxCallFields  *fields,
                                     gint64              *out_id,
                                     GError             **error);
gboolean    kx_call_update          (KxStore             *store,
                                     gint64               id,
                                     const KxCallFields  *fields,
                                     GError             **error);
KxCall     *kx_call_get             (KxStore             *store,
                                     gint64               id,
                                     GError             **error);
KxCall     *kx_call_get_by_year     (KxStore             *store,
                                     int                  year,
                                     GError             **error);
/* GListStore of KxCall, newest year first */
GListModel *kx_call_list            (KxStore             *store,
                                     GError             **error);

G_END_DECLS
