/* kx-eligibility.h: who may apply (四, 五.1, 六, 七(二)) and submission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The verdict lists every rule of the call's policy for the project type
 * with its clause, its result and the evidence. A fact of the organization
 * counts as of the evaluation date: the latest fact of a kind dated on or
 * before it decides. A rule whose data is missing is unknown and says what
 * to record; unknown blocks submission just like fail.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* KX_ERROR_INVALID for bad arguments; refusals are KX_WORKFLOW_ERROR. */
#define KX_ELIGIBILITY_ERROR (kx_eligibility_error_quark ())
GQuark kx_eligibility_error_quark (void);

typedef struct
{
  const char *clause;  /* "四.1", "五.1", "六(一)1" … "六(三)3", "七(二)": not translated */
  const char *rule;    /* translated short name */
  KxResult    result;
  char       *reason;  /* translated, with the evidence or what to record */
} KxEligibilityRule;

typedef struct
{
  gint64         organization_id;
  gint64         call_id;
  int            call_year;
  KxProjectType  type;
  char          *on_date;
  gboolean       eligible;  /* every rule passes */
  GArray        *rules;     /* (element-type KxEligibilityRule) in the order of the policy */
} KxEligibility;

void           kx_eligibility_free     (KxEligibility  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxEligibility, kx_eligibility_free)

/* Every rule for @organization_id applying to @call_id with a project of
 * @type on @on_date (YYYY-MM-DD). */
KxEligibility *kx_eligibility_evaluate (KxStore        *store,
                                        gint64          organization_id,
                                        gint64          call_id,
                                        KxProjectType   type,
                                        const char     *on_date,
                                        GError        **error);

/* The rule with @clause, or NULL. */
const KxEligibilityRule *kx_eligibility_find (const KxEligibility *self,
                                              const char          *clause);

/* "六(一)1 fail: 2025 annual inspection failed" (result as pass, fail or
 * unknown, untranslated so that it can be searched for). */
char          *kx_eligibility_rule_format (const KxEligibilityRule *rule);
/* One line per rule; with @only_blocking, only the rules that fail or are
 * unknown. */
char          *kx_eligibility_format      (const KxEligibility     *self,
                                           gboolean                 only_blocking);

/* Draft or returned → submitted on @date, which must fall in the call's
 * acceptance window (五.1), with every eligibility rule passing; the
 * refusal lists every rule that fails or is unknown, one per line. */
gboolean       kx_project_submit       (KxStore        *store,
                                        gint64          project_id,
                                        const char     *date,
                                        GError        **error);

G_END_DECLS
