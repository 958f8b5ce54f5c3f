/* kx-import.c: importing organizations from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The office keeps its list of societies in Excel. An import is all or
 * nothing: a clerk fixes the file and imports it again, rather than
 * working out which half of it went in.
 */

#define G_LOG_DOMAIN "kx-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kx-import.h"
#include "kx-audit.h"
#include "kx-csv.h"
#include "kx-organization.h"
#include "kx-store-private.h"
#include "kx-validate.h"

G_DEFINE_QUARK (kx-import-error-quark, kx_import_error)

typedef enum
{
  COL_NAME,
  COL_KIND,
  COL_CREDIT_CODE,
  COL_SECRETARY_GENERAL,
  COL_FINANCE_STAFF,
  COL_BANK_NAME,
  COL_BANK_ACCOUNT,
  COL_PARTY_BRANCH,
  COL_CONTACT_PERSON,
  COL_CONTACT_PHONE,
  COL_ADDRESS,
  COL_NOTE,
  N_COLS
} Column;

static const struct
{
  const char *id;
  const char *zh;
  const char *zh_alias;
} columns[N_COLS] = {
  { "name", "名称", "单位名称" },
  { "kind", "类型", "单位类型" },
  { "credit_code", "统一社会信用代码", "信用代码" },
  { "secretary_general", "秘书长", NULL },
  { "finance_staff", "财务人员", NULL },
  { "bank_name", "开户银行", NULL },
  { "bank_account", "银行账号", "银行帐号" },
  { "party_branch", "党支部", NULL },
  { "contact_person", "联系人", NULL },
  { "contact_phone", "联系电话", NULL },
  { "address", "地址", NULL },
  { "note", "备注", NULL },
};

/* What the checks and the writes share. */
typedef struct
{
  KxStore        *store;
  KxCsv          *csv;
  KxImportReport *report;
  int             index[N_COLS];   /* the file's column of each, or -1 */
  const char     *header[N_COLS];  /* the name the file gives it */
  guint           n_header;
  GHashTable     *names;           /* name → line, for duplicates in the file */
  GHashTable     *codes;           /* credit code → line */
} Import;

