/* kx-audit-log.c: reading the audit log a page at a time, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-audit-log"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-audit-log.h"
#include "kx-enums.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define MAX_CHANGES 3
#define PROGRESS_STEPS 100000

struct _KxAuditEntry
{
  GObject  parent_instance;

  gint64   seq;
  gint64   entity_id;
  char    *at;
  char    *os_user;
  char    *entity;
  char    *action;
  char    *project_number;
  char    *summary;
};

G_DEFINE_FINAL_TYPE (KxAuditEntry, kx_audit_entry, G_TYPE_OBJECT)

/* Keys that change with every write and say nothing of what changed. */
static const char *const quiet_keys[] = { "updated_at", "created_at", NULL };
/* Keys that name a row, best first. */
static const char *const label_keys[] = {
  "title", "name", "number", "item", "migration", "description", "voucher_no", "reason", NULL
};

/* Column names as people read them; others are shown as they are. */
static const struct
{
  const char *key;
  const char *label;
} field_labels[] = {
  { "active", NC_ ("audit field", "Active") },
  { "address", NC_ ("audit field", "Address") },
  { "affiliation", NC_ ("audit field", "Affiliation") },
  { "amount_fen", NC_ ("audit field", "Amount") },
  { "approved", NC_ ("audit field", "Approved") },
  { "approved_fen", NC_ ("audit field", "Approved amount") },
  { "assessment", NC_ ("audit field", "Assessment") },
  { "assigned_on", NC_ ("audit field", "Assigned on") },
  { "ban_years", NC_ ("audit field", "Ban years") },
  { "bank_account", NC_ ("audit field", "Bank account") },
  { "bank_name", NC_ ("audit field", "Bank") },
  { "budget_fen", NC_ ("audit field", "Budget") },
  { "budget_note", NC_ ("audit field", "Budget note") },
  { "checked_on", NC_ ("audit field", "Checked on") },
  { "comment", NC_ ("audit field", "Comment") },
  { "comments", NC_ ("audit field", "Comments") },
  { "contact_person", NC_ ("audit field", "Contact person") },
  { "contact_phone", NC_ ("audit field", "Contact phone") },
  { "content", NC_ ("audit field", "Content") },
  { "credit_code", NC_ ("audit field", "Credit code") },
  { "decided_on", NC_ ("audit field", "Decided on") },
  { "description", NC_ ("audit field", "Description") },
  { "due_on", NC_ ("audit field", "Due on") },
  { "end_on", NC_ ("audit field", "Ends on") },
  { "evidence", NC_ ("audit field", "Evidence") },
  { "fact_date", NC_ ("audit field", "Date") },
  { "holds", NC_ ("audit field", "Holds") },
  { "indicators", NC_ ("audit field", "Indicators") },
  { "kind", NC_ ("audit field", "Kind") },
  { "materials", NC_ ("audit field", "Materials") },
  { "meeting_on", NC_ ("audit field", "Meeting on") },
  { "minutes_ref", NC_ ("audit field", "Minutes") },
  { "name", NC_ ("audit field", "Name") },
  { "note", NC_ ("audit field", "Note") },
  { "number", NC_ ("audit field", "Number") },
  { "objector", NC_ ("audit field", "Objector") },
  { "paid_on", NC_ ("audit field", "Paid on") },
  { "reason", NC_ ("audit field", "Reason") },
  { "received_on", NC_ ("audit field", "Received on") },
  { "recovered_on", NC_ ("audit field", "Recovered on") },
  { "recovery_fen", NC_ ("audit field", "Recovery") },
  { "reported_on", NC_ ("audit field", "Reported on") },
  { "requested_fen", NC_ ("audit field", "Requested amount") },
  { "resolution", NC_ ("audit field", "Resolution") },
  { "resolved_on", NC_ ("audit field", "Resolved on") },
  { "result", NC_ ("audit field", "Result") },
  { "reviewed_on", NC_ ("audit field", "Reviewed on") },
  { "reviewer", NC_ ("audit field", "Reviewer") },
  { "scored_on", NC_ ("audit field", "Scored on") },
  { "signed_on", NC_ ("audit field", "Signed on") },
  { "spent_on", NC_ ("audit field", "Spent on") },
  { "stage", NC_ ("audit field", "Stage") },
  { "start_on", NC_ ("audit field", "Starts on") },
  { "status", NC_ ("audit field", "Status") },
  { "submitted_on", NC_ ("audit field", "Submitted on") },
  { "title", NC_ ("audit field", "Title") },
  { "tranche", NC_ ("audit field", "Tranche") },
  { "type", NC_ ("audit field", "Type") },
  { "voucher_no", NC_ ("audit field", "Voucher") },
  { "window_end", NC_ ("audit field", "Window end") },
  { "window_start", NC_ ("audit field", "Window start") },
  { "year", NC_ ("audit field", "Year") },
  { "basic", NC_ ("audit field", "Basic conditions") },
  { "sustain", NC_ ("audit field", "Sustainability") },
  { "science", NC_ ("audit field", "Scientific merit") },
  { "demo", NC_ ("audit field", "Demonstration") },
  { "reach", NC_ ("audit field", "Reach") },
};

