/* kx-workflow.c: the one state machine of a project's stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-workflow"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-workflow-error-quark, kx_workflow_error)

#define S(stage) (1u << KX_STAGE_##stage)

typedef struct
{
  const char    *id;
  const char    *label;   /* msgid */
  guint32        stages;  /* the stages the action may be taken from */
  KxActionCheck  check;   /* its own precondition, or NULL */
  const char    *hint;    /* msgid: why not, when the stage is wrong; NULL = generic */
} Action;

static const Action actions[KX_N_ACTIONS] = {
  [KX_ACTION_SUBMIT] = {
    "submit", N_("Submit the application"), S (DRAFT) | S (RETURNED), _kx_submit_check, NULL },
  [KX_ACTION_FORMAL_REVIEW] = {
    "formal-review", N_("Formal review"), S (SUBMITTED), NULL,
    N_("Only a submitted application can be given its formal review") },
  [KX_ACTION_ASSIGN_EXPERTS] = {
    "assign-experts", N_("Assign experts"), S (FORMAL_PASSED) | S (UNDER_EXPERT_REVIEW),
    _kx_assign_experts_check, N_("Experts are assigned after the formal review is passed") },
  [KX_ACTION_SCORE] = {
    "score", N_("Enter expert scores"), S (UNDER_EXPERT_REVIEW), _kx_score_check,
    N_("Scores are entered while the project is under expert review") },
  [KX_ACTION_FINISH_REVIEW] = {
    "finish-review", N_("Finish the expert review"), S (UNDER_EXPERT_REVIEW),
    _kx_finish_review_check, NULL },
  [KX_ACTION_DECIDE] = {
    "decide", N_("Record the Party group's decision"), S (REVIEWED), _kx_decide_check,
    N_("The Party group decides after the expert review is finished") },
  [KX_ACTION_START_NOTICE] = {
    "start-notice", N_("Start the public notice"), S (APPROVED), NULL,
    N_("Only an approved project is put on public notice") },
  [KX_ACTION_RECORD_OBJECTION] = {
    "record-objection", N_("Record an objection"), S (IN_NOTICE), _kx_record_objection_check,
    N_("Objections are recorded during the public notice") },
  [KX_ACTION_RESOLVE_OBJECTION] = {
    "resolve-objection", N_("Resolve an objection"), S (IN_NOTICE),
    _kx_resolve_objection_check, NULL },
  [KX_ACTION_CLOSE_NOTICE] = {
    "close-notice", N_("Close the public notice"), S (IN_NOTICE), _kx_close_notice_check,
    NULL },
  [KX_ACTION_SIGN_AGREEMENT] = {
    "sign-agreement", N_("Sign the responsibility agreement"), S (NOTICE_PASSED), NULL,
    N_("The agreement is signed after a public notice without upheld objections") },
  [KX_ACTION_DISBURSE] = {
    "disburse", N_("Disburse funds"),
    S (AGREEMENT_SIGNED) | S (FUNDED) | S (IN_PROGRESS) | S (MIDTERM_PASSED) | S (ACCEPTED),
    _kx_disburse_check,
    N_("The responsibility agreement is not signed; funds cannot be disbursed") },
  [KX_ACTION_REPORT_PROGRESS] = {
    "report", N_("Record a progress report"),
    S (FUNDED) | S (IN_PROGRESS) | S (MIDTERM_PASSED), NULL,
    N_("Progress is reported once the funds are disbursed") },
  [KX_ACTION_SPEND] = {
    "spend", N_("Record an expenditure"), S (FUNDED) | S (IN_PROGRESS) | S (MIDTERM_PASSED),
    NULL, N_("Expenditures are recorded while the project is carried out") },
  [KX_ACTION_MIDTERM_CHECK] = {
    "midterm-check", N_("Mid-term check"), S (IN_PROGRESS), _kx_midterm_check_check,
    N_("The mid-term check is made while the project is in progress") },
  [KX_ACTION_FINAL_CHECK] = {
    "final-check", N_("Final acceptance"), S (MIDTERM_PASSED), _kx_final_check_check,
    N_("Final acceptance comes after a passed mid-term check") },
  [KX_ACTION_RECOVER] = {
    "recover", N_("Record a recovery of funds"),
    S (FUNDED) | S (IN_PROGRESS) | S (MIDTERM_PASSED) | S (ACCEPTED) | S (FAILED_ACCEPTANCE) |
    S (REVOKED), _kx_recover_check, N_("No funds have been disbursed to this project") },
  [KX_ACTION_PENALIZE_FRAUD] = {
    "penalize-fraud", N_("Penalize fraud"),
    S (FUNDED) | S (IN_PROGRESS) | S (MIDTERM_PASSED) | S (ACCEPTED), NULL,
    N_("Fraud is penalized on a funded project") },
};

