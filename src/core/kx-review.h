/* kx-review.h: formal review and expert review (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 形式审查: five checks, each pass or fail with a note, and an outcome
 * (pass → formal_passed; return for correction → returned, which the
 * applicant edits and submits again; reject → rejected, final).
 *
 * 专家评审: experts are assigned (never one tied to the applicant: 回避),
 * each scores the five criteria of 五.2 within the call's weights, the
 * project's score is the mean of the experts' totals (the trimmed mean
 * without one highest and one lowest from trim_min_experts scores on),
 * compared with the pass line; projects are ranked within their type and
 * a funding recommendation walks the ranking within the type caps and
 * the call budget.
 *
 * Refusals of the workflow are KX_WORKFLOW_ERROR / KX_ERROR_BLOCKED; bad
 * input is KX_REVIEW_ERROR / KX_ERROR_INVALID naming the field.
 */

#pragma once

#include <glib.h>

#include "kx-call.h"
#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_REVIEW_ERROR (kx_review_error_quark ())
GQuark kx_review_error_quark (void);

/* The five checks of the formal review, in the order of 五.2. */
typedef enum
{
  KX_FORMAL_CHECK_CONDITIONS,  /* 符合申报条件 */
  KX_FORMAL_CHECK_FORM,        /* 符合填报要求 */
  KX_FORMAL_CHECK_CONTENT,     /* 内容真实完整 */
  KX_FORMAL_CHECK_MATERIALS,   /* 材料齐全 */
  KX_FORMAL_CHECK_BUDGET,      /* 预算合理 */
  KX_N_FORMAL_CHECKS
} KxFormalCheck;

typedef enum
{
  KX_FORMAL_RESULT_PASS,    /* → formal_passed */
  KX_FORMAL_RESULT_RETURN,  /* 退回补正 → returned */
  KX_FORMAL_RESULT_REJECT,  /* 不予受理 → rejected */
} KxFormalResult;

/* "conditions", "form", "content", "materials", "budget" */
const char *kx_formal_check_to_string   (KxFormalCheck   check);
gboolean    kx_formal_check_from_string (const char     *text,
                                         KxFormalCheck  *out);
const char *kx_formal_check_label       (KxFormalCheck   check);
/* "pass", "return", "reject" */
const char *kx_formal_result_to_string  (KxFormalResult  result);
gboolean    kx_formal_result_from_string(const char     *text,
                                         KxFormalResult *out);
const char *kx_formal_result_label      (KxFormalResult  result);

typedef struct
{
  const char     *reviewed_on;                  /* YYYY-MM-DD */
  const char     *reviewer;                     /* may be NULL */
  gboolean        ok[KX_N_FORMAL_CHECKS];
  const char     *notes[KX_N_FORMAL_CHECKS];    /* each may be NULL */
  KxFormalResult  result;
  const char     *note;                         /* may be NULL */
} KxFormalReviewFields;

typedef struct
{
  gint64          id;
  char           *reviewed_on;
  char           *reviewer;
  gboolean        ok[KX_N_FORMAL_CHECKS];
  char           *notes[KX_N_FORMAL_CHECKS];
  KxFormalResult  result;
  char           *note;
} KxFormalReview;

/* Records a round of the formal review and moves the stage. Pass needs
 * all five checks passed; return and reject need at least one failed;
 * reject also needs a reason (the note, or a failed check's note). */
gboolean    kx_formal_review_record     (KxStore                     *store,
                                         gint64                       project_id,
                                         const KxFormalReviewFields  *fields,
                                         GError                     **error);
/* (element-type KxFormalReview) oldest round first, with a clear func set */
GArray     *kx_formal_review_list       (KxStore                     *store,
                                         gint64                       project_id,
                                         GError                     **error);

/* The five criteria of the expert review, in the order of 五.2. */
typedef enum
{
  KX_CRITERION_BASIC,    /* 基础条件 */
  KX_CRITERION_SUSTAIN,  /* 持续发展能力 */
  KX_CRITERION_SCIENCE,  /* 科学性 */
  KX_CRITERION_DEMO,     /* 示范性 */
  KX_CRITERION_REACH,    /* 辐射性 */
  KX_N_CRITERIA
} KxCriterion;

const char *kx_criterion_to_string      (KxCriterion     criterion);  /* "basic", … */
const char *kx_criterion_label          (KxCriterion     criterion);

/* Assigns one expert; refused (KX_ERROR_BLOCKED) when the expert is tied
 * to the applicant, inactive or already assigned. The first assignment
 * moves formal_passed → under_expert_review. */
gboolean    kx_review_assign            (KxStore     *store,
                                         gint64       project_id,
                                         gint64       expert_id,
                                         const char  *date,
                                         GError     **error);
