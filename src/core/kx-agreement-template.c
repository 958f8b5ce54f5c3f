/* kx-agreement-template.c: the clause text of a call's agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-agreement-template"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "kx-agreement-template.h"
#include "kx-decision.h"
#include "kx-validate.h"
#include "kx-store-private.h"
#include "kexie-core-resources.h"

#define DEFAULT_TEMPLATE_PATH "/org/chenzhou/kexie/agreement/default-template.txt"

typedef enum
{
  FIELD_PARTY_A,
  FIELD_PARTY_B,
  FIELD_TITLE,
  FIELD_PROJECT_NUMBER,
  FIELD_TYPE,
  FIELD_AMOUNT,
  FIELD_AMOUNT_CAPITAL,
  FIELD_YEAR,
  FIELD_NUMBER,
  FIELD_SIGNED_ON,
  FIELD_BAN_FRAUD,
  FIELD_BAN_FAILED,
  N_FIELDS
} Field;

static const KxAgreementPlaceholder placeholders[N_FIELDS] = {
  [FIELD_PARTY_A] = { "甲方", N_("The issuing party, 郴州市科学技术协会") },
  [FIELD_PARTY_B] = { "乙方", N_("The applicant organization or researcher") },
  [FIELD_TITLE] = { "项目名称", N_("The project's title") },
  [FIELD_PROJECT_NUMBER] = { "项目编号", N_("The project's number, e.g. 2026-0001") },
  [FIELD_TYPE] = { "项目类别", N_("The project type as the policy names it") },
  [FIELD_AMOUNT] = { "核定金额", N_("The approved amount in figures, e.g. ¥150,000.00") },
  [FIELD_AMOUNT_CAPITAL] = { "核定金额大写",
                             N_("The approved amount in capital numerals, e.g. 壹拾伍万元整") },
  [FIELD_YEAR] = { "年度", N_("The call's year") },
  [FIELD_NUMBER] = { "编号", N_("The agreement's number, e.g. CZKX-2026-001") },
  [FIELD_SIGNED_ON] = { "签订日期", N_("The day of signing, e.g. 2026年4月25日") },
  [FIELD_BAN_FRAUD] = { "弄虚作假取消年限",
                        N_("Years without the right to apply after fraud (七(二))") },
  [FIELD_BAN_FAILED] = { "验收不合格取消年限",
                         N_("Years without the right to apply after failed acceptance (七(二))") },
};

/* The names of 四.1–5 as the policy writes them. */
static const char * const type_names[KX_N_PROJECT_TYPES] = {
  "综合示范学会", "学术交流和重点活动", "社会化服务", "决策咨询和课题调研",
  "引领县级学会能力提升",
};

const char *
kx_agreement_type_name (KxProjectType type)
{
  g_return_val_if_fail (type >= 1 && type <= KX_N_PROJECT_TYPES, "");

  return type_names[type - 1];
}

char *
kx_agreement_date_chinese (const char *iso)
{
  int y = 0, m = 0, d = 0;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso != NULL ? iso : "");
  return g_strdup_printf ("%d年%d月%d日", y, m, d);
}

const KxAgreementPlaceholder *
kx_agreement_template_placeholders (guint *n_placeholders)
{
  if (n_placeholders != NULL)
    *n_placeholders = N_FIELDS;
  return placeholders;
}

const char *
kx_agreement_template_default (void)
{
  static GBytes *bytes;

  if (g_once_init_enter (&bytes))
    {
      GBytes *b = g_resource_lookup_data (kexie_core_get_resource (), DEFAULT_TEMPLATE_PATH,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      g_assert (b != NULL);
      g_once_init_leave (&bytes, b);
    }
  /* GResource data is NUL-terminated. */
  return g_bytes_get_data (bytes, NULL);
}

static int
find_placeholder (const char *name,
                  gsize       len)
{
  for (int i = 0; i < N_FIELDS; i++)
    if (strlen (placeholders[i].name) == len && strncmp (placeholders[i].name, name, len) == 0)
      return i;
  return -1;
}

static gboolean
fail_invalid (GError    **error,
              const char *message)
{
  g_set_error_literal (error, KX_DECISION_ERROR, KX_ERROR_INVALID, message);
  return FALSE;
}

/* A few characters of @p to show where a stray brace is. */
static char *
excerpt (const char *p)
{
  const char *end = p;

  for (int i = 0; i < 12 && *end != '\0' && *end != '\n'; i++)
    end = g_utf8_next_char (end);
  return g_strndup (p, end - p);
}

/* Walks @text, appending it to @out (when not NULL) with each placeholder
 * replaced by its value. Returns FALSE with the error naming the first
 * bad placeholder or brace. */
static gboolean
scan_template (const char  *text,
               GString     *out,
               const char **values,
               GError     **error)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *open = strpbrk (p, "{}");
      const char *close;
      int field;

      if (open == NULL)
        {
          if (out != NULL)
            g_string_append (out, p);
          return TRUE;
        }
      if (out != NULL)
        g_string_append_len (out, p, open - p);
      if (open[0] == '}' || open[1] != '{' ||
          (close = strstr (open + 2, "}}")) == NULL ||
          strpbrk (open + 2, "{}\n") < close)
        {
          g_autofree char *where = excerpt (open);
          g_autofree char *message = g_strdup_printf (_("Unbalanced braces in the agreement "
                                                        "template at “%s”: a placeholder is "
                                                        "written {{名称}}"), where);

          return fail_invalid (error, message);
        }
      field = find_placeholder (open + 2, close - open - 2);
      if (field < 0)
        {
          g_autofree char *name = g_strndup (open, close + 2 - open);
          g_autofree char *message = g_strdup_printf (_("Unknown placeholder “%s” in the "
                                                        "agreement template"), name);

          return fail_invalid (error, message);
        }
      if (out != NULL)
        g_string_append (out, values[field]);
      p = close + 2;
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

gboolean
kx_agreement_template_validate (const char  *text,
                                GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || is_blank (text))
    return fail_invalid (error, _("The agreement template is empty"));
  if (!g_utf8_validate (text, -1, NULL))
    return fail_invalid (error, _("The agreement template is not valid UTF-8 text"));
  return scan_template (text, NULL, NULL, error);
}

