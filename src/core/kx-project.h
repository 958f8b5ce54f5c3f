/* kx-project.h: 申报项目 with milestones and budget lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stage of a project is changed only by the workflow module (issue 3);
 * this module creates projects as drafts and edits their content.
 */

#pragma once

#include <gio/gio.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_PROJECT_ERROR (kx_project_error_quark ())
GQuark kx_project_error_quark (void);

typedef struct
{
  int         seq;       /* 1-based; 0 on input = next */
  const char *due_on;    /* YYYY-MM-DD */
  const char *target;
} KxMilestoneFields;

typedef struct
{
  int         seq;
  const char *item;
  gint64      amount_fen;
  const char *justification;
} KxBudgetLineFields;

typedef struct
{
  gint64                    call_id;
  gint64                    organization_id;
  KxProjectType             type;
  const char               *title;
  const char               *content;     /* 主要内容 */
  const char               *indicators;  /* 指标 */
  const KxMilestoneFields  *milestones;
  guint                     n_milestones;
  const KxBudgetLineFields *budget_lines;
  guint                     n_budget_lines;
} KxProjectFields;

/* The columns a list shows, one per project: what KxProjectList keeps for
 * each row (kx_project_list_peek()). Strings are borrowed. */
typedef struct
{
  gint64         id;
  gint64         call_id;
  gint64         organization_id;
  gint64         requested_fen;
  gint64         approved_fen;       /* -1 = none */
  const char    *organization_name;
  const char    *number;
  const char    *title;
  const char    *submitted_on;      /* NULL = not submitted */
  int            call_year;
  KxProjectType  type;
  KxStage        stage;
  /* Review columns, filled by KxProjectList (kx_project_get() leaves them
   * at -1, -1 and 0): */
  int            formal_result;     /* -1 = no formal review yet, else the latest KxFormalResult */
  int            score_centi;       /* the expert score ×100 rounded half up, as
                                     * kx_review_project_score() gives it; -1 = no score yet */
  int            rank;              /* within the call and type, as kx_review_ranking() ranks
                                     * (ties share it); 0 = not ranked */
} KxProjectSummary;

#define KX_TYPE_PROJECT (kx_project_get_type ())
G_DECLARE_FINAL_TYPE (KxProject, kx_project, KX, PROJECT, GObject)

/* Read-only properties: id, call-id, call-year, organization-id,
 * organization-name, number, type, type-label, title, content, indicators,
 * stage, stage-label, requested-fen, approved-fen (-1 = none), submitted-on. */
gint64        kx_project_get_id                (KxProject *self);
gint64        kx_project_get_call_id           (KxProject *self);
int           kx_project_get_call_year         (KxProject *self);
gint64        kx_project_get_organization_id   (KxProject *self);
const char   *kx_project_get_organization_name (KxProject *self);
const char   *kx_project_get_number            (KxProject *self);
KxProjectType kx_project_get_project_type      (KxProject *self);
const char   *kx_project_get_title             (KxProject *self);
const char   *kx_project_get_content           (KxProject *self);
const char   *kx_project_get_indicators        (KxProject *self);
KxStage       kx_project_get_stage             (KxProject *self);
gint64        kx_project_get_requested_fen     (KxProject *self);
gint64        kx_project_get_approved_fen      (KxProject *self);
const char   *kx_project_get_submitted_on      (KxProject *self);

/* Creates a draft with its milestones and budget lines in one transaction;
 * the number is allocated as YEAR-NNNN within the call. */
gboolean    kx_project_insert           (KxStore                *store,
                                         const KxProjectFields  *fields,
                                         gint64                 *out_id,
                                         GError                **error);
/* Replaces title, content, indicators, type, milestones and budget lines of
 * a project still in draft or returned. */
gboolean    kx_project_update           (KxStore                *store,
                                         gint64                  id,
                                         const KxProjectFields  *fields,
                                         GError                **error);
KxProject  *kx_project_get              (KxStore                *store,
                                         gint64                  id,
                                         GError                **error);
KxProject  *kx_project_get_by_number    (KxStore                *store,
                                         const char             *number,
                                         GError                **error);

typedef struct
{
  gint64  id;
  int     seq;
  char   *due_on;
  char   *target;
  char   *status;   /* planned, in_progress, done, missed */
  char   *note;
} KxMilestone;

typedef struct
{
  gint64  id;
  int     seq;
  char   *item;
  gint64  amount_fen;
  char   *justification;
} KxBudgetLine;

/* (element-type KxMilestone), with a clear func set */
GArray     *kx_project_list_milestones  (KxStore  *store,
                                         gint64    project_id,
                                         GError  **error);
/* (element-type KxBudgetLine), with a clear func set */
GArray     *kx_project_list_budget_lines(KxStore  *store,
                                         gint64    project_id,
                                         GError  **error);

G_END_DECLS