static void
problem_free (gpointer data)
{
  KxImportProblem *problem = data;

  g_free (problem->field);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (Import      *import,
             guint        line,
             const char  *field,
             const char  *message)
{
  KxImportProblem *problem = g_new0 (KxImportProblem, 1);

  /* The validators name the field themselves; the report does that. The
   * separator after the name is ": " in English and "：" in Chinese. */
  if (field != NULL && g_str_has_prefix (message, field))
    {
      const char *rest = message + strlen (field);

      if (g_str_has_prefix (rest, "："))
        message = rest + strlen ("：");
      else if (*rest == ':')
        message = rest + 1;
      while (*message == ' ')
        message++;
    }
  problem->line = line;
  problem->field = g_strdup (field);
  problem->message = g_strdup (message);
  g_ptr_array_add (import->report->problems, problem);
}

/* The header */

static int
find_column (const char *header)
{
  g_autofree char *key = g_strstrip (g_ascii_strdown (header, -1));

  g_strdelimit (key, " -", '_');
  for (int i = 0; i < N_COLS; i++)
    if (g_strcmp0 (key, columns[i].id) == 0 || g_strcmp0 (key, columns[i].zh) == 0 ||
        g_strcmp0 (key, columns[i].zh_alias) == 0)
      return i;
  return -1;
}

static char *
known_columns (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (int i = 0; i < N_COLS; i++)
    g_string_append_printf (list, "%s%s/%s", i > 0 ? ", " : "", columns[i].zh, columns[i].id);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
column_is_empty (KxCsv *csv,
                 guint  col)
{
  for (guint r = 1; r < kx_csv_get_n_rows (csv); r++)
    {
      const KxCsvRow *row = kx_csv_get_row (csv, r);

      if (col < row->n_fields && !is_blank (row->fields[col]))
        return FALSE;
    }
  return TRUE;
}

static void
check_header_cell (Import *import,
                   guint   col,
                   char   *cell)
{
  const KxCsvRow *header = kx_csv_get_row (import->csv, 0);
  g_autofree char *known = NULL;
  g_autofree char *message = NULL;
  int which;

  g_strstrip (cell);
  /* Excel leaves empty columns behind; harmless as long as they are. */
  if (*cell == '\0' && column_is_empty (import->csv, col))
    return;
  which = find_column (cell);
  if (which < 0)
    {
      known = known_columns ();
      message = g_strdup_printf (_("unknown column; the columns are %s"), known);
      add_problem (import, header->line, *cell != '\0' ? cell : _("(no name)"), message);
    }
  else if (import->index[which] >= 0)
    add_problem (import, header->line, cell, _("this column appears twice"));
  else
    {
      import->index[which] = (int) col;
      import->header[which] = cell;
    }
}

static gboolean
check_header (Import *import)
{
  const KxCsvRow *header = kx_csv_get_row (import->csv, 0);
  guint before = import->report->problems->len;

  import->n_header = header->n_fields;
  for (guint col = 0; col < header->n_fields; col++)
    check_header_cell (import, col, header->fields[col]);
  for (int i = COL_NAME; i <= COL_KIND; i++)
    if (import->index[i] < 0)
      {
        g_autofree char *both = g_strdup_printf ("%s/%s", columns[i].zh, columns[i].id);

        add_problem (import, header->line, both, _("this required column is missing"));
      }
  return import->report->problems->len == before;
}

/* The rows */

typedef struct
{
  guint      line;
  KxOrgKind  kind;
  char      *value[N_COLS];  /* trimmed; NULL when absent or empty */
} Candidate;

static void
candidate_clear (gpointer data)
{
  Candidate *candidate = data;

  for (int i = 0; i < N_COLS; i++)
    g_clear_pointer (&candidate->value[i], g_free);
}

/* The column's name for messages, also when the file lacks it. */
static const char *
field_name (Import *import,
            Column  col)
{
  return import->header[col] != NULL ? import->header[col] : columns[col].zh;
}

/* FALSE for a row to skip: empty, or with values beyond the header. */
static gboolean
read_candidate (Import          *import,
                const KxCsvRow  *row,
                Candidate       *candidate)
{
  gboolean empty = TRUE;

  for (guint col = 0; col < row->n_fields; col++)
    if (!is_blank (row->fields[col]))
      {
        empty = FALSE;
        if (col >= import->n_header)
          {
            g_autofree char *message =
              g_strdup_printf (_("the row has a value in column %u, but the header has only %u "
                                 "columns"), col + 1, import->n_header);

            add_problem (import, row->line, _("row"), message);
            return FALSE;
          }
      }
  if (empty)
    return FALSE;

  candidate->line = row->line;
  for (int i = 0; i < N_COLS; i++)
    {
      int col = import->index[i];

      if (col >= 0 && (guint) col < row->n_fields && !is_blank (row->fields[col]))
        candidate->value[i] = g_strstrip (g_strdup (row->fields[col]));
    }
  return TRUE;
}

/* Checks @value against earlier rows (@seen) and the database (@found is
 * what the lookup returned); FALSE only when the database failed. */
static gboolean
check_unique (Import          *import,
              Candidate       *candidate,
              Column           col,
              GHashTable      *seen,
              KxOrganization  *found,
              GError          *lookup_error,
              GError         **error)
{
  const char *value = candidate->value[col];
  g_autofree char *message = NULL;
  guint earlier = GPOINTER_TO_UINT (g_hash_table_lookup (seen, value));

  if (lookup_error != NULL && lookup_error->code != KX_ERROR_NOT_FOUND)
    {
      g_propagate_error (error, g_error_copy (lookup_error));
      return FALSE;
    }
  if (earlier != 0)
    message = g_strdup_printf (_("“%s” is also on line %u"), value, earlier);
  else if (found != NULL && col == COL_NAME)
    message = g_strdup_printf (_("an organization named “%s” already exists (id %lld)"),
                               value, (long long) kx_organization_get_id (found));
  else if (found != NULL)
    message = g_strdup_printf (_("“%s” already belongs to “%s” (id %lld)"),
                               value, kx_organization_get_name (found),
                               (long long) kx_organization_get_id (found));
  else
    g_hash_table_insert (seen, g_strdup (value), GUINT_TO_POINTER (candidate->line));

  if (message != NULL)
    add_problem (import, candidate->line, field_name (import, col), message);
  return TRUE;
}

static gboolean
check_name (Import     *import,
            Candidate  *candidate,
            GError    **error)
{
  g_autoptr(GError) lookup_error = NULL;
  g_autoptr(KxOrganization) found = NULL;

  if (candidate->value[COL_NAME] == NULL)
    {
      add_problem (import, candidate->line, field_name (import, COL_NAME),
                   _("required; every organization needs a name"));
      return TRUE;
    }
  found = kx_organization_find_by_name (import->store, candidate->value[COL_NAME], &lookup_error);
  return check_unique (import, candidate, COL_NAME, import->names, found, lookup_error, error);
}

static gboolean
check_kind (Import    *import,
            Candidate *candidate)
{
  const char *text = candidate->value[COL_KIND];
  g_autofree char *message = NULL;

  if (text != NULL && kx_org_kind_from_string (text, &candidate->kind))
    return TRUE;
  if (text == NULL)
    message = g_strdup (_("required; write 市级学会, 高校科协, 县市区科协, 基层科协 or 科技工作者"));
  else
    message = g_strdup_printf (_("“%s” is not a kind of organization; write 市级学会, 高校科协, "
                                 "县市区科协, 基层科协 or 科技工作者"), text);
  add_problem (import, candidate->line, field_name (import, COL_KIND), message);
  return FALSE;
}

static gboolean
check_credit_code (Import     *import,
                   Candidate  *candidate,
                   gboolean    kind_ok,
                   GError    **error)
{
  const char *field = field_name (import, COL_CREDIT_CODE);
  g_autofree char *code = kx_credit_code_normalize (candidate->value[COL_CREDIT_CODE]);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KxOrganization) found = NULL;
  g_autofree char *message = NULL;

  g_free (candidate->value[COL_CREDIT_CODE]);
  candidate->value[COL_CREDIT_CODE] = code != NULL && *code != '\0' ? g_strdup (code) : NULL;
  if (candidate->value[COL_CREDIT_CODE] == NULL)
    {
      if (kind_ok && candidate->kind != KX_ORG_KIND_RESEARCHER)
        {
          message = g_strdup_printf (_("required for a %s"), kx_org_kind_label (candidate->kind));
          add_problem (import, candidate->line, field, message);
        }
      return TRUE;
    }
  if (!kx_credit_code_validate (field, code, &local_error))
    {
      add_problem (import, candidate->line, field, local_error->message);
      return TRUE;
    }
  found = kx_organization_find_by_credit_code (import->store, code, &local_error);
  return check_unique (import, candidate, COL_CREDIT_CODE, import->codes, found, local_error,
                       error);
}

/* FALSE only when the database failed; problems go to the report. */
static gboolean
check_rows (Import  *import,
            GArray  *candidates,
            GError **error)
{
  for (guint r = 1; r < kx_csv_get_n_rows (import->csv); r++)
    {
      Candidate candidate = { 0 };
      gboolean kind_ok;
      gboolean ok;

      if (!read_candidate (import, kx_csv_get_row (import->csv, r), &candidate))
        continue;
      import->report->rows++;
      kind_ok = check_kind (import, &candidate);
      ok = check_name (import, &candidate, error) &&
           check_credit_code (import, &candidate, kind_ok, error);
      /* The array owns the values from here. */
      g_array_append_val (candidates, candidate);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* The writes */

static gboolean
insert_candidate (Import           *import,
                  const Candidate  *c,
                  GError          **error)
{
  const KxOrganizationFields fields = {
    .name = c->value[COL_NAME],
    .kind = c->kind,
    .credit_code = c->value[COL_CREDIT_CODE],
    .secretary_general = c->value[COL_SECRETARY_GENERAL],
    .finance_staff = c->value[COL_FINANCE_STAFF],
    .bank_name = c->value[COL_BANK_NAME],
    .bank_account = c->value[COL_BANK_ACCOUNT],
    .party_branch = c->value[COL_PARTY_BRANCH],
    .contact_person = c->value[COL_CONTACT_PERSON],
    .contact_phone = c->value[COL_CONTACT_PHONE],
    .address = c->value[COL_ADDRESS],
    .note = c->value[COL_NOTE],
  };
  g_autoptr(GError) local_error = NULL;

  if (kx_organization_insert (import->store, &fields, NULL, &local_error))
    return TRUE;
  add_problem (import, c->line, field_name (import, COL_NAME), local_error->message);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
audit_import (Import  *import,
              GError **error)
{
  static const char sql[] = "SELECT json_object('file', ?1, 'encoding', ?2, 'count', ?3)";
  sqlite3_stmt *stmt = _kx_store_cached (import->store, sql, error);
  g_autofree char *after = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, import->report->file_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, import->report->encoding, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) import->report->rows);
  if (_kx_store_step_row (import->store, stmt, error) != 1)
    return FALSE;
  after = g_strdup (_kx_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return kx_audit_append (import->store, "import", 0, "organizations", NULL, after, error);
}

static gboolean
write_all (Import  *import,
           GArray  *candidates,
           GError **error)
{
  if (!kx_store_begin (import->store, error))
    return FALSE;
  for (guint i = 0; i < candidates->len; i++)
    if (!insert_candidate (import, &g_array_index (candidates, Candidate, i), error))
      {
        kx_store_rollback (import->store);
        return FALSE;
      }
  if (!audit_import (import, error) || !kx_store_commit (import->store, error))
    {
      kx_store_rollback (import->store);
      return FALSE;
    }
  import->report->imported = candidates->len;
  return TRUE;
}

static gboolean
fail_with_problems (Import  *import,
                    GError **error)
{
  guint n = import->report->problems->len;

  g_set_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID,
               ngettext ("“%s”: %u problem; nothing was imported",
                         "“%s”: %u problems; nothing was imported", n),
               import->report->file_name, n);
  return FALSE;
}

static gboolean
import_csv (Import  *import,
            GError **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));

  g_array_set_clear_func (candidates, candidate_clear);
  import->report->encoding = g_strdup (kx_csv_get_encoding (import->csv));
  if (kx_csv_get_n_rows (import->csv) == 0)
    {
      g_set_error (error, KX_IMPORT_ERROR, KX_ERROR_INVALID,
                   _("“%s” is empty; it needs a header row naming the columns"),
                   import->report->file_name);
      return FALSE;
    }
  if (!check_header (import))
    return fail_with_problems (import, error);
  if (!check_rows (import, candidates, error))
    return FALSE;
  if (import->report->problems->len > 0)
    return fail_with_problems (import, error);
  return write_all (import, candidates, error);
}