static const char *
field_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (key, field_labels[i].key))
      return g_dpgettext2 (NULL, "audit field", field_labels[i].label);
  return key;
}

static char *
format_value (const char *key,
              const char *value)
{
  KxStage stage;

  if (value == NULL)
    return g_strdup (_("(none)"));
  if (g_str_equal (key, "stage") && kx_stage_from_string (value, &stage))
    return g_strdup (kx_stage_label (stage));
  if (g_str_has_suffix (key, "_fen"))
    {
      char *end = NULL;
      gint64 fen = g_ascii_strtoll (value, &end, 10);

      if (end != value && *end == '\0')
        return kx_money_format (fen);
    }
  if (g_utf8_strlen (value, -1) > 24)
    {
      g_autofree char *cut = g_utf8_substring (value, 0, 24);

      return g_strconcat (cut, "…", NULL);
    }
  return g_strdup (value);
}

/* "key: old → new; …" for the keys whose value differs. */
static char *
describe_changes (KxStore     *store,
                  const char  *before,
                  const char  *after,
                  GError     **error)
{
  static const char sql[] =
    "SELECT a.key, b.value, a.value FROM json_each(?2) a "
    "LEFT JOIN json_each(?1) b ON b.key = a.key "
    "WHERE b.value IS NOT a.value OR b.type IS NOT a.type ORDER BY a.id";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  g_autoptr(GString) text = g_string_new ("");
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, before, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, after, -1, SQLITE_STATIC);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      const char *key = _kx_column_text (stmt, 0);
      g_autofree char *old = NULL;
      g_autofree char *new = NULL;

      if (g_strv_contains (quiet_keys, key))
        continue;
      if (++n > MAX_CHANGES)
        continue;
      old = format_value (key, (const char *) sqlite3_column_text (stmt, 1));
      new = format_value (key, (const char *) sqlite3_column_text (stmt, 2));
      g_string_append_printf (text, "%s%s: %s → %s", n > 1 ? "; " : "", field_label (key), old,
                              new);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc < 0)
    return NULL;
  if (n > MAX_CHANGES)
    g_string_append_printf (text, ngettext ("; and %u more", "; and %u more", n - MAX_CHANGES),
                            n - MAX_CHANGES);
  if (n == 0)
    return g_strdup (_("no field changed"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_plain_key (const char *key)
{
  return !g_str_equal (key, "id") && !g_str_has_suffix (key, "_id") &&
         !g_strv_contains (quiet_keys, key);
}

/* The row's best name, and its amount when it has one; a row with no
 * name is described by its first few fields. */
static char *
describe_row (KxStore     *store,
              const char  *image,
              GError     **error)
{
  static const char sql[] =
    "SELECT key, value FROM json_each(?1) WHERE type IN ('text', 'integer') ORDER BY id";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  g_autoptr(GString) fields = g_string_new ("");
  g_autofree char *label = NULL;
  g_autofree char *amount = NULL;
  guint best = G_N_ELEMENTS (label_keys);
  guint n_fields = 0;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, image, -1, SQLITE_STATIC);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      const char *key = _kx_column_text (stmt, 0);
      g_autofree char *value = format_value (key, _kx_column_text (stmt, 1));

      for (guint i = 0; label_keys[i] != NULL && i < best; i++)
        if (g_str_equal (key, label_keys[i]))
          {
            g_free (label);
            label = g_strdup (value);
            best = i;
          }
      if (amount == NULL && g_str_equal (key, "amount_fen"))
        amount = g_strdup (value);
      if (is_plain_key (key) && n_fields++ < MAX_CHANGES)
        g_string_append_printf (fields, "%s%s: %s", n_fields > 1 ? ", " : "", field_label (key),
                                value);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc < 0)
    return NULL;
  if (label != NULL && amount != NULL)
    return g_strdup_printf ("%s, %s", label, amount);
  if (label != NULL || amount != NULL)
    return g_strdup (label != NULL ? label : amount);
  return g_string_free (g_steal_pointer (&fields), FALSE);
}

