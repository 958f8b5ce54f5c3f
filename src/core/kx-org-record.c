/* kx-org-record.c: the yearly records and eligibility facts of an organization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Their checks and refusal messages live with the organization's own in
 * kx-organization.c (kx-organization-private.h).
 */

#define G_LOG_DOMAIN "kx-organization"

#include "config.h"

#include <string.h>

#include "kx-organization.h"
#include "kx-audit.h"
#include "kx-organization-private.h"
#include "kx-store-private.h"

/* Year records */

/* 0 when there is no record yet. */
static gint64
year_record_rowid (KxStore  *store,
                   gint64    organization_id,
                   int       year,
                   GError  **error)
{
  static const char sql[] =
    "SELECT rowid FROM org_year_record WHERE organization_id = ?1 AND year = ?2";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 rowid = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_int (stmt, 2, year);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc < 0 ? -1 : rowid;
}

static gboolean
upsert_year_record (KxStore     *store,
                    gint64       organization_id,
                    int          year,
                    KxResult     inspection,
                    KxResult     assessment,
                    const char  *note,
                    GError     **error)
{
  static const char sql[] =
    "INSERT INTO org_year_record (organization_id, year, inspection, assessment, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (organization_id, year) DO UPDATE SET inspection = excluded.inspection, "
    "  assessment = excluded.assessment, note = excluded.note";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  g_autofree char *clean_note = _kx_organization_dup_stripped (note);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_int (stmt, 2, year);
  _kx_bind_text_or_null (stmt, 3, kx_result_to_string (inspection));
  _kx_bind_text_or_null (stmt, 4, kx_result_to_string (assessment));
  _kx_bind_text_or_null (stmt, 5, clean_note);
  return _kx_store_step_done (store, stmt, error);
}

/* Writes the record and returns its rowid, with the before image when it
 * replaced one. */
static gint64
write_year_record (KxStore     *store,
                   gint64       organization_id,
                   int          year,
                   KxResult     inspection,
                   KxResult     assessment,
                   const char  *note,
                   char       **out_before,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 rowid;

  if (!_kx_organization_check_exists (store, organization_id, error))
    return -1;
  rowid = year_record_rowid (store, organization_id, year, error);
  if (rowid < 0)
    return -1;
  if (rowid > 0)
    {
      *out_before = _kx_store_row_json (store, "org_year_record", rowid, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return -1;
        }
    }
  if (!upsert_year_record (store, organization_id, year, inspection, assessment, note, error))
    return -1;
  return rowid > 0 ? rowid : year_record_rowid (store, organization_id, year, error);
}

/**
 * kx_organization_set_year_record:
 *
 * Records 社团年检 (@inspection) and 年度绩效考核 (@assessment) of @year;
 * an existing record of that year is replaced. The audit entry is for
 * entity org_year_record with the record's rowid.
 */
