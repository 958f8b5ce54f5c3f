/* kx-call.c: 年度申报批次 and its policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-call"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-audit.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define YEAR_MIN       1990
#define YEAR_MAX       2200
#define TITLE_MAX      200
#define ALL_KINDS_MASK ((1u << KX_N_ORG_KINDS) - 1)

struct _KxCall
{
  GObject parent_instance;

  /* Owned */
  char     *title;
  char     *window_start;
  char     *window_end;
  char     *note;

  gint64    id;
  gint64    budget_fen;
  int       year;
  KxPolicy  policy;
};

G_DEFINE_FINAL_TYPE (KxCall, kx_call, G_TYPE_OBJECT)

G_DEFINE_QUARK (kx-call-error-quark, kx_call_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_TITLE,
  PROP_BUDGET_FEN,
  PROP_WINDOW_START,
  PROP_WINDOW_END,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The policy columns of table call, in the order of call_read_policy(). */
#define CALL_COLUMNS \
  "id, year, title, budget_fen, window_start, window_end, note, " \
  "experts_per_project, weight_basic, weight_sustain, weight_science, weight_demo, " \
  "weight_reach, trim_min_experts, pass_line, notice_days, first_tranche_percent, " \
  "ban_years_fraud, ban_years_failed, inspection_years, commendation_years"

static const char *
weight_name (int i)
{
  static const char *names[5] = {
    N_("Weight of basic conditions"),
    N_("Weight of sustainability"),
    N_("Weight of scientific soundness"),
    N_("Weight of demonstration"),
    N_("Weight of reach"),
  };

  return _(names[i]);
}

static gboolean
check_range (const char  *field,
             int          value,
             int          min,
             int          max,
             GError     **error)
{
  if (value >= min && value <= max)
    return TRUE;
  g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
               _("%s: %d is outside the allowed range %d to %d"), field, value, min, max);
  return FALSE;
}

static gboolean
validate_types (const KxPolicy  *policy,
                GError         **error)
{
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      if ((policy->allowed_kinds[t] & ~ALL_KINDS_MASK) != 0)
        {
          g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                       _("Allowed applicants for type %d: unknown organization kinds in mask %u"),
                       t + 1, policy->allowed_kinds[t]);
          return FALSE;
        }
      if (policy->type_cap_fen[t] < -1)
        {
          g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                       _("Cap for type %d: amounts cannot be below zero"), t + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_weights (const KxPolicy  *policy,
                  GError         **error)
{
  int sum = 0;

  for (int i = 0; i < 5; i++)
    {
      if (!check_range (weight_name (i), policy->weights[i], 0, 100, error))
        return FALSE;
      sum += policy->weights[i];
    }
  if (sum != 100)
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Criteria weights: they add up to %d but must add up to 100"), sum);
      return FALSE;
    }
  return TRUE;
}

static void
kx_call_finalize (GObject *object)
{
  KxCall *self = (KxCall *) object;

  g_free (self->title);
  g_free (self->window_start);
  g_free (self->window_end);
  g_free (self->note);

  G_OBJECT_CLASS (kx_call_parent_class)->finalize (object);
}

static void
kx_call_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KxCall *self = KX_CALL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_BUDGET_FEN:
      g_value_set_int64 (value, self->budget_fen);
      break;
    case PROP_WINDOW_START:
      g_value_set_string (value, self->window_start);
      break;
    case PROP_WINDOW_END:
      g_value_set_string (value, self->window_end);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_call_class_init (KxCallClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kx_call_finalize;
  object_class->get_property = kx_call_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_BUDGET_FEN] = g_param_spec_int64 ("budget-fen", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_WINDOW_START] = g_param_spec_string ("window-start", NULL, NULL, NULL, flags);
  properties[PROP_WINDOW_END] = g_param_spec_string ("window-end", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kx_call_init (KxCall *self)
{
  kx_policy_init_defaults (&self->policy);
}

/* Reading */

static void
read_policy (sqlite3_stmt *stmt,
             int           col,
             KxPolicy     *p)
{
  p->experts_per_project = sqlite3_column_int (stmt, col++);
  for (int i = 0; i < 5; i++)
    p->weights[i] = sqlite3_column_int (stmt, col++);
  p->trim_min_experts = sqlite3_column_int (stmt, col++);
  p->pass_line = sqlite3_column_int (stmt, col++);
  p->notice_days = sqlite3_column_int (stmt, col++);
  p->first_tranche_percent = sqlite3_column_int (stmt, col++);
  p->ban_years_fraud = sqlite3_column_int (stmt, col++);
  p->ban_years_failed = sqlite3_column_int (stmt, col++);
  p->inspection_years = sqlite3_column_int (stmt, col++);
  p->commendation_years = sqlite3_column_int (stmt, col);
}

static gboolean
read_call_types (KxStore  *store,
                 KxCall   *call,
                 GError  **error)
{
  static const char sql[] =
    "SELECT type, allowed_kinds, cap_fen FROM call_type WHERE call_id = ?1";
  sqlite3_stmt *stmt;
  int rc;

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call->id);

  /* Types without a row (hand-made databases) allow nobody. */
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    call->policy.allowed_kinds[t] = 0;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      int t = sqlite3_column_int (stmt, 0) - 1;

      if (t < 0 || t >= KX_N_PROJECT_TYPES)
        continue;
      call->policy.allowed_kinds[t] = (guint) sqlite3_column_int (stmt, 1);
      call->policy.type_cap_fen[t] = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                                     ? -1 : sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  return rc == 0;
}