static char *
summarize (KxStore     *store,
           const char  *before,
           const char  *after,
           GError     **error)
{
  g_autofree char *row = NULL;

  if (before != NULL && after != NULL)
    return describe_changes (store, before, after, error);
  if (before == NULL && after == NULL)
    return g_strdup ("");
  row = describe_row (store, after != NULL ? after : before, error);
  if (row == NULL)
    return NULL;
  if (after != NULL)
    return g_strdup_printf (_("recorded: %s"), row);
  return g_strdup_printf (_("deleted: %s"), row);
}

/* SQLite calls this every PROGRESS_STEPS virtual machine steps; non-zero
 * interrupts the statement. */
static int
check_cancelled (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static GString *
build_query (const KxAuditFilter *filter,
             gint64               before_seq)
{
  GString *sql = g_string_new (
    "SELECT a.id, a.at, a.os_user, a.entity, a.entity_id, a.action, a.before_json, "
    "       a.after_json, p.number "
    "FROM audit_log a LEFT JOIN project p ON p.id = "
    "  (CASE WHEN a.entity = 'project' THEN a.entity_id "
    "        ELSE json_extract(coalesce(a.after_json, a.before_json), '$.project_id') END) "
    "WHERE 1");

  if (before_seq > 0)
    g_string_append (sql, " AND a.id < ?1");
  if (filter != NULL && filter->entity != NULL && *filter->entity != '\0')
    g_string_append (sql, " AND a.entity = ?2");
  if (filter != NULL && filter->from != NULL && *filter->from != '\0')
    g_string_append (sql, " AND a.at >= ?3");
  if (filter != NULL && filter->to != NULL && *filter->to != '\0')
    g_string_append (sql, " AND a.at < ?4");
  if (filter != NULL && filter->text != NULL && *filter->text != '\0')
    g_string_append (sql, " AND (instr(a.action, ?5) OR instr(a.os_user, ?5) "
                          "OR instr(a.entity, ?5) OR coalesce(instr(a.after_json, ?5), 0) "
                          "OR coalesce(instr(a.before_json, ?5), 0))");
  g_string_append (sql, " ORDER BY a.id DESC LIMIT ?6");
  return sql;
}

static gboolean
bind_filter (sqlite3_stmt         *stmt,
             const KxAuditFilter  *filter,
             GError              **error)
{
  g_autofree char *to_iso = NULL;
  g_autofree char *from_iso = NULL;

  if (filter == NULL)
    return TRUE;
  if (filter->from != NULL && *filter->from != '\0' &&
      !kx_date_parse (_("From"), filter->from, &from_iso, error))
    return FALSE;
  if (filter->to != NULL && *filter->to != '\0')
    {
      g_autofree char *day_after = NULL;

      if (!kx_date_parse (_("To"), filter->to, &to_iso, error))
        return FALSE;
      day_after = kx_date_add_days (to_iso, 1);
      sqlite3_bind_text (stmt, 4, day_after, -1, SQLITE_TRANSIENT);
    }
  _kx_bind_text_or_null (stmt, 2, filter->entity);
  _kx_bind_text_or_null (stmt, 3, from_iso);
  _kx_bind_text_or_null (stmt, 5, filter->text);
  return TRUE;
}

static KxAuditEntry *
read_entry (KxStore       *store,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  g_autoptr(KxAuditEntry) entry = g_object_new (KX_TYPE_AUDIT_ENTRY, NULL);

  entry->summary = summarize (store,
                              (const char *) sqlite3_column_text (stmt, 6),
                              (const char *) sqlite3_column_text (stmt, 7), error);
  if (entry->summary == NULL)
    return NULL;
  entry->seq = sqlite3_column_int64 (stmt, 0);
  entry->at = _kx_column_dup (stmt, 1);
  entry->os_user = _kx_column_dup (stmt, 2);
  entry->entity = _kx_column_dup (stmt, 3);
  entry->entity_id = sqlite3_column_int64 (stmt, 4);
  entry->action = _kx_column_dup (stmt, 5);
  entry->project_number = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
  return g_steal_pointer (&entry);
}

static void
kx_audit_entry_finalize (GObject *object)
{
  KxAuditEntry *self = KX_AUDIT_ENTRY (object);

  g_free (self->at);
  g_free (self->os_user);
  g_free (self->entity);
  g_free (self->action);
  g_free (self->project_number);
  g_free (self->summary);

  G_OBJECT_CLASS (kx_audit_entry_parent_class)->finalize (object);
}

static void
kx_audit_entry_class_init (KxAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kx_audit_entry_finalize;
}

static void
kx_audit_entry_init (KxAuditEntry *self)
{
}

gint64
kx_audit_entry_get_seq (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), 0);
  return self->seq;
}