const char *
kx_action_to_string (KxAction action)
{
  g_return_val_if_fail (action < KX_N_ACTIONS, NULL);

  return actions[action].id;
}

gboolean
kx_action_from_string (const char *text,
                       KxAction   *out)
{
  for (guint i = 0; i < KX_N_ACTIONS; i++)
    if (g_strcmp0 (text, actions[i].id) == 0)
      {
        *out = (KxAction) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_action_label (KxAction action)
{
  g_return_val_if_fail (action < KX_N_ACTIONS, NULL);

  return _(actions[action].label);
}

gboolean
kx_workflow_stage_allows (KxAction action,
                          KxStage  stage)
{
  g_return_val_if_fail (action < KX_N_ACTIONS, FALSE);
  g_return_val_if_fail (stage < KX_N_STAGES, FALSE);

  return (actions[action].stages & (1u << stage)) != 0;
}

gboolean
_kx_workflow_blocked (GError     **error,
                      const char  *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED, format, args);
  va_end (args);
  return FALSE;
}

void
_kx_project_state_clear (KxProjectState *state)
{
  g_clear_pointer (&state->number, g_free);
  g_clear_pointer (&state->title, g_free);
  g_clear_pointer (&state->organization_name, g_free);
}

gboolean
_kx_workflow_load (KxStore         *store,
                   gint64           project_id,
                   KxProjectState  *out,
                   GError         **error)
{
  static const char sql[] =
    "SELECT p.call_id, p.organization_id, c.year, p.type, p.stage, p.requested_fen, "
    "       p.approved_fen, p.number, p.title, o.name, o.kind "
    "FROM project p JOIN call c ON c.id = p.call_id "
    "JOIN organization o ON o.id = p.organization_id WHERE p.id = ?1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc <= 0)
    {
      if (rc == 0)
        g_set_error (error, KX_WORKFLOW_ERROR, KX_ERROR_NOT_FOUND,
                     _("There is no project with ID %lld"), (long long) project_id);
      return FALSE;
    }

  _kx_project_state_clear (out);
  out->id = project_id;
  out->call_id = sqlite3_column_int64 (stmt, 0);
  out->organization_id = sqlite3_column_int64 (stmt, 1);
  out->call_year = sqlite3_column_int (stmt, 2);
  out->type = sqlite3_column_int (stmt, 3);
  if (!kx_stage_from_string (_kx_column_text (stmt, 4), &out->stage) ||
      !kx_org_kind_from_string (_kx_column_text (stmt, 10), &out->organization_kind))
    {
      sqlite3_reset (stmt);
      g_set_error (error, KX_WORKFLOW_ERROR, KX_ERROR_CORRUPT,
                   _("Project %lld has an unknown stage or applicant kind"),
                   (long long) project_id);
      return FALSE;
    }
  out->requested_fen = sqlite3_column_int64 (stmt, 5);
  out->approved_fen = sqlite3_column_type (stmt, 6) == SQLITE_NULL
                      ? -1 : sqlite3_column_int64 (stmt, 6);
  out->number = _kx_column_dup (stmt, 7);
  out->title = _kx_column_dup (stmt, 8);
  out->organization_name = _kx_column_dup (stmt, 9);
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
allowed_stages_text (guint32 stages)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < KX_N_STAGES; s++)
    if (stages & (1u << s))
      {
        if (text->len > 0)
          g_string_append (text, _("” or “"));
        g_string_append (text, kx_stage_label (s));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
require_stage (const KxProjectState  *state,
               KxAction               action,
               GError               **error)
{
  const Action *a = &actions[action];
  g_autofree char *allowed = NULL;

  if (a->stages & (1u << state->stage))
    return TRUE;

  if (a->hint != NULL)
    return _kx_workflow_blocked (error, _("%s: %s (project %s is “%s”)"), _(a->label),
                                 _(a->hint), state->number, kx_stage_label (state->stage));

  allowed = allowed_stages_text (a->stages);
  return _kx_workflow_blocked (error,
                               _("%s: project %s is “%s”; this is possible only when it is "
                                 "“%s”"),
                               _(a->label), state->number, kx_stage_label (state->stage),
                               allowed);
}

gboolean
_kx_workflow_require (KxStore               *store,
                      const KxProjectState  *state,
                      KxAction               action,
                      const char            *today,
                      GError               **error)
{
  g_return_val_if_fail (action < KX_N_ACTIONS, FALSE);
  g_return_val_if_fail (today != NULL && kx_date_is_valid (today), FALSE);

  if (!require_stage (state, action, error))
    return FALSE;
  if (actions[action].check != NULL)
    return actions[action].check (store, state, today, error);
  return TRUE;
}

/* One UPDATE and one audit row for a change of stage and, when
 * @approved_fen is not NULL, of the approved amount with it. */
static gboolean
write_stage (KxStore         *store,
             KxProjectState  *state,
             KxStage          to,
             const gint64    *approved_fen,
             KxAction         action,
             GError         **error)
{
  static const char sql[] =
    "UPDATE project SET stage = ?2, updated_at = ?3, "
    "  approved_fen = CASE WHEN ?4 THEN ?5 ELSE approved_fen END WHERE id = ?1";
  g_autofree char *before = NULL;
  g_autofree char *now = _kx_store_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (kx_store_in_transaction (store), FALSE);
  g_return_val_if_fail (to < KX_N_STAGES, FALSE);

  before = _kx_store_row_json (store, "project", state->id, error);
  if (before == NULL)
    return FALSE;
  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_text (stmt, 2, kx_stage_to_string (to), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, approved_fen != NULL);
  if (approved_fen != NULL)
    sqlite3_bind_int64 (stmt, 5, *approved_fen);
  if (!_kx_store_step_done (store, stmt, error) ||
      !_kx_store_audit_write (store, "project", state->id, kx_action_to_string (action), before,
                              error))
    return FALSE;
  state->stage = to;
  if (approved_fen != NULL)
    state->approved_fen = *approved_fen;
  return TRUE;
}

gboolean
_kx_workflow_set_stage (KxStore         *store,
                        KxProjectState  *state,
                        KxStage          to,
                        KxAction         action,
                        GError         **error)
{
  return write_stage (store, state, to, NULL, action, error);
}

gboolean
_kx_workflow_approve (KxStore        *store,
                      KxProjectState *state,
                      gint64          approved_fen,
                      GError        **error)
{
  g_return_val_if_fail (approved_fen > 0, FALSE);

  return write_stage (store, state, KX_STAGE_APPROVED, &approved_fen, KX_ACTION_DECIDE, error);
}

gboolean
kx_workflow_check (KxStore     *store,
                   gint64       project_id,
                   KxAction     action,
                   const char  *today,
                   GError     **error)
{
  g_auto(KxProjectState) state = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (action < KX_N_ACTIONS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kx_workflow_load (store, project_id, &state, error) &&
         _kx_workflow_require (store, &state, action, today, error);
}

static void
action_state_clear (gpointer data)
{
  KxActionState *state = data;

  g_clear_pointer (&state->reason, g_free);
}

/**
 * kx_workflow_next_actions:
 *
 * Returns: (transfer full) (element-type KxActionState): the actions of the
 *   current stage, in the order of the workflow, or %NULL on error
 */
GArray *
kx_workflow_next_actions (KxStore     *store,
                          gint64       project_id,
                          const char  *today,
                          GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autoptr(GArray) result = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kx_workflow_load (store, project_id, &state, error))
    return NULL;

  result = g_array_new (FALSE, TRUE, sizeof (KxActionState));
  g_array_set_clear_func (result, action_state_clear);
  for (guint i = 0; i < KX_N_ACTIONS; i++)
    {
      KxActionState entry = { .action = i, .allowed = TRUE };
      g_autoptr(GError) blocked = NULL;

      if (!(actions[i].stages & (1u << state.stage)))
        continue;
      if (actions[i].check != NULL && !actions[i].check (store, &state, today, &blocked))
        {
          if (!g_error_matches (blocked, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED))
            {
              g_propagate_error (error, g_steal_pointer (&blocked));
              return NULL;
            }
          entry.allowed = FALSE;
          entry.reason = g_strdup (blocked->message);
        }
      g_array_append_val (result, entry);
    }
  return g_steal_pointer (&result);
}
