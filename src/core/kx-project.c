/* kx-project.c: 申报项目 with milestones and budget lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-project"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-project.h"
#include "kx-audit.h"
#include "kx-project-private.h"
#include "kx-validate.h"

#define TITLE_MAX 200

struct _KxProject
{
  GObject parent_instance;

  /* Owned */
  KxStore       *store;   /* kept until content and indicators are read */
  char          *organization_name;
  char          *number;
  char          *title;
  char          *content;
  char          *indicators;
  char          *submitted_on;

  gint64         id;
  gint64         call_id;
  gint64         organization_id;
  gint64         requested_fen;
  gint64         approved_fen;
  int            call_year;
  KxProjectType  type;
  KxStage        stage;
};

G_DEFINE_FINAL_TYPE (KxProject, kx_project, G_TYPE_OBJECT)

G_DEFINE_QUARK (kx-project-error-quark, kx_project_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_CALL_ID,
  PROP_CALL_YEAR,
  PROP_ORGANIZATION_ID,
  PROP_ORGANIZATION_NAME,
  PROP_NUMBER,
  PROP_TYPE,
  PROP_TYPE_LABEL,
  PROP_TITLE,
  PROP_CONTENT,
  PROP_INDICATORS,
  PROP_STAGE,
  PROP_STAGE_LABEL,
  PROP_REQUESTED_FEN,
  PROP_APPROVED_FEN,
  PROP_SUBMITTED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ensure_details (KxProject *self)
{
  static const char sql[] = "SELECT content, indicators FROM project WHERE id = ?1";
  g_autoptr(GError) error = NULL;
  g_autoptr(KxStore) store = g_steal_pointer (&self->store);
  sqlite3_stmt *stmt;

  if (store == NULL)
    return;
  stmt = _kx_store_cached (store, sql, &error);
  if (stmt == NULL)
    {
      g_debug ("cannot read project %" G_GINT64_FORMAT ": %s", self->id, error->message);
      return;
    }
  sqlite3_bind_int64 (stmt, 1, self->id);
  if (_kx_store_step_row (store, stmt, &error) == 1)
    {
      g_free (self->content);
      g_free (self->indicators);
      self->content = g_strdup (_kx_column_text (stmt, 0));
      self->indicators = g_strdup (_kx_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
}

static void
kx_project_finalize (GObject *object)
{
  KxProject *self = (KxProject *) object;

  g_clear_object (&self->store);
  g_free (self->organization_name);
  g_free (self->number);
  g_free (self->title);
  g_free (self->content);
  g_free (self->indicators);
  g_free (self->submitted_on);

  G_OBJECT_CLASS (kx_project_parent_class)->finalize (object);
}

static void
kx_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KxProject *self = KX_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CALL_ID:
      g_value_set_int64 (value, self->call_id);
      break;
    case PROP_CALL_YEAR:
      g_value_set_int (value, self->call_year);
      break;
    case PROP_ORGANIZATION_ID:
      g_value_set_int64 (value, self->organization_id);
      break;
    case PROP_ORGANIZATION_NAME:
      g_value_set_string (value, self->organization_name);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_TYPE_LABEL:
      g_value_set_string (value, kx_project_type_label (self->type));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CONTENT:
      g_value_set_string (value, kx_project_get_content (self));
      break;
    case PROP_INDICATORS:
      g_value_set_string (value, kx_project_get_indicators (self));
      break;
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;
    case PROP_STAGE_LABEL:
      g_value_set_string (value, kx_stage_label (self->stage));
      break;
    case PROP_REQUESTED_FEN:
      g_value_set_int64 (value, self->requested_fen);
      break;
    case PROP_APPROVED_FEN:
      g_value_set_int64 (value, self->approved_fen);
      break;
    case PROP_SUBMITTED_ON:
      g_value_set_string (value, self->submitted_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_project_class_init (KxProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kx_project_finalize;
  object_class->get_property = kx_project_get_property;

#define INT64_PROP(id, name, min) \
  properties[id] = g_param_spec_int64 (name, NULL, NULL, min, G_MAXINT64, 0, flags)
#define STRING_PROP(id, name) \
  properties[id] = g_param_spec_string (name, NULL, NULL, NULL, flags)

  INT64_PROP (PROP_ID, "id", 0);
  INT64_PROP (PROP_CALL_ID, "call-id", 0);
  properties[PROP_CALL_YEAR] = g_param_spec_int ("call-year", NULL, NULL, 0, G_MAXINT, 0, flags);
  INT64_PROP (PROP_ORGANIZATION_ID, "organization-id", 0);
  STRING_PROP (PROP_ORGANIZATION_NAME, "organization-name");
  STRING_PROP (PROP_NUMBER, "number");
  properties[PROP_TYPE] = g_param_spec_int ("type", NULL, NULL, 1, KX_N_PROJECT_TYPES, 1, flags);
  STRING_PROP (PROP_TYPE_LABEL, "type-label");
  STRING_PROP (PROP_TITLE, "title");
  STRING_PROP (PROP_CONTENT, "content");
  STRING_PROP (PROP_INDICATORS, "indicators");
  properties[PROP_STAGE] = g_param_spec_int ("stage", NULL, NULL, 0, KX_N_STAGES - 1, 0, flags);
  STRING_PROP (PROP_STAGE_LABEL, "stage-label");
  INT64_PROP (PROP_REQUESTED_FEN, "requested-fen", 0);
  INT64_PROP (PROP_APPROVED_FEN, "approved-fen", -1);
  STRING_PROP (PROP_SUBMITTED_ON, "submitted-on");

#undef INT64_PROP
#undef STRING_PROP

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kx_project_init (KxProject *self)
{
  self->type = KX_PROJECT_TYPE_DEMO_SOCIETY;
  self->approved_fen = -1;
  self->content = g_strdup ("");
  self->indicators = g_strdup ("");
}

/* Construction from rows (kx-project-list.c reads them) */

KxProject *
_kx_project_new_from_summary (const KxProjectSummary *row,
                              KxStore                *store)
{
  KxProject *self = g_object_new (KX_TYPE_PROJECT, NULL);

  self->id = row->id;
  self->call_id = row->call_id;
  self->call_year = row->call_year;
  self->organization_id = row->organization_id;
  self->organization_name = g_strdup (row->organization_name);
  self->number = g_strdup (row->number);
  self->type = row->type;
  self->title = g_strdup (row->title);
  self->stage = row->stage;
  self->requested_fen = row->requested_fen;
  self->approved_fen = row->approved_fen;
  self->submitted_on = g_strdup (row->submitted_on);
  if (store != NULL)
    self->store = g_object_ref (store);
  return self;
}

/* Gives a project its content and indicators, so it no longer reads them
 * from the store. */
void
_kx_project_set_details (KxProject  *self,
                         const char *content,
                         const char *indicators)
{
  g_clear_object (&self->store);
  g_free (self->content);
  g_free (self->indicators);
  self->content = g_strdup (content != NULL ? content : "");
  self->indicators = g_strdup (indicators != NULL ? indicators : "");
}

/* Validation */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (KX_PROJECT_ERROR, KX_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
validate_milestones (const KxProjectFields  *f,
                     GError                **error)
{
  for (guint i = 0; i < f->n_milestones; i++)
    {
      const KxMilestoneFields *m = &f->milestones[i];

      if (!kx_date_is_valid (m->due_on))
        return invalid (error, _("Milestone %u: “%s” is not a date like 2026-06-30"),
                        i + 1, m->due_on != NULL ? m->due_on : "");
      if (is_blank (m->target))
        return invalid (error, _("Milestone %u: the target is required"), i + 1);
    }
  return TRUE;
}

static gboolean
validate_budget_lines (const KxProjectFields  *f,
                       GError                **error)
{
  if (f->n_budget_lines == 0 || f->budget_lines == NULL)
    return invalid (error, _("Budget: at least one budget line is required"));
  for (guint i = 0; i < f->n_budget_lines; i++)
    {
      const KxBudgetLineFields *b = &f->budget_lines[i];

      if (is_blank (b->item))
        return invalid (error, _("Budget line %u: the item is required"), i + 1);
      if (b->amount_fen <= 0)
        return invalid (error, _("Budget line %u: the amount must be more than zero"), i + 1);
    }
  return TRUE;
}

static gboolean
validate_content (const KxProjectFields  *f,
                  GError                **error)
{
  if (!kx_project_type_is_valid (f->type))
    return invalid (error, _("Type: %d is not a project type; types run from 1 to 5"), f->type);
  if (is_blank (f->title))
    return invalid (error, _("Title: a title is required"));
  if (!g_utf8_validate (f->title, -1, NULL) || g_utf8_strlen (f->title, -1) > TITLE_MAX)
    return invalid (error, _("Title: at most %d characters are allowed"), TITLE_MAX);
  if (f->n_milestones > 0 && f->milestones == NULL)
    return invalid (error, _("Milestones: the list is missing"));
  return validate_budget_lines (f, error) && validate_milestones (f, error);
}

/* Writing */

/* The audit image: the project row with its milestones and budget lines. */
static char *
project_image (KxStore  *store,
               gint64    id,
               GError  **error)
{
  static const char sql[] =
    "SELECT json_set(?2, "
    "'$.milestones', json((SELECT json_group_array(json(m)) FROM ("
    "  SELECT json_object('seq', seq, 'due_on', due_on, 'target', target, 'status', status) AS m"
    "  FROM milestone WHERE project_id = ?1 ORDER BY seq))), "
    "'$.budget_lines', json((SELECT json_group_array(json(b)) FROM ("
    "  SELECT json_object('seq', seq, 'item', item, 'amount_fen', amount_fen, "
    "                     'justification', justification) AS b"
    "  FROM budget_line WHERE project_id = ?1 ORDER BY seq))))";
  g_autofree char *row = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  char *json = NULL;

  row = _kx_store_row_json (store, "project", id, &local_error);
  if (row == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                     _("There is no project with id %lld"), (long long) id);
      return NULL;
    }
  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, row, -1, SQLITE_STATIC);
  if (_kx_store_step_row (store, stmt, error) == 1)
    json = g_strdup (_kx_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return json;
}

static gboolean
audit_project (KxStore     *store,
               gint64       id,
               const char  *action,
               const char  *before,
               GError     **error)
{
  g_autofree char *after = project_image (store, id, error);

  return after != NULL && kx_audit_append (store, "project", id, action, before, after, error);
}

/* Runs @sql with ?1 = @key; 1 if it returned a row, 0 if not, -1 on error.
 * The first column, if an integer, goes to @out. */
static int
lookup_int (KxStore     *store,
            const char  *sql,
            gint64       key,
            gint64      *out,
            GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, key);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1 && out != NULL)
    *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc;
}

static gboolean
check_parents (KxStore                *store,
               const KxProjectFields  *f,
               int                    *out_year,
               GError                **error)
{
  gint64 year = 0;
  int rc;

  rc = lookup_int (store, "SELECT year FROM call WHERE id = ?1", f->call_id, &year, error);
  if (rc == 0)
    g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                 _("Call: there is no call with id %lld"), (long long) f->call_id);
  if (rc != 1)
    return FALSE;
  rc = lookup_int (store, "SELECT 1 FROM organization WHERE id = ?1", f->organization_id,
                   NULL, error);
  if (rc == 0)
    g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                 _("Organization: there is no organization with id %lld"),
                 (long long) f->organization_id);
  *out_year = (int) year;
  return rc == 1;
}

/* Numbers run YEAR-0001, YEAR-0002, … within a call (wider past 9999).
 * Projects are numbered in insertion order, so the newest project of the
 * call holds the highest number; "+call_id" makes SQLite walk the rowids
 * backwards from the newest instead of sorting the whole call. */
static char *
next_number (KxStore  *store,
             gint64    call_id,
             int       year,
             GError  **error)
{
  static const char sql[] =
    "SELECT number FROM project WHERE +call_id = ?1 ORDER BY id DESC LIMIT 1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  gint64 last = 0;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, call_id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    {
      const char *dash = strrchr (_kx_column_text (stmt, 0), '-');

      last = dash != NULL ? g_ascii_strtoll (dash + 1, NULL, 10) : 0;
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;
  return g_strdup_printf ("%d-%04" G_GINT64_FORMAT, year, last + 1);
}

static gboolean
write_milestones (KxStore                *store,
                  gint64                  project_id,
                  const KxProjectFields  *f,
                  GError                **error)
{
  static const char sql[] =
    "INSERT INTO milestone (project_id, seq, due_on, target) VALUES (?1, ?2, ?3, ?4)";
  int seq = 0;

  for (guint i = 0; i < f->n_milestones; i++)
    {
      const KxMilestoneFields *m = &f->milestones[i];
      sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, project_id);
      seq = m->seq > 0 ? m->seq : seq + 1;
      sqlite3_bind_int (stmt, 2, seq);
      sqlite3_bind_text (stmt, 3, m->due_on, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, m->target, -1, SQLITE_TRANSIENT);
      if (!_kx_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_budget_lines (KxStore                *store,
                    gint64                  project_id,
                    const KxProjectFields  *f,
                    GError                **error)
{
  static const char sql[] =
    "INSERT INTO budget_line (project_id, seq, item, amount_fen, justification) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  int seq = 0;

  for (guint i = 0; i < f->n_budget_lines; i++)
    {
      const KxBudgetLineFields *b = &f->budget_lines[i];
      sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, project_id);
      seq = b->seq > 0 ? b->seq : seq + 1;
      sqlite3_bind_int (stmt, 2, seq);
      sqlite3_bind_text (stmt, 3, b->item, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, b->amount_fen);
      sqlite3_bind_text (stmt, 5, b->justification != NULL ? b->justification : "", -1,
                         SQLITE_TRANSIENT);
      if (!_kx_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_project_row (KxStore                *store,
                    const KxProjectFields  *f,
                    gint64                 *out_id,
                    GError                **error)
{
  static const char sql[] =
    "INSERT INTO project (call_id, organization_id, number, type, title, content, "
    "  indicators, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)";
  g_autofree char *now = _kx_store_now ();
  g_autofree char *number = NULL;
  sqlite3_stmt *stmt;
  int year = 0;

  if (!check_parents (store, f, &year, error) ||
      (number = next_number (store, f->call_id, year, error)) == NULL ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, f->call_id);
  sqlite3_bind_int64 (stmt, 2, f->organization_id);
  sqlite3_bind_text (stmt, 3, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, f->type);
  sqlite3_bind_text (stmt, 5, f->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, f->content != NULL ? f->content : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, f->indicators != NULL ? f->indicators : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return TRUE;
}

static gboolean
check_editable (KxStore  *store,
                gint64    id,
                GError  **error)
{
  static const char sql[] = "SELECT stage, number FROM project WHERE id = ?1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  KxStage stage = KX_STAGE_DRAFT;
  g_autofree char *number = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    {
      stage = _kx_project_stage_from_db (_kx_column_text (stmt, 0));
      number = _kx_column_dup (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == 0)
    g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no project with id %lld"), (long long) id);
  if (rc != 1)
    return FALSE;
  if (stage == KX_STAGE_DRAFT || stage == KX_STAGE_RETURNED)
    return TRUE;
  g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_BLOCKED,
               _("Project %s is in the stage “%s”; only drafts and projects returned for "
                 "correction can be edited"), number, kx_stage_label (stage));
  return FALSE;
}

static gboolean
replace_content (KxStore                *store,
                 gint64                  id,
                 const KxProjectFields  *f,
                 GError                **error)
{
  static const char update_sql[] =
    "UPDATE project SET type = ?2, title = ?3, content = ?4, indicators = ?5, updated_at = ?6 "
    "WHERE id = ?1";
  static const char *const delete_sql[] = {
    "DELETE FROM milestone WHERE project_id = ?1",
    "DELETE FROM budget_line WHERE project_id = ?1",
  };
  g_autofree char *now = _kx_store_now ();
  sqlite3_stmt *stmt;

  if ((stmt = _kx_store_cached (store, update_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, f->type);
  sqlite3_bind_text (stmt, 3, f->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, f->content != NULL ? f->content : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, f->indicators != NULL ? f->indicators : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (delete_sql); i++)
    {
      if ((stmt = _kx_store_cached (store, delete_sql[i], error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_kx_store_step_done (store, stmt, error))
        return FALSE;
    }
  return write_milestones (store, id, f, error) && write_budget_lines (store, id, f, error);
}

/* Public API */

/**
 * kx_project_insert:
 * @store: the store
 * @fields: the application
 * @out_id: (out) (optional): the id of the new project
 *
 * Validates @fields, then adds the project as a draft with its milestones
 * and budget lines, numbered YEAR-NNNN within its call, and one audit row
 * whose image holds all of it. The requested amount is the sum of the
 * budget lines (kept by the database).
 *
 * Returns: %TRUE on success; on failure nothing was written
 */
gboolean
kx_project_insert (KxStore                *store,
                   const KxProjectFields  *fields,
                   gint64                 *out_id,
                   GError                **error)
{
  gint64 id = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_content (fields, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!insert_project_row (store, fields, &id, error) ||
      !write_milestones (store, id, fields, error) ||
      !write_budget_lines (store, id, fields, error) ||
      !audit_project (store, id, "insert", NULL, error) ||
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
 * kx_project_update:
 * @store: the store
 * @id: the project
 * @fields: the new content; call_id and organization_id are ignored
 *
 * Refused with KX_ERROR_BLOCKED unless the project is a draft or was
 * returned for correction.
 */
gboolean
kx_project_update (KxStore                *store,
                   gint64                  id,
                   const KxProjectFields  *fields,
                   GError                **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_content (fields, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!check_editable (store, id, error) ||
      (before = project_image (store, id, error)) == NULL ||
      !replace_content (store, id, fields, error) ||
      !audit_project (store, id, "update", before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gint64
kx_project_get_id (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), 0);
  return self->id;
}

gint64
kx_project_get_call_id (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), 0);
  return self->call_id;
}

int
kx_project_get_call_year (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), 0);
  return self->call_year;
}

gint64
kx_project_get_organization_id (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), 0);
  return self->organization_id;
}

const char *
kx_project_get_organization_name (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  return self->organization_name;
}

const char *
kx_project_get_number (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  return self->number;
}

KxProjectType
kx_project_get_project_type (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), KX_PROJECT_TYPE_DEMO_SOCIETY);
  return self->type;
}

const char *
kx_project_get_title (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  return self->title;
}

const char *
kx_project_get_content (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  ensure_details (self);
  return self->content;
}

const char *
kx_project_get_indicators (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  ensure_details (self);
  return self->indicators;
}

KxStage
kx_project_get_stage (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), KX_STAGE_DRAFT);
  return self->stage;
}

gint64
kx_project_get_requested_fen (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), 0);
  return self->requested_fen;
}

/**
 * kx_project_get_approved_fen:
 *
 * Returns: the approved amount, or -1 when none was decided
 */
gint64
kx_project_get_approved_fen (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), -1);
  return self->approved_fen;
}

/**
 * kx_project_get_submitted_on:
 *
 * Returns: (nullable): the date of submission, %NULL before
 */
const char *
kx_project_get_submitted_on (KxProject *self)
{
  g_return_val_if_fail (KX_IS_PROJECT (self), NULL);
  return self->submitted_on;
}
