/* kx-penalty.c: penalties and bans (七(二)), and the track record (三.4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-penalty"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-penalty.h"
#include "kx-call.h"
#include "kx-organization.h"
#include "kx-project-private.h"
#include "kx-review.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-penalty-error-quark, kx_penalty_error)

const char *
kx_penalty_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, KX_PENALTY_FRAUD) == 0)
    return _("Fraud or false reporting of results");
  if (g_strcmp0 (kind, KX_PENALTY_FAILED_ACCEPTANCE) == 0)
    return _("Failed final acceptance");
  return kind;
}

void
kx_penalty_clear (KxPenalty *penalty)
{
  g_clear_pointer (&penalty->project_number, g_free);
  g_clear_pointer (&penalty->kind, g_free);
  g_clear_pointer (&penalty->decided_on, g_free);
  g_clear_pointer (&penalty->until, g_free);
  g_clear_pointer (&penalty->reason, g_free);
}

void
kx_ban_clear (KxBan *ban)
{
  g_clear_pointer (&ban->kind, g_free);
  g_clear_pointer (&ban->decided_on, g_free);
  g_clear_pointer (&ban->until, g_free);
}

static void
penalty_clear_func (gpointer data)
{
  kx_penalty_clear (data);
}

/* Listing */

static void
penalty_read (sqlite3_stmt *stmt,
              KxPenalty    *p)
{
  p->id = sqlite3_column_int64 (stmt, 0);
  p->organization_id = sqlite3_column_int64 (stmt, 1);
  p->project_id = sqlite3_column_int64 (stmt, 2);
  p->project_number = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                      ? NULL : _kx_column_dup (stmt, 3);
  p->kind = _kx_column_dup (stmt, 4);
  p->decided_on = _kx_column_dup (stmt, 5);
  p->recovery_fen = sqlite3_column_int64 (stmt, 6);
  p->ban_years = sqlite3_column_int (stmt, 7);
  p->reason = _kx_column_dup (stmt, 8);
  p->until = kx_date_add_years (p->decided_on, p->ban_years);
}

/**
 * kx_penalty_list:
 *
 * Returns: (transfer full) (element-type KxPenalty): the organization's
 *   penalties, newest first, or %NULL on error
 */