/* Assigns as many experts as the call's experts_per_project still needs:
 * active, not tied to the applicant, fewest assignments in the same call
 * first, then fewest overall, then lowest id. All or nothing.
 * @out_expert_ids: (out) (optional) (element-type gint64): those assigned */
gboolean    kx_review_assign_auto       (KxStore     *store,
                                         gint64       project_id,
                                         const char  *date,
                                         GArray     **out_expert_ids,
                                         GError     **error);

/* One expert's scores in the order of KxCriterion; each from 0 to the
 * criterion's weight in the call. A second call replaces the first. */
gboolean    kx_review_score             (KxStore     *store,
                                         gint64       project_id,
                                         gint64       expert_id,
                                         const int    scores[KX_N_CRITERIA],
                                         const char  *date,
                                         const char  *comment,
                                         GError     **error);

typedef struct
{
  int       n_scores;     /* experts who have scored */
  int       n_assigned;
  gint64    score_x100;   /* the project's score in hundredths, rounded half up */
  gboolean  trimmed;      /* highest and lowest dropped (n_scores ≥ trim_min_experts) */
  gboolean  passes;       /* the exact score ≥ the pass line (FALSE without scores) */
} KxScoreSummary;

/* The rule itself, on the experts' totals (each the sum of the five
 * criteria), with the call's trim_min_experts and pass_line; n_assigned
 * is set to @n_totals. */
void        kx_review_aggregate         (const int       *totals,
                                         guint            n_totals,
                                         const KxPolicy  *policy,
                                         KxScoreSummary  *out);
gboolean    kx_review_project_score     (KxStore         *store,
                                         gint64           project_id,
                                         KxScoreSummary  *out,
                                         GError         **error);

/* under_expert_review → reviewed, when every assigned expert has scored. */
gboolean    kx_review_finish            (KxStore     *store,
                                         gint64       project_id,
                                         const char  *date,
                                         GError     **error);

typedef struct
{
  gint64    assignment_id;
  gint64    expert_id;
  char     *expert_name;
  char     *assigned_on;
  gboolean  scored;
  int       scores[KX_N_CRITERIA];   /* when scored */
  int       total;                   /* when scored */
  char     *scored_on;               /* NULL when not scored */
  char     *comment;
} KxReviewAssignment;

/* (element-type KxReviewAssignment) by expert id, with a clear func set */
GArray     *kx_review_list_assignments  (KxStore  *store,
                                         gint64    project_id,
                                         GError  **error);

typedef struct
{
  gint64          project_id;
  char           *number;
  char           *title;
  char           *organization_name;
  KxProjectType   type;
  KxStage         stage;
  gint64          requested_fen;
  gint64          approved_fen;   /* -1 = none */
  KxScoreSummary  score;
  int             rank;           /* within the type; ties share it (1, 1, 3) */
} KxRankingRow;

/* Projects of the call whose expert review is finished (reviewed or any
 * later stage), by type, then score (best first), then number.
 * @type: 1–5, or 0 for every type (each ranked within its own).
 * Returns: (element-type KxRankingRow), with a clear func set */
GArray     *kx_review_ranking           (KxStore  *store,
                                         gint64    call_id,
                                         int       type,
                                         GError  **error);

typedef enum
{
  KX_RECOMMEND_FUND,             /* recommended for the requested amount */
  KX_RECOMMEND_BELOW_PASS_LINE,  /* score under the pass line */
  KX_RECOMMEND_EXCEEDS_TYPE_CAP, /* would exceed what is left of the type's cap */
  KX_RECOMMEND_EXCEEDS_BUDGET,   /* would exceed what is left of the call budget */
  KX_RECOMMEND_DECIDED,          /* already decided: its approved amount is committed */
} KxRecommendReason;

const char *kx_recommend_reason_to_string (KxRecommendReason reason);  /* "fund", … */
const char *kx_recommend_reason_label     (KxRecommendReason reason);

typedef struct
{
  KxRankingRow       row;
  gint64             recommended_fen;  /* FUND: requested; DECIDED: the approved amount
                                        * still committed (0 once withdrawn); else 0 */
  KxRecommendReason  reason;
} KxRecommendation;

/* Walks each type's ranking (types 1–5 in turn) from the top. Projects
 * already decided (approved_fen set, or stage past reviewed) are not
 * walked: their approved money is taken off the budget and their type's
 * cap first. A passing project is recommended for its requested amount
 * when it fits both what is left; otherwise it is marked and the walk
 * goes on to the next.
 * Returns: (element-type KxRecommendation) in ranking order, with a clear
 *   func set */
GArray     *kx_review_recommend         (KxStore  *store,
                                         gint64    call_id,
                                         GError  **error);

G_END_DECLS
