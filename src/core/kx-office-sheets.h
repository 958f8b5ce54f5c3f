/* kx-office-sheets.h: the rows of the office's other workbooks, one query each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the 专家评分表, 形式审查表 and 公示名单 list for a call, each read with
 * one query over the call's projects (the 资金拨付台账 reads
 * kx_money_report_call()). Read only: any thread may call them with its
 * own store.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-review.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* An expert assigned to a project of the call. */
typedef struct
{
  gint64         expert_id;
  char          *expert_name;
  char          *affiliation;
  gint64         project_id;
  char          *number;
  char          *applicant;
  char          *title;
  KxProjectType  type;
} KxExpertSheetRow;

/* The latest round of a project's formal review. */
typedef struct
{
  gint64          project_id;
  char           *number;
  char           *applicant;
  char           *title;
  KxProjectType   type;
  char           *reviewed_on;
  char           *reviewer;
  gboolean        ok[KX_N_FORMAL_CHECKS];
  KxFormalResult  result;
  char           *note;
} KxFormalSheetRow;

/* A project the Party group approved, with its notice if it has one. */
typedef struct
{
  gint64         project_id;
  char          *number;
  char          *applicant;
  char          *title;
  KxProjectType  type;
  KxStage        stage;
  gint64         requested_fen;
  gint64         approved_fen;
  char          *notice_start;  /* NULL = not yet on notice */
  char          *notice_end;    /* the last day of the notice */
} KxNoticeSheetRow;

/* (transfer full) (element-type KxExpertSheetRow) by expert id, then
 * project number, with a clear func set; NULL on error. */
GArray *kx_office_sheet_assignments (KxStore  *store,
                                     gint64    call_id,
                                     GError  **error);
/* (transfer full) (element-type KxFormalSheetRow) the projects of the
 * call with a formal review, by number; NULL on error. */
GArray *kx_office_sheet_formal      (KxStore  *store,
                                     gint64    call_id,
                                     GError  **error);
/* (transfer full) (element-type KxNoticeSheetRow) by type, then number;
 * NULL on error. */
GArray *kx_office_sheet_notice      (KxStore  *store,
                                     gint64    call_id,
                                     GError  **error);

G_END_DECLS
