/* kx-review.c: expert review (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-review.h: assigning experts, their scores, the project's
 * score and the end of the review; also the helpers of kx-review-private.h.
 */

#define G_LOG_DOMAIN "kx-review"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-review.h"
#include "kx-expert.h"
#include "kx-review-private.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-review-error-quark, kx_review_error)

static const char * const criterion_ids[KX_N_CRITERIA] = {
  "basic", "sustain", "science", "demo", "reach",
};

static const char * const criterion_labels[KX_N_CRITERIA] = {
  N_("Basic conditions"),
  N_("Sustainability"),
  N_("Scientific soundness"),
  N_("Demonstration value"),
  N_("Reach"),
};

const char *
kx_criterion_to_string (KxCriterion criterion)
{
  g_return_val_if_fail (criterion < KX_N_CRITERIA, NULL);
  return criterion_ids[criterion];
}

const char *
kx_criterion_label (KxCriterion criterion)
{
  g_return_val_if_fail (criterion < KX_N_CRITERIA, NULL);
  return _(criterion_labels[criterion]);
}

/* Shared through kx-review-private.h */

gboolean
_kx_review_invalid (GError     **error,
                    const char  *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (KX_REVIEW_ERROR, KX_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_kx_review_require_date (const char  *date,
                         GError     **error)
{
  if (date != NULL && kx_date_is_valid (date))
    return TRUE;
  /* kx_date_parse explains what is wrong; it also accepts 2026/4/5. */
  if (kx_date_parse (_("Date"), date, NULL, error))
    _kx_review_invalid (error, _("Date: “%s” must be written YYYY-MM-DD"), date);
  return FALSE;
}

gboolean
_kx_review_load_policy (KxStore   *store,
                        gint64     call_id,
                        KxPolicy  *out,
                        GError   **error)
{
  g_autoptr(KxCall) call = kx_call_get (store, call_id, error);

  if (call == NULL)
    return FALSE;
  *out = *kx_call_get_policy (call);
  return TRUE;
}

/* Assignments and scores */

static void
assignment_clear (gpointer data)
{
  KxReviewAssignment *a = data;

  g_free (a->expert_name);
  g_free (a->assigned_on);
  g_free (a->scored_on);
  g_free (a->comment);
}

static void
read_assignment (sqlite3_stmt       *stmt,
                 KxReviewAssignment *a)
{
  a->assignment_id = sqlite3_column_int64 (stmt, 0);
  a->expert_id = sqlite3_column_int64 (stmt, 1);
  a->expert_name = _kx_column_dup (stmt, 2);
  a->assigned_on = _kx_column_dup (stmt, 3);
  a->scored = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  a->total = 0;
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      a->scores[i] = sqlite3_column_int (stmt, 4 + i);
      a->total += a->scores[i];
    }
  a->scored_on = a->scored ? _kx_column_dup (stmt, 9) : NULL;
  a->comment = g_strdup (_kx_column_text (stmt, 10));
}

/**
 * kx_review_list_assignments:
 *
 * Returns: (transfer full) (element-type KxReviewAssignment): the experts
 *   assigned to the project with their scores, by expert id
 */
GArray *
kx_review_list_assignments (KxStore  *store,
                            gint64    project_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT a.id, a.expert_id, e.name, a.assigned_on, s.basic, s.sustain, s.science, "
    "  s.demo, s.reach, s.scored_on, s.comment "
    "FROM assignment a JOIN expert e ON e.id = a.expert_id "
    "LEFT JOIN score s ON s.assignment_id = a.id "
    "WHERE a.project_id = ?1 ORDER BY a.expert_id";
  g_autoptr(GArray) list = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  list = g_array_new (FALSE, TRUE, sizeof (KxReviewAssignment));
  g_array_set_clear_func (list, assignment_clear);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxReviewAssignment a = { 0 };

      read_assignment (stmt, &a);
      g_array_append_val (list, a);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

/* The experts who could still be assigned to the project: active, not tied
 * to the applicant, not yet assigned; least loaded in the call first, then
 * least loaded overall, then lowest id. (element-type gint64) */
static GArray *
eligible_experts (KxStore               *store,
                  const KxProjectState  *state,
                  GError               **error)
{
  static const char sql[] =
    "SELECT e.id, "
    "  coalesce((SELECT n FROM expert_load l WHERE l.expert_id = e.id AND l.call_id = ?3), 0) "
    "    AS in_call, "
    "  coalesce((SELECT sum(n) FROM expert_load l WHERE l.expert_id = e.id), 0) AS overall "
    "FROM expert e WHERE e.active = 1 "
    "  AND NOT EXISTS (SELECT 1 FROM conflict c "
    "                  WHERE c.expert_id = e.id AND c.organization_id = ?2) "
    "  AND NOT EXISTS (SELECT 1 FROM assignment a "
    "                  WHERE a.expert_id = e.id AND a.project_id = ?1) "
    "ORDER BY in_call, overall, e.id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_int64 (stmt, 2, state->organization_id);
  sqlite3_bind_int64 (stmt, 3, state->call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc < 0)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

/* The assignment of the expert to the project: its id, 0 if none, -1 on error. */
static gint64
find_assignment (KxStore  *store,
                 gint64    project_id,
                 gint64    expert_id,
                 GError  **error)
{
  static const char sql[] = "SELECT id FROM assignment WHERE project_id = ?1 AND expert_id = ?2";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, expert_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) < 0)
    return -1;
  if (rc == 1)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static int
count_assigned (KxStore  *store,
                gint64    project_id,
                GError  **error)
{
  static const char sql[] = "SELECT count(*) FROM assignment WHERE project_id = ?1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int n;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (_kx_store_step_row (store, stmt, error) != 1)
    return -1;
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

gboolean
_kx_assign_experts_check (KxStore              *store,
                          const KxProjectState *state,
                          const char           *today,
                          GError              **error)
{
  g_autoptr(GArray) eligible = NULL;
  KxPolicy policy;
  int assigned, needed;

  (void) today;
  if (!_kx_review_load_policy (store, state->call_id, &policy, error) ||
      (assigned = count_assigned (store, state->id, error)) < 0 ||
      (eligible = eligible_experts (store, state, error)) == NULL)
    return FALSE;

  needed = MAX (1, policy.experts_per_project - assigned);
  if ((int) eligible->len >= needed)
    return TRUE;
  if (assigned >= policy.experts_per_project)
    return _kx_workflow_blocked (error, _("No other expert in the pool is active, not tied to "
                                          "%s and not yet assigned to project %s"),
                                 state->organization_name, state->number);
  return _kx_workflow_blocked (error, _("Not enough experts: project %s needs %d more, but only "
                                        "%u in the pool are active, not tied to %s and not yet "
                                        "assigned; add experts to the pool"),
                               state->number, needed, eligible->len, state->organization_name);
}

static gboolean
insert_assignment (KxStore     *store,
                   gint64       project_id,
                   gint64       expert_id,
                   const char  *date,
                   GError     **error)
{
  static const char sql[] =
    "INSERT INTO assignment (project_id, expert_id, assigned_on) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, expert_id);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  return _kx_store_step_done (store, stmt, error) &&
         _kx_store_audit_write (store, "assignment",
                                sqlite3_last_insert_rowid (_kx_store_get_db (store)),
                                "insert", NULL, error);
}

/* The first expert assigned starts the expert review. */
static gboolean
start_review (KxStore         *store,
              KxProjectState  *state,
              GError         **error)
{
  if (state->stage != KX_STAGE_FORMAL_PASSED)
    return TRUE;
  return _kx_workflow_set_stage (store, state, KX_STAGE_UNDER_EXPERT_REVIEW,
                                 KX_ACTION_ASSIGN_EXPERTS, error);
}

/* Whether the expert may review the project: known, active, not tied to
 * the applicant (回避), not yet assigned. */
static gboolean
check_expert (KxStore               *store,
              const KxProjectState  *state,
              gint64                 expert_id,
              GError               **error)
{
  g_autoptr(KxExpert) expert = kx_expert_get (store, expert_id, error);
  g_autofree char *reason = NULL;
  gboolean conflict = FALSE;
  gint64 assignment_id;
  const char *name;

  if (expert == NULL ||
      !kx_expert_has_conflict (store, expert_id, state->organization_id, &conflict, error))
    return FALSE;
  name = kx_expert_get_name (expert);
  if (conflict)
    {
      reason = kx_expert_get_conflict_reason (store, expert_id, state->organization_id);
      return _kx_workflow_blocked (error, _("Expert %s (ID %lld) must not review projects of "
                                            "%s (conflict of interest%s%s); choose another "
                                            "expert"),
                                   name, (long long) expert_id, state->organization_name,
                                   _kx_review_has_text (reason) ? _(": ") : "",
                                   _kx_review_has_text (reason) ? reason : "");
    }
  if (!kx_expert_get_active (expert))
    return _kx_workflow_blocked (error, _("Expert %s (ID %lld) is no longer active in the "
                                          "expert pool; choose another expert"),
                                 name, (long long) expert_id);
  if ((assignment_id = find_assignment (store, state->id, expert_id, error)) < 0)
    return FALSE;
  if (assignment_id > 0)
    return _kx_workflow_blocked (error, _("Expert %s (ID %lld) is already assigned to project "
                                          "%s"), name, (long long) expert_id, state->number);
  return TRUE;
}

/* The expert's own refusal (tied, inactive, already assigned) says more
 * than the general one (no expert left), so it comes first once the stage
 * is right. */
static gboolean
require_assignable (KxStore               *store,
                    const KxProjectState  *state,
                    gint64                 expert_id,
                    const char            *date,
                    GError               **error)
{
  if (kx_workflow_stage_allows (KX_ACTION_ASSIGN_EXPERTS, state->stage) &&
      !check_expert (store, state, expert_id, error))
    return FALSE;
  return _kx_workflow_require (store, state, KX_ACTION_ASSIGN_EXPERTS, date, error);
}

/**
 * kx_review_assign:
 *
 * Assigns one expert to the project (五.2 专家评审).
 */
gboolean
kx_review_assign (KxStore     *store,
                  gint64       project_id,
                  gint64       expert_id,
                  const char  *date,
                  GError     **error)
{
  g_auto(KxProjectState) state = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_review_require_date (date, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !require_assignable (store, &state, expert_id, date, error) ||
      !insert_assignment (store, project_id, expert_id, date, error) ||
      !start_review (store, &state, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static gboolean
assign_auto_locked (KxStore         *store,
                    KxProjectState  *state,
                    const char      *date,
                    GArray          *assigned_ids,
                    GError         **error)
{
  g_autoptr(GArray) eligible = NULL;
  KxPolicy policy;
  int assigned;

  if (!_kx_review_load_policy (store, state->call_id, &policy, error) ||
      (assigned = count_assigned (store, state->id, error)) < 0)
    return FALSE;
  if (kx_workflow_stage_allows (KX_ACTION_ASSIGN_EXPERTS, state->stage) &&
      assigned >= policy.experts_per_project)
    return _kx_workflow_blocked (error, _("Project %s already has its %d experts; to add "
                                          "another, assign one by ID"),
                                 state->number, policy.experts_per_project);
  if (!_kx_workflow_require (store, state, KX_ACTION_ASSIGN_EXPERTS, date, error) ||
      (eligible = eligible_experts (store, state, error)) == NULL)
    return FALSE;

  /* The check made sure there are enough. */
  for (int i = 0; i < policy.experts_per_project - assigned; i++)
    {
      gint64 expert_id = g_array_index (eligible, gint64, i);

      if (!insert_assignment (store, state->id, expert_id, date, error))
        return FALSE;
      g_array_append_val (assigned_ids, expert_id);
    }
  return start_review (store, state, error);
}

/**
 * kx_review_assign_auto:
 * @out_expert_ids: (out) (optional) (transfer full) (element-type gint64)
 *
 * Assigns the experts the project still needs, balancing the load; all
 * or nothing.
 */
gboolean
kx_review_assign_auto (KxStore     *store,
                       gint64       project_id,
                       const char  *date,
                       GArray     **out_expert_ids,
                       GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_review_require_date (date, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !assign_auto_locked (store, &state, date, ids, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_expert_ids != NULL)
    *out_expert_ids = g_steal_pointer (&ids);
  return TRUE;
}

gboolean
_kx_score_check (KxStore              *store,
                 const KxProjectState *state,
                 const char           *today,
                 GError              **error)
{
  int assigned;

  (void) today;
  if ((assigned = count_assigned (store, state->id, error)) < 0)
    return FALSE;
  if (assigned == 0)
    return _kx_workflow_blocked (error, _("No expert is assigned to project %s yet; assign "
                                          "experts first"), state->number);
  return TRUE;
}

static gboolean
validate_scores (const KxPolicy  *policy,
                 const int        scores[KX_N_CRITERIA],
                 GError         **error)
{
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      if (scores[i] < 0)
        return _kx_review_invalid (error, _("%s: %d is below 0"), kx_criterion_label (i),
                                   scores[i]);
      if (scores[i] > policy->weights[i])
        return _kx_review_invalid (error, _("%s: %d is above the maximum of %d"),
                                   kx_criterion_label (i), scores[i], policy->weights[i]);
    }
  return TRUE;
}

/* The assignment the score belongs to, with its date; blocked when the
 * expert is not assigned to the project. */
static gboolean
require_assignment (KxStore               *store,
                    const KxProjectState  *state,
                    gint64                 expert_id,
                    const char            *date,
                    gint64                *out_id,
                    GError               **error)
{
  static const char sql[] =
    "SELECT a.id, a.assigned_on, e.name FROM expert e "
    "LEFT JOIN assignment a ON a.expert_id = e.id AND a.project_id = ?1 WHERE e.id = ?2";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_int64 (stmt, 2, expert_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) < 0)
    return FALSE;
  if (rc == 0)
    return _kx_workflow_blocked (error, _("There is no expert with ID %lld"),
                                 (long long) expert_id);
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return _kx_workflow_blocked (error, _("Expert %s (ID %lld) is not assigned to project %s; "
                                          "assign the expert first"),
                                 _kx_column_text (stmt, 2), (long long) expert_id, state->number);
  if (kx_date_compare (date, _kx_column_text (stmt, 1)) < 0)
    return _kx_review_invalid (error, _("Date: the score (%s) cannot be earlier than the "
                                        "expert's assignment (%s)"),
                               date, _kx_column_text (stmt, 1));
  *out_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
write_score (KxStore     *store,
             gint64       assignment_id,
             const int    scores[KX_N_CRITERIA],
             const char  *date,
             const char  *comment,
             GError     **error)
{
  static const char sql[] =
    "INSERT INTO score (assignment_id, basic, sustain, science, demo, reach, scored_on, comment) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (assignment_id) DO UPDATE SET "
    "  basic = excluded.basic, sustain = excluded.sustain, science = excluded.science, "
    "  demo = excluded.demo, reach = excluded.reach, scored_on = excluded.scored_on, "
    "  comment = excluded.comment";
  g_autoptr(GError) local_error = NULL;
  g_autofree char *before = _kx_store_row_json (store, "score", assignment_id, &local_error);
  sqlite3_stmt *stmt;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    sqlite3_bind_int (stmt, 2 + i, scores[i]);
  sqlite3_bind_text (stmt, 7, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, comment != NULL ? comment : "", -1, SQLITE_TRANSIENT);
  return _kx_store_step_done (store, stmt, error) &&
         _kx_store_audit_write (store, "score", assignment_id,
                                before != NULL ? "update" : "insert", before, error);
}

/**
 * kx_review_score:
 * @scores: basic conditions, sustainability, scientific soundness,
 *   demonstration, reach (五.2), each from 0 to its weight in the call
 *
 * Records (or replaces) one assigned expert's scores.
 */
gboolean
kx_review_score (KxStore     *store,
                 gint64       project_id,
                 gint64       expert_id,
                 const int    scores[KX_N_CRITERIA],
                 const char  *date,
                 const char  *comment,
                 GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  KxPolicy policy;
  gint64 assignment_id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_review_require_date (date, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_SCORE, date, error) ||
      !_kx_review_load_policy (store, state.call_id, &policy, error) ||
      !validate_scores (&policy, scores, error) ||
      !require_assignment (store, &state, expert_id, date, &assignment_id, error) ||
      !write_score (store, assignment_id, scores, date, comment, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Aggregation */

/* The mean of the totals, or without one highest and one lowest from
 * trim_min_experts scores on, in hundredths rounded half up; the pass
 * line is compared with the exact fraction. */
void
_kx_review_summarize (const KxReviewTotals  *t,
                      const KxPolicy        *policy,
                      KxScoreSummary        *out)
{
  gint64 num = t->sum;
  gint64 den = t->n_scores;

  out->n_scores = t->n_scores;
  out->n_assigned = t->n_assigned;
  out->trimmed = t->n_scores >= policy->trim_min_experts;
  if (out->trimmed)
    {
      num -= t->min + t->max;
      den -= 2;
    }
  if (den <= 0)
    {
      out->score_x100 = 0;
      out->passes = FALSE;
      return;
    }
  out->score_x100 = (num * 200 + den) / (2 * den);
  out->passes = num >= (gint64) policy->pass_line * den;
}

/**
 * kx_review_aggregate:
 * @totals: (array length=n_totals): each expert's total
 *
 * The project's score from its experts' totals by the call's rule (五.2).
 */
void
kx_review_aggregate (const int       *totals,
                     guint            n_totals,
                     const KxPolicy  *policy,
                     KxScoreSummary  *out)
{
  KxReviewTotals t = { .n_assigned = (int) n_totals, .n_scores = (int) n_totals };

  g_return_if_fail (totals != NULL || n_totals == 0);
  g_return_if_fail (policy != NULL && out != NULL);

  for (guint i = 0; i < n_totals; i++)
    {
      t.sum += totals[i];
      t.min = i == 0 ? totals[i] : MIN (t.min, totals[i]);
      t.max = i == 0 ? totals[i] : MAX (t.max, totals[i]);
    }
  _kx_review_summarize (&t, policy, out);
}

void
_kx_review_read_totals (sqlite3_stmt    *stmt,
                        int              col,
                        KxReviewTotals  *t)
{
  t->n_assigned = sqlite3_column_int (stmt, col);
  t->n_scores = sqlite3_column_int (stmt, col + 1);
  t->sum = sqlite3_column_int64 (stmt, col + 2);
  t->min = sqlite3_column_int64 (stmt, col + 3);
  t->max = sqlite3_column_int64 (stmt, col + 4);
}

/**
 * kx_review_project_score:
 *
 * The project's expert-review score by the call's rule (五.2).
 */
gboolean
kx_review_project_score (KxStore         *store,
                         gint64           project_id,
                         KxScoreSummary  *out,
                         GError         **error)
{
  static const char sql[] =
    "SELECT p.call_id, " KX_REVIEW_TOTALS_COLUMNS " FROM project p "
    "LEFT JOIN assignment a ON a.project_id = p.id "
    "LEFT JOIN score s ON s.assignment_id = a.id WHERE p.id = ?1 GROUP BY p.id";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  KxReviewTotals totals;
  KxPolicy policy;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if ((rc = _kx_store_step_row (store, stmt, error)) < 0)
    return FALSE;
  if (rc == 0)
    {
      g_set_error (error, KX_REVIEW_ERROR, KX_ERROR_NOT_FOUND,
                   _("There is no project with ID %lld"), (long long) project_id);
      return FALSE;
    }
  _kx_review_read_totals (stmt, 1, &totals);
  if (!_kx_review_load_policy (store, sqlite3_column_int64 (stmt, 0), &policy, error))
    return FALSE;
  _kx_review_summarize (&totals, &policy, out);
  return TRUE;
}

static char *
missing_scores_text (GArray *assignments)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < assignments->len; i++)
    {
      KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);

      if (a->scored)
        continue;
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append_printf (text, _("%s (ID %lld)"), a->expert_name,
                              (long long) a->expert_id);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
_kx_finish_review_check (KxStore              *store,
                         const KxProjectState *state,
                         const char           *today,
                         GError              **error)
{
  g_autoptr(GArray) assignments = NULL;
  g_autofree char *missing = NULL;
  KxPolicy policy;
  int n;

  (void) today;
  if (!_kx_review_load_policy (store, state->call_id, &policy, error) ||
      (assignments = kx_review_list_assignments (store, state->id, error)) == NULL)
    return FALSE;
  n = assignments->len;
  if (n < policy.experts_per_project)
    return _kx_workflow_blocked (error, _("Only %d of the %d experts are assigned to project "
                                          "%s; assign %d more"),
                                 n, policy.experts_per_project, state->number,
                                 policy.experts_per_project - n);
  missing = missing_scores_text (assignments);
  if (*missing != '\0')
    return _kx_workflow_blocked (error, _("The scores of %s are missing; enter them before "
                                          "finishing the review"), missing);
  return TRUE;
}

/**
 * kx_review_finish:
 *
 * Ends the expert review: under_expert_review → reviewed.
 */
gboolean
kx_review_finish (KxStore     *store,
                  gint64       project_id,
                  const char  *date,
                  GError     **error)
{
  g_auto(KxProjectState) state = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_review_require_date (date, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_FINISH_REVIEW, date, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_REVIEWED, KX_ACTION_FINISH_REVIEW,
                               error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