const char *
kx_audit_entry_get_at (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->at;
}

const char *
kx_audit_entry_get_os_user (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->os_user;
}

const char *
kx_audit_entry_get_entity (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->entity;
}

gint64
kx_audit_entry_get_entity_id (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), 0);
  return self->entity_id;
}

const char *
kx_audit_entry_get_action (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

const char *
kx_audit_entry_get_project_number (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->project_number;
}

const char *
kx_audit_entry_get_summary (KxAuditEntry *self)
{
  g_return_val_if_fail (KX_IS_AUDIT_ENTRY (self), NULL);
  return self->summary;
}

/**
 * kx_audit_log_query:
 * @filter: (nullable): what to keep; NULL keeps everything
 * @limit: the page size
 * @before_seq: the sequence number of the last entry of the previous page,
 *   or 0 for the first page
 * @cancellable: (nullable): stops a long search (a text no entry holds
 *   reads the whole log) with G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (element-type KxAuditEntry): newest first; an
 * invalid date in @filter fails with KX_ERROR_INVALID.
 */
GPtrArray *
kx_audit_log_query (KxStore              *store,
                    const KxAuditFilter  *filter,
                    guint                 limit,
                    gint64                before_seq,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(GString) sql = build_query (filter, before_seq);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, before_seq);
  sqlite3_bind_int64 (stmt, 6, limit);
  if (!bind_filter (stmt, filter, error))
    return NULL;
  if (cancellable != NULL)
    sqlite3_progress_handler (_kx_store_get_db (store), PROGRESS_STEPS, check_cancelled,
                              cancellable);
  while ((rc = _kx_store_step_row (store, stmt, &local_error)) == 1)
    {
      KxAuditEntry *entry = read_entry (store, stmt, &local_error);

      if (entry == NULL)
        break;
      g_ptr_array_add (entries, entry);
    }
  sqlite3_progress_handler (_kx_store_get_db (store), 0, NULL, NULL);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/**
 * kx_audit_log_entities:
 *
 * Skips through the (entity, id) index from one table name to the next,
 * so it costs the number of tables, not of entries.
 *
 * Returns: (transfer full): the table names, sorted, or NULL on error
 */
GStrv
kx_audit_log_entities (KxStore  *store,
                       GError  **error)
{
  static const char sql[] =
    "WITH RECURSIVE e(name) AS ("
    "  SELECT min(entity) FROM audit_log "
    "  UNION ALL "
    "  SELECT (SELECT min(entity) FROM audit_log WHERE entity > e.name) FROM e "
    "  WHERE e.name IS NOT NULL) "
    "SELECT name FROM e WHERE name IS NOT NULL";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    g_strv_builder_add (names, _kx_column_text (stmt, 0));
  if (rc < 0)
    return NULL;
  return g_strv_builder_end (names);
}