static KxCall *
call_new_from_stmt (sqlite3_stmt *stmt)
{
  KxCall *call = g_object_new (KX_TYPE_CALL, NULL);

  call->id = sqlite3_column_int64 (stmt, 0);
  call->year = sqlite3_column_int (stmt, 1);
  call->title = g_strdup (_kx_column_text (stmt, 2));
  call->budget_fen = sqlite3_column_int64 (stmt, 3);
  call->window_start = g_strdup (_kx_column_text (stmt, 4));
  call->window_end = g_strdup (_kx_column_text (stmt, 5));
  call->note = g_strdup (_kx_column_text (stmt, 6));
  read_policy (stmt, 7, &call->policy);
  return call;
}

/* Runs a SELECT CALL_COLUMNS … with ?1 bound to @key; no row is an error
 * with the message @missing. */
static KxCall *
load_call (KxStore     *store,
           const char  *sql,
           gint64       key,
           const char  *missing,
           GError     **error)
{
  g_autoptr(KxCall) call = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1)
    call = call_new_from_stmt (stmt);
  sqlite3_reset (stmt);
  if (rc == 0)
    g_set_error_literal (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND, missing);
  if (rc != 1 || !read_call_types (store, call, error))
    return NULL;
  return g_steal_pointer (&call);
}

/* Writing */

/* The audit image of a call: its row plus "types", the call_type rows,
 * so the policy a call was opened with can always be shown. */
static char *
call_image (KxStore  *store,
            gint64    id,
            GError  **error)
{
  static const char sql[] =
    "SELECT json_set(?2, '$.types', json((SELECT json_group_array(json(t)) FROM ("
    "  SELECT json_object('type', type, 'allowed_kinds', allowed_kinds, 'cap_fen', cap_fen) AS t"
    "  FROM call_type WHERE call_id = ?1 ORDER BY type))))";
  g_autofree char *row = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  char *json = NULL;

  row = _kx_store_row_json (store, "call", id, &local_error);
  if (row == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND,
                     _("There is no call with id %lld"), (long long) id);
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

/* A year has one call, and a call whose projects are numbered YEAR-NNNN
 * keeps its year. */
static gboolean
check_year (KxStore  *store,
            int       year,
            gint64    id,
            GError  **error)
{
  static const char sql[] =
    "SELECT EXISTS (SELECT 1 FROM call WHERE year = ?1 AND id != ?2), "
    "  (SELECT year FROM call WHERE id = ?2 AND year != ?1 "
    "   AND EXISTS (SELECT 1 FROM project WHERE call_id = ?2))";
  sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);
  int rc, old_year = 0;
  gboolean taken = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, id);
  if ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      taken = sqlite3_column_int (stmt, 0) != 0;
      old_year = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (taken)
    g_set_error (error, KX_CALL_ERROR, KX_ERROR_CONSTRAINT,
                 _("A call for %d already exists"), year);
  else if (old_year != 0)
    g_set_error (error, KX_CALL_ERROR, KX_ERROR_BLOCKED,
                 _("The call for %d already has projects numbered with its year; its year "
                   "cannot change"), old_year);
  return rc == 1 && !taken && old_year == 0;
}

