/* kx-project-list.c: the projects of a call as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The read side of projects lives here: the list row query, and the
 * single-project and milestone/budget-line reads that share its columns.
 * Writes (with validation and audit) are in kx-project.c.
 */

#define G_LOG_DOMAIN "kx-project-list"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-project-list.h"
#include "kx-project-private.h"
#include "kx-project-rows-private.h"

struct _KxProjectList
{
  GObject parent_instance;

  /* Owned */
  KxStore       *store;
  KxProjectRows *rows;       /* the current snapshot */
  GArray        *order;      /* of guint, indices into @rows; NULL = all rows */

  gint64         call_id;
  guint          generation; /* reloads so far */
};

static void kx_project_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KxProjectList, kx_project_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kx_project_list_model_init))

enum {
  PROP_0,
  PROP_CALL_ID,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows */

KxStage
_kx_project_stage_from_db (const char *text)
{
  for (int i = 0; i < KX_N_STAGES; i++)
    if (g_strcmp0 (text, kx_stage_to_string (i)) == 0)
      return i;
  return KX_STAGE_DRAFT;
}

void
_kx_project_summary_read (sqlite3_stmt     *stmt,
                          KxProjectSummary *row)
{
  row->id = sqlite3_column_int64 (stmt, 0);
  row->call_id = sqlite3_column_int64 (stmt, 1);
  row->call_year = sqlite3_column_int (stmt, 2);
  row->organization_id = sqlite3_column_int64 (stmt, 3);
  row->organization_name = _kx_column_text (stmt, 4);
  row->number = _kx_column_text (stmt, 5);
  row->type = sqlite3_column_int (stmt, 6);
  row->title = _kx_column_text (stmt, 7);
  row->stage = _kx_project_stage_from_db ((const char *) sqlite3_column_text (stmt, 8));
  row->requested_fen = sqlite3_column_int64 (stmt, 9);
  row->approved_fen = sqlite3_column_type (stmt, 10) == SQLITE_NULL
                      ? -1 : sqlite3_column_int64 (stmt, 10);
  row->submitted_on = (const char *) sqlite3_column_text (stmt, 11);
  row->formal_result = -1;
  row->score_centi = -1;
  row->rank = 0;
}

/* Copies the borrowed strings of @row into @strings. Organization names
 * and dates repeat, so they are interned. */
static void
keep_row (GArray           *rows,
          GStringChunk     *strings,
          KxProjectSummary *row)
{
  row->organization_name = g_string_chunk_insert_const (strings, row->organization_name);
  row->number = g_string_chunk_insert (strings, row->number);
  row->title = g_string_chunk_insert (strings, row->title);
  if (row->submitted_on != NULL)
    row->submitted_on = g_string_chunk_insert_const (strings, row->submitted_on);
  g_array_append_vals (rows, row, 1);
}

static KxProjectRows *
load_rows (KxProjectList  *self,
           GError        **error)
{
  static const char sql_all[] =
    "SELECT " _KX_PROJECT_SUMMARY_COLUMNS _KX_PROJECT_SUMMARY_FROM "ORDER BY p.id";
  /* "+p.call_id" keeps SQLite from using the (call_id, stage) index, which
   * would make it fetch rows out of order and sort them: walking the table
   * in rowid order is about three times faster for a big call. */
  static const char sql_call[] =
    "SELECT " _KX_PROJECT_SUMMARY_COLUMNS _KX_PROJECT_SUMMARY_FROM
    "WHERE +p.call_id = ?1 ORDER BY p.id";
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (KxProjectSummary));
  GStringChunk *strings = g_string_chunk_new (64 * 1024);
  sqlite3_stmt *stmt;
  KxProjectSummary row;
  int rc;

  stmt = _kx_store_cached (self->store, self->call_id == 0 ? sql_all : sql_call, error);
  if (stmt == NULL)
    {
      g_string_chunk_free (strings);
      return NULL;
    }
  if (self->call_id != 0)
    sqlite3_bind_int64 (stmt, 1, self->call_id);
  while ((rc = _kx_store_step_row (self->store, stmt, error)) == 1)
    {
      _kx_project_summary_read (stmt, &row);
      keep_row (rows, strings, &row);
    }
  sqlite3_reset (stmt);
  if (rc < 0 || !_kx_project_rows_read_review (self->store, rows, error))
    {
      g_string_chunk_free (strings);
      return NULL;
    }
  return _kx_project_rows_new (g_steal_pointer (&rows), strings, self->generation + 1);
}

