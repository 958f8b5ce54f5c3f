/* kx-eligibility.c: who may apply (四, 五.1, 六, 七(二)) and the submit transition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-eligibility"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-eligibility.h"
#include "kx-call.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

G_DEFINE_QUARK (kx-eligibility-error-quark, kx_eligibility_error)

/* What every rule reads, loaded once per evaluation. */
typedef struct
{
  KxCall         *call;
  const KxPolicy *policy;
  KxOrgKind       kind;
  GArray         *records;    /* KxYearRecord */
  GArray         *facts;      /* KxFact, newest first */
  GArray         *penalties;  /* KxPenalty, newest first */
  const char     *on_date;
  KxProjectType   type;
  KxEligibility  *out;
} Context;

static void
context_clear (Context *ctx)
{
  g_clear_object (&ctx->call);
  g_clear_pointer (&ctx->records, g_array_unref);
  g_clear_pointer (&ctx->facts, g_array_unref);
  g_clear_pointer (&ctx->penalties, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

/* The parts of a rule's reason: when the rule passes, the evidence that
 * it does; otherwise only what fails or is missing. */
typedef struct
{
  KxResult   result;
  GPtrArray *good;
  GPtrArray *bad;
} Verdict;

static void
verdict_init (Verdict *v)
{
  v->result = KX_RESULT_PASS;
  v->good = g_ptr_array_new_with_free_func (g_free);
  v->bad = g_ptr_array_new_with_free_func (g_free);
}

static void
verdict_clear (Verdict *v)
{
  g_clear_pointer (&v->good, g_ptr_array_unref);
  g_clear_pointer (&v->bad, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Verdict, verdict_clear)

/* Takes @text. Fail outweighs unknown, which outweighs pass. */
static void
verdict_add (Verdict  *v,
             KxResult  result,
             char     *text)
{
  if (result == KX_RESULT_FAIL)
    v->result = KX_RESULT_FAIL;
  else if (result == KX_RESULT_UNKNOWN && v->result == KX_RESULT_PASS)
    v->result = KX_RESULT_UNKNOWN;
  g_ptr_array_add (result == KX_RESULT_PASS ? v->good : v->bad, text);
}

static char *
join_texts (GPtrArray  *texts,
            const char *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (texts, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
verdict_reason (const Verdict *v)
{
  /* TRANSLATORS: between the parts of a rule's reason */
  return join_texts (v->result == KX_RESULT_PASS ? v->good : v->bad, C_("reasons", "; "));
}

/* Takes @reason. */
static void
add_rule (Context    *ctx,
          const char *clause,
          const char *rule,
          KxResult    result,
          char       *reason)
{
  KxEligibilityRule r = { clause, rule, result, reason };

  g_array_append_val (ctx->out->rules, r);
  if (result != KX_RESULT_PASS)
    ctx->out->eligible = FALSE;
}

static void
add_verdict_rule (Context       *ctx,
                  const char    *clause,
                  const char    *rule,
                  const Verdict *v)
{
  add_rule (ctx, clause, rule, v->result, verdict_reason (v));
}

/* Facts */

/* The latest fact of @kind dated on or before the evaluation date. */
static const KxFact *
latest_fact (const Context *ctx,
             KxFactKind     kind)
{
  for (guint i = 0; i < ctx->facts->len; i++)
    {
      const KxFact *f = &g_array_index (ctx->facts, KxFact, i);

      if (f->kind == kind && kx_date_compare (f->fact_date, ctx->on_date) <= 0)
        return f;
    }
  return NULL;
}

static gboolean
has_evidence (const KxFact *f)
{
  return f->evidence != NULL && *f->evidence != '\0';
}

/* A condition the organization must meet: the latest fact holds. */
static void
add_positive_fact (const Context *ctx,
                   Verdict       *v,
                   KxFactKind     kind)
{
  const KxFact *f = latest_fact (ctx, kind);
  const char *label = kx_fact_kind_label (kind);

  if (f == NULL)
    verdict_add (v, KX_RESULT_UNKNOWN,
                 g_strdup_printf (_("%s not recorded: enter this fact of the organization "
                                    "with its evidence"), label));
  else if (!f->holds)
    verdict_add (v, KX_RESULT_FAIL,
                 g_strdup_printf (_("%s: does not hold (checked on %s)"), label, f->fact_date));
  else if (has_evidence (f))
    verdict_add (v, KX_RESULT_PASS,
                 g_strdup_printf (_("%s (%s, %s)"), label, f->fact_date, f->evidence));
  else
    verdict_add (v, KX_RESULT_PASS, g_strdup_printf (_("%s (%s)"), label, f->fact_date));
}

static void
add_fact_rule (Context    *ctx,
               const char *clause,
               const char *rule,
               KxFactKind  kind)
{
  g_auto(Verdict) v = { 0 };

  verdict_init (&v);
  add_positive_fact (ctx, &v, kind);
  add_verdict_rule (ctx, clause, rule, &v);
}

/* The previous fact of @f's kind, to tell "cleared" from "checked, none". */
static gboolean
held_before (const Context *ctx,
             const KxFact  *f)
{
  for (guint i = 0; i < ctx->facts->len; i++)
    {
      const KxFact *g = &g_array_index (ctx->facts, KxFact, i);

      if (g != f && g->kind == f->kind && g->holds &&
          kx_date_compare (g->fact_date, f->fact_date) <= 0)
        return TRUE;
    }
  return FALSE;
}

/* 六(三): excluded while the latest fact of @kind holds. */
static void
add_exclusion_rule (Context    *ctx,
                    const char *clause,
                    const char *rule,
                    KxFactKind  kind)
{
  const KxFact *f = latest_fact (ctx, kind);
  const char *label = kx_fact_kind_label (kind);

  if (f == NULL)
    add_rule (ctx, clause, rule, KX_RESULT_PASS, g_strdup (_("no record")));
  else if (f->holds && has_evidence (f))
    add_rule (ctx, clause, rule, KX_RESULT_FAIL,
              g_strdup_printf (_("%s on %s: %s"), label, f->fact_date, f->evidence));
  else if (f->holds)
    add_rule (ctx, clause, rule, KX_RESULT_FAIL,
              g_strdup_printf (_("%s on %s"), label, f->fact_date));
  else if (held_before (ctx, f))
    add_rule (ctx, clause, rule, KX_RESULT_PASS,
              g_strdup_printf (_("cleared on %s"), f->fact_date));
  else
    add_rule (ctx, clause, rule, KX_RESULT_PASS,
              g_strdup_printf (_("checked on %s: none"), f->fact_date));
}

/* 六(一)4: a commendation within the last commendation_years years. */
static void
add_commendation (const Context *ctx,
                  Verdict       *v)
{
  g_autofree char *start = kx_date_add_years (ctx->on_date, -ctx->policy->commendation_years);
  const KxFact *newest = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < ctx->facts->len && newest == NULL; i++)
    {
      const KxFact *f = &g_array_index (ctx->facts, KxFact, i);

      if (f->kind != KX_FACT_COMMENDATION || kx_date_compare (f->fact_date, ctx->on_date) > 0)
        continue;
      any = TRUE;
      if (f->holds)
        newest = f;
    }

  if (newest != NULL && kx_date_compare (newest->fact_date, start) >= 0)
    verdict_add (v, KX_RESULT_PASS,
                 has_evidence (newest)
                 ? g_strdup_printf (_("city-level commendation on %s (%s)"), newest->fact_date,
                                    newest->evidence)
                 : g_strdup_printf (_("city-level commendation on %s"), newest->fact_date));
  else if (newest != NULL)
    verdict_add (v, KX_RESULT_FAIL,
                 g_strdup_printf (_("no city-level commendation in the last %d years (the "
                                    "last was on %s)"), ctx->policy->commendation_years,
                                  newest->fact_date));
  else if (any)
    verdict_add (v, KX_RESULT_FAIL,
                 g_strdup_printf (_("no city-level commendation in the last %d years"),
                                  ctx->policy->commendation_years));
  else
    verdict_add (v, KX_RESULT_UNKNOWN,
                 g_strdup (_("city-level commendations not recorded: enter the commendation "
                             "with its date, or that there is none")));
}

/* Year records */

static const KxYearRecord *
find_year (const Context *ctx,
           int            year)
{
  for (guint i = 0; i < ctx->records->len; i++)
    if (g_array_index (ctx->records, KxYearRecord, i).year == year)
      return &g_array_index (ctx->records, KxYearRecord, i);
  return NULL;
}

/* The years of a record that failed or are missing, as "2024, 2025". */
typedef struct
{
  GPtrArray *failed;
  GPtrArray *missing;
} YearList;

static void
year_list_init (YearList *list)
{
  list->failed = g_ptr_array_new_with_free_func (g_free);
  list->missing = g_ptr_array_new_with_free_func (g_free);
}

static void
year_list_clear (YearList *list)
{
  g_clear_pointer (&list->failed, g_ptr_array_unref);
  g_clear_pointer (&list->missing, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (YearList, year_list_clear)

static void
year_list_add (YearList *list,
               int       year,
               KxResult  result)
{
  if (result != KX_RESULT_PASS)
    g_ptr_array_add (result == KX_RESULT_FAIL ? list->failed : list->missing,
                     g_strdup_printf ("%d", year));
}

/* TRANSLATORS: between the years of a list, "2024, 2025" */
#define YEAR_SEPARATOR C_("years", ", ")

static void
add_year_parts (Verdict        *v,
                const YearList *inspection,
                const YearList *assessment)
{
  g_autofree char *a = join_texts (inspection->failed, YEAR_SEPARATOR);
  g_autofree char *b = join_texts (assessment->failed, YEAR_SEPARATOR);
  g_autofree char *c = join_texts (inspection->missing, YEAR_SEPARATOR);
  g_autofree char *d = join_texts (assessment->missing, YEAR_SEPARATOR);

  if (*a != '\0')
    verdict_add (v, KX_RESULT_FAIL, g_strdup_printf (_("%s annual inspection failed"), a));
  if (*b != '\0')
    verdict_add (v, KX_RESULT_FAIL, g_strdup_printf (_("%s performance assessment failed"), b));
  if (*c != '\0')
    verdict_add (v, KX_RESULT_UNKNOWN,
                 g_strdup_printf (_("%s annual inspection not recorded: enter the society's "
                                    "annual inspection"), c));
  if (*d != '\0')
    verdict_add (v, KX_RESULT_UNKNOWN,
                 g_strdup_printf (_("%s performance assessment not recorded: enter the "
                                    "society's annual performance assessment"), d));
}

/* The inspection_years years before the call year, oldest first, each
 * passed in its annual inspection and, with @assessment, its performance
 * assessment. */
static void
add_years_rule (Context    *ctx,
                const char *clause,
                const char *rule,
                gboolean    assessment)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  g_auto(YearList) inspection = { 0 };
  g_auto(YearList) assessed = { 0 };
  g_autofree char *list = NULL;
  g_auto(Verdict) v = { 0 };
  int first = ctx->out->call_year - ctx->policy->inspection_years;

  year_list_init (&inspection);
  year_list_init (&assessed);
  verdict_init (&v);
  for (int year = first; year < ctx->out->call_year; year++)
    {
      const KxYearRecord *r = find_year (ctx, year);

      year_list_add (&inspection, year, r != NULL ? r->inspection : KX_RESULT_UNKNOWN);
      if (assessment)
        year_list_add (&assessed, year, r != NULL ? r->assessment : KX_RESULT_UNKNOWN);
      g_ptr_array_add (years, g_strdup_printf ("%d", year));
    }
  add_year_parts (&v, &inspection, &assessed);

  list = join_texts (years, YEAR_SEPARATOR);
  if (v.result == KX_RESULT_PASS)
    verdict_add (&v, KX_RESULT_PASS,
                 assessment
                 ? g_strdup_printf (_("%s annual inspections and performance assessments "
                                      "passed"), list)
                 : g_strdup_printf (_("%s annual inspections passed"), list));
  add_verdict_rule (ctx, clause, rule, &v);
}

/* 四 (and 五.1, 四.4): who may apply for the type */

static char *
allowed_kinds_text (guint mask)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();

  for (guint k = 0; k < KX_N_ORG_KINDS; k++)
    if (mask & KX_ORG_KIND_BIT (k))
      g_ptr_array_add (kinds, (gpointer) kx_org_kind_label (k));
  /* TRANSLATORS: between the kinds of organization in a list */
  return join_texts (kinds, C_("kinds", ", "));
}

static void
add_kind_rule (Context *ctx)
{
  static const char * const clauses[KX_N_PROJECT_TYPES] = {
    "四.1", "四.2", "四.3", "四.4", "四.5",
  };
  guint mask = ctx->policy->allowed_kinds[ctx->type - 1];
  const char *clause = clauses[ctx->type - 1];
  const char *rule = _("Applicant kind");
  const char *type = kx_project_type_label (ctx->type);
  g_autofree char *allowed = NULL;

  if (mask & KX_ORG_KIND_BIT (ctx->kind))
    {
      add_rule (ctx, clause, rule, KX_RESULT_PASS,
                g_strdup_printf (_("%s may apply for “%s”"), kx_org_kind_label (ctx->kind),
                                 type));
      return;
    }
  if (mask == 0)
    {
      add_rule (ctx, clause, rule, KX_RESULT_FAIL,
                g_strdup_printf (_("this call accepts no applications for “%s”"), type));
      return;
    }
  allowed = allowed_kinds_text (mask);
  add_rule (ctx, clause, rule, KX_RESULT_FAIL,
            g_strdup_printf (_("%s may not apply for “%s”; it is open to: %s"),
                             kx_org_kind_label (ctx->kind), type, allowed));
}

/* 五.1: the acceptance window */

static void
add_window_rule (Context *ctx)
{
  const char *start = kx_call_get_window_start (ctx->call);
  const char *end = kx_call_get_window_end (ctx->call);
  const char *rule = _("Acceptance window");

  if (kx_date_compare (ctx->on_date, start) < 0)
    add_rule (ctx, "五.1", rule, KX_RESULT_FAIL,
              g_strdup_printf (_("%s is before the acceptance window, which runs from %s to %s"),
                               ctx->on_date, start, end));
  else if (kx_date_compare (ctx->on_date, end) > 0)
    add_rule (ctx, "五.1", rule, KX_RESULT_FAIL,
              g_strdup_printf (_("%s is after the acceptance window, which ran from %s to %s"),
                               ctx->on_date, start, end));
  else
    add_rule (ctx, "五.1", rule, KX_RESULT_PASS,
              g_strdup_printf (_("%s is within the acceptance window, %s to %s"),
                               ctx->on_date, start, end));
}

/* 六(一): 综合示范学会 */

static void
add_demo_society_rules (Context *ctx)
{
  g_auto(Verdict) award = { 0 };
  g_auto(Verdict) finance = { 0 };

  add_years_rule (ctx, "六(一)1", _("Annual inspections passed"), FALSE);
  add_fact_rule (ctx, "六(一)2", _("Internal management"), KX_FACT_MANAGEMENT_NORMAL);
  add_fact_rule (ctx, "六(一)3", _("Secretary-general"), KX_FACT_CAPABLE_SECRETARY);

  verdict_init (&award);
  add_positive_fact (ctx, &award, KX_FACT_DISTINCTIVE_WORK);
  add_commendation (ctx, &award);
  add_verdict_rule (ctx, "六(一)4", _("Distinctive work and commendation"), &award);

  verdict_init (&finance);
  add_positive_fact (ctx, &finance, KX_FACT_FINANCE_SYSTEM);
  add_positive_fact (ctx, &finance, KX_FACT_BANK_ACCOUNT);
  add_positive_fact (ctx, &finance, KX_FACT_FINANCE_STAFF);
  add_verdict_rule (ctx, "六(一)5", _("Finance system, bank account and finance staff"),
                    &finance);

  add_fact_rule (ctx, "六(一)6", _("Party branch"), KX_FACT_PARTY_BRANCH_ACTIVE);
}

/* 六(二): the other types */

static void
add_other_rules (Context *ctx)
{
  static const struct
  {
    const char *clause;
    const char *rule;
    KxFactKind  kind;
  } rules[] = {
    { "六(二)1", N_("Internal management"), KX_FACT_MANAGEMENT_NORMAL },
    { "六(二)2", N_("Secretary-general"), KX_FACT_CAPABLE_SECRETARY },
    { "六(二)3", N_("Finance system"), KX_FACT_FINANCE_SYSTEM },
  };
  g_auto(Verdict) bank = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      /* An individual researcher (四.4) is not an organization. */
      if (ctx->kind == KX_ORG_KIND_RESEARCHER)
        add_rule (ctx, rules[i].clause, _(rules[i].rule), KX_RESULT_PASS,
                  g_strdup (_("not applicable: individual applicant")));
      else
        add_fact_rule (ctx, rules[i].clause, _(rules[i].rule), rules[i].kind);
    }
  if (ctx->kind != KX_ORG_KIND_CITY_SOCIETY)
    return;

  add_years_rule (ctx, "六(二)市级学会1", _("Inspections and performance assessments"), TRUE);
  verdict_init (&bank);
  add_positive_fact (ctx, &bank, KX_FACT_BANK_ACCOUNT);
  add_positive_fact (ctx, &bank, KX_FACT_FINANCE_STAFF);
  add_verdict_rule (ctx, "六(二)市级学会2", _("Bank account and finance staff"), &bank);
}

/* 六(三): exclusions */

static void
add_exclusion_rules (Context *ctx)
{
  add_exclusion_rule (ctx, "六(三)1", _("No violation of discipline or law"),
                      KX_FACT_VIOLATION);
  add_exclusion_rule (ctx, "六(三)2", _("No notified criticism or penalty"),
                      KX_FACT_NOTIFIED_PENALTY);
  add_exclusion_rule (ctx, "六(三)3", _("Assigned work completed"), KX_FACT_UNCOMPLETED_TASK);
}

/* 七(二): bans from penalties */

static char *
ban_text (const KxPenalty *p)
{
  if (g_strcmp0 (p->kind, KX_PENALTY_FRAUD) == 0)
    return g_strdup_printf (_("penalized for fraud on %s; may not apply before %s"),
                            p->decided_on, p->until);
  return g_strdup_printf (_("failed final acceptance on %s; may not apply before %s"),
                          p->decided_on, p->until);
}

/* A penalty bans the calls whose window opens in [decided_on, until). */
static void
add_ban_rule (Context *ctx)
{
  const char *opens = kx_call_get_window_start (ctx->call);
  g_auto(Verdict) v = { 0 };

  verdict_init (&v);
  for (guint i = 0; i < ctx->penalties->len; i++)
    {
      const KxPenalty *p = &g_array_index (ctx->penalties, KxPenalty, i);
      g_autofree char *last = NULL;

      if (kx_date_compare (p->decided_on, ctx->on_date) > 0 || p->ban_years <= 0)
        continue;
      if (kx_date_compare (opens, p->decided_on) < 0)
        {
          verdict_add (&v, KX_RESULT_PASS,
                       g_strdup_printf (_("the penalty of %s came after this call opened on %s"),
                                        p->decided_on, opens));
          continue;
        }
      if (kx_date_compare (opens, p->until) < 0)
        {
          verdict_add (&v, KX_RESULT_FAIL, ban_text (p));
          continue;
        }
      last = kx_date_add_days (p->until, -1);
      verdict_add (&v, KX_RESULT_PASS,
                   g_strdup_printf (_("the ban from the penalty of %s ended on %s"),
                                    p->decided_on, last));
    }
  if (v.good->len == 0 && v.bad->len == 0)
    verdict_add (&v, KX_RESULT_PASS, g_strdup (_("no penalty")));
  add_verdict_rule (ctx, "七(二)", _("No ban from a penalty"), &v);
}

/* Evaluation */

static void
rule_clear (gpointer data)
{
  KxEligibilityRule *rule = data;

  g_clear_pointer (&rule->reason, g_free);
}

void
kx_eligibility_free (KxEligibility *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->rules, g_array_unref);
  g_free (self->on_date);
  g_free (self);
}

static gboolean
check_arguments (KxProjectType   type,
                 const char     *on_date,
                 GError        **error)
{
  if (!kx_project_type_is_valid (type))
    {
      g_set_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID,
                   _("Project type: %d is not a type of project; use 1 to 5"), (int) type);
      return FALSE;
    }
  if (on_date == NULL || !kx_date_is_valid (on_date))
    {
      g_set_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID,
                   _("Date: “%s” is not a date; use YYYY-MM-DD"),
                   on_date != NULL ? on_date : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
context_load (Context  *ctx,
              KxStore  *store,
              gint64    organization_id,
              gint64    call_id,
              GError  **error)
{
  g_autoptr(KxOrganization) org = kx_organization_get (store, organization_id, error);

  if (org == NULL || (ctx->call = kx_call_get (store, call_id, error)) == NULL ||
      (ctx->records = kx_organization_list_year_records (store, organization_id,
                                                         error)) == NULL ||
      (ctx->facts = kx_organization_list_facts (store, organization_id, error)) == NULL ||
      (ctx->penalties = kx_penalty_list (store, organization_id, error)) == NULL)
    return FALSE;
  ctx->kind = kx_organization_get_kind (org);
  ctx->policy = kx_call_get_policy (ctx->call);
  return TRUE;
}

/**
 * kx_eligibility_evaluate:
 *
 * Returns: (transfer full): every rule with its result, or %NULL on error
 */
KxEligibility *
kx_eligibility_evaluate (KxStore        *store,
                         gint64          organization_id,
                         gint64          call_id,
                         KxProjectType   type,
                         const char     *on_date,
                         GError        **error)
{
  g_auto(Context) ctx = { 0 };
  g_autoptr(KxEligibility) out = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_arguments (type, on_date, error) ||
      !context_load (&ctx, store, organization_id, call_id, error))
    return NULL;

  out = g_new0 (KxEligibility, 1);
  out->organization_id = organization_id;
  out->call_id = call_id;
  out->call_year = kx_call_get_year (ctx.call);
  out->type = type;
  out->on_date = g_strdup (on_date);
  out->eligible = TRUE;
  out->rules = g_array_new (FALSE, TRUE, sizeof (KxEligibilityRule));
  g_array_set_clear_func (out->rules, rule_clear);
  ctx.out = out;
  ctx.on_date = on_date;
  ctx.type = type;

  add_kind_rule (&ctx);
  add_window_rule (&ctx);
  if (type == KX_PROJECT_TYPE_DEMO_SOCIETY)
    add_demo_society_rules (&ctx);
  else
    add_other_rules (&ctx);
  add_exclusion_rules (&ctx);
  add_ban_rule (&ctx);
  return g_steal_pointer (&out);
}

const KxEligibilityRule *
kx_eligibility_find (const KxEligibility *self,
                     const char          *clause)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->rules->len; i++)
    if (g_strcmp0 (g_array_index (self->rules, KxEligibilityRule, i).clause, clause) == 0)
      return &g_array_index (self->rules, KxEligibilityRule, i);
  return NULL;
}

