/* kx-formal-review.c: formal review (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-review.h: the five checks of 形式审查 and the rounds of the
 * formal review, each moving the project to formal_passed, returned or
 * rejected.
 */

#define G_LOG_DOMAIN "kx-review"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-review.h"
#include "kx-review-private.h"
#include "kx-workflow-private.h"

static const char * const check_ids[KX_N_FORMAL_CHECKS] = {
  "conditions", "form", "content", "materials", "budget",
};

static const char * const check_labels[KX_N_FORMAL_CHECKS] = {
  N_("Meets the application conditions"),
  N_("Form filled in as required"),
  N_("Content true and complete"),
  N_("Materials complete"),
  N_("Budget reasonable"),
};

static const char * const result_ids[] = { "pass", "return", "reject" };

/* The same words as the stages they lead to. */
static const char * const result_labels[] = {
  N_("Formal review passed"),
  N_("Returned for correction"),
  N_("Rejected"),
};

const char *
kx_formal_check_to_string (KxFormalCheck check)
{
  g_return_val_if_fail (check < KX_N_FORMAL_CHECKS, NULL);
  return check_ids[check];
}

gboolean
kx_formal_check_from_string (const char    *text,
                             KxFormalCheck *out)
{
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    if (g_strcmp0 (text, check_ids[i]) == 0)
      {
        *out = (KxFormalCheck) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_formal_check_label (KxFormalCheck check)
{
  g_return_val_if_fail (check < KX_N_FORMAL_CHECKS, NULL);
  return _(check_labels[check]);
}

const char *
kx_formal_result_to_string (KxFormalResult result)
{
  g_return_val_if_fail (result <= KX_FORMAL_RESULT_REJECT, NULL);
  return result_ids[result];
}

gboolean
kx_formal_result_from_string (const char     *text,
                              KxFormalResult *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (result_ids); i++)
    if (g_strcmp0 (text, result_ids[i]) == 0)
      {
        *out = (KxFormalResult) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_formal_result_label (KxFormalResult result)
{
  g_return_val_if_fail (result <= KX_FORMAL_RESULT_REJECT, NULL);
  return _(result_labels[result]);
}

/* Formal review */

static char *
failed_checks_text (const KxFormalReviewFields *fields)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    if (!fields->ok[i])
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append_printf (text, _("“%s”"), kx_formal_check_label (i));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
_kx_review_has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;
  return FALSE;
}

static gboolean
has_reason (const KxFormalReviewFields *fields)
{
  if (_kx_review_has_text (fields->note))
    return TRUE;
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    if (!fields->ok[i] && _kx_review_has_text (fields->notes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
validate_formal (const KxFormalReviewFields  *fields,
                 GError                     **error)
{
  g_autofree char *failed = failed_checks_text (fields);

  if (!_kx_review_require_date (fields->reviewed_on, error))
    return FALSE;
  if (fields->result > KX_FORMAL_RESULT_REJECT)
    return _kx_review_invalid (error, _("Result: must be pass, return or reject"));
  if (fields->result == KX_FORMAL_RESULT_PASS && *failed != '\0')
    return _kx_review_invalid (error, _("Result: the formal review is passed only when all "
                                        "five checks pass; failed: %s"), failed);
  if (fields->result != KX_FORMAL_RESULT_PASS && *failed == '\0')
    return _kx_review_invalid (error, _("Result: to return or reject the application, mark "
                                        "the check it fails"));
  if (fields->result == KX_FORMAL_RESULT_REJECT && !has_reason (fields))
    return _kx_review_invalid (error, _("Note: give the reason why the application is "
                                        "rejected"));
  return TRUE;
}

static gboolean
insert_formal (KxStore                     *store,
               gint64                       project_id,
               const KxFormalReviewFields  *f,
               GError                     **error)
{
  static const char sql[] =
    "INSERT INTO formal_review (project_id, reviewed_on, reviewer, conditions_ok, "
    "  conditions_note, form_ok, form_note, content_ok, content_note, materials_ok, "
    "  materials_note, budget_ok, budget_note, result, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_text (stmt, 2, f->reviewed_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, f->reviewer != NULL ? f->reviewer : "", -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      sqlite3_bind_int (stmt, 4 + 2 * i, f->ok[i] ? 1 : 0);
      sqlite3_bind_text (stmt, 5 + 2 * i, f->notes[i] != NULL ? f->notes[i] : "", -1,
                         SQLITE_TRANSIENT);
    }
  sqlite3_bind_text (stmt, 14, result_ids[f->result], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, f->note != NULL ? f->note : "", -1, SQLITE_TRANSIENT);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return _kx_store_audit_write (store, "formal_review", id, "insert", NULL, error);
}

/**
 * kx_formal_review_record:
 *
 * Records one round of the formal review of 五.2 and moves the project to
 * formal_passed, returned or rejected. Nothing is written on refusal.
 */
gboolean
kx_formal_review_record (KxStore                     *store,
                         gint64                       project_id,
                         const KxFormalReviewFields  *fields,
                         GError                     **error)
{
  static const KxStage to[] = {
    KX_STAGE_FORMAL_PASSED, KX_STAGE_RETURNED, KX_STAGE_REJECTED,
  };
  g_auto(KxProjectState) state = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_formal (fields, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_FORMAL_REVIEW, fields->reviewed_on,
                             error) ||
      !insert_formal (store, project_id, fields, error) ||
      !_kx_workflow_set_stage (store, &state, to[fields->result], KX_ACTION_FORMAL_REVIEW,
                               error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static void
formal_review_clear (gpointer data)
{
  KxFormalReview *r = data;

  g_free (r->reviewed_on);
  g_free (r->reviewer);
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    g_free (r->notes[i]);
  g_free (r->note);
}

/**
 * kx_formal_review_list:
 *
 * Returns: (transfer full) (element-type KxFormalReview): every round of
 *   the project's formal review, oldest first; %NULL on error
 */
GArray *
kx_formal_review_list (KxStore  *store,
                       gint64    project_id,
                       GError  **error)
{
  static const char sql[] =
    "SELECT id, reviewed_on, reviewer, conditions_ok, conditions_note, form_ok, form_note, "
    "  content_ok, content_note, materials_ok, materials_note, budget_ok, budget_note, "
    "  result, note FROM formal_review WHERE project_id = ?1 ORDER BY id";
  g_autoptr(GArray) list = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  list = g_array_new (FALSE, TRUE, sizeof (KxFormalReview));
  g_array_set_clear_func (list, formal_review_clear);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxFormalReview r = { .id = sqlite3_column_int64 (stmt, 0) };

      r.reviewed_on = _kx_column_dup (stmt, 1);
      r.reviewer = g_strdup (_kx_column_text (stmt, 2));
      for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
        {
          r.ok[i] = sqlite3_column_int (stmt, 3 + 2 * i) != 0;
          r.notes[i] = g_strdup (_kx_column_text (stmt, 4 + 2 * i));
        }
      if (!kx_formal_result_from_string (_kx_column_text (stmt, 13), &r.result))
        r.result = KX_FORMAL_RESULT_RETURN;
      r.note = g_strdup (_kx_column_text (stmt, 14));
      g_array_append_val (list, r);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}