static guint
count_shown (KxProjectList *self)
{
  return self->order != NULL ? self->order->len : kx_project_rows_get_n (self->rows);
}

static guint
row_at (KxProjectList *self,
        guint          position)
{
  return self->order != NULL ? g_array_index (self->order, guint, position) : position;
}

/* Shows @rows in @order (both taken), in one items-changed. */
static void
show (KxProjectList *self,
      KxProjectRows *rows,
      GArray        *order)
{
  guint old_n = count_shown (self);
  guint new_n;

  g_clear_pointer (&self->rows, kx_project_rows_unref);
  g_clear_pointer (&self->order, g_array_unref);
  self->rows = rows;
  self->order = order;
  new_n = count_shown (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* GListModel */

static GType
kx_project_list_get_item_type (GListModel *model)
{
  return KX_TYPE_PROJECT;
}

static guint
kx_project_list_get_n_items (GListModel *model)
{
  return count_shown (KX_PROJECT_LIST (model));
}

static gpointer
kx_project_list_get_item (GListModel *model,
                          guint       position)
{
  KxProjectList *self = KX_PROJECT_LIST (model);

  if (position >= count_shown (self))
    return NULL;
  return _kx_project_new_from_summary (kx_project_rows_peek (self->rows, row_at (self, position)),
                                       self->store);
}

static void
kx_project_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kx_project_list_get_item_type;
  iface->get_n_items = kx_project_list_get_n_items;
  iface->get_item = kx_project_list_get_item;
}

static void
kx_project_list_finalize (GObject *object)
{
  KxProjectList *self = (KxProjectList *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, kx_project_rows_unref);
  g_clear_pointer (&self->order, g_array_unref);

  G_OBJECT_CLASS (kx_project_list_parent_class)->finalize (object);
}

static void
kx_project_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KxProjectList *self = KX_PROJECT_LIST (object);

  switch (prop_id)
    {
    case PROP_CALL_ID:
      g_value_set_int64 (value, self->call_id);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, count_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_project_list_class_init (KxProjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kx_project_list_finalize;
  object_class->get_property = kx_project_list_get_property;

  properties[PROP_CALL_ID] = g_param_spec_int64 ("call-id", NULL, NULL,
                                                 0, G_MAXINT64, 0, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL,
                                                0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kx_project_list_init (KxProjectList *self)
{
  self->rows = _kx_project_rows_new (g_array_new (FALSE, FALSE, sizeof (KxProjectSummary)),
                                     g_string_chunk_new (64), 0);
}

/* Public API */

/**
 * kx_project_list_new:
 * @store: the store
 * @call_id: the call, or 0 for the projects of all calls
 *
 * Loads the list columns of every project of the call, ordered by id,
 * with one query, and their review columns with a few more. Items are
 * created when asked for.
 *
 * Returns: (transfer full): the list, or %NULL with @error set
 */
KxProjectList *
kx_project_list_new (KxStore  *store,
                     gint64    call_id,
                     GError  **error)
{
  g_autoptr(KxProjectList) self = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (call_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KX_TYPE_PROJECT_LIST, NULL);
  self->store = g_object_ref (store);
  self->call_id = call_id;
  if (!kx_project_list_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * kx_project_list_reload:
 * @self: the list
 *
 * Re-reads the rows into a new snapshot, shows them all in natural order
 * and emits one #GListModel::items-changed replacing the whole list. On
 * failure the list keeps its rows and order.
 */
gboolean
kx_project_list_reload (KxProjectList  *self,
                        GError        **error)
{
  KxProjectRows *rows;

  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((rows = load_rows (self, error)) == NULL)
    return FALSE;
  self->generation++;
  show (self, rows, NULL);
  return TRUE;
}

gint64
kx_project_list_get_call_id (KxProjectList *self)
{
  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), 0);

  return self->call_id;
}

/**
 * kx_project_list_peek:
 * @self: the list
 * @position: an index below the number of items
 *
 * The list columns of the project shown at @position without creating a
 * #KxProject.
 *
 * Returns: (transfer none) (nullable): the row, valid until the list
 *   changes, or %NULL past the end
 */
const KxProjectSummary *
kx_project_list_peek (KxProjectList *self,
                      guint          position)
{
  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), NULL);

  if (position >= count_shown (self))
    return NULL;
  return kx_project_rows_peek (self->rows, row_at (self, position));
}

/**
 * kx_project_list_get_rows:
 *
 * Returns: (transfer full): the current snapshot of every row
 */
KxProjectRows *
kx_project_list_get_rows (KxProjectList *self)
{
  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), NULL);

  return kx_project_rows_ref (self->rows);
}