gboolean
kx_organization_set_year_record (KxStore     *store,
                                 gint64       organization_id,
                                 int          year,
                                 KxResult     inspection,
                                 KxResult     assessment,
                                 const char  *note,
                                 GError     **error)
{
  g_autofree char *before = NULL;
  gint64 rowid;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_organization_validate_year_record (year, inspection, assessment, error) ||
      !kx_store_begin (store, error))
    return FALSE;

  rowid = write_year_record (store, organization_id, year, inspection, assessment, note,
                             &before, error);
  if (rowid <= 0 ||
      !_kx_store_audit_write (store, "org_year_record", rowid,
                              before != NULL ? "update" : "insert", before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static void
year_record_clear (gpointer data)
{
  KxYearRecord *record = data;

  g_clear_pointer (&record->note, g_free);
}

/* The schema allows only these two or NULL. */
static KxResult
result_column (sqlite3_stmt *stmt,
               int           col)
{
  const char *text = _kx_column_text (stmt, col);

  if (strcmp (text, "pass") == 0)
    return KX_RESULT_PASS;
  if (strcmp (text, "fail") == 0)
    return KX_RESULT_FAIL;
  return KX_RESULT_UNKNOWN;
}

/**
 * kx_organization_list_year_records:
 *
 * Returns: (transfer full) (element-type KxYearRecord): the records, newest
 *   year first; the array frees the notes
 */
GArray *
kx_organization_list_year_records (KxStore  *store,
                                   gint64    organization_id,
                                   GError  **error)
{
  static const char sql[] =
    "SELECT year, inspection, assessment, note FROM org_year_record "
    "WHERE organization_id = ?1 ORDER BY year DESC";
  g_autoptr(GArray) records = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  records = g_array_new (FALSE, TRUE, sizeof (KxYearRecord));
  g_array_set_clear_func (records, year_record_clear);
  sqlite3_bind_int64 (stmt, 1, organization_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxYearRecord record = {
        .organization_id = organization_id,
        .year = sqlite3_column_int (stmt, 0),
        .inspection = result_column (stmt, 1),
        .assessment = result_column (stmt, 2),
        .note = _kx_column_dup (stmt, 3),
      };
      g_array_append_val (records, record);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&records);
}

/* Facts */

static gboolean
insert_fact (KxStore     *store,
             gint64       organization_id,
             KxFactKind   kind,
             gboolean     holds,
             const char  *iso,
             const char  *evidence,
             const char  *note,
             GError     **error)
{
  static const char sql[] =
    "INSERT INTO org_fact (organization_id, kind, holds, fact_date, evidence, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  g_autofree char *clean_evidence = _kx_organization_dup_stripped (evidence);
  g_autofree char *clean_note = _kx_organization_dup_stripped (note);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_text (stmt, 2, kx_fact_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, holds ? 1 : 0);
  sqlite3_bind_text (stmt, 4, iso, -1, SQLITE_TRANSIENT);
  _kx_bind_text_or_null (stmt, 5, clean_evidence);
  _kx_bind_text_or_null (stmt, 6, clean_note);
  return _kx_store_step_done (store, stmt, error);
}

/**
 * kx_organization_add_fact:
 * @fact_date: the date the fact was established; any form kx_date_parse()
 *   accepts, stored as YYYY-MM-DD
 * @out_id: (out) (optional): the new fact's id
 */
gboolean
kx_organization_add_fact (KxStore     *store,
                          gint64       organization_id,
                          KxFactKind   kind,
                          gboolean     holds,
                          const char  *fact_date,
                          const char  *evidence,
                          const char  *note,
                          gint64      *out_id,
                          GError     **error)
{
  g_autofree char *iso = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kx_organization_validate_fact (kind, fact_date, &iso, error) ||
      !kx_store_begin (store, error))
    return FALSE;

  if (!_kx_organization_check_exists (store, organization_id, error) ||
      !insert_fact (store, organization_id, kind, holds, iso, evidence, note, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  if (!_kx_store_audit_write (store, "org_fact", id, "insert", NULL, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

/**
 * kx_organization_delete_fact:
 *
 * Removes fact @fact_id; the audit entry keeps its before image.
 */
gboolean
kx_organization_delete_fact (KxStore  *store,
                             gint64    fact_id,
                             GError  **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_store_begin (store, error))
    return FALSE;
  if ((before = _kx_organization_before_image (store, "org_fact", fact_id, error)) == NULL ||
      !_kx_store_delete_audited (store, "org_fact", fact_id, before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static void
fact_clear (gpointer data)
{
  KxFact *fact = data;

  g_clear_pointer (&fact->fact_date, g_free);
  g_clear_pointer (&fact->evidence, g_free);
  g_clear_pointer (&fact->note, g_free);
}

/**
 * kx_organization_list_facts:
 *
 * Returns: (transfer full) (element-type KxFact): the facts, newest first;
 *   the array frees their strings
 */
GArray *
kx_organization_list_facts (KxStore  *store,
                            gint64    organization_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT id, kind, holds, fact_date, evidence, note FROM org_fact "
    "WHERE organization_id = ?1 ORDER BY fact_date DESC, id DESC";
  g_autoptr(GArray) facts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  facts = g_array_new (FALSE, TRUE, sizeof (KxFact));
  g_array_set_clear_func (facts, fact_clear);
  sqlite3_bind_int64 (stmt, 1, organization_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxFact fact = {
        .id = sqlite3_column_int64 (stmt, 0),
        .organization_id = organization_id,
        .kind = KX_FACT_MANAGEMENT_NORMAL,
        .holds = sqlite3_column_int (stmt, 2) != 0,
        .fact_date = _kx_column_dup (stmt, 3),
        .evidence = _kx_column_dup (stmt, 4),
        .note = _kx_column_dup (stmt, 5),
      };

      kx_fact_kind_from_string (_kx_column_text (stmt, 1), &fact.kind);
      g_array_append_val (facts, fact);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&facts);
}