GArray *
kx_penalty_list (KxStore  *store,
                 gint64    organization_id,
                 GError  **error)
{
  static const char sql[] =
    "SELECT n.id, n.organization_id, n.project_id, p.number, n.kind, n.decided_on, "
    "       n.recovery_fen, n.ban_years, n.reason "
    "FROM penalty n LEFT JOIN project p ON p.id = n.project_id "
    "WHERE n.organization_id = ?1 ORDER BY n.decided_on DESC, n.id DESC";
  g_autoptr(GArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxPenalty));
  g_array_set_clear_func (list, penalty_clear_func);
  sqlite3_bind_int64 (stmt, 1, organization_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxPenalty p = { 0 };

      penalty_read (stmt, &p);
      g_array_append_val (list, p);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

/* Bans */

/* The ban of @penalties in force on @date that runs longest, or NULL. */
static const KxPenalty *
ban_in_force (GArray     *penalties,
              const char *date)
{
  const KxPenalty *best = NULL;

  for (guint i = 0; i < penalties->len; i++)
    {
      const KxPenalty *p = &g_array_index (penalties, KxPenalty, i);

      if (p->ban_years <= 0 || kx_date_compare (date, p->decided_on) < 0 ||
          kx_date_compare (date, p->until) >= 0)
        continue;
      if (best == NULL || kx_date_compare (p->until, best->until) > 0)
        best = p;
    }
  return best;
}

static void
ban_fill (KxBan           *out,
          const KxPenalty *p)
{
  kx_ban_clear (out);
  out->penalty_id = p->id;
  out->kind = g_strdup (p->kind);
  out->decided_on = g_strdup (p->decided_on);
  out->until = g_strdup (p->until);
}

/**
 * kx_penalty_ban_on:
 * @out: (out caller-allocates) (optional): the ban, when there is one
 * @out_banned: (out): whether a ban is in force on @date
 *
 * A ban runs from its decision date up to the day before the same date
 * ban_years later.
 */
gboolean
kx_penalty_ban_on (KxStore     *store,
                   gint64       organization_id,
                   const char  *date,
                   KxBan       *out,
                   gboolean    *out_banned,
                   GError     **error)
{
  g_autoptr(GArray) penalties = NULL;
  const KxPenalty *ban;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (out_banned != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (date == NULL || !kx_date_is_valid (date))
    {
      g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID,
                   _("Date: “%s” is not a date; use YYYY-MM-DD"), date != NULL ? date : "");
      return FALSE;
    }
  if ((penalties = kx_penalty_list (store, organization_id, error)) == NULL)
    return FALSE;
  ban = ban_in_force (penalties, date);
  *out_banned = ban != NULL;
  if (ban != NULL && out != NULL)
    ban_fill (out, ban);
  return TRUE;
}

/**
 * kx_penalty_bans_on:
 * @date: YYYY-MM-DD
 *
 * Every ban in force on @date, in one query (for lists of organizations;
 * kx_penalty_ban_on() answers for one).
 *
 * Returns: (transfer full): organization id (GINT64 key, g_int64_hash) →
 *   the first day it may apply again (the longest ban's end), or %NULL
 */
GHashTable *
kx_penalty_bans_on (KxStore     *store,
                    const char  *date,
                    GError     **error)
{
  static const char sql[] =
    "SELECT n.id, n.organization_id, n.project_id, p.number, n.kind, n.decided_on, "
    "       n.recovery_fen, n.ban_years, n.reason "
    "FROM penalty n LEFT JOIN project p ON p.id = n.project_id "
    "WHERE n.ban_years > 0 AND n.decided_on <= ?1";
  g_autoptr(GHashTable) bans = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL || !kx_date_is_valid (date))
    {
      g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID,
                   _("Date: “%s” is not a date; use YYYY-MM-DD"), date != NULL ? date : "");
      return NULL;
    }
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  bans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      g_auto(KxPenalty) p = { 0 };
      const char *known;

      penalty_read (stmt, &p);
      if (kx_date_compare (date, p.until) >= 0)
        continue;
      known = g_hash_table_lookup (bans, &p.organization_id);
      if (known == NULL || kx_date_compare (p.until, known) > 0)
        g_hash_table_insert (bans, g_memdup2 (&p.organization_id, sizeof (gint64)),
                             g_strdup (p.until));
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&bans);
}

/* Recording */

static gint64
recovery_due (KxStore  *store,
              gint64    project_id,
              GError  **error)
{
  gint64 disbursed = _kx_money_disbursed (store, project_id, error);
  gint64 recovered;

  if (disbursed < 0)
    return -1;
  recovered = _kx_money_recovered (store, project_id, error);
  if (recovered < 0)
    return -1;
  return MAX (disbursed - recovered, 0);
}

static gboolean
insert_penalty (KxStore               *store,
                const KxProjectState  *state,
                const char            *kind,
                const char            *decided_on,
                gint64                 recovery_fen,
                int                    ban_years,
                const char            *reason,
                gint64                *out_id,
                GError               **error)
{
  static const char sql[] =
    "INSERT INTO penalty (organization_id, project_id, kind, decided_on, recovery_fen, "
    "ban_years, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->organization_id);
  sqlite3_bind_int64 (stmt, 2, state->id);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decided_on, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, recovery_fen);
  sqlite3_bind_int (stmt, 6, ban_years);
  sqlite3_bind_text (stmt, 7, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return TRUE;
}

/* Records the penalty inside the caller's transaction: the recovery due is
 * everything disbursed and not yet recovered, the ban the call's policy
 * for @kind (七(二)). */