/**
 * kx_project_list_set_order:
 * @rows: a snapshot from kx_project_list_get_rows()
 * @order: (nullable) (element-type guint): indices into @rows, copied
 *
 * Returns: %FALSE, changing nothing, when @rows is from before a reload
 */
gboolean
kx_project_list_set_order (KxProjectList *self,
                           KxProjectRows *rows,
                           GArray        *order)
{
  guint n;
  GArray *copy = NULL;

  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  if (_kx_project_rows_get_generation (rows) != self->generation)
    return FALSE;
  n = kx_project_rows_get_n (self->rows);
  if (order != NULL)
    {
      for (guint i = 0; i < order->len; i++)
        g_return_val_if_fail (g_array_index (order, guint, i) < n, FALSE);
      copy = g_array_sized_new (FALSE, FALSE, sizeof (guint), order->len);
      g_array_append_vals (copy, order->data, order->len);
    }
  show (self, kx_project_rows_ref (self->rows), copy);
  return TRUE;
}

guint
kx_project_list_get_total (KxProjectList *self)
{
  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), 0);

  return kx_project_rows_get_n (self->rows);
}

static guint
position_of_row (KxProjectList *self,
                 guint          index)
{
  if (index == G_MAXUINT || self->order == NULL)
    return index;
  for (guint i = 0; i < self->order->len; i++)
    if (g_array_index (self->order, guint, i) == index)
      return i;
  return G_MAXUINT;
}

/**
 * kx_project_list_find:
 *
 * Returns: the position of the project, or %G_MAXUINT when not shown
 */
guint
kx_project_list_find (KxProjectList *self,
                      gint64         project_id)
{
  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), G_MAXUINT);

  return position_of_row (self, _kx_project_rows_find (self->rows, project_id));
}

/* A snapshot like self->rows with the project's row read again. */
static KxProjectRows *
read_one (KxProjectList  *self,
          guint           index,
          GError        **error)
{
  static const char sql[] =
    "SELECT " _KX_PROJECT_SUMMARY_COLUMNS _KX_PROJECT_SUMMARY_FROM "WHERE p.id = ?1";
  const KxProjectSummary *old = kx_project_rows_peek (self->rows, index);
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (self->store, sql, error);
  KxProjectRows *rows;
  KxProjectSummary row;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, old->id);
  if ((rc = _kx_store_step_row (self->store, stmt, error)) < 0)
    return NULL;
  if (rc == 0)
    {
      g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                   _("There is no project with id %lld"), (long long) old->id);
      return NULL;
    }
  _kx_project_summary_read (stmt, &row);
  if (!_kx_project_row_read_review (self->store, &row, error))
    return NULL;
  rows = _kx_project_rows_replace (self->rows, index, &row);
  _kx_project_rows_rank (_kx_project_rows_get_array (rows), row.call_id, row.type);
  if (row.type != old->type)
    _kx_project_rows_rank (_kx_project_rows_get_array (rows), row.call_id, old->type);
  return rows;
}

/* The span of shown positions whose row differs between the snapshots:
 * @index, or another row whose rank moved. */
static gboolean
changed_span (KxProjectList *self,
              KxProjectRows *old,
              guint          index,
              guint         *first,
              guint         *last)
{
  guint n = count_shown (self);

  *first = G_MAXUINT;
  *last = 0;
  for (guint pos = 0; pos < n; pos++)
    {
      guint i = row_at (self, pos);

      if (i != index &&
          kx_project_rows_peek (old, i)->rank == kx_project_rows_peek (self->rows, i)->rank)
        continue;
      *first = MIN (*first, pos);
      *last = MAX (*last, pos);
    }
  return *first != G_MAXUINT;
}

/**
 * kx_project_list_refresh_project:
 *
 * Reads the project's row again into a new snapshot, keeping the order.
 *
 * Returns: %FALSE with KX_ERROR_NOT_FOUND when the project is not in the
 *   list or no longer exists
 */