/* Public API */

void
kx_import_report_free (KxImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->file_name);
  g_free (report->encoding);
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_free (report);
}

/**
 * kx_import_problem_format:
 *
 * Returns: (transfer full): "line 5, 统一社会信用代码: …", translated
 */
char *
kx_import_problem_format (const KxImportProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return g_strdup_printf (_("line %u, %s: %s"), problem->line, problem->field, problem->message);
}

/**
 * kx_import_organizations:
 * @path: a CSV file
 * @out_report: (out) (optional) (transfer full): what was read, imported
 *   and found wrong; set on failure too
 *
 * See kx-import.h. Fails with KX_ERROR_INVALID when any row is bad (the
 * report says which), with the file's error when it cannot be read or
 * decoded, or with the database's.
 */
gboolean
kx_import_organizations (KxStore          *store,
                         const char       *path,
                         KxImportReport  **out_report,
                         GError          **error)
{
  g_autoptr(KxImportReport) report = g_new0 (KxImportReport, 1);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KxCsv) csv = NULL;
  Import import = { store, NULL, report, { 0 }, { NULL }, 0, names, codes };
  gboolean ok;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report->file_name = g_filename_display_basename (path);
  report->problems = g_ptr_array_new_with_free_func (problem_free);
  for (int i = 0; i < N_COLS; i++)
    import.index[i] = -1;

  csv = kx_csv_parse_file (path, error);
  import.csv = csv;
  ok = csv != NULL && import_csv (&import, error);

  if (out_report != NULL)
    *out_report = g_steal_pointer (&report);
  return ok;
}