char *
kx_agreement_template_render (const char               *text,
                              const KxAgreementFields  *fields,
                              GError                  **error)
{
  g_autofree char *amount = kx_money_format (fields->approved_fen);
  g_autofree char *capital = kx_money_format_capital (fields->approved_fen);
  g_autofree char *year = g_strdup_printf ("%d", fields->year);
  g_autofree char *signed_on = kx_agreement_date_chinese (fields->signed_on);
  g_autofree char *fraud = g_strdup_printf ("%d", fields->ban_years_fraud);
  g_autofree char *failed = g_strdup_printf ("%d", fields->ban_years_failed);
  const char *values[N_FIELDS] = {
    [FIELD_PARTY_A] = KX_AGREEMENT_PARTY_A,
    [FIELD_PARTY_B] = fields->party_b != NULL ? fields->party_b : "",
    [FIELD_TITLE] = fields->project_title != NULL ? fields->project_title : "",
    [FIELD_PROJECT_NUMBER] = fields->project_number != NULL ? fields->project_number : "",
    [FIELD_TYPE] = fields->project_type >= 1 && fields->project_type <= KX_N_PROJECT_TYPES
                   ? type_names[fields->project_type - 1] : "",
    [FIELD_AMOUNT] = amount,
    [FIELD_AMOUNT_CAPITAL] = capital,
    [FIELD_YEAR] = year,
    [FIELD_NUMBER] = fields->number != NULL ? fields->number : "",
    [FIELD_SIGNED_ON] = signed_on,
    [FIELD_BAN_FRAUD] = fraud,
    [FIELD_BAN_FAILED] = failed,
  };
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kx_agreement_template_validate (text, error) ||
      !scan_template (text, out, values, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
kx_agreement_template_get (KxStore   *store,
                           gint64     call_id,
                           gboolean  *out_is_default,
                           GError   **error)
{
  static const char sql[] = "SELECT agreement_template FROM call WHERE id = ?1";
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, call_id);
  rc = _kx_store_step_row (store, stmt, error);
  if (rc == 1 && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == 0)
    g_set_error (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND,
                 _("There is no call with id %lld"), (long long) call_id);
  if (rc != 1)
    return NULL;
  if (out_is_default != NULL)
    *out_is_default = text == NULL;
  return text != NULL ? text : g_strdup (kx_agreement_template_default ());
}

static gboolean
store_template (KxStore     *store,
                gint64       call_id,
                const char  *text,
                GError     **error)
{
  static const char sql[] =
    "UPDATE call SET agreement_template = ?2, updated_at = ?3 WHERE id = ?1";
  g_autofree char *before = NULL;
  g_autofree char *now = _kx_store_now ();
  sqlite3_stmt *stmt;

  if ((before = _kx_store_row_json (store, "call", call_id, error)) == NULL ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, call_id);
  _kx_bind_text_or_null (stmt, 2, text);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  return _kx_store_step_done (store, stmt, error) &&
         _kx_store_audit_write (store, "call", call_id, "set-agreement-template", before, error);
}

gboolean
kx_agreement_template_set (KxStore     *store,
                           gint64       call_id,
                           const char  *text,
                           GError     **error)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text != NULL && !kx_agreement_template_validate (text, error))
    return FALSE;
  if (!kx_store_begin (store, error))
    return FALSE;
  if ((current = kx_agreement_template_get (store, call_id, NULL, error)) == NULL ||
      !store_template (store, call_id, text, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

GArray *
kx_agreement_list_signed (KxStore  *store,
                          gint64    call_id,
                          GError  **error)
{
  static const char sql[] =
    "SELECT a.project_id FROM agreement a JOIN project p ON p.id = a.project_id "
    "WHERE p.call_id = ?1 ORDER BY a.number";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((stmt = _kx_store_cached (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, call_id);
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return rc == 0 ? g_steal_pointer (&ids) : NULL;
}
