/* kx-penalty.h: penalties, bans (七(二)) and an organization's track record (三.4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A penalty is decided on a date D with a ban of N years: the organization
 * may not apply to a call whose acceptance window opens in [D, D + N years),
 * i.e. from D itself to the day before the same date N years later.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_PENALTY_ERROR (kx_penalty_error_quark ())
GQuark kx_penalty_error_quark (void);

/* The kinds stored in penalty.kind. */
#define KX_PENALTY_FRAUD             "fraud"              /* 弄虚作假、虚报业绩 */
#define KX_PENALTY_FAILED_ACCEPTANCE "failed_acceptance"  /* 考核验收不合格 */

/* Translated: "fraud or false reporting of results", "failed final acceptance". */
const char *kx_penalty_kind_label (const char *kind);

typedef struct
{
  gint64  id;
  gint64  organization_id;
  gint64  project_id;      /* 0 = none */
  char   *project_number;  /* NULL = none */
  char   *kind;            /* KX_PENALTY_FRAUD or KX_PENALTY_FAILED_ACCEPTANCE */
  char   *decided_on;      /* YYYY-MM-DD, the first banned day */
  int     ban_years;
  char   *until;           /* decided_on + ban_years: the first day no longer banned */
  gint64  recovery_fen;    /* what was to be recovered when it was decided */
  char   *reason;
} KxPenalty;

void    kx_penalty_clear (KxPenalty *penalty);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KxPenalty, kx_penalty_clear)

/* A ban in force on a date. */
typedef struct
{
  gint64  penalty_id;
  char   *kind;
  char   *decided_on;
  char   *until;   /* the first day applications are accepted again */
} KxBan;

void    kx_ban_clear (KxBan *ban);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KxBan, kx_ban_clear)

/* 七(二): fraud on a funded project. The project is revoked, everything
 * disbursed and not yet recovered is recorded as due for recovery, and the
 * organization is banned for the call's ban_years_fraud (3) years from
 * @decided_on. @reason is required (what was falsified). */
gboolean  kx_penalty_fraud   (KxStore     *store,
                              gint64       project_id,
                              const char  *decided_on,
                              const char  *reason,
                              gint64      *out_penalty_id,
                              GError     **error);

/* Whether the organization is banned on @date; when it is and @out is not
 * NULL, @out is the ban that runs longest. */
gboolean  kx_penalty_ban_on  (KxStore     *store,
                              gint64       organization_id,
                              const char  *date,
                              KxBan       *out,
                              gboolean    *out_banned,
                              GError     **error);

/* (element-type KxPenalty) newest first, with a clear func set. */
GHashTable *kx_penalty_bans_on (KxStore     *store,
                                const char  *date,
                                GError     **error);
GArray   *kx_penalty_list    (KxStore     *store,
                              gint64       organization_id,
                              GError     **error);

/* 三.4 (注重实效，动态管理): what an organization did before, shown beside a
 * new application. */
typedef struct
{
  gint64         project_id;
  char          *number;
  int            call_year;
  KxProjectType  type;
  char          *title;
  KxStage        stage;
  gint64         approved_fen;      /* -1 = none */
  KxResult       final_result;      /* UNKNOWN = no final acceptance yet */
  char          *final_checked_on;  /* NULL = none */
  gboolean       has_score;         /* an expert has scored it */
  gint64         score_x100;        /* the aggregate expert score in hundredths */
} KxTrackProject;

typedef struct
{
  gint64     organization_id;
  char      *on_date;
  GArray    *projects;        /* (element-type KxTrackProject) newest call first */
  GArray    *penalties;       /* (element-type KxPenalty) decided on or before on_date */
  gboolean   banned;          /* a ban is in force on on_date */
  KxBan      ban;             /* that ban, when banned */
  gboolean   priority;        /* 三.4: last final acceptance passed, never penalized */
  char      *priority_reason; /* translated: why it is or is not marked */
} KxTrackRecord;

void           kx_track_record_free         (KxTrackRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxTrackRecord, kx_track_record_free)

KxTrackRecord *kx_organization_track_record (KxStore     *store,
                                             gint64       organization_id,
                                             const char  *on_date,
                                             GError     **error);

G_END_DECLS