static void
bind_fields (sqlite3_stmt       *stmt,
             const KxCallFields *f)
{
  const KxPolicy *p = &f->policy;
  int col = 2;

  sqlite3_bind_int (stmt, col++, f->year);
  sqlite3_bind_text (stmt, col++, f->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, col++, f->budget_fen);
  sqlite3_bind_text (stmt, col++, f->window_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, col++, f->window_end, -1, SQLITE_TRANSIENT);
  _kx_bind_text_or_null (stmt, col++, f->note);
  sqlite3_bind_int (stmt, col++, p->experts_per_project);
  for (int i = 0; i < 5; i++)
    sqlite3_bind_int (stmt, col++, p->weights[i]);
  sqlite3_bind_int (stmt, col++, p->trim_min_experts);
  sqlite3_bind_int (stmt, col++, p->pass_line);
  sqlite3_bind_int (stmt, col++, p->notice_days);
  sqlite3_bind_int (stmt, col++, p->first_tranche_percent);
  sqlite3_bind_int (stmt, col++, p->ban_years_fraud);
  sqlite3_bind_int (stmt, col++, p->ban_years_failed);
  sqlite3_bind_int (stmt, col++, p->inspection_years);
  sqlite3_bind_int (stmt, col++, p->commendation_years);
}

/* ?1 is the id, ?2… the fields in bind_fields() order, ?22 the time. */
static gboolean
write_call_row (KxStore             *store,
                gint64               id,
                const KxCallFields  *fields,
                GError             **error)
{
  static const char sql[] =
    "INSERT INTO call (id, year, title, budget_fen, window_start, window_end, note, "
    "  experts_per_project, weight_basic, weight_sustain, weight_science, weight_demo, "
    "  weight_reach, trim_min_experts, pass_line, notice_days, first_tranche_percent, "
    "  ban_years_fraud, ban_years_failed, inspection_years, commendation_years, "
    "  created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
    "  ?18, ?19, ?20, ?21, ?22, ?22) "
    "ON CONFLICT (id) DO UPDATE SET year = ?2, title = ?3, budget_fen = ?4, "
    "  window_start = ?5, window_end = ?6, note = ?7, experts_per_project = ?8, "
    "  weight_basic = ?9, weight_sustain = ?10, weight_science = ?11, weight_demo = ?12, "
    "  weight_reach = ?13, trim_min_experts = ?14, pass_line = ?15, notice_days = ?16, "
    "  first_tranche_percent = ?17, ban_years_fraud = ?18, ban_years_failed = ?19, "
    "  inspection_years = ?20, commendation_years = ?21, updated_at = ?22";
  g_autofree char *now = _kx_store_now ();
  sqlite3_stmt *stmt;

  stmt = _kx_store_cached (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  bind_fields (stmt, fields);
  sqlite3_bind_text (stmt, 22, now, -1, SQLITE_TRANSIENT);
  return _kx_store_step_done (store, stmt, error);
}

static gboolean
write_call_types (KxStore         *store,
                  gint64           id,
                  const KxPolicy  *policy,
                  GError         **error)
{
  static const char sql[] =
    "INSERT INTO call_type (call_id, type, allowed_kinds, cap_fen) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (call_id, type) DO UPDATE SET allowed_kinds = ?3, cap_fen = ?4";

  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      sqlite3_stmt *stmt = _kx_store_cached (store, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, t + 1);
      sqlite3_bind_int (stmt, 3, (int) policy->allowed_kinds[t]);
      if (policy->type_cap_fen[t] >= 0)
        sqlite3_bind_int64 (stmt, 4, policy->type_cap_fen[t]);
      if (!_kx_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_and_audit (KxStore             *store,
                 gint64               id,
                 const KxCallFields  *fields,
                 gint64              *out_id,
                 GError             **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean ok;

  if (id > 0 && (before = call_image (store, id, error)) == NULL)
    return FALSE;
  if (!check_year (store, fields->year, id, error) ||
      !write_call_row (store, id, fields, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (_kx_store_get_db (store));
  if (!write_call_types (store, id, &fields->policy, error))
    return FALSE;
  after = call_image (store, id, error);
  ok = after != NULL &&
       kx_audit_append (store, "call", id, before == NULL ? "insert" : "update",
                        before, after, error);
  if (ok && out_id != NULL)
    *out_id = id;
  return ok;
}

static gboolean
save_call (KxStore             *store,
           gint64               id,
           const KxCallFields  *fields,
           gint64              *out_id,
           GError             **error)
{
  if (!kx_call_fields_validate (fields, error))
    return FALSE;
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!write_and_audit (store, id, fields, out_id, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Public API */

/**
 * kx_policy_init_defaults:
 * @policy: (out caller-allocates): the policy to fill
 *
 * Fills @policy with the seed policy: who may apply for each type (四,
 * 五.1, 四.4), no caps, 3 experts, 5 criteria weighted 20 each, a trimmed
 * mean from 5 scores, pass line 60, 7 days of notice, 70 % on signing,
 * bans of 3 and 2 years (七(二)), 2 years of inspections (六(一)1) and a
 * commendation within 5 years (六(一)4).
 */
void
kx_policy_init_defaults (KxPolicy *policy)
{
  const guint city = KX_ORG_KIND_BIT (KX_ORG_KIND_CITY_SOCIETY);
  const guint university = KX_ORG_KIND_BIT (KX_ORG_KIND_UNIVERSITY_STA);
  const guint county = KX_ORG_KIND_BIT (KX_ORG_KIND_COUNTY_STA);

  g_return_if_fail (policy != NULL);

  policy->allowed_kinds[0] = city;
  policy->allowed_kinds[1] = city | university;
  policy->allowed_kinds[2] = city | university;
  policy->allowed_kinds[3] = city | university | county
                             | KX_ORG_KIND_BIT (KX_ORG_KIND_GRASSROOTS_STA)
                             | KX_ORG_KIND_BIT (KX_ORG_KIND_RESEARCHER);
  policy->allowed_kinds[4] = county;
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    policy->type_cap_fen[t] = -1;
  policy->experts_per_project = 3;
  for (int i = 0; i < 5; i++)
    policy->weights[i] = 20;
  policy->trim_min_experts = 5;
  policy->pass_line = 60;
  policy->notice_days = 7;
  policy->first_tranche_percent = 70;
  policy->ban_years_fraud = 3;
  policy->ban_years_failed = 2;
  policy->inspection_years = 2;
  policy->commendation_years = 5;
}

/**
 * kx_policy_validate:
 * @policy: a policy
 *
 * Checks the ranges the database enforces, with a message naming the
 * setting. Caps are checked against the budget by kx_call_fields_validate().
 *
 * Returns: %TRUE if valid; %FALSE with KX_ERROR_INVALID otherwise
 */
gboolean
kx_policy_validate (const KxPolicy  *policy,
                    GError         **error)
{
  g_return_val_if_fail (policy != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return validate_types (policy, error) &&
         check_range (_("Experts per project"), policy->experts_per_project, 1, 15, error) &&
         validate_weights (policy, error) &&
         check_range (_("Trimmed mean from"), policy->trim_min_experts, 3, 100, error) &&
         check_range (_("Pass line"), policy->pass_line, 0, 100, error) &&
         check_range (_("Notice period"), policy->notice_days, 1, 90, error) &&
         check_range (_("First tranche"), policy->first_tranche_percent, 0, 100, error) &&
         check_range (_("Ban after fraud"), policy->ban_years_fraud, 0, 20, error) &&
         check_range (_("Ban after failed acceptance"), policy->ban_years_failed, 0, 20, error) &&
         check_range (_("Years of annual inspection"), policy->inspection_years, 1, 10, error) &&
         check_range (_("Years for a commendation"), policy->commendation_years, 1, 20, error);
}

static gboolean
validate_call_dates (const KxCallFields  *fields,
                     GError             **error)
{
  if (!kx_date_is_valid (fields->window_start))
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Window start: “%s” is not a date like 2026-03-01"),
                   fields->window_start != NULL ? fields->window_start : "");
      return FALSE;
    }
  if (!kx_date_is_valid (fields->window_end))
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Window end: “%s” is not a date like 2026-04-30"),
                   fields->window_end != NULL ? fields->window_end : "");
      return FALSE;
    }
  if (kx_date_compare (fields->window_end, fields->window_start) < 0)
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Window end: %s is before the window start %s"),
                   fields->window_end, fields->window_start);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_caps (const KxCallFields  *fields,
               GError             **error)
{
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    if (fields->policy.type_cap_fen[t] > fields->budget_fen)
      {
        g_autofree char *cap = kx_money_format (fields->policy.type_cap_fen[t]);
        g_autofree char *budget = kx_money_format (fields->budget_fen);

        g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                     _("Cap for type %d: %s is more than the whole budget %s"),
                     t + 1, cap, budget);
        return FALSE;
      }
  return TRUE;
}

/**
 * kx_call_fields_validate:
 * @fields: what the form or command line supplies
 *
 * Checks @fields without writing; the message names the field.
 *
 * Returns: %TRUE if valid; %FALSE with KX_ERROR_INVALID otherwise
 */
gboolean
kx_call_fields_validate (const KxCallFields  *fields,
                         GError             **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_range (_("Year"), fields->year, YEAR_MIN, YEAR_MAX, error))
    return FALSE;
  title = g_strstrip (g_strdup (fields->title != NULL ? fields->title : ""));
  if (*title == '\0')
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID, _("Title: a title is required"));
      return FALSE;
    }
  if (!g_utf8_validate (title, -1, NULL) || g_utf8_strlen (title, -1) > TITLE_MAX)
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Title: at most %d characters are allowed"), TITLE_MAX);
      return FALSE;
    }
  if (fields->budget_fen < 0)
    {
      g_set_error (error, KX_CALL_ERROR, KX_ERROR_INVALID,
                   _("Budget: amounts cannot be below zero"));
      return FALSE;
    }
  return validate_call_dates (fields, error) &&
         kx_policy_validate (&fields->policy, error) &&
         validate_caps (fields, error);
}

