/* kx-organization.c: 申报单位 (their yearly records and facts: kx-org-record.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-organization"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kx-organization.h"
#include "kx-organization-private.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define YEAR_MIN 1990
#define YEAR_MAX 2200

/* The text columns, in the order of the SELECT below after id and kind. */
typedef enum
{
  TEXT_NAME,
  TEXT_CREDIT_CODE,
  TEXT_SECRETARY_GENERAL,
  TEXT_FINANCE_STAFF,
  TEXT_BANK_NAME,
  TEXT_BANK_ACCOUNT,
  TEXT_PARTY_BRANCH,
  TEXT_CONTACT_PERSON,
  TEXT_CONTACT_PHONE,
  TEXT_ADDRESS,
  TEXT_NOTE,
  N_TEXTS
} TextField;

struct _KxOrganization
{
  GObject parent_instance;

  /* Owned */
  char      *text[N_TEXTS];   /* never NULL: "" when not recorded */
  gint64     id;
  KxOrgKind  kind;
};

G_DEFINE_FINAL_TYPE (KxOrganization, kx_organization, G_TYPE_OBJECT)

G_DEFINE_QUARK (kx-organization-error-quark, kx_organization_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_TEXT_FIRST,
  N_PROPS = PROP_TEXT_FIRST + N_TEXTS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_props[N_TEXTS] = {
  "name", "credit-code", "secretary-general", "finance-staff", "bank-name", "bank-account",
  "party-branch", "contact-person", "contact-phone", "address", "note",
};

#define SELECT_COLUMNS \
  "id, kind, name, credit_code, secretary_general, finance_staff, bank_name, bank_account, " \
  "party_branch, contact_person, contact_phone, address, note"

/* Orders kinds as the enum does, not alphabetically. */
#define KIND_ORDER \
  "CASE kind WHEN 'city_society' THEN 0 WHEN 'university_sta' THEN 1 " \
  "WHEN 'county_sta' THEN 2 WHEN 'grassroots_sta' THEN 3 ELSE 4 END"

static KxOrganization *
organization_from_row (sqlite3_stmt *stmt)
{
  KxOrganization *self = g_object_new (KX_TYPE_ORGANIZATION, NULL);
  KxOrgKind kind = KX_ORG_KIND_RESEARCHER;

  self->id = sqlite3_column_int64 (stmt, 0);
  if (kx_org_kind_from_string (_kx_column_text (stmt, 1), &kind))
    self->kind = kind;
  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_free (self->text[i]);
      self->text[i] = g_strdup (_kx_column_text (stmt, i + 2));
    }
  return self;
}

/* GObject */

static void
kx_organization_finalize (GObject *object)
{
  KxOrganization *self = (KxOrganization *) object;

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (kx_organization_parent_class)->finalize (object);
}

