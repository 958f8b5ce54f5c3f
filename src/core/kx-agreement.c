/* kx-agreement.c: 项目责任书 and capital numerals (五.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-decision.h: the responsibility agreement signed after the
 * public notice, and kx_money_format_capital for the amounts in its text.
 */

#define G_LOG_DOMAIN "kx-decision"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "kx-decision.h"
#include "kx-agreement-template.h"
#include "kx-call.h"
#include "kx-decision-private.h"
#include "kx-money.h"
#include "kx-project.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

/* Capital numerals (大写金额), as the People's Bank writes them on
 * financial papers: a 零 stands for a run of zeros inside the number
 * (壹拾万零伍佰), 元 is followed by 整 when there are no 角 and 分, and by
 * 零 when 角 is zero but 分 is not (壹元零伍分). */

static const char * const capital_digits[] = {
  "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
};

/* 1 ≤ @n ≤ 9999, without leading 零 */
static void
append_capital_group (GString *s,
                      guint    n)
{
  static const char * const places[] = { "仟", "佰", "拾", "" };
  static const guint scale[] = { 1000, 100, 10, 1 };
  gboolean started = FALSE;
  gboolean zero = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (scale); i++)
    {
      guint digit = n / scale[i] % 10;

      if (digit == 0)
        {
          zero = started;
          continue;
        }
      g_string_append (s, zero ? "零" : "");
      g_string_append (s, capital_digits[digit]);
      g_string_append (s, places[i]);
      started = TRUE;
      zero = FALSE;
    }
}

