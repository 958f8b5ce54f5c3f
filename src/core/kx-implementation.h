/* kx-implementation.h: progress reports, mid-term check, final acceptance (五.4, 五.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A funded project reports its progress (the first report moves it from
 * funded to in_progress), each report updating the status of milestones.
 * The mid-term check needs at least one report; a failed one leaves the
 * project in progress so that it can be checked again after
 * rectification. The final acceptance follows a passed mid-term check; a
 * failed one is penalized in the same transaction (七(二): recovery of
 * everything disbursed and a ban).
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_IMPLEMENTATION_ERROR (kx_implementation_error_quark ())
GQuark kx_implementation_error_quark (void);

/* One milestone's new status in a progress report. */
typedef struct
{
  gint64      milestone_id;
  const char *status;   /* planned, in_progress, done, missed */
  const char *note;     /* nullable */
} KxMilestoneUpdate;

gboolean kx_progress_report      (KxStore                  *store,
                                  gint64                    project_id,
                                  const char               *reported_on,
                                  const char               *text,
                                  const KxMilestoneUpdate  *updates,
                                  guint                     n_updates,
                                  gint64                   *out_id,
                                  GError                  **error);

/* @kind: "midterm" or "final"; @result KX_RESULT_PASS or KX_RESULT_FAIL.
 * A failed check needs @comments saying why. */
gboolean kx_check_record         (KxStore                  *store,
                                  gint64                    project_id,
                                  const char               *kind,
                                  const char               *checked_on,
                                  KxResult                  result,
                                  const char               *materials,
                                  const char               *comments,
                                  GError                  **error);

typedef struct
{
  gint64  milestone_id;
  int     seq;
  char   *target;
  char   *status;
  char   *note;
} KxMilestoneReport;

typedef struct
{
  gint64  id;
  char   *reported_on;
  char   *text;
  GArray *updates;   /* of KxMilestoneReport, by milestone seq */
} KxProgressReport;

typedef struct
{
  gint64    id;
  char     *kind;      /* midterm, final */
  char     *checked_on;
  KxResult  result;
  char     *materials;
  char     *comments;
} KxProjectCheck;

/* (element-type KxProgressReport) with a clear func set, oldest first */
GArray  *kx_progress_list_reports (KxStore  *store,
                                   gint64    project_id,
                                   GError  **error);
/* (element-type KxProjectCheck) with a clear func set, oldest first */
GArray  *kx_check_list            (KxStore  *store,
                                   gint64    project_id,
                                   GError  **error);

G_END_DECLS