static void
kx_organization_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KxOrganization *self = KX_ORGANIZATION (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->text[prop_id - PROP_TEXT_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, kx_org_kind_label (self->kind));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_organization_class_init (KxOrganizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kx_organization_finalize;
  object_class->get_property = kx_organization_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, KX_N_ORG_KINDS - 1, 0, flags);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, flags);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_TEXT_FIRST + i] = g_param_spec_string (text_props[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kx_organization_init (KxOrganization *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->text[i] = g_strdup ("");
}

/* Field values as stored: trimmed, the credit code normalised, "" → NULL. */
typedef struct
{
  char *text[N_TEXTS];
} Texts;

static void
texts_clear (Texts *texts)
{
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&texts->text[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Texts, texts_clear)

char *
_kx_organization_dup_stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static void
texts_init (Texts                      *texts,
            const KxOrganizationFields *fields)
{
  const char *in[N_TEXTS] = {
    fields->name, NULL, fields->secretary_general, fields->finance_staff, fields->bank_name,
    fields->bank_account, fields->party_branch, fields->contact_person, fields->contact_phone,
    fields->address, fields->note,
  };
  g_autofree char *code = kx_credit_code_normalize (fields->credit_code);

  for (guint i = 0; i < N_TEXTS; i++)
    texts->text[i] = _kx_organization_dup_stripped (in[i]);
  texts->text[TEXT_CREDIT_CODE] = _kx_organization_dup_stripped (code);
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
validate_texts (const Texts  *texts,
                KxOrgKind     kind,
                GError      **error)
{
  const char *code = texts->text[TEXT_CREDIT_CODE];
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;

  if (texts->text[TEXT_NAME] == NULL)
    return set_invalid (error, _("Name: the organization needs a name"));

  if ((guint) kind >= KX_N_ORG_KINDS)
    {
      message = g_strdup_printf (_("Kind: %d is not a kind of organization"), (int) kind);
      return set_invalid (error, message);
    }

  if (code == NULL && kind == KX_ORG_KIND_RESEARCHER)
    return TRUE;
  if (code == NULL)
    {
      message = g_strdup_printf (_("Unified social credit code: required for a %s"),
                                 kx_org_kind_label (kind));
      return set_invalid (error, message);
    }
  if (!kx_credit_code_validate (_("Unified social credit code"), code, &local_error))
    return set_invalid (error, local_error->message);
  return TRUE;
}

/**
 * kx_organization_fields_validate:
 *
 * Checks @fields as kx_organization_insert() would, without writing: a
 * name, a valid kind, and a valid unified social credit code for every
 * kind but researcher (spaces and lower case are forgiven).
 *
 * Returns: %TRUE if valid; %FALSE with KX_ERROR_INVALID naming the field
 */
gboolean
kx_organization_fields_validate (const KxOrganizationFields  *fields,
                                 GError                     **error)
{
  g_auto(Texts) texts = { { NULL } };

  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  texts_init (&texts, fields);
  return validate_texts (&texts, fields->kind, error);
}

/* Looks for another organization (not @except_id) holding @value in
 * @column; *out_id is 0 when there is none. */
static gboolean
find_other (KxStore     *store,
            const char  *sql,
            const char  *value,
            gint64       except_id,
            gint64      *out_id,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *out_id = 0;
  if (value == NULL)
    return TRUE;
  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, except_id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    *out_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc >= 0;
}

/* UNIQUE name and credit code, checked first so the message is clear. */
static gboolean
check_unique (KxStore      *store,
              const Texts  *texts,
              gint64        except_id,
              GError      **error)
{
  static const char by_name[] = "SELECT id FROM organization WHERE name = ?1 AND id <> ?2";
  static const char by_code[] = "SELECT id FROM organization WHERE credit_code = ?1 AND id <> ?2";
  gint64 other = 0;

  if (!find_other (store, by_name, texts->text[TEXT_NAME], except_id, &other, error))
    return FALSE;
  if (other != 0)
    {
      g_set_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT,
                   _("Name: an organization named “%s” already exists"), texts->text[TEXT_NAME]);
      return FALSE;
    }
  if (!find_other (store, by_code, texts->text[TEXT_CREDIT_CODE], except_id, &other, error))
    return FALSE;
  if (other != 0)
    {
      g_set_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT,
                   _("Unified social credit code: “%s” already belongs to organization %lld"),
                   texts->text[TEXT_CREDIT_CODE], (long long) other);
      return FALSE;
    }
  return TRUE;
}

/* check_unique() runs first inside the same transaction, so this only
 * catches what the database refuses beyond it; the message still names
 * the field. */
static void
map_constraint_error (GError      **error,
                      const Texts  *texts)
{
  g_autofree char *message = NULL;

  if (error == NULL || *error == NULL || (*error)->code != KX_ERROR_CONSTRAINT)
    return;
  if (strstr ((*error)->message, "organization.name") != NULL)
    message = g_strdup_printf (_("Name: an organization named “%s” already exists"),
                               texts->text[TEXT_NAME]);
  else if (strstr ((*error)->message, "organization.credit_code") != NULL)
    message = g_strdup_printf (_("Unified social credit code: “%s” is already recorded"),
                               texts->text[TEXT_CREDIT_CODE]);
  else
    return;
  g_clear_error (error);
  g_set_error_literal (error, KX_ORGANIZATION_ERROR, KX_ERROR_CONSTRAINT, message);
}

static void
bind_texts (sqlite3_stmt *stmt,
            KxOrgKind     kind,
            const Texts  *texts)
{
  g_autofree char *now = _kx_store_now ();

  sqlite3_bind_text (stmt, 1, kx_org_kind_to_string (kind), -1, SQLITE_STATIC);
  for (guint i = 0; i < N_TEXTS; i++)
    _kx_bind_text_or_null (stmt, i + 2, texts->text[i]);
  sqlite3_bind_text (stmt, N_TEXTS + 2, now, -1, SQLITE_TRANSIENT);
}

static gboolean
write_row (KxStore      *store,
           const char   *sql,
           KxOrgKind     kind,
           const Texts  *texts,
           gint64        id,
           GError      **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_texts (stmt, kind, texts);
  if (id != 0)
    sqlite3_bind_int64 (stmt, N_TEXTS + 3, id);
  if (_kx_store_step_done (store, stmt, error))
    return TRUE;
  map_constraint_error (error, texts);
  return FALSE;
}

/**
 * kx_organization_insert:
 * @out_id: (out) (optional): the new organization's id
 *
 * Validates @fields, refuses a duplicate name or credit code, and writes
 * the row with its audit entry in one transaction.
 */
gboolean
kx_organization_insert (KxStore                     *store,
                        const KxOrganizationFields  *fields,
                        gint64                      *out_id,
                        GError                     **error)
{
  static const char sql[] =
    "INSERT INTO organization (kind, name, credit_code, secretary_general, finance_staff, "
    "  bank_name, bank_account, party_branch, contact_person, contact_phone, address, note, "
    "  created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)";
  g_auto(Texts) texts = { { NULL } };
  gint64 id;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  texts_init (&texts, fields);
  if (!validate_texts (&texts, fields->kind, error) || !kx_store_begin (store, error))
    return FALSE;

  if (!check_unique (store, &texts, 0, error) ||
      !write_row (store, sql, fields->kind, &texts, 0, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  if (!_kx_store_audit_write (store, "organization", id, "insert", NULL, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

static gboolean
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND,
               _("There is no organization with id %lld"), (long long) id);
  return FALSE;
}

/* The row's JSON image; a missing row is KX_ERROR_NOT_FOUND. */
char *
_kx_organization_before_image (KxStore     *store,
                               const char  *table,
                               gint64       rowid,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *json = _kx_store_row_json (store, table, rowid, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (json == NULL && g_strcmp0 (table, "organization") == 0)
    set_not_found (error, rowid);
  else if (json == NULL)
    g_set_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no fact with id %lld"), (long long) rowid);
  return json;
}

/**
 * kx_organization_update:
 *
 * Replaces every field of organization @id, with the same checks as
 * kx_organization_insert().
 */
gboolean
kx_organization_update (KxStore                     *store,
                        gint64                       id,
                        const KxOrganizationFields  *fields,
                        GError                     **error)
{
  static const char sql[] =
    "UPDATE organization SET kind = ?1, name = ?2, credit_code = ?3, secretary_general = ?4, "
    "  finance_staff = ?5, bank_name = ?6, bank_account = ?7, party_branch = ?8, "
    "  contact_person = ?9, contact_phone = ?10, address = ?11, note = ?12, updated_at = ?13 "
    "WHERE id = ?14";
  g_auto(Texts) texts = { { NULL } };
  g_autofree char *before = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  texts_init (&texts, fields);
  if (!validate_texts (&texts, fields->kind, error) || !kx_store_begin (store, error))
    return FALSE;

  if ((before = _kx_organization_before_image (store, "organization", id, error)) == NULL ||
      !check_unique (store, &texts, id, error) ||
      !write_row (store, sql, fields->kind, &texts, id, error) ||
      !_kx_store_audit_write (store, "organization", id, "update", before, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Binds @text (or @id when @text is NULL) to ?1; no row is
 * KX_ERROR_NOT_FOUND with @missing as the message. */
static KxOrganization *
get_one (KxStore     *store,
         const char  *sql,
         const char  *text,
         gint64       id,
         const char  *missing,
         GError     **error)
{
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  KxOrganization *self = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    self = organization_from_row (stmt);
  else if (rc == 0)
    g_set_error_literal (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND, missing);
  sqlite3_reset (stmt);
  return self;
}

/**
 * kx_organization_get:
 *
 * Returns: (transfer full): the organization, or %NULL with
 *   KX_ERROR_NOT_FOUND when there is none with @id
 */
KxOrganization *
kx_organization_get (KxStore  *store,
                     gint64    id,
                     GError  **error)
{
  static const char sql[] = "SELECT " SELECT_COLUMNS " FROM organization WHERE id = ?1";
  g_autofree char *missing =
    g_strdup_printf (_("There is no organization with id %lld"), (long long) id);

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one (store, sql, NULL, id, missing, error);
}

/**
 * kx_organization_find_by_name:
 * @name: the exact name (surrounding spaces are ignored)
 *
 * Returns: (transfer full): the organization, or %NULL with
 *   KX_ERROR_NOT_FOUND
 */
KxOrganization *
kx_organization_find_by_name (KxStore     *store,
                              const char  *name,
                              GError     **error)
{
  static const char sql[] = "SELECT " SELECT_COLUMNS " FROM organization WHERE name = ?1";
  g_autofree char *key = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *missing = g_strdup_printf (_("There is no organization named “%s”"), key);

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one (store, sql, key, 0, missing, error);
}

/**
 * kx_organization_find_by_credit_code:
 * @credit_code: a code; it is normalised first (spaces, case, full width)
 *
 * Returns: (transfer full): the organization, or %NULL with
 *   KX_ERROR_NOT_FOUND
 */
KxOrganization *
kx_organization_find_by_credit_code (KxStore     *store,
                                     const char  *credit_code,
                                     GError     **error)
{
  static const char sql[] = "SELECT " SELECT_COLUMNS " FROM organization WHERE credit_code = ?1";
  g_autofree char *key = kx_credit_code_normalize (credit_code != NULL ? credit_code : "");
  g_autofree char *missing =
    g_strdup_printf (_("No organization has the unified social credit code “%s”"), key);

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one (store, sql, key, 0, missing, error);
}

/**
 * kx_organization_list:
 *
 * Returns: (transfer full): a #GListStore of #KxOrganization, by kind
 *   (in the order of #KxOrgKind) then name
 */
GListModel *
kx_organization_list (KxStore  *store,
                      GError  **error)
{
  static const char sql[] =
    "SELECT " SELECT_COLUMNS " FROM organization ORDER BY " KIND_ORDER ", name";
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (KX_TYPE_ORGANIZATION);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      g_autoptr(KxOrganization) org = organization_from_row (stmt);

      g_list_store_append (list, org);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Shared with kx-org-record.c */

gboolean
_kx_organization_check_exists (KxStore  *store,
                               gint64    id,
                               GError  **error)
{
  static const char sql[] = "SELECT 1 FROM organization WHERE id = ?1";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  sqlite3_reset (stmt);
  if (rc == 0)
    return set_not_found (error, id);
  return rc == 1;
}

gboolean
_kx_organization_validate_year_record (int        year,
                                       KxResult   inspection,
                                       KxResult   assessment,
                                       GError   **error)
{
  if (year < YEAR_MIN || year > YEAR_MAX)
    {
      g_set_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_INVALID,
                   _("Year: %d is outside %d–%d"), year, YEAR_MIN, YEAR_MAX);
      return FALSE;
    }
  if ((guint) inspection > KX_RESULT_FAIL)
    return set_invalid (error, _("Annual inspection: not pass, fail or unknown"));
  if ((guint) assessment > KX_RESULT_FAIL)
    return set_invalid (error, _("Performance assessment: not pass, fail or unknown"));
  return TRUE;
}

gboolean
_kx_organization_validate_fact (KxFactKind   kind,
                                const char  *fact_date,
                                char       **out_iso,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if ((guint) kind >= KX_N_FACTS)
    return set_invalid (error, _("Fact: not a kind of eligibility fact"));
  if (!kx_date_parse (_("Fact date"), fact_date, out_iso, &local_error))
    return set_invalid (error, local_error->message);
  return TRUE;
}

#define DEFINE_TEXT_GETTER(func, field)                    \
  const char *                                              \
  kx_organization_get_##func (KxOrganization *self)         \
  {                                                         \
    g_return_val_if_fail (KX_IS_ORGANIZATION (self), NULL); \
    return self->text[field];                               \
  }

DEFINE_TEXT_GETTER (name, TEXT_NAME)
DEFINE_TEXT_GETTER (credit_code, TEXT_CREDIT_CODE)
DEFINE_TEXT_GETTER (secretary_general, TEXT_SECRETARY_GENERAL)
DEFINE_TEXT_GETTER (finance_staff, TEXT_FINANCE_STAFF)
DEFINE_TEXT_GETTER (bank_name, TEXT_BANK_NAME)
DEFINE_TEXT_GETTER (bank_account, TEXT_BANK_ACCOUNT)
DEFINE_TEXT_GETTER (party_branch, TEXT_PARTY_BRANCH)
DEFINE_TEXT_GETTER (contact_person, TEXT_CONTACT_PERSON)
DEFINE_TEXT_GETTER (contact_phone, TEXT_CONTACT_PHONE)
DEFINE_TEXT_GETTER (address, TEXT_ADDRESS)
DEFINE_TEXT_GETTER (note, TEXT_NOTE)

gint64
kx_organization_get_id (KxOrganization *self)
{
  g_return_val_if_fail (KX_IS_ORGANIZATION (self), 0);

  return self->id;
}

KxOrgKind
kx_organization_get_kind (KxOrganization *self)
{
  g_return_val_if_fail (KX_IS_ORGANIZATION (self), KX_ORG_KIND_CITY_SOCIETY);

  return self->kind;
}