/**
 * kx_call_insert:
 * @store: the store
 * @fields: the new call
 * @out_id: (out) (optional): the id of the new call
 *
 * Adds a call with its policy (one call row, five call_type rows and one
 * audit row whose image holds the whole policy). A second call for the
 * same year is refused with KX_ERROR_CONSTRAINT.
 */
gboolean
kx_call_insert (KxStore             *store,
                const KxCallFields  *fields,
                gint64              *out_id,
                GError             **error)
{
  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_call (store, 0, fields, out_id, error);
}

/**
 * kx_call_update:
 * @store: the store
 * @id: the call to change
 * @fields: all its new values, policy included
 */
gboolean
kx_call_update (KxStore             *store,
                gint64               id,
                const KxCallFields  *fields,
                GError             **error)
{
  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_call (store, id, fields, NULL, error);
}

/**
 * kx_call_get:
 *
 * Returns: (transfer full): the call, or %NULL with KX_ERROR_NOT_FOUND
 */
KxCall *
kx_call_get (KxStore  *store,
             gint64    id,
             GError  **error)
{
  static const char sql[] = "SELECT " CALL_COLUMNS " FROM call WHERE id = ?1";
  g_autofree char *missing = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  missing = g_strdup_printf (_("There is no call with id %lld"), (long long) id);
  return load_call (store, sql, id, missing, error);
}