/* @n > 0 yuan: sections of 亿 and of 万, each written like a whole number. */
static void
append_capital_yuan (GString *s,
                     guint64  n)
{
  static const struct { guint64 size; const char *name; } units[] = {
    { 100000000, "亿" }, { 10000, "万" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (n >= units[i].size)
      {
        guint64 low = n % units[i].size;

        append_capital_yuan (s, n / units[i].size);
        g_string_append (s, units[i].name);
        if (low == 0)
          return;
        if (low < units[i].size / 10)
          g_string_append (s, "零");
        append_capital_yuan (s, low);
        return;
      }
  append_capital_group (s, (guint) n);
}

/**
 * kx_money_format_capital:
 * @fen: an amount in fen
 *
 * Returns: (transfer full): the amount in capital numerals, e.g.
 *   15000000 → 壹拾伍万元整, 10050050 → 壹拾万零伍佰元伍角, 5 → 伍分
 */
char *
kx_money_format_capital (gint64 fen)
{
  guint64 mag = fen < 0 ? (guint64) -(fen + 1) + 1 : (guint64) fen;
  guint64 yuan = mag / 100;
  guint jiao = mag / 10 % 10;
  guint cents = mag % 10;
  GString *s = g_string_new (fen < 0 ? "负" : "");

  if (yuan > 0)
    {
      append_capital_yuan (s, yuan);
      g_string_append (s, "元");
    }
  if (jiao == 0 && cents == 0)
    {
      g_string_append (s, yuan == 0 ? "零元整" : "整");
      return g_string_free (s, FALSE);
    }
  if (jiao > 0)
    g_string_append_printf (s, "%s角", capital_digits[jiao]);
  else if (yuan > 0)
    g_string_append (s, "零");
  if (cents > 0)
    g_string_append_printf (s, "%s分", capital_digits[cents]);
  return g_string_free (s, FALSE);
}

/* Agreement (项目责任书)
 *
 * The text is a Chinese legal document between the association and the
 * applicant, quoting the policy; it is data kept with the agreement, not
 * part of the interface, so it is written in Chinese whatever the clerk's
 * language and is not translated. */

void
kx_agreement_free (KxAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->number);
  g_free (agreement->signed_on);
  g_free (agreement->text);
  g_free (agreement);
}

KxAgreement *
kx_agreement_get (KxStore  *store,
                  gint64    project_id,
                  GError  **error)
{
  static const char sql[] =
    "SELECT id, number, signed_on, text FROM agreement WHERE project_id = ?1";
  sqlite3_stmt *stmt;
  KxAgreement *a;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kx_decision_get_row (store, sql, project_id, error,
                               _("The project with ID %lld has no responsibility agreement"),
                               (long long) project_id);
  if (stmt == NULL)
    return NULL;
  a = g_new0 (KxAgreement, 1);
  a->id = sqlite3_column_int64 (stmt, 0);
  a->project_id = project_id;
  a->number = _kx_column_dup (stmt, 1);
  a->signed_on = _kx_column_dup (stmt, 2);
  a->text = _kx_column_dup (stmt, 3);
  sqlite3_reset (stmt);
  return a;
}

#define date_chinese kx_agreement_date_chinese

static void
append_amount (GString    *text,
               gint64      fen)
{
  g_autofree char *figures = kx_money_format (fen);
  g_autofree char *capital = kx_money_format_capital (fen);

  g_string_append_printf (text, "人民币%s（大写：%s）", figures, capital);
}

/* What the text says about the project, besides the state. */
typedef struct
{
  KxCall     *call;
  KxProject  *project;
  KxDecision *decision;
  KxNotice   *notice;
  GArray     *milestones;
} AgreementFacts;

static void
agreement_facts_clear (AgreementFacts *f)
{
  g_clear_object (&f->call);
  g_clear_object (&f->project);
  g_clear_pointer (&f->decision, kx_decision_free);
  g_clear_pointer (&f->notice, kx_notice_free);
  g_clear_pointer (&f->milestones, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AgreementFacts, agreement_facts_clear)

static gboolean
agreement_facts_load (KxStore               *store,
                      const KxProjectState  *state,
                      AgreementFacts        *f,
                      GError               **error)
{
  return (f->call = kx_call_get (store, state->call_id, error)) != NULL &&
         (f->project = kx_project_get (store, state->id, error)) != NULL &&
         (f->decision = kx_decision_get (store, state->id, error)) != NULL &&
         (f->notice = kx_notice_get (store, state->id, error)) != NULL &&
         (f->milestones = kx_project_list_milestones (store, state->id, error)) != NULL;
}

static void
append_heading (GString               *t,
                const KxProjectState  *state,
                const AgreementFacts  *f,
                const char            *number)
{
  g_autofree char *meeting = date_chinese (f->decision->meeting_on);
  g_autofree char *start = date_chinese (f->notice->start_on);
  g_autofree char *end = date_chinese (f->notice->end_on);

  g_string_append_printf (t, "郴州市科协学会服务能力提升计划\n项目责任书\n\n编号：%s\n\n", number);
  g_string_append_printf (t, "甲方：%s\n乙方：%s\n\n", KX_AGREEMENT_PARTY_A,
                          state->organization_name);
  g_string_append_printf (t, "项目编号：%s\n项目类别：%s（《实施方案》四.%d）\n项目名称：%s\n"
                          "资助金额：", state->number, kx_agreement_type_name (state->type),
                          (int) state->type, state->title);
  append_amount (t, state->approved_fen);
  g_string_append_printf (t, "\n\n根据《郴州市科协学会服务能力提升计划实施方案（试行）》"
                          "（以下简称《实施方案》），乙方在“%s”中申报的上述项目"
                          "经形式审查和专家评审，"
                          "于%s经市科协党组研究同意，并于%s至%s在郴州市科协网站公示无异议"
                          "（《实施方案》五.2）。为保证项目顺利实施，甲乙双方签订本责任书。\n",
                          kx_call_get_title (f->call), meeting, start, end);
}

static void
append_content (GString               *t,
                const AgreementFacts  *f)
{
  const char *content = kx_project_get_content (f->project);
  const char *indicators = kx_project_get_indicators (f->project);

  g_string_append (t, "\n一、项目内容和指标\n乙方按申报书所列主要内容和指标实施本项目。\n");
  g_string_append_printf (t, "主要内容：%s\n", *content != '\0' ? content : "见申报书。");
  g_string_append_printf (t, "主要指标：%s\n", *indicators != '\0' ? indicators : "见申报书。");
  g_string_append (t, "\n二、计划进度和阶段目标\n");
  if (f->milestones->len == 0)
    g_string_append (t, "按申报书所列计划进度和阶段目标执行。\n");
  for (guint i = 0; i < f->milestones->len; i++)
    {
      const KxMilestone *m = &g_array_index (f->milestones, KxMilestone, i);
      g_autofree char *due = date_chinese (m->due_on);

      g_string_append_printf (t, "%u. %s前：%s\n", i + 1, due, m->target);
    }
}

static void
append_money (GString               *t,
              const KxProjectState  *state,
              const AgreementFacts  *f)
{
  int percent = kx_call_get_policy (f->call)->first_tranche_percent;
  gint64 first = kx_money_first_tranche (state->approved_fen, percent);

  g_string_append (t, "\n三、资金拨付（《实施方案》五.3）\n项目资金共计");
  append_amount (t, state->approved_fen);
  if (percent == 100 || percent == 0)
    {
      g_string_append (t, percent == 100 ? "，于本责任书签订后一次拨付。\n"
                                         : "，于项目通过总结验收后一次拨付。\n");
      return;
    }
  g_string_append_printf (t, "，分两期拨付：\n1. 本责任书签订后，拨付第一期 %d%%，计", percent);
  append_amount (t, first);
  g_string_append_printf (t, "；\n2. 项目通过总结验收后，拨付其余 %d%%，计", 100 - percent);
  append_amount (t, state->approved_fen - first);
  g_string_append (t, "。\n");
}

/* The clauses from the call's template (四、五、六 by default), then the
 * signature blocks. */
static gboolean
append_duties (GString               *t,
               const KxProjectState  *state,
               const AgreementFacts  *f,
               const char            *template,
               const char            *number,
               const char            *signed_on,
               GError               **error)
{
  const KxPolicy *policy = kx_call_get_policy (f->call);
  KxAgreementFields fields = {
    .party_b = state->organization_name, .project_title = state->title,
    .project_number = state->number, .project_type = state->type,
    .approved_fen = state->approved_fen, .year = state->call_year, .number = number,
    .signed_on = signed_on, .ban_years_fraud = policy->ban_years_fraud,
    .ban_years_failed = policy->ban_years_failed,
  };
  g_autofree char *clauses = kx_agreement_template_render (template, &fields, error);

  if (clauses == NULL)
    return FALSE;
  g_string_append_printf (t, "\n%s", clauses);
  if (!g_str_has_suffix (clauses, "\n"))
    g_string_append_c (t, '\n');
  g_string_append_printf (t, "\n甲方（盖章）：%s\n代表（签字）：\n", KX_AGREEMENT_PARTY_A);
  if (state->organization_kind == KX_ORG_KIND_RESEARCHER)
    g_string_append_printf (t, "\n乙方（签字）：%s\n", state->organization_name);
  else
    g_string_append_printf (t, "\n乙方（盖章）：%s\n代表（签字）：\n", state->organization_name);
  return TRUE;
}

static char *
agreement_text (KxStore               *store,
                const KxProjectState  *state,
                const AgreementFacts  *f,
                const char            *number,
                const char            *signed_on,
                GError               **error)
{
  g_autoptr(GString) t = g_string_new (NULL);
  g_autofree char *date = date_chinese (signed_on);
  g_autofree char *template = kx_agreement_template_get (store, state->call_id, NULL, error);

  if (template == NULL)
    return NULL;
  append_heading (t, state, f, number);
  append_content (t, f);
  append_money (t, state, f);
  if (!append_duties (t, state, f, template, number, signed_on, error))
    return NULL;
  g_string_append_printf (t, "\n签订日期：%s\n", date);
  return g_string_free (g_steal_pointer (&t), FALSE);
}

/* CZKX-YEAR-NNN, the next number of the call in signing order. */
static char *
next_agreement_number (KxStore               *store,
                       const KxProjectState  *state,
                       GError               **error)
{
  static const char sql[] =
    "SELECT COALESCE(MAX(CAST(substr(number, 11) AS INTEGER)), 0) FROM agreement "
    "WHERE substr(number, 1, 10) = 'CZKX-' || (SELECT year FROM call WHERE id = ?1) || '-'";
  gint64 last = _kx_decision_query_int (store, sql, state->call_id, 0, error);

  if (last == G_MININT64)
    return NULL;
  return g_strdup_printf ("CZKX-%d-%03lld", state->call_year, (long long) last + 1);
}

static gboolean
insert_agreement (KxStore               *store,
                  const KxProjectState  *state,
                  const char            *signed_on,
                  char                 **out_number,
                  GError               **error)
{
  static const char sql[] =
    "INSERT INTO agreement (project_id, number, signed_on, text) VALUES (?1, ?2, ?3, ?4)";
  g_auto(AgreementFacts) f = { NULL };
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  sqlite3_stmt *stmt;

  if (!agreement_facts_load (store, state, &f, error))
    return FALSE;
  if (kx_date_compare (signed_on, f.notice->end_on) <= 0)
    {
      first = kx_date_add_days (f.notice->end_on, 1);
      return _kx_workflow_blocked (error, _("The agreement can be signed only after the public "
                                            "notice, which ends on %s: from %s on"),
                                   f.notice->end_on, first);
    }
  if ((number = next_agreement_number (store, state, error)) == NULL ||
      (text = agreement_text (store, state, &f, number, signed_on, error)) == NULL ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->id);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, signed_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_STATIC);
  if (!_kx_decision_insert (store, stmt, "agreement", NULL, error))
    return FALSE;
  if (out_number != NULL)
    *out_number = g_steal_pointer (&number);
  return TRUE;
}

gboolean
kx_agreement_sign (KxStore     *store,
                   gint64       project_id,
                   const char  *signed_on,
                   char       **out_number,
                   GError     **error)
{
  g_auto(KxProjectState) state = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *number = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kx_date_parse (_("Date signed"), signed_on, &date, error) ||
      !kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_SIGN_AGREEMENT, date, error) ||
      !insert_agreement (store, &state, date, &number, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_AGREEMENT_SIGNED,
                               KX_ACTION_SIGN_AGREEMENT, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  if (out_number != NULL)
    *out_number = g_steal_pointer (&number);
  return TRUE;
}