gboolean
_kx_penalty_record (KxStore               *store,
                    const KxProjectState  *state,
                    const char            *kind,
                    const char            *decided_on,
                    const char            *reason,
                    gint64                *out_penalty_id,
                    GError               **error)
{
  g_autoptr(KxCall) call = NULL;
  g_autofree char *action = NULL;
  gboolean fraud = g_strcmp0 (kind, KX_PENALTY_FRAUD) == 0;
  gint64 due;
  gint64 id = 0;
  int years;

  g_return_val_if_fail (kx_store_in_transaction (store), FALSE);
  g_return_val_if_fail (fraud || g_strcmp0 (kind, KX_PENALTY_FAILED_ACCEPTANCE) == 0, FALSE);
  g_return_val_if_fail (decided_on != NULL && kx_date_is_valid (decided_on), FALSE);

  if ((call = kx_call_get (store, state->call_id, error)) == NULL ||
      (due = recovery_due (store, state->id, error)) < 0)
    return FALSE;
  years = fraud ? kx_call_get_policy (call)->ban_years_fraud
                : kx_call_get_policy (call)->ban_years_failed;
  action = g_strconcat ("penalty-", kind, NULL);
  if (!insert_penalty (store, state, kind, decided_on, due, years, reason, &id, error) ||
      !_kx_store_audit_write (store, "penalty", id, action, NULL, error))
    return FALSE;
  if (out_penalty_id != NULL)
    *out_penalty_id = id;
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

static gboolean
validate_fraud (const char  *decided_on,
                const char  *reason,
                GError     **error)
{
  if (decided_on == NULL || !kx_date_is_valid (decided_on))
    {
      g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID,
                   _("Decision date: “%s” is not a date; use YYYY-MM-DD"),
                   decided_on != NULL ? decided_on : "");
      return FALSE;
    }
  if (is_blank (reason))
    {
      g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID,
                   _("Reason: say what was falsified or reported falsely"));
      return FALSE;
    }
  return TRUE;
}

/**
 * kx_penalty_fraud:
 * @out_penalty_id: (out) (optional): the penalty's id
 *
 * 七(二): 弄虚作假、虚报业绩. Revokes the project, records everything
 * disbursed and not recovered as due, and bans the organization for the
 * call's ban_years_fraud years from @decided_on, in one transaction.
 */