/**
 * kx_eligibility_rule_format:
 *
 * Returns: (transfer full): "六(一)1 fail: 2025 annual inspection failed"
 */
char *
kx_eligibility_rule_format (const KxEligibilityRule *rule)
{
  const char *result;

  g_return_val_if_fail (rule != NULL, NULL);

  switch (rule->result)
    {
    case KX_RESULT_PASS:
      result = C_("eligibility", "pass");
      break;
    case KX_RESULT_FAIL:
      result = C_("eligibility", "fail");
      break;
    case KX_RESULT_UNKNOWN:
    default:
      result = C_("eligibility", "unknown");
      break;
    }
  /* TRANSLATORS: clause, result, reason: "六(一)1 fail: 2025 annual inspection failed" */
  return g_strdup_printf (_("%s %s: %s"), rule->clause, result, rule->reason);
}

/**
 * kx_eligibility_format:
 *
 * Returns: (transfer full): one line per rule, without a final newline
 */
char *
kx_eligibility_format (const KxEligibility *self,
                       gboolean             only_blocking)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->rules->len; i++)
    {
      const KxEligibilityRule *rule = &g_array_index (self->rules, KxEligibilityRule, i);

      if (!only_blocking || rule->result != KX_RESULT_PASS)
        g_ptr_array_add (lines, kx_eligibility_rule_format (rule));
    }
  return join_texts (lines, "\n");
}