gboolean
kx_project_list_refresh_project (KxProjectList  *self,
                                 gint64          project_id,
                                 GError        **error)
{
  g_autoptr(KxProjectRows) old = NULL;
  KxProjectRows *rows;
  guint index;
  guint first;
  guint last;

  g_return_val_if_fail (KX_IS_PROJECT_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  index = _kx_project_rows_find (self->rows, project_id);
  if (index == G_MAXUINT)
    {
      g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                   _("Project %lld is not in this list"), (long long) project_id);
      return FALSE;
    }
  if ((rows = read_one (self, index, error)) == NULL)
    return FALSE;
  old = g_steal_pointer (&self->rows);
  self->rows = rows;
  if (changed_span (self, old, index, &first, &last))
    g_list_model_items_changed (G_LIST_MODEL (self), first, last - first + 1, last - first + 1);
  return TRUE;
}

/* Single projects and their children (kx-project.h) */

static KxProject *
load_project (KxStore     *store,
              const char  *sql,
              const char  *number,
              gint64       id,
              GError     **error)
{
  KxProject *self = NULL;
  sqlite3_stmt *stmt;
  KxProjectSummary row;
  int rc;

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  if (number != NULL)
    sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    {
      _kx_project_summary_read (stmt, &row);
      self = _kx_project_new_from_summary (&row, NULL);
      _kx_project_set_details (self, _kx_column_text (stmt, _KX_PROJECT_SUMMARY_N_COLUMNS),
                               _kx_column_text (stmt, _KX_PROJECT_SUMMARY_N_COLUMNS + 1));
    }
  sqlite3_reset (stmt);
  if (rc == 0)
    {
      if (number != NULL)
        g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                     _("There is no project numbered “%s”"), number);
      else
        g_set_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND,
                     _("There is no project with id %lld"), (long long) id);
    }
  return self;
}

/**
 * kx_project_get:
 *
 * Returns: (transfer full): the project, or %NULL with KX_ERROR_NOT_FOUND
 */
KxProject *
kx_project_get (KxStore  *store,
                gint64    id,
                GError  **error)
{
  static const char sql[] =
    "SELECT " _KX_PROJECT_SUMMARY_COLUMNS ", p.content, p.indicators"
    _KX_PROJECT_SUMMARY_FROM "WHERE p.id = ?1";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_project (store, sql, NULL, id, error);
}

/**
 * kx_project_get_by_number:
 * @number: e.g. "2026-0001"
 *
 * Returns: (transfer full): the project, or %NULL with KX_ERROR_NOT_FOUND
 */
KxProject *
kx_project_get_by_number (KxStore     *store,
                          const char  *number,
                          GError     **error)
{
  static const char sql[] =
    "SELECT " _KX_PROJECT_SUMMARY_COLUMNS ", p.content, p.indicators"
    _KX_PROJECT_SUMMARY_FROM "WHERE p.number = ?1";

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (number != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_project (store, sql, number, 0, error);
}

static void
clear_milestone (gpointer data)
{
  KxMilestone *m = data;

  g_free (m->due_on);
  g_free (m->target);
  g_free (m->status);
  g_free (m->note);
}

static void
clear_budget_line (gpointer data)
{
  KxBudgetLine *b = data;

  g_free (b->item);
  g_free (b->justification);
}

/**
 * kx_project_list_milestones:
 *
 * Returns: (transfer full) (element-type KxMilestone): by seq; empty for
 *   an unknown project
 */
GArray *
kx_project_list_milestones (KxStore  *store,
                            gint64    project_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT id, seq, due_on, target, status, note FROM milestone WHERE project_id = ?1 "
    "ORDER BY seq";
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (KxMilestone));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (items, clear_milestone);
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxMilestone m = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
        _kx_column_dup (stmt, 2), _kx_column_dup (stmt, 3), _kx_column_dup (stmt, 4),
        _kx_column_dup (stmt, 5),
      };
      g_array_append_val (items, m);
    }
  sqlite3_reset (stmt);
  return rc == 0 ? g_steal_pointer (&items) : NULL;
}

/**
 * kx_project_list_budget_lines:
 *
 * Returns: (transfer full) (element-type KxBudgetLine): by seq; empty for
 *   an unknown project
 */
GArray *
kx_project_list_budget_lines (KxStore  *store,
                              gint64    project_id,
                              GError  **error)
{
  static const char sql[] =
    "SELECT id, seq, item, amount_fen, justification FROM budget_line WHERE project_id = ?1 "
    "ORDER BY seq";
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (KxBudgetLine));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (items, clear_budget_line);
  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxBudgetLine b = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
        _kx_column_dup (stmt, 2), sqlite3_column_int64 (stmt, 3), _kx_column_dup (stmt, 4),
      };
      g_array_append_val (items, b);
    }
  sqlite3_reset (stmt);
  return rc == 0 ? g_steal_pointer (&items) : NULL;
}