gboolean
kx_penalty_fraud (KxStore     *store,
                  gint64       project_id,
                  const char  *decided_on,
                  const char  *reason,
                  gint64      *out_penalty_id,
                  GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_fraud (decided_on, reason, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (reason));
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_PENALIZE_FRAUD, decided_on, error) ||
      !_kx_penalty_record (store, &state, KX_PENALTY_FRAUD, decided_on, stripped,
                           out_penalty_id, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_REVOKED, KX_ACTION_PENALIZE_FRAUD,
                               error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Track record */

static void
track_project_clear (gpointer data)
{
  KxTrackProject *p = data;

  g_clear_pointer (&p->number, g_free);
  g_clear_pointer (&p->title, g_free);
  g_clear_pointer (&p->final_checked_on, g_free);
}

void
kx_track_record_free (KxTrackRecord *record)
{
  if (record == NULL)
    return;
  g_clear_pointer (&record->projects, g_array_unref);
  g_clear_pointer (&record->penalties, g_array_unref);
  kx_ban_clear (&record->ban);
  g_free (record->on_date);
  g_free (record->priority_reason);
  g_free (record);
}

static void
track_project_read (sqlite3_stmt   *stmt,
                    KxTrackProject *p)
{
  p->project_id = sqlite3_column_int64 (stmt, 0);
  p->number = _kx_column_dup (stmt, 1);
  p->call_year = sqlite3_column_int (stmt, 2);
  p->type = sqlite3_column_int (stmt, 3);
  p->title = _kx_column_dup (stmt, 4);
  p->stage = _kx_project_stage_from_db (_kx_column_text (stmt, 5));
  p->approved_fen = sqlite3_column_type (stmt, 6) == SQLITE_NULL
                    ? -1 : sqlite3_column_int64 (stmt, 6);
  p->final_result = KX_RESULT_UNKNOWN;
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    {
      kx_result_from_string (_kx_column_text (stmt, 7), &p->final_result);
      p->final_checked_on = _kx_column_dup (stmt, 8);
    }
}

/* The organization's projects of calls up to @on_date's year, with their
 * latest final acceptance on or before @on_date. */
static GArray *
list_track_projects (KxStore     *store,
                     gint64       organization_id,
                     const char  *on_date,
                     GError     **error)
{
  static const char sql[] =
    "SELECT p.id, p.number, c.year, p.type, p.title, p.stage, p.approved_fen, "
    "       f.result, f.checked_on "
    "FROM project p JOIN call c ON c.id = p.call_id "
    "LEFT JOIN project_check f ON f.id = "
    "  (SELECT k.id FROM project_check k WHERE k.project_id = p.id AND k.kind = 'final' "
    "   AND k.checked_on <= ?2 ORDER BY k.checked_on DESC, k.id DESC LIMIT 1) "
    "WHERE p.organization_id = ?1 AND c.year <= CAST (substr (?2, 1, 4) AS INTEGER) "
    "ORDER BY c.year DESC, p.number DESC";
  g_autoptr(GArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  list = g_array_new (FALSE, TRUE, sizeof (KxTrackProject));
  g_array_set_clear_func (list, track_project_clear);
  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_STATIC);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxTrackProject p = { 0 };

      track_project_read (stmt, &p);
      g_array_append_val (list, p);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

static gboolean
add_scores (KxStore  *store,
            GArray   *projects,
            GError  **error)
{
  for (guint i = 0; i < projects->len; i++)
    {
      KxTrackProject *p = &g_array_index (projects, KxTrackProject, i);
      KxScoreSummary score = { 0 };

      if (!kx_review_project_score (store, p->project_id, &score, error))
        return FALSE;
      p->has_score = score.n_scores > 0;
      p->score_x100 = score.score_x100;
    }
  return TRUE;
}

/* Penalties decided after @on_date are not yet part of the record. */
static void
drop_later_penalties (GArray     *penalties,
                      const char *on_date)
{
  for (guint i = penalties->len; i > 0; i--)
    if (kx_date_compare (g_array_index (penalties, KxPenalty, i - 1).decided_on, on_date) > 0)
      g_array_remove_index (penalties, i - 1);
}

static const KxTrackProject *
last_final_check (GArray *projects)
{
  const KxTrackProject *last = NULL;

  for (guint i = 0; i < projects->len; i++)
    {
      const KxTrackProject *p = &g_array_index (projects, KxTrackProject, i);

      if (p->final_checked_on != NULL &&
          (last == NULL || kx_date_compare (p->final_checked_on, last->final_checked_on) > 0))
        last = p;
    }
  return last;
}

/* 三.4: 对考核合格的学会，优先支持. */
static void
mark_priority (KxTrackRecord *record)
{
  const KxTrackProject *last = last_final_check (record->projects);

  record->priority = FALSE;
  if (record->penalties->len > 0)
    {
      const KxPenalty *p = &g_array_index (record->penalties, KxPenalty, 0);

      record->priority_reason =
        g_strdup_printf (_("No priority support: penalized on %s (%s)"), p->decided_on,
                         kx_penalty_kind_label (p->kind));
    }
  else if (last == NULL)
    record->priority_reason = g_strdup (_("No priority support yet: no final acceptance on "
                                          "record"));
  else if (last->final_result != KX_RESULT_PASS)
    record->priority_reason =
      g_strdup_printf (_("No priority support: the last final acceptance (project %s, %s) "
                         "failed"), last->number, last->final_checked_on);
  else
    {
      record->priority = TRUE;
      record->priority_reason =
        g_strdup_printf (_("Priority support (三.4): the last final acceptance (project %s, "
                           "%s) passed and there is no penalty"), last->number,
                         last->final_checked_on);
    }
}

/**
 * kx_organization_track_record:
 *
 * Returns: (transfer full): the organization's projects with their results
 *   and scores, its penalties, the ban in force on @on_date and whether it
 *   is marked for priority support; %NULL on error
 */
KxTrackRecord *
kx_organization_track_record (KxStore     *store,
                              gint64       organization_id,
                              const char  *on_date,
                              GError     **error)
{
  g_autoptr(KxTrackRecord) record = NULL;
  g_autoptr(KxOrganization) org = NULL;
  const KxPenalty *ban;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (on_date == NULL || !kx_date_is_valid (on_date))
    {
      g_set_error (error, KX_PENALTY_ERROR, KX_ERROR_INVALID,
                   _("Date: “%s” is not a date; use YYYY-MM-DD"),
                   on_date != NULL ? on_date : "");
      return NULL;
    }
  if ((org = kx_organization_get (store, organization_id, error)) == NULL)
    return NULL;

  record = g_new0 (KxTrackRecord, 1);
  record->organization_id = organization_id;
  record->on_date = g_strdup (on_date);
  if ((record->projects = list_track_projects (store, organization_id, on_date,
                                               error)) == NULL ||
      !add_scores (store, record->projects, error) ||
      (record->penalties = kx_penalty_list (store, organization_id, error)) == NULL)
    return NULL;
  drop_later_penalties (record->penalties, on_date);
  if ((ban = ban_in_force (record->penalties, on_date)) != NULL)
    {
      record->banned = TRUE;
      ban_fill (&record->ban, ban);
    }
  mark_priority (record);
  return g_steal_pointer (&record);
}
