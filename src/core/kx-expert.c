/* kx-expert.c: 专家库 and 回避 (conflicts of interest)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-expert"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-expert.h"
#include "kx-audit.h"
#include "kx-store-private.h"

/* The text columns, in the order of the SELECT after id. */
typedef enum
{
  TEXT_NAME,
  TEXT_AFFILIATION,
  TEXT_FIELD,
  TEXT_TITLE,
  TEXT_PHONE,
  N_TEXTS
} TextField;

struct _KxExpert
{
  GObject parent_instance;

  /* Owned */
  char     *text[N_TEXTS];   /* never NULL: "" when not recorded */
  gint64    id;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (KxExpert, kx_expert, G_TYPE_OBJECT)

G_DEFINE_QUARK (kx-expert-error-quark, kx_expert_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTIVE,
  PROP_TEXT_FIRST,
  N_PROPS = PROP_TEXT_FIRST + N_TEXTS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_props[N_TEXTS] = {
  "name", "affiliation", "field", "title", "phone",
};

#define SELECT_COLUMNS "id, active, name, affiliation, field, title, phone"

static KxExpert *
expert_from_row (sqlite3_stmt *stmt)
{
  KxExpert *self = g_object_new (KX_TYPE_EXPERT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->active = sqlite3_column_int (stmt, 1) != 0;
  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_free (self->text[i]);
      self->text[i] = g_strdup (_kx_column_text (stmt, i + 2));
    }
  return self;
}

static void
kx_expert_finalize (GObject *object)
{
  KxExpert *self = (KxExpert *) object;

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (kx_expert_parent_class)->finalize (object);
}

static void
kx_expert_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KxExpert *self = KX_EXPERT (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
    g_value_set_string (value, self->text[prop_id - PROP_TEXT_FIRST]);
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_ACTIVE)
    g_value_set_boolean (value, self->active);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kx_expert_class_init (KxExpertClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kx_expert_finalize;
  object_class->get_property = kx_expert_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_TEXT_FIRST + i] = g_param_spec_string (text_props[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kx_expert_init (KxExpert *self)
{
  self->active = TRUE;
  for (guint i = 0; i < N_TEXTS; i++)
    self->text[i] = g_strdup ("");
}

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
set_error (GError     **error,
           KxError      code,
           const char  *message)
{
  g_set_error_literal (error, KX_EXPERT_ERROR, code, message);
  return FALSE;
}

/* Binds ?1 active, ?2–?6 the texts, ?7 now. affiliation, field and title
 * are NOT NULL DEFAULT '' in the schema; phone is NULL when unknown. */
static gboolean
bind_fields (sqlite3_stmt          *stmt,
             const KxExpertFields  *fields,
             GError               **error)
{
  const char *in[N_TEXTS] = {
    fields->name, fields->affiliation, fields->field, fields->title, fields->phone,
  };
  g_autofree char *now = _kx_store_now ();

  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_autofree char *text = dup_stripped (in[i]);

      if (i == TEXT_NAME && *text == '\0')
        return set_error (error, KX_ERROR_INVALID, _("Name: the expert needs a name"));
      if (i == TEXT_PHONE)
        _kx_bind_text_or_null (stmt, i + 2, text);
      else
        sqlite3_bind_text (stmt, i + 2, text, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int (stmt, 1, fields->inactive ? 0 : 1);
  sqlite3_bind_text (stmt, N_TEXTS + 2, now, -1, SQLITE_TRANSIENT);
  return TRUE;
}

static gboolean
write_expert (KxStore               *store,
              const char            *sql,
              const KxExpertFields  *fields,
              gint64                 id,
              GError               **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL || !bind_fields (stmt, fields, error))
    return FALSE;
  if (id != 0)
    sqlite3_bind_int64 (stmt, N_TEXTS + 3, id);
  return _kx_store_step_done (store, stmt, error);
}

/**
 * kx_expert_fields_validate:
 *
 * Returns: %TRUE if @fields can be stored; %FALSE with KX_ERROR_INVALID
 *   naming the field otherwise
 */
gboolean
kx_expert_fields_validate (const KxExpertFields  *fields,
                           GError               **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = dup_stripped (fields->name);
  if (*name == '\0')
    return set_error (error, KX_ERROR_INVALID, _("Name: the expert needs a name"));
  return TRUE;
}

/**
 * kx_expert_insert:
 * @out_id: (out) (optional): the new expert's id
 *
 * Two experts may share a name (they are told apart by affiliation).
 */
gboolean
kx_expert_insert (KxStore               *store,
                  const KxExpertFields  *fields,
                  gint64                *out_id,
                  GError               **error)
{
  static const char sql[] =
    "INSERT INTO expert (active, name, affiliation, field, title, phone, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
  gint64 id;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_expert_fields_validate (fields, error) || !kx_store_begin (store, error))
    return FALSE;
  if (!write_expert (store, sql, fields, 0, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  if (!_kx_store_audit_write (store, "expert", id, "insert", NULL, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

static char *
expert_image (KxStore  *store,
              gint64    id,
              GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  char *json = _kx_store_row_json (store, "expert", id, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (json == NULL)
    g_set_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no expert with id %lld"), (long long) id);
  return json;
}

/**
 * kx_expert_update:
 *
 * Replaces every field of expert @id.
 */
gboolean
kx_expert_update (KxStore               *store,
                  gint64                 id,
                  const KxExpertFields  *fields,
                  GError               **error)
{
  static const char sql[] =
    "UPDATE expert SET active = ?1, name = ?2, affiliation = ?3, field = ?4, title = ?5, "
    "  phone = ?6, updated_at = ?7 WHERE id = ?8";
  g_autofree char *before = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_expert_fields_validate (fields, error) || !kx_store_begin (store, error))
    return FALSE;
  if ((before = expert_image (store, id, error)) == NULL ||
      !write_expert (store, sql, fields, id, error) ||
      !_kx_store_audit_write (store, "expert", id, "update", before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * kx_expert_get:
 *
 * Returns: (transfer full): the expert, or %NULL with KX_ERROR_NOT_FOUND
 */
KxExpert *
kx_expert_get (KxStore  *store,
               gint64    id,
               GError  **error)
{
  static const char sql[] = "SELECT " SELECT_COLUMNS " FROM expert WHERE id = ?1";
  KxExpert *self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    self = expert_from_row (stmt);
  else if (rc == 0)
    g_set_error (error, KX_EXPERT_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no expert with id %lld"), (long long) id);
  sqlite3_reset (stmt);
  return self;
}

/**
 * kx_expert_list:
 *
 * Returns: (transfer full): a #GListStore of #KxExpert ordered by name
 */
GListModel *
kx_expert_list (KxStore  *store,
                GError  **error)
{
  static const char sql[] = "SELECT " SELECT_COLUMNS " FROM expert ORDER BY name, id";
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (KX_TYPE_EXPERT);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      g_autoptr(KxExpert) expert = expert_from_row (stmt);

      g_list_store_append (list, expert);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Conflicts */

/* 1 exists, 0 not, -1 error. */
static int
row_exists (KxStore     *store,
            const char  *sql,
            gint64       a,
            gint64       b,
            gint64      *out_rowid,
            GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1 && out_rowid != NULL)
    *out_rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc;
}

static gboolean
check_parties (KxStore  *store,
               gint64    expert_id,
               gint64    organization_id,
               GError  **error)
{
  static const char expert_sql[] = "SELECT id FROM expert WHERE id = ?1";
  static const char org_sql[] = "SELECT id FROM organization WHERE id = ?1";
  g_autofree char *message = NULL;
  int rc;

  rc = row_exists (store, expert_sql, expert_id, 0, NULL, error);
  if (rc == 0)
    message = g_strdup_printf (_("Expert: there is no expert with id %lld"),
                               (long long) expert_id);
  if (rc == 1)
    rc = row_exists (store, org_sql, organization_id, 0, NULL, error);
  if (rc == 0 && message == NULL)
    message = g_strdup_printf (_("Organization: there is no organization with id %lld"),
                               (long long) organization_id);
  if (message != NULL)
    return set_error (error, KX_ERROR_NOT_FOUND, message);
  return rc == 1;
}

static gboolean
insert_conflict (KxStore     *store,
                 gint64       expert_id,
                 gint64       organization_id,
                 const char  *reason,
                 gint64      *out_rowid,
                 GError     **error)
{
  static const char sql[] =
    "INSERT INTO conflict (expert_id, organization_id, reason) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  g_autofree char *clean = dup_stripped (reason);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, expert_id);
  sqlite3_bind_int64 (stmt, 2, organization_id);
  sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_TRANSIENT);
  if (!_kx_store_step_done (store, stmt, error))
    return FALSE;
  *out_rowid = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  return TRUE;
}

static const char conflict_rowid_sql[] =
  "SELECT rowid FROM conflict WHERE expert_id = ?1 AND organization_id = ?2";

/* Refuses a second conflict for the same pair with a clear message. */
static gboolean
check_no_conflict (KxStore  *store,
                   gint64    expert_id,
                   gint64    organization_id,
                   GError  **error)
{
  g_autofree char *message = NULL;
  int rc = row_exists (store, conflict_rowid_sql, expert_id, organization_id, NULL, error);

  if (rc != 1)
    return rc == 0;
  message = g_strdup_printf (_("Organization: expert %lld is already recorded as tied to "
                               "organization %lld"),
                             (long long) expert_id, (long long) organization_id);
  return set_error (error, KX_ERROR_CONSTRAINT, message);
}

/**
 * kx_expert_add_conflict:
 * @reason: (nullable): why, e.g. "本单位会员" or "曾任该会秘书长"
 *
 * Records that the expert must never review this organization's
 * projects. The audit entry is for entity conflict with the row's rowid.
 */
gboolean
kx_expert_add_conflict (KxStore     *store,
                        gint64       expert_id,
                        gint64       organization_id,
                        const char  *reason,
                        GError     **error)
{
  gint64 rowid = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_store_begin (store, error))
    return FALSE;
  if (!check_parties (store, expert_id, organization_id, error) ||
      !check_no_conflict (store, expert_id, organization_id, error) ||
      !insert_conflict (store, expert_id, organization_id, reason, &rowid, error) ||
      !_kx_store_audit_write (store, "conflict", rowid, "insert", NULL, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* The conflict's rowid and JSON image; a missing one is NOT_FOUND. */
static char *
conflict_image (KxStore  *store,
                gint64    expert_id,
                gint64    organization_id,
                gint64   *out_rowid,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  char *json;
  int rc;

  rc = row_exists (store, conflict_rowid_sql, expert_id, organization_id, out_rowid, error);
  if (rc < 0)
    return NULL;
  if (rc == 0)
    {
      message = g_strdup_printf (_("Organization: expert %lld is not recorded as tied to "
                                   "organization %lld"),
                                 (long long) expert_id, (long long) organization_id);
      set_error (error, KX_ERROR_NOT_FOUND, message);
      return NULL;
    }
  json = _kx_store_row_json (store, "conflict", *out_rowid, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return json;
}

/**
 * kx_expert_remove_conflict:
 *
 * Fails with KX_ERROR_NOT_FOUND when no such conflict is recorded.
 */
gboolean
kx_expert_remove_conflict (KxStore  *store,
                           gint64    expert_id,
                           gint64    organization_id,
                           GError  **error)
{
  g_autofree char *before = NULL;
  gint64 rowid = 0;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_store_begin (store, error))
    return FALSE;
  if ((before = conflict_image (store, expert_id, organization_id, &rowid, error)) == NULL ||
      !_kx_store_delete_audited (store, "conflict", rowid, before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * kx_expert_has_conflict:
 * @out_conflict: (out): whether the expert is tied to the organization
 */
gboolean
kx_expert_has_conflict (KxStore   *store,
                        gint64     expert_id,
                        gint64     organization_id,
                        gboolean  *out_conflict,
                        GError   **error)
{
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (out_conflict != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = row_exists (store, conflict_rowid_sql, expert_id, organization_id, NULL, error);
  *out_conflict = rc == 1;
  return rc >= 0;
}

/**
 * kx_expert_list_conflicts:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the
 *   organizations the expert is tied to, in id order
 */
GArray *
kx_expert_list_conflicts (KxStore  *store,
                          gint64    expert_id,
                          GError  **error)
{
  static const char sql[] =
    "SELECT organization_id FROM conflict WHERE expert_id = ?1 ORDER BY organization_id";
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, expert_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return rc < 0 ? NULL : g_steal_pointer (&ids);
}

/**
 * kx_expert_get_conflict_reason:
 *
 * Returns: (transfer full) (nullable): the recorded reason ("" when none
 *   was given), or %NULL when there is no such conflict
 */
char *
kx_expert_get_conflict_reason (KxStore *store,
                               gint64   expert_id,
                               gint64   organization_id)
{
  static const char sql[] =
    "SELECT reason FROM conflict WHERE expert_id = ?1 AND organization_id = ?2";
  sqlite3_stmt *stmt;
  char *reason = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);

  stmt = _kx_store_cached (store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, expert_id);
  sqlite3_bind_int64 (stmt, 2, organization_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    reason = g_strdup (_kx_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return reason;
}

#define DEFINE_TEXT_GETTER(func, field)              \
  const char *                                        \
  kx_expert_get_##func (KxExpert *self)               \
  {                                                   \
    g_return_val_if_fail (KX_IS_EXPERT (self), NULL); \
    return self->text[field];                         \
  }

DEFINE_TEXT_GETTER (name, TEXT_NAME)
DEFINE_TEXT_GETTER (affiliation, TEXT_AFFILIATION)
DEFINE_TEXT_GETTER (field, TEXT_FIELD)
DEFINE_TEXT_GETTER (title, TEXT_TITLE)
DEFINE_TEXT_GETTER (phone, TEXT_PHONE)

gint64
kx_expert_get_id (KxExpert *self)
{
  g_return_val_if_fail (KX_IS_EXPERT (self), 0);

  return self->id;
}

gboolean
kx_expert_get_active (KxExpert *self)
{
  g_return_val_if_fail (KX_IS_EXPERT (self), FALSE);

  return self->active;
}