/* Submission */

gboolean
_kx_submit_check (KxStore               *store,
                  const KxProjectState  *state,
                  const char            *today,
                  GError               **error)
{
  g_autoptr(KxEligibility) verdict = NULL;
  g_autofree char *lines = NULL;

  verdict = kx_eligibility_evaluate (store, state->organization_id, state->call_id,
                                     state->type, today, error);
  if (verdict == NULL)
    return FALSE;
  if (verdict->eligible)
    return TRUE;
  lines = kx_eligibility_format (verdict, TRUE);
  return _kx_workflow_blocked (error,
                               _("Project %s cannot be submitted on %s: every condition must "
                                 "be met, and these are not (correct or record them, then "
                                 "submit again):\n%s"),
                               state->number, today, lines);
}

static gboolean
set_submitted_on (KxStore     *store,
                  gint64       project_id,
                  const char  *date,
                  GError     **error)
{
  static const char sql[] = "UPDATE project SET submitted_on = ?2, updated_at = ?3 WHERE id = ?1";
  g_autofree char *before = NULL;
  g_autofree char *now = _kx_store_now ();
  sqlite3_stmt *stmt;

  if ((before = _kx_store_row_json (store, "project", project_id, error)) == NULL ||
      (stmt = _kx_store_cached (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  return _kx_store_step_done (store, stmt, error) &&
         _kx_store_audit_write (store, "project", project_id, "set-submitted-on", before, error);
}

/**
 * kx_project_submit:
 *
 * Submits a draft (or an application returned for correction) on @date.
 *
 * Returns: %FALSE with KX_ERROR_BLOCKED and every failing or unknown rule
 *   when it may not be submitted; nothing is written then
 */
gboolean
kx_project_submit (KxStore     *store,
                   gint64       project_id,
                   const char  *date,
                   GError     **error)
{
  g_auto(KxProjectState) state = { 0 };

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (date == NULL || !kx_date_is_valid (date))
    {
      g_set_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID,
                   _("Submission date: “%s” is not a date; use YYYY-MM-DD"),
                   date != NULL ? date : "");
      return FALSE;
    }
  if (!kx_store_begin (store, error))
    return FALSE;
  if (!_kx_workflow_load (store, project_id, &state, error) ||
      !_kx_workflow_require (store, &state, KX_ACTION_SUBMIT, date, error) ||
      !set_submitted_on (store, project_id, date, error) ||
      !_kx_workflow_set_stage (store, &state, KX_STAGE_SUBMITTED, KX_ACTION_SUBMIT, error) ||
      !kx_store_commit (store, error))
    {
      kx_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