/**
 * kx_call_get_by_year:
 *
 * Returns: (transfer full): the call of @year, or %NULL with KX_ERROR_NOT_FOUND
 */
KxCall *
kx_call_get_by_year (KxStore  *store,
                     int       year,
                     GError  **error)
{
  static const char sql[] = "SELECT " CALL_COLUMNS " FROM call WHERE year = ?1";
  g_autofree char *missing = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  missing = g_strdup_printf (_("There is no call for %d"), year);
  return load_call (store, sql, year, missing, error);
}

/**
 * kx_call_list:
 *
 * Returns: (transfer full): a #GListStore of #KxCall, newest year first
 */
GListModel *
kx_call_list (KxStore  *store,
              GError  **error)
{
  static const char sql[] = "SELECT " CALL_COLUMNS " FROM call ORDER BY year DESC";
  g_autoptr(GListStore) calls = g_list_store_new (KX_TYPE_CALL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Owned, not cached: read_call_types() uses the cache while we step. */
  stmt = _kx_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      g_autoptr(KxCall) call = call_new_from_stmt (stmt);

      if (!read_call_types (store, call, error))
        return NULL;
      g_list_store_append (calls, call);
    }
  if (rc < 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&calls));
}

gint64
kx_call_get_id (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), 0);
  return self->id;
}

int
kx_call_get_year (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), 0);
  return self->year;
}

const char *
kx_call_get_title (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), NULL);
  return self->title;
}

gint64
kx_call_get_budget_fen (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), 0);
  return self->budget_fen;
}

const char *
kx_call_get_window_start (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), NULL);
  return self->window_start;
}

const char *
kx_call_get_window_end (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), NULL);
  return self->window_end;
}

/**
 * kx_call_get_note:
 *
 * Returns: the note, "" when none
 */
const char *
kx_call_get_note (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), NULL);
  return self->note;
}

const KxPolicy *
kx_call_get_policy (KxCall *self)
{
  g_return_val_if_fail (KX_IS_CALL (self), NULL);
  return &self->policy;
}
