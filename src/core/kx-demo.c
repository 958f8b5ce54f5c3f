/* kx-demo.c: a deterministic, realistic demo database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value comes from one GRand seeded with options->seed and from the
 * tables of kx-demo-data.h; nothing reads the clock, so one seed always
 * gives the same rows (only the created_at/updated_at stamps and the audit
 * log times differ). The organizations and experts are made by
 * kx-demo-orgs.c, then the three calls with budgets that grow with the
 * number of projects.
 *
 * Then, call by call, the projects are planned in memory: the stage each
 * one reaches, an applicant the eligibility engine accepts for its type,
 * and amounts that fit the caps of the types and the budget. Each is then
 * written as a draft and walked to its stage through the functions a clerk
 * uses (submission, formal and expert review, decision, notice,
 * agreement, money, progress, checks, penalties), dated in its call year.
 * Nothing sets a stage any other way, so every refusal of the workflow
 * would stop the demo. A call is planned once the one before it has been
 * lived, so that the bans from its penalties keep organizations out.
 */

#define G_LOG_DOMAIN "kx-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-demo.h"
#include "kx-demo-private.h"
#include "kx-call.h"
#include "kx-decision.h"
#include "kx-eligibility.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-project-private.h"
#include "kx-review.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define N_CALLS           DEMO_N_CALLS
#define YUAN(n)           ((gint64) (n) * 100)
#define WAN(n)            ((gint64) (n) * 1000000)
#define PROGRESS_EVERY    1000
#define CANCEL_EVERY      100

typedef struct
{
  guint32   org;            /* index into Demo.orgs */
  guint8    call;
  guint8    type;
  guint8    stage;          /* where its life ends */
  gboolean  must;           /* one of the stages its call always shows */
  gint64    requested_fen;
  gint64    approved_fen;   /* -1 = none */
} DemoPlan;

static void
demo_free (Demo *self)
{
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->orgs, g_array_unref);
  for (guint i = 0; i < KX_N_ORG_KINDS; i++)
    g_clear_pointer (&self->by_kind[i], g_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_clear_pointer (&self->experts, g_array_unref);
  g_clear_pointer (&self->penalized, g_array_unref);
  g_clear_pointer (&self->plan, g_array_unref);
  g_clear_pointer (&self->eligible, g_free);
  g_clear_pointer (&self->risky, g_array_unref);
  g_string_free (self->title, TRUE);
  g_string_free (self->content, TRUE);
  g_string_free (self->indicators, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->justification); i++)
    g_string_free (self->justification[i], TRUE);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Demo, demo_free)

static Demo *
demo_new (KxStore             *store,
          const KxDemoOptions *options)
{
  Demo *self = g_new0 (Demo, 1);
  guint planned = 0;

  self->store = store;
  self->options = *options;
  self->rand = g_rand_new_with_seed (options->seed);
  self->orgs = g_array_new (FALSE, TRUE, sizeof (DemoOrg));
  for (guint i = 0; i < KX_N_ORG_KINDS; i++)
    self->by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->experts = g_array_new (FALSE, TRUE, sizeof (DemoExpert));
  self->penalized = g_array_new (FALSE, FALSE, sizeof (guint));
  self->plan = g_array_new (FALSE, TRUE, sizeof (DemoPlan));
  self->risky = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint c = 0; c < N_CALLS; c++)
    {
      self->n_projects[c] = c + 1 < N_CALLS ? options->projects * demo_calls[c].share / 100
                                            : options->projects - planned;
      planned += self->n_projects[c];
      kx_policy_init_defaults (&self->policy[c]);
    }
  self->title = g_string_new (NULL);
  self->content = g_string_new (NULL);
  self->indicators = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->justification); i++)
    self->justification[i] = g_string_new (NULL);
  return self;
}

/* Random helpers */

int
_kx_demo_between (Demo *self,
                  int   low,
                  int   high)
{
  return g_rand_int_range (self->rand, low, high + 1);
}

gboolean
_kx_demo_chance (Demo *self,
                 int   percent)
{
  return g_rand_int_range (self->rand, 0, 100) < percent;
}

void
_kx_demo_shuffle (Demo     *self,
                  gpointer  items,
                  guint     n,
                  gsize     size)
{
  g_autofree char *tmp = g_malloc (size);
  char *base = items;

  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (self->rand, 0, i);

      memcpy (tmp, base + (i - 1) * size, size);
      memcpy (base + (i - 1) * size, base + j * size, size);
      memcpy (base + j * size, tmp, size);
    }
}

static guint
draw_weighted (Demo        *self,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  if (total == 0)
    return n;
  r = g_rand_int_range (self->rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

static gint64
round_down (gint64 value,
            gint64 unit)
{
  return value / unit * unit;
}

static gint64
round_up (gint64 value,
          gint64 unit)
{
  return (value + unit - 1) / unit * unit;
}

/* Days: a date as its GDate Julian day number, so that the life of a
 * project is reckoned in days and written as YYYY-MM-DD. */

typedef guint32 Day;

#define NO_DAY G_MAXUINT32

static Day
day_of (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* @text: "YYYY-MM-DD" or, in @year, "MM-DD" */
static Day
day_parse (int         year,
           const char *text)
{
  if (strlen (text) > 5)
    {
      year = (int) g_ascii_strtoll (text, NULL, 10);
      text += 5;
    }
  return day_of (year, (int) g_ascii_strtoll (text, NULL, 10),
                 (int) g_ascii_strtoll (text + 3, NULL, 10));
}

static const char *
day_format (Day   day,
            char  buf[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buf, 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
  return buf;
}

static Day
draw_day (Demo *self,
          Day   low,
          Day   high)
{
  return high <= low ? low : low + (Day) g_rand_int_range (self->rand, 0, high - low + 1);
}

/* Stages: the main path of a life, and where the others leave it */

static const gint8 main_rank[KX_N_STAGES] = {
  [KX_STAGE_DRAFT] = 0, [KX_STAGE_SUBMITTED] = 1, [KX_STAGE_FORMAL_PASSED] = 2,
  [KX_STAGE_UNDER_EXPERT_REVIEW] = 3, [KX_STAGE_REVIEWED] = 4, [KX_STAGE_APPROVED] = 5,
  [KX_STAGE_IN_NOTICE] = 6, [KX_STAGE_NOTICE_PASSED] = 7, [KX_STAGE_AGREEMENT_SIGNED] = 8,
  [KX_STAGE_FUNDED] = 9, [KX_STAGE_IN_PROGRESS] = 10, [KX_STAGE_MIDTERM_PASSED] = 11,
  [KX_STAGE_ACCEPTED] = 12,
  [KX_STAGE_RETURNED] = -1, [KX_STAGE_REJECTED] = -1, [KX_STAGE_NOT_APPROVED] = -1,
  [KX_STAGE_WITHDRAWN] = -1, [KX_STAGE_FAILED_ACCEPTANCE] = -1, [KX_STAGE_REVOKED] = -1,
};

/* The last stage of the main path a life ending in @stage goes through;
 * for a revoked project, the least (it is revoked from funded on). */
static KxStage
main_stage (KxStage stage)
{
  switch ((int) stage)
    {
    case KX_STAGE_RETURNED:
    case KX_STAGE_REJECTED:
      return KX_STAGE_SUBMITTED;
    case KX_STAGE_NOT_APPROVED:
      return KX_STAGE_REVIEWED;
    case KX_STAGE_WITHDRAWN:
      return KX_STAGE_IN_NOTICE;
    case KX_STAGE_FAILED_ACCEPTANCE:
      return KX_STAGE_MIDTERM_PASSED;
    case KX_STAGE_REVOKED:
      return KX_STAGE_FUNDED;
    default:
      return stage;
    }
}

static gboolean
goes_through (KxStage stage,
              KxStage main)
{
  return main_rank[main] <= main_rank[main_stage (stage)];
}

static gboolean
is_approved (KxStage stage)
{
  return goes_through (stage, KX_STAGE_APPROVED);
}

/* The calls: budgets and caps grow with the number of projects beyond the
 * default size. */

static gint64
scaled (gint64          fen,
        const DemoCall *spec,
        guint           n)
{
  return round_up (fen * MAX (n, spec->base) / spec->base, WAN (10));
}

static gboolean
add_calls (Demo    *self,
           GError **error)
{
  for (guint c = 0; c < N_CALLS; c++)
    {
      const DemoCall *spec = &demo_calls[c];
      g_autofree char *title = g_strdup_printf ("%d年度郴州市科协学会服务能力提升计划", spec->year);
      KxCallFields f = { 0 };

      self->budget_fen[c] = scaled (WAN (spec->budget_wan), spec, self->n_projects[c]);
      for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
        self->policy[c].type_cap_fen[t] =
          spec->cap_wan[t] == 0 ? -1 : MIN (scaled (WAN (spec->cap_wan[t]), spec,
                                                    self->n_projects[c]),
                                            self->budget_fen[c]);
      f.year = spec->year;
      f.title = title;
      f.budget_fen = self->budget_fen[c];
      f.window_start = spec->window_start;
      f.window_end = spec->window_end;
      f.note = "依据《郴州市科协学会服务能力提升计划实施方案（试行）》，市科协、市财政局联合实施。";
      f.policy = self->policy[c];
      if (!kx_call_insert (self->store, &f, &self->call_id[c], error))
        return FALSE;
    }
  return TRUE;
}

/* The plan of a call */

static guint
draw_organization (Demo *self)
{
  guint weights[KX_N_ORG_KINDS];
  GArray *members;

  for (guint k = 0; k < KX_N_ORG_KINDS; k++)
    weights[k] = self->by_kind[k]->len > 0 ? demo_kind_weights[k] : 0;
  members = self->by_kind[draw_weighted (self, weights, KX_N_ORG_KINDS)];
  return g_array_index (members, guint, g_rand_int_range (self->rand, 0, members->len));
}

/* A type the call's policy lets @kind apply for, or 0 if there is none. */
static guint
draw_type (Demo           *self,
           const KxPolicy *policy,
           KxOrgKind       kind)
{
  guint weights[KX_N_PROJECT_TYPES];
  guint type;

  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    weights[t] = (policy->allowed_kinds[t] & KX_ORG_KIND_BIT (kind))
                 ? demo_type_weights[kind][t] : 0;
  type = draw_weighted (self, weights, KX_N_PROJECT_TYPES);
  if (type < KX_N_PROJECT_TYPES)
    return type + 1;
  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    weights[t] = (policy->allowed_kinds[t] & KX_ORG_KIND_BIT (kind)) ? 1 : 0;
  type = draw_weighted (self, weights, KX_N_PROJECT_TYPES);
  return type < KX_N_PROJECT_TYPES ? type + 1 : 0;
}

/* What the eligibility engine says of the organization and the type in the
 * call: 1 eligible, 0 not, -1 on error. Asked once per pair and call, on
 * the day the window opens: no fact or penalty of the demo is dated inside
 * a window, so the answer holds on every day of it. */
static int
is_eligible (Demo     *self,
             guint     c,
             guint     org,
             guint     type,
             GError  **error)
{
  gint8 *known = &self->eligible[org * KX_N_PROJECT_TYPES + type - 1];

  if (*known < 0)
    {
      g_autoptr(KxEligibility) verdict =
        kx_eligibility_evaluate (self->store, g_array_index (self->orgs, DemoOrg, org).id,
                                 self->call_id[c], type, demo_calls[c].window_start, error);

      if (verdict == NULL)
        return -1;
      *known = verdict->eligible ? 1 : 0;
    }
  return *known;
}

static gboolean
is_penalized (KxStage stage)
{
  return stage == KX_STAGE_FAILED_ACCEPTANCE || stage == KX_STAGE_REVOKED;
}

static gboolean
needs_experts (KxStage stage)
{
  return goes_through (stage, KX_STAGE_UNDER_EXPERT_REVIEW);
}

/* An organization the call could fund: eligible for a type it may apply
 * for, with enough experts free to review it. 1 yes, 0 no, -1 on error. */
static int
is_fundable (Demo     *self,
             guint     c,
             guint     index,
             GError  **error)
{
  const DemoOrg *org = &g_array_index (self->orgs, DemoOrg, index);

  if (org->reviewers < (guint) self->policy[c].experts_per_project)
    return 0;
  for (guint t = 1; t <= KX_N_PROJECT_TYPES; t++)
    {
      int eligible;

      if (!(self->policy[c].allowed_kinds[t - 1] & KX_ORG_KIND_BIT (org->kind)))
        continue;
      if ((eligible = is_eligible (self, c, index, t, error)) != 0)
        return eligible;
    }
  return 0;
}

/* The few organizations whose projects fail or are revoked in a call gone
 * by, one in twenty: so that the bans keep a few organizations out of the
 * next calls, and not most of them when each has many projects. */
static gboolean
choose_risky (Demo     *self,
              guint     c,
              GError  **error)
{
  g_autofree guint *order = g_new (guint, self->orgs->len);
  guint want = MAX (1, self->orgs->len / 20);

  g_array_set_size (self->risky, 0);
  if (demo_calls[c].today != NULL)
    return TRUE;
  for (guint i = 0; i < self->orgs->len; i++)
    order[i] = i;
  _kx_demo_shuffle (self, order, self->orgs->len, sizeof (guint));
  for (guint i = 0; i < self->orgs->len && self->risky->len < want; i++)
    {
      int fundable = is_fundable (self, c, order[i], error);

      if (fundable < 0)
        return FALSE;
      if (fundable)
        g_array_append_val (self->risky, order[i]);
    }
  return TRUE;
}

/* The first organization drawn, or, for a draft the engine is to refuse,
 * now and then one already penalized; for a project heading for a
 * penalty, one of the call's risky organizations. */
static guint
draw_applicant (Demo     *self,
                gboolean  refused,
                gboolean  penalized)
{
  if (refused && self->penalized->len > 0 && _kx_demo_chance (self, 50))
    return g_array_index (self->penalized, guint,
                          g_rand_int_range (self->rand, 0, self->penalized->len));
  if (penalized)
    return g_array_index (self->risky, guint, g_rand_int_range (self->rand, 0, self->risky->len));
  return draw_organization (self);
}

/* A draft may come from anyone; in the calls gone by, and for half of
 * them in the call of the year, it is an application the eligibility
 * engine refuses (often from an organization under a ban). Every other
 * project needs an applicant eligible for its type and, from the expert
 * review on, enough active experts not tied to it; when none turns up,
 * its life stops earlier. */
static gboolean
pick_applicant (Demo      *self,
                DemoPlan  *p,
                GError   **error)
{
  gboolean refused = p->stage == KX_STAGE_DRAFT &&
                     (demo_calls[p->call].today == NULL || _kx_demo_chance (self, 50));
  guint need = self->policy[p->call].experts_per_project;
  gboolean fallback_eligible = FALSE;
  gint64 fallback = -1;

  /* Without a risky organization, the project is carried out well. */
  if (is_penalized (p->stage) && self->risky->len == 0)
    p->stage = KX_STAGE_ACCEPTED;
  for (guint attempt = 0; attempt < 60; attempt++)
    {
      guint index = draw_applicant (self, refused, is_penalized (p->stage));
      const DemoOrg *org = &g_array_index (self->orgs, DemoOrg, index);
      guint type = draw_type (self, &self->policy[p->call], org->kind);
      int eligible;

      if (type == 0)
        continue;
      p->org = index;
      p->type = type;
      if (p->stage == KX_STAGE_DRAFT && !refused)
        return TRUE;
      if ((eligible = is_eligible (self, p->call, index, type, error)) < 0)
        return FALSE;
      if (refused && (!eligible || attempt >= 40))
        return TRUE;
      if (refused || !eligible)
        {
          if (fallback < 0)
            fallback = (gint64) index << 8 | type;
          continue;
        }
      if (!needs_experts (p->stage) || org->reviewers >= need)
        return TRUE;
      if (!fallback_eligible)
        fallback = (gint64) index << 8 | type;
      fallback_eligible = TRUE;
    }

  p->stage = fallback_eligible ? KX_STAGE_FORMAL_PASSED : KX_STAGE_DRAFT;
  p->must = FALSE;
  if (fallback >= 0)
    {
      p->org = (guint32) (fallback >> 8);
      p->type = fallback & 0xff;
    }
  return TRUE;
}

/* Thousands of yuan, skewed towards the low end of the type's range. */
static gint64
draw_request (Demo  *self,
              guint  type)
{
  const guint *range = demo_request_range_k[type - 1];
  guint a = g_rand_int_range (self->rand, 0, range[1] - range[0] + 1);
  guint b = g_rand_int_range (self->rand, 0, range[1] - range[0] + 1);

  return YUAN ((gint64) (range[0] + MIN (a, b)) * 1000);
}

static gint64
approved_sum (const DemoPlan *plan,
              guint           n,
              guint           type)
{
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    if (plan[i].approved_fen > 0 && (type == 0 || plan[i].type == type))
      sum += plan[i].approved_fen;
  return sum;
}

/* Keeps the money approved for @type (0 = all) within @limit, as
 * kx_decision_record() will: first every amount is cut in the same
 * proportion, never below half of the request; then the Party group
 * approves fewer, the last planned first and the stages the call always
 * shows last. */
static void
fit_approvals (DemoPlan *plan,
               guint     n,
               guint     type,
               gint64    limit)
{
  gint64 sum = approved_sum (plan, n, type);
  gint64 per_mille;

  if (sum <= limit)
    return;
  per_mille = limit * 1000 / sum;
  for (guint i = 0; i < n; i++)
    {
      DemoPlan *p = &plan[i];

      if (p->approved_fen > 0 && (type == 0 || p->type == type))
        p->approved_fen = MAX (round_down (p->approved_fen * per_mille / 1000, YUAN (1000)),
                               round_down (p->requested_fen / 2, YUAN (1000)));
    }
  sum = approved_sum (plan, n, type);
  for (guint pass = 0; pass < 2 && sum > limit; pass++)
    for (guint i = n; i-- > 0 && sum > limit;)
      {
        DemoPlan *p = &plan[i];

        if (p->approved_fen <= 0 || (type != 0 && p->type != type) || (p->must && pass == 0))
          continue;
        sum -= p->approved_fen;
        p->approved_fen = -1;
        p->stage = KX_STAGE_NOT_APPROVED;
      }
}

/* Approved amounts are 70–100 % of the request in whole thousands of yuan,
 * within the caps of the types and the budget of the call. */
static void
allocate_call (Demo  *self,
               guint  c)
{
  DemoPlan *plan = (DemoPlan *) self->plan->data;
  guint n = self->plan->len;

  for (guint i = 0; i < n; i++)
    {
      int percent = _kx_demo_between (self, 70, 100);

      plan[i].approved_fen = -1;
      if (is_approved (plan[i].stage))
        plan[i].approved_fen = MAX (round_down (plan[i].requested_fen * percent / 100,
                                                YUAN (1000)), YUAN (1000));
    }
  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    if (self->policy[c].type_cap_fen[t] >= 0)
      fit_approvals (plan, n, t + 1, self->policy[c].type_cap_fen[t]);
  fit_approvals (plan, n, 0, self->budget_fen[c]);

  self->n_signing = 0;
  self->n_signed = 0;
  self->n_paid = 0;
  for (guint i = 0; i < n; i++)
    if (goes_through (plan[i].stage, KX_STAGE_AGREEMENT_SIGNED))
      self->n_signing++;
}

static gboolean
plan_call (Demo    *self,
           guint    c,
           GError **error)
{
  const DemoCall *spec = &demo_calls[c];
  guint weights[KX_N_STAGES];
  guint n_must = 0;

  g_array_set_size (self->plan, 0);
  if (self->orgs->len == 0)
    return TRUE;
  g_free (self->eligible);
  self->eligible = g_malloc ((gsize) self->orgs->len * KX_N_PROJECT_TYPES);
  memset (self->eligible, -1, (gsize) self->orgs->len * KX_N_PROJECT_TYPES);
  if (!choose_risky (self, c, error))
    return FALSE;

  for (guint s = 0; s < KX_N_STAGES; s++)
    weights[s] = spec->weights[s];
  while (n_must < G_N_ELEMENTS (spec->must) && spec->must[n_must] != KX_N_STAGES)
    n_must++;
  for (guint j = 0; j < self->n_projects[c]; j++)
    {
      DemoPlan p = { 0 };

      p.call = c;
      p.must = j < n_must;
      p.stage = p.must ? spec->must[j] : draw_weighted (self, weights, KX_N_STAGES);
      if (!pick_applicant (self, &p, error))
        return FALSE;
      p.requested_fen = draw_request (self, p.type);
      g_array_append_val (self->plan, p);
    }
  /* The stages every call shows were planned first; spread them out. */
  _kx_demo_shuffle (self, self->plan->data, self->plan->len, sizeof (DemoPlan));
  allocate_call (self, c);
  return TRUE;
}

/* The application: texts, milestones and budget lines */

static void
expand (GString            *out,
        const char         *template,
        const char * const *values)
{
  g_string_truncate (out, 0);
  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] >= '0' && p[1] <= '7' && p[2] == '}')
        {
          g_string_append (out, values[p[1] - '0']);
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
fill_texts (Demo           *self,
            const DemoPlan *p,
            const DemoOrg  *org)
{
  static const struct { const char * const *items; guint n; } titles[KX_N_PROJECT_TYPES] = {
    { demo_titles_type1, G_N_ELEMENTS (demo_titles_type1) },
    { demo_titles_type2, G_N_ELEMENTS (demo_titles_type2) },
    { demo_titles_type3, G_N_ELEMENTS (demo_titles_type3) },
    { demo_titles_type4, G_N_ELEMENTS (demo_titles_type4) },
    { demo_titles_type5, G_N_ELEMENTS (demo_titles_type5) },
  };
  char year[8], small[8], count[8], people[8];
  const char *values[8];
  guint t = p->type - 1;

  g_snprintf (year, sizeof year, "%d", demo_calls[p->call].year);
  g_snprintf (small, sizeof small, "%d", _kx_demo_between (self, 10, 60));
  g_snprintf (count, sizeof count, "%d", _kx_demo_between (self, 2, 8));
  g_snprintf (people, sizeof people, "%d", _kx_demo_between (self, 100, 600));
  values[0] = org->name;
  values[1] = demo_disciplines[org->discipline].stem;
  values[2] = year;
  values[3] = org->county >= 0 ? demo_counties[org->county].name : "郴州市";
  values[4] = small;
  values[5] = count;
  values[6] = people;
  values[7] = _KX_DEMO_PICK (self, demo_topics);
  expand (self->title, titles[t].items[g_rand_int_range (self->rand, 0, titles[t].n)], values);
  expand (self->content, demo_content[t], values);
  expand (self->indicators, demo_indicators[t], values);
}

static guint
fill_milestones (Demo              *self,
                 const DemoPlan    *p,
                 KxMilestoneFields *milestones,
                 char               dates[4][11])
{
  static const guint8 slots[3][4] = { { 0, 3 }, { 0, 1, 3 }, { 0, 1, 2, 3 } };
  static const guint weights[3] = { 40, 40, 20 };   /* 2, 3 or 4 milestones */
  guint n = 2 + draw_weighted (self, weights, G_N_ELEMENTS (weights));

  for (guint i = 0; i < n; i++)
    {
      guint slot = slots[n - 2][i];

      g_snprintf (dates[i], 11, "%d-%s", demo_calls[p->call].year, demo_milestone_dates[slot]);
      milestones[i].seq = i + 1;
      milestones[i].due_on = dates[i];
      milestones[i].target = demo_milestone_targets[slot];
    }
  return n;
}

/* Distinct items, in the order of the table, sharing the request. */
static void
choose_items (Demo  *self,
              guint *items,
              guint  n)
{
  guint order[G_N_ELEMENTS (demo_budget_items)];

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  _kx_demo_shuffle (self, order, G_N_ELEMENTS (order), sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      guint j = i;

      for (; j > 0 && items[j - 1] > order[i]; j--)
        items[j] = items[j - 1];
      items[j] = order[i];
    }
}

static guint
fill_budget (Demo               *self,
             const DemoPlan     *p,
             KxBudgetLineFields *lines)
{
  static const guint counts[4] = { 30, 35, 25, 10 };  /* 2, 3, 4 or 5 lines */
  guint n = p->type == KX_PROJECT_TYPE_DEMO_SOCIETY
            ? (guint) _kx_demo_between (self, 4, 5)
            : 2 + draw_weighted (self, counts, G_N_ELEMENTS (counts));
  gint64 total = p->requested_fen / 100;
  gint64 left = total;
  guint items[5], weights[5], sum = 0;

  choose_items (self, items, n);
  for (guint i = 0; i < n; i++)
    sum += weights[i] = _kx_demo_between (self, 1, 10);
  for (guint i = 0; i < n; i++)
    {
      const DemoBudgetItem *item = &demo_budget_items[items[i]];
      gint64 yuan = i + 1 < n ? round_down (total * weights[i] / sum, 100) : left;
      GString *text = self->justification[i];

      left -= yuan;
      g_string_assign (text, item->before);
      g_string_append_printf (text, "%" G_GINT64_FORMAT, MAX (1, yuan / item->unit_yuan));
      g_string_append (text, item->after);
      lines[i].seq = i + 1;
      lines[i].item = item->item;
      lines[i].amount_fen = YUAN (yuan);
      lines[i].justification = text->str;
    }
  return n;
}

static gboolean
write_draft (Demo            *self,
             const DemoPlan  *p,
             gint64          *out_id,
             GError         **error)
{
  const DemoOrg *org = &g_array_index (self->orgs, DemoOrg, p->org);
  KxMilestoneFields milestones[4];
  KxBudgetLineFields lines[5];
  char dates[4][11];
  KxProjectFields f = { 0 };

  fill_texts (self, p, org);
  f.call_id = self->call_id[p->call];
  f.organization_id = org->id;
  f.type = p->type;
  f.title = self->title->str;
  f.content = self->content->str;
  f.indicators = self->indicators->str;
  f.milestones = milestones;
  f.n_milestones = fill_milestones (self, p, milestones, dates);
  f.budget_lines = lines;
  f.n_budget_lines = fill_budget (self, p, lines);
  return kx_project_insert (self->store, &f, out_id, error);
}

/* The life of a project, through the workflow */

enum { BAND_HIGH, BAND_MIDDLING, BAND_LOW };

typedef struct
{
  Demo           *self;
  const DemoPlan *p;
  int             year;
  gint64          id;
  KxStage         last;          /* the last stage of the main path it reaches */
  gboolean        current;       /* in the call of the year, cut off at today */
  gboolean        late;          /* decided at the call's second meeting */
  int             band;          /* how the experts rate it */
  Day             day;           /* the date of its last action */
  Day             today;         /* the demo's today: nothing is dated after it */
  Day             notice_end;
  char            date[11];
  GArray         *milestones;    /* KxMilestone, once funded */
  GArray         *lines;         /* KxBudgetLine, once funded */
  guint8          reported[4];   /* milestone statuses reported: 0 none, 1 in progress, 2 closed */
  guint           next_line;     /* budget lines spent on so far */
  gint64          paid_fen;
} Life;

static void
life_clear (Life *l)
{
  g_clear_pointer (&l->milestones, g_array_unref);
  g_clear_pointer (&l->lines, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Life, life_clear)

/* The date of the next action: @day, but never before the last action nor
 * after today. */
static const char *
on (Life *l,
    Day   day)
{
  l->day = MIN (MAX (day, l->day), l->today);
  return day_format (l->day, l->date);
}

/* A day of the call year (@mmdd "MM-DD"), or of the next year. */
static Day
in_year (Life       *l,
         const char *mmdd)
{
  return day_parse (l->year, mmdd);
}

static Day
next_year (Life       *l,
           const char *mmdd)
{
  return day_parse (l->year + 1, mmdd);
}

static Day
draw (Life *l,
      Day   low,
      Day   high)
{
  return draw_day (l->self, low, high);
}

static gboolean
reaches (Life    *l,
         KxStage  stage)
{
  return main_rank[stage] <= main_rank[l->last];
}

/* Where the life of a revoked project leaves the main path: in a call gone
 * by, as late as after its final acceptance. */
static KxStage
draw_revoked_from (Life *l)
{
  static const KxStage from[] = {
    KX_STAGE_FUNDED, KX_STAGE_IN_PROGRESS, KX_STAGE_MIDTERM_PASSED, KX_STAGE_ACCEPTED,
  };
  static const guint weights[][G_N_ELEMENTS (from)] = {
    { 0, 1, 1, 2 }, { 1, 1, 1, 1 }, { 1, 1, 0, 0 },
  };

  if (l->current)
    return from[draw_weighted (l->self, weights[2], G_N_ELEMENTS (from))];
  return from[draw_weighted (l->self, weights[l->year == demo_calls[0].year ? 0 : 1],
                             G_N_ELEMENTS (from))];
}

/* Submission and formal review */

static gboolean
formal_review (Life            *l,
               KxFormalResult   result,
               Day              day,
               GError         **error)
{
  Demo *self = l->self;
  KxFormalReviewFields f = { 0 };

  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    f.ok[i] = TRUE;
  f.reviewed_on = on (l, day);
  f.reviewer = _KX_DEMO_PICK (self, demo_clerks);
  f.result = result;
  if (result != KX_FORMAL_RESULT_PASS)
    {
      const DemoFlaw *flaw = result == KX_FORMAL_RESULT_RETURN
                             ? &_KX_DEMO_PICK (self, demo_return_flaws)
                             : &_KX_DEMO_PICK (self, demo_reject_flaws);

      f.ok[flaw->check] = FALSE;
      f.notes[flaw->check] = flaw->note;
      f.note = result == KX_FORMAL_RESULT_RETURN ? "请按审查意见补正后重新提交"
                                                 : "不符合申报要求，不予受理";
    }
  return kx_formal_review_record (self->store, l->id, &f, error);
}

/* One application in ten that goes on is returned for correction inside
 * the window first, and submitted again. */
static gboolean
submit (Life    *l,
        GError **error)
{
  Demo *self = l->self;
  Day start = day_parse (l->year, demo_calls[l->p->call].window_start);
  Day end = day_parse (l->year, demo_calls[l->p->call].window_end);

  if (reaches (l, KX_STAGE_FORMAL_PASSED) && end - start >= 20 && _kx_demo_chance (self, 10))
    {
      if (!kx_project_submit (self->store, l->id, on (l, draw (l, start, end - 14)), error) ||
          !formal_review (l, KX_FORMAL_RESULT_RETURN, draw (l, l->day + 3, l->day + 6), error))
        return FALSE;
      return kx_project_submit (self->store, l->id,
                                on (l, draw (l, l->day + 1, MIN (l->day + 5, end))), error);
    }
  return kx_project_submit (self->store, l->id, on (l, draw (l, start, end)), error);
}

static gboolean
live_application (Life    *l,
                  GError **error)
{
  KxStage stage = l->p->stage;
  Day from = in_year (l, "05-06");
  Day to = in_year (l, "05-16");

  if (!submit (l, error))
    return FALSE;
  if (stage == KX_STAGE_SUBMITTED)
    return TRUE;   /* waiting for its formal review */
  if (stage == KX_STAGE_RETURNED || stage == KX_STAGE_REJECTED)
    return formal_review (l, stage == KX_STAGE_RETURNED ? KX_FORMAL_RESULT_RETURN
                                                        : KX_FORMAL_RESULT_REJECT,
                          draw (l, from, to), error);
  if (stage == KX_STAGE_FORMAL_PASSED && l->current)
    {
      from = in_year (l, "07-01");
      to = in_year (l, "07-17");
    }
  return formal_review (l, KX_FORMAL_RESULT_PASS, draw (l, from, to), error);
}

/* Expert review */

static int
draw_band (Life *l)
{
  static const guint undecided[] = { 45, 30, 25 };

  if (l->p->approved_fen > 0)
    return BAND_HIGH;
  if (l->p->stage == KX_STAGE_NOT_APPROVED)
    return _kx_demo_chance (l->self, 60) ? BAND_LOW : BAND_MIDDLING;
  return draw_weighted (l->self, undecided, G_N_ELEMENTS (undecided));
}

/* An expert's total around the project's @quality, kept inside its band:
 * the projects approved score 70 or more from every expert, those below the
 * pass line under 60 from every expert, so the decisions follow the
 * ranking. */
static int
draw_total (Life *l,
            int   quality)
{
  static const int low[] = { 70, 60, 20 };
  static const int high[] = { 100, 69, 59 };

  return CLAMP (quality + _kx_demo_between (l->self, -4, 4), low[l->band], high[l->band]);
}

/* The total shared by the criteria in proportion to their weights, then
 * a few points moved from one criterion to another. */
static void
split_total (Demo      *self,
             const int  weights[KX_N_CRITERIA],
             int        total,
             int        scores[KX_N_CRITERIA])
{
  int sum = 0;
  int left;

  for (guint i = 0; i < KX_N_CRITERIA; i++)
    sum += weights[i];
  total = MIN (total, sum);
  left = total;
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      scores[i] = sum > 0 ? total * weights[i] / sum : 0;
      left -= scores[i];
    }
  for (guint i = 0; left > 0; i = (i + 1) % KX_N_CRITERIA)
    if (scores[i] < weights[i])
      {
        scores[i]++;
        left--;
      }
  for (guint k = 0; k < 3; k++)
    {
      guint a = g_rand_int_range (self->rand, 0, KX_N_CRITERIA);
      guint b = g_rand_int_range (self->rand, 0, KX_N_CRITERIA);
      int d = _kx_demo_between (self, 1, 2);

      if (a != b && scores[a] >= d && scores[b] + d <= weights[b])
        {
          scores[a] -= d;
          scores[b] += d;
        }
    }
}

static gboolean
live_review (Life    *l,
             GError **error)
{
  static const int quality_range[][2] = { { 74, 92 }, { 61, 66 }, { 38, 55 } };
  Demo *self = l->self;
  KxStage stage = l->p->stage;
  const int *weights = self->policy[l->p->call].weights;
  g_autoptr(GArray) experts = NULL;
  const char *assign[2] = { "05-18", "05-22" };
  const char *finish[2] = { "06-02", "06-05" };
  guint n_scores;
  Day assigned;
  int quality;

  if (l->current && stage == KX_STAGE_UNDER_EXPERT_REVIEW)
    assign[0] = "06-28", assign[1] = "07-12";
  else if (l->current && stage == KX_STAGE_REVIEWED)
    assign[0] = "06-25", assign[1] = "07-02", finish[0] = "07-15", finish[1] = "07-18";
  else if (l->late)
    assign[0] = "06-15", assign[1] = "06-20", finish[0] = "07-01", finish[1] = "07-08";

  l->band = draw_band (l);
  quality = _kx_demo_between (self, quality_range[l->band][0], quality_range[l->band][1]);
  if (!kx_review_assign_auto (self->store, l->id,
                              on (l, draw (l, in_year (l, assign[0]), in_year (l, assign[1]))),
                              &experts, error))
    return FALSE;
  assigned = l->day;
  n_scores = stage == KX_STAGE_UNDER_EXPERT_REVIEW
             ? (guint) _kx_demo_between (self, 0, experts->len - 1) : experts->len;
  for (guint i = 0; i < n_scores; i++)
    {
      const char *comment = _KX_DEMO_PICK (self, demo_score_comments[l->band]);
      Day day = draw (l, assigned + 2, assigned + 9);
      int scores[KX_N_CRITERIA];

      split_total (self, weights, draw_total (l, quality), scores);
      if (!kx_review_score (self->store, l->id, g_array_index (experts, gint64, i), scores,
                            on (l, day), comment, error))
        return FALSE;
    }
  if (stage == KX_STAGE_UNDER_EXPERT_REVIEW)
    return TRUE;   /* waiting for the other scores */
  return kx_review_finish (self->store, l->id,
                           on (l, draw (l, in_year (l, finish[0]), in_year (l, finish[1]))),
                           error);
}

/* Decision, notice and agreement */

static gboolean
decide (Life    *l,
        GError **error)
{
  const DemoCall *spec = &demo_calls[l->p->call];
  gboolean approved = l->p->approved_fen > 0;
  g_autofree char *minutes = g_strdup_printf ("党组会议纪要〔%d〕%d号", l->year,
                                              l->late ? 14 : 9);
  const char *note = NULL;

  if (!approved)
    note = l->band == BAND_LOW ? "专家评审得分未达及格线，不予立项"
                               : "评审排名未进入年度资助范围，不予立项";
  return kx_decision_record (l->self->store, l->id,
                             on (l, in_year (l, l->late ? spec->late_meeting : spec->meeting)),
                             approved, l->p->approved_fen, minutes, note, error);
}

/* An objection received between @first and @last; @resolution "upheld",
 * "unfounded", or NULL to leave it pending. */
static gboolean
object (Life        *l,
        Day          first,
        Day          last,
        const char  *resolution,
        GError     **error)
{
  Demo *self = l->self;
  KxStore *store = self->store;
  const DemoObjection *objection = g_strcmp0 (resolution, "upheld") == 0
                                   ? &_KX_DEMO_PICK (self, demo_upheld)
                                   : &_KX_DEMO_PICK (self, demo_unfounded);
  Day received = draw (l, first, last);
  gint64 id = 0;

  if (!kx_notice_record_objection (store, l->id, on (l, received), objection->objector,
                                   objection->content, &id, error))
    return FALSE;
  if (resolution == NULL)
    return TRUE;
  return kx_notice_resolve_objection (store, id, resolution,
                                      on (l, draw (l, l->day + 1, l->day + 3)),
                                      objection->resolution, error);
}

static gboolean
live_notice (Life    *l,
             GError **error)
{
  Demo *self = l->self;
  KxStage stage = l->p->stage;
  Day start = l->day + (l->late ? 1 : 2);

  l->notice_end = start + self->policy[l->p->call].notice_days - 1;
  if (!kx_notice_start (self->store, l->id, on (l, start), NULL, error))
    return FALSE;
  if (stage == KX_STAGE_WITHDRAWN)
    return object (l, start + 1, start + 4, "upheld", error);
  if (stage == KX_STAGE_IN_NOTICE)
    return !_kx_demo_chance (self, 30) || object (l, start + 1, l->notice_end, NULL, error);
  if (_kx_demo_chance (self, 8) && !object (l, start + 1, start + 5, "unfounded", error))
    return FALSE;
  return kx_notice_close (self->store, l->id,
                          on (l, draw (l, l->notice_end + 1, l->notice_end + 3)), error);
}

/* The agreements of a call are signed over a fortnight after the notice,
 * in the order they are numbered. */
static gboolean
sign (Life    *l,
      GError **error)
{
  Demo *self = l->self;
  Day first = l->notice_end + 4;
  Day last = l->current ? in_year (l, "07-03") : l->notice_end + 20;
  Day day = first + (Day) ((gint64) (last - first) * self->n_signed / MAX (self->n_signing, 1));

  self->n_signed++;
  return kx_agreement_sign (self->store, l->id, on (l, day), NULL, error);
}

/* Money and implementation */

static gboolean
pay (Life    *l,
     Day      day,
     GError **error)
{
  Demo *self = l->self;
  g_autofree char *voucher = g_strdup_printf ("郴科协拨〔%d〕%u号", l->year, ++self->n_paid);
  gint64 amount = l->paid_fen == 0
                  ? kx_money_first_tranche (l->p->approved_fen,
                                            self->policy[l->p->call].first_tranche_percent)
                  : l->p->approved_fen - l->paid_fen;

  if (amount <= 0)
    return TRUE;
  if (!kx_money_disburse (self->store, l->id, on (l, day), amount, voucher, NULL, error))
    return FALSE;
  l->paid_fen += amount;
  return TRUE;
}

static gboolean
load_plans (Life    *l,
            GError **error)
{
  return (l->milestones = kx_project_list_milestones (l->self->store, l->id, error)) != NULL &&
         (l->lines = kx_project_list_budget_lines (l->self->store, l->id, error)) != NULL;
}

/* Spends on the next @n budget lines, each some of its share of the first
 * tranche, so that nothing is flagged; now and then an expenditure the
 * rules flag (七(三)): against no budget line, or over its line. */
static gboolean
spend (Life    *l,
       guint    n,
       Day      from,
       Day      to,
       GError **error)
{
  Demo *self = l->self;
  const KxPolicy *policy = &self->policy[l->p->call];

  for (guint i = 0; i < n && l->next_line < l->lines->len; i++)
    {
      const KxBudgetLine *line = &g_array_index (l->lines, KxBudgetLine, l->next_line++);
      gint64 share = line->amount_fen * l->p->approved_fen / l->p->requested_fen
                     * policy->first_tranche_percent / 100;
      gint64 amount = round_down (share * _kx_demo_between (self, 40, 90) / 100, YUAN (1));
      g_autofree char *what = g_strconcat (line->item, "支出", NULL);
      g_autofree char *voucher = g_strdup_printf ("记-%04d", _kx_demo_between (self, 1, 9999));

      if (_kx_demo_chance (self, 3))
        amount = round_down (line->amount_fen * 115 / 100, YUAN (1));
      if (amount > 0 &&
          !kx_money_spend (self->store, l->id, line->id, on (l, draw (l, from, to)), amount, what,
                           voucher, NULL, error))
        return FALSE;
    }
  if (n > 0 && _kx_demo_chance (self, 5))
    {
      g_autofree char *voucher = g_strdup_printf ("记-%04d", _kx_demo_between (self, 1, 9999));
      gint64 amount = YUAN (_kx_demo_between (self, 20, 80) * 100);
      const char *what = _KX_DEMO_PICK (self, demo_unbudgeted);
      Day day = draw (l, from, to);

      return kx_money_spend (self->store, l->id, 0, on (l, day), amount, what, voucher, NULL,
                             error);
    }
  return TRUE;
}

enum { REPORT_FIRST, REPORT_SECOND, REPORT_LAGGING };

/* A progress report: the milestones due by then are done (or, for a
 * project heading for failure, missed), the next one is under way. */
static gboolean
report (Life     *l,
        Day       day,
        int       kind,
        GError  **error)
{
  Demo *self = l->self;
  const char *text = kind == REPORT_FIRST ? _KX_DEMO_PICK (self, demo_first_reports)
                     : kind == REPORT_SECOND ? _KX_DEMO_PICK (self, demo_second_reports)
                     : _KX_DEMO_PICK (self, demo_lagging_reports);
  gboolean lagging = kind == REPORT_LAGGING;
  KxMilestoneUpdate updates[G_N_ELEMENTS (l->reported)];
  const char *date = on (l, day);
  gboolean next = TRUE;
  guint n = 0;

  for (guint i = 0; i < l->milestones->len && i < G_N_ELEMENTS (l->reported); i++)
    {
      const KxMilestone *m = &g_array_index (l->milestones, KxMilestone, i);
      gboolean due = strcmp (m->due_on, date) <= 0;
      guint8 status = due ? 2 : next ? 1 : 0;

      if (!due)
        next = FALSE;
      if (status <= l->reported[i])
        continue;
      l->reported[i] = status;
      updates[n].milestone_id = m->id;
      updates[n].status = status == 1 ? "in_progress" : lagging && i > 0 ? "missed" : "done";
      updates[n].note = NULL;
      n++;
    }
  return kx_progress_report (self->store, l->id, date, text, updates, n, NULL, error);
}

static gboolean
check (Life        *l,
       const char  *kind,
       Day          day,
       gboolean     passed,
       GError     **error)
{
  Demo *self = l->self;
  gboolean midterm = g_str_equal (kind, "midterm");
  const char *comments = midterm ? (passed ? _KX_DEMO_PICK (self, demo_midterm_passed)
                                           : _KX_DEMO_PICK (self, demo_midterm_failed))
                                 : (passed ? _KX_DEMO_PICK (self, demo_final_passed)
                                           : _KX_DEMO_PICK (self, demo_final_failed));

  return kx_check_record (self->store, l->id, kind, on (l, day),
                          passed ? KX_RESULT_PASS : KX_RESULT_FAIL,
                          midterm ? DEMO_MIDTERM_MATERIALS : DEMO_FINAL_MATERIALS, comments,
                          error);
}

/* One mid-term check in ten fails first and passes a month later, after
 * rectification. */
static gboolean
midterm (Life    *l,
         GError **error)
{
  Day day = draw (l, in_year (l, "09-10"), in_year (l, "09-26"));

  if (_kx_demo_chance (l->self, 10))
    {
      if (!check (l, "midterm", day, FALSE, error))
        return FALSE;
      day = draw (l, l->day + 20, l->day + 30);
    }
  return check (l, "midterm", day, TRUE, error);
}

/* After a penalty: most organizations pay everything back within two
 * months, some half of it, some nothing yet. */
static gboolean
recover (Life    *l,
         GError **error)
{
  Demo *self = l->self;
  DemoOrg *org = &g_array_index (self->orgs, DemoOrg, l->p->org);
  gint64 penalty = kx_money_open_penalty (self->store, l->id, error);
  int r = _kx_demo_between (self, 0, 99);

  if (penalty < 0)
    return FALSE;
  if (org->penalties++ == 0)
    g_array_append_val (self->penalized, l->p->org);
  if (penalty == 0 || r < 15)
    return TRUE;
  return kx_money_recover (self->store, l->id, on (l, draw (l, l->day + 20, l->day + 60)),
                           r < 35 ? MAX (l->paid_fen / 2, 1) : l->paid_fen,
                           "按处罚决定收回已拨付的项目资金", penalty, NULL, error);
}

static gboolean
live_implementation (Life    *l,
                     GError **error)
{
  Demo *self = l->self;
  KxStage stage = l->p->stage;
  gboolean failing = stage == KX_STAGE_FAILED_ACCEPTANCE;

  if (!pay (l, draw (l, l->day + (l->current ? 2 : 3), l->day + (l->current ? 6 : 10)), error) ||
      !load_plans (l, error))
    return FALSE;
  if (l->last == KX_STAGE_FUNDED)   /* its first progress report is still due */
    return !_kx_demo_chance (self, 50) || spend (l, 1, l->day + 5, l->day + 30, error);

  if (!report (l, draw (l, l->day + (l->current ? 3 : 15),
                        l->current ? l->today - 2 : MAX (l->day + 15, in_year (l, "08-31"))),
               REPORT_FIRST, error) ||
      !spend (l, 2, l->day + 3, MAX (l->day + 3, in_year (l, "09-05")), error))
    return FALSE;
  if (l->last == KX_STAGE_IN_PROGRESS)   /* its mid-term check is due, or failed */
    return l->current || !_kx_demo_chance (self, 50) ||
           check (l, "midterm", draw (l, in_year (l, "09-10"), in_year (l, "09-26")), FALSE,
                  error);

  if (!midterm (l, error) ||
      !report (l, draw (l, in_year (l, "11-05"), in_year (l, "11-30")),
               failing ? REPORT_LAGGING : REPORT_SECOND, error) ||
      !spend (l, 3, l->day + 1, in_year (l, "12-04"), error))
    return FALSE;
  if (l->last == KX_STAGE_MIDTERM_PASSED && !failing)   /* its final acceptance is due */
    return TRUE;

  if (!check (l, "final", draw (l, in_year (l, "12-05"), in_year (l, "12-20")), !failing, error))
    return FALSE;
  if (failing)   /* penalized in the same transaction (七(二)) */
    return recover (l, error);
  return pay (l, draw (l, l->day + 5, l->day + 20), error);
}

static gboolean
live_fraud (Life    *l,
            GError **error)
{
  Demo *self = l->self;
  Day day = l->last == KX_STAGE_ACCEPTED
            ? draw (l, next_year (l, "01-05"), next_year (l, "02-25"))
            : draw (l, l->day + 15, MAX (l->day + 15, in_year (l, "12-28")));

  return kx_penalty_fraud (self->store, l->id, on (l, day), _KX_DEMO_PICK (self, demo_frauds),
                           NULL, error) &&
         recover (l, error);
}

static gboolean
live_to_stage (Life    *l,
               GError **error)
{
  KxStage stage = l->p->stage;

  if (!live_application (l, error))
    return FALSE;
  if (!reaches (l, KX_STAGE_UNDER_EXPERT_REVIEW))
    return TRUE;
  if (!live_review (l, error))
    return FALSE;
  if (!reaches (l, KX_STAGE_APPROVED) && stage != KX_STAGE_NOT_APPROVED)
    return TRUE;
  if (!decide (l, error))
    return FALSE;
  if (!reaches (l, KX_STAGE_IN_NOTICE))
    return TRUE;
  if (!live_notice (l, error))
    return FALSE;
  if (!reaches (l, KX_STAGE_AGREEMENT_SIGNED))
    return TRUE;
  if (!sign (l, error))
    return FALSE;
  if (!reaches (l, KX_STAGE_FUNDED))
    return TRUE;
  if (!live_implementation (l, error))
    return FALSE;
  return stage != KX_STAGE_REVOKED || live_fraud (l, error);
}

static gboolean
live (Demo            *self,
      const DemoPlan  *p,
      GError         **error)
{
  const DemoCall *spec = &demo_calls[p->call];
  g_auto(Life) l = { 0 };

  l.self = self;
  l.p = p;
  l.year = spec->year;
  if (!write_draft (self, p, &l.id, error))
    return FALSE;
  if (p->stage == KX_STAGE_DRAFT)
    return TRUE;

  l.current = spec->today != NULL;
  l.today = day_parse (0, demo_calls[N_CALLS - 1].today);
  l.last = main_stage (p->stage);
  if (p->stage == KX_STAGE_REVOKED)
    l.last = draw_revoked_from (&l);
  l.late = l.current && spec->late_meeting != NULL &&
           (p->stage == KX_STAGE_APPROVED || p->stage == KX_STAGE_IN_NOTICE ||
            (p->stage == KX_STAGE_NOT_APPROVED && _kx_demo_chance (self, 30)));
  return live_to_stage (&l, error);
}

static gboolean
live_call (Demo    *self,
           GError **error)
{
  guint total = self->options.projects;

  for (guint i = 0; i < self->plan->len; i++)
    {
      if (self->done % CANCEL_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      if (!live (self, &g_array_index (self->plan, DemoPlan, i), error))
        return FALSE;
      self->done++;
      if (self->progress != NULL && (self->done % PROGRESS_EVERY == 0 || self->done == total))
        self->progress (self->done, total, self->user_data);
    }
  return TRUE;
}

/* Driving */

static gboolean
check_empty (KxStore  *store,
             GError  **error)
{
  static const char sql[] =
    "SELECT EXISTS (SELECT 1 FROM organization) OR EXISTS (SELECT 1 FROM call) "
    "OR EXISTS (SELECT 1 FROM project)";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL || (rc = _kx_store_step_row (store, stmt, error)) < 0)
    return FALSE;
  if (rc == 1 && sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_BLOCKED,
                   _("The database already holds data; the demo needs an empty database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_options (const KxDemoOptions  *options,
               GError              **error)
{
  if (options->projects > 0 && options->organizations == 0)
    {
      g_set_error (error, KX_STORE_ERROR, KX_ERROR_INVALID,
                   _("Organizations: the demo needs at least one organization to apply for "
                     "its projects"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
generate (Demo    *self,
          GError **error)
{
  if (!check_empty (self->store, error) ||
      g_cancellable_set_error_if_cancelled (self->cancellable, error) ||
      !_kx_demo_add_organizations (self, error) ||
      !_kx_demo_add_experts (self, error) ||
      !add_calls (self, error))
    return FALSE;
  for (guint c = 0; c < N_CALLS; c++)
    if (!plan_call (self, c, error) || !live_call (self, error))
      return FALSE;
  return TRUE;
}

/* Bulk mode: connection settings for the one big transaction */

typedef struct
{
  KxStore  *store;
  int       temp_store;
  gboolean  left_wal;
} BulkMode;

static char *
pragma_text (KxStore    *store,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  if (stmt == NULL || _kx_store_step_row (store, stmt, &error) != 1)
    {
      g_debug ("%s: %s", sql, error != NULL ? error->message : "no result");
      return NULL;
    }
  return _kx_column_dup (stmt, 0);
}

/* Each domain call nests a savepoint in the demo's transaction, and SQLite
 * keeps a sub-journal of the pages a savepoint touches: in memory it costs
 * nothing, in a temporary file some 80 writes a project (27 s instead of
 * 18 s for 100 000 projects). And an empty database fills faster through a
 * rollback journal than through the WAL, which writes every page twice
 * (into the log, then at the checkpoint): 14 s instead of 18 s. Leaving
 * WAL needs the database to itself; with other connections open it stays. */
static void
bulk_mode_enter (BulkMode *mode,
                 KxStore  *store)
{
  g_autofree char *temp_store = pragma_text (store, "PRAGMA temp_store");
  g_autofree char *journal = NULL;

  mode->store = store;
  mode->temp_store = temp_store != NULL ? (int) g_ascii_strtoll (temp_store, NULL, 10) : 0;
  if (!_kx_store_exec (store, "PRAGMA temp_store = MEMORY", NULL) ||
      kx_store_in_transaction (store))
    return;
  journal = pragma_text (store, "PRAGMA journal_mode");
  if (g_strcmp0 (journal, "wal") != 0)
    return;
  g_free (journal);
  journal = pragma_text (store, "PRAGMA journal_mode = DELETE");
  mode->left_wal = g_strcmp0 (journal, "delete") == 0;
}

static void
bulk_mode_leave (BulkMode *mode)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA temp_store = %d", mode->temp_store);

  if (mode->left_wal)
    {
      g_autofree char *journal = pragma_text (mode->store, "PRAGMA journal_mode = WAL");

      if (g_strcmp0 (journal, "wal") != 0)
        g_debug ("could not go back to WAL; the store sets it again when next opened");
    }
  if (!_kx_store_exec (mode->store, sql, NULL))
    g_debug ("could not restore %s", sql);
}

/* Public API */

/**
 * kx_demo_options_init:
 * @options: (out caller-allocates): the options to fill
 *
 * 80 organizations, 400 projects, 30 experts, seed 2026: enough to show
 * every stage of a project.
 */
void
kx_demo_options_init (KxDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->organizations = 80;
  options->projects = 400;
  options->experts = 30;
  options->seed = 2026;
}

/**
 * kx_demo_generate:
 * @store: an empty store
 * @options: (nullable): what to generate; %NULL for the defaults
 * @cancellable: (nullable): checked every 100 projects
 * @progress: (nullable) (scope call): called every 1 000 projects and at the end
 * @user_data: data for @progress
 *
 * Fills @store with organizations (with yearly records and eligibility
 * facts), experts (with conflicts), the calls 2024–2026 and their
 * projects in every stage, each walked there through the workflow with
 * the dates of its call year (the demo's today is 2026-07-20), audited
 * and in one transaction: on error or cancellation (G_IO_ERROR_CANCELLED)
 * nothing is left. A store holding organizations, calls or projects is
 * refused with KX_ERROR_BLOCKED.
 *
 * Returns: %TRUE on success
 */
gboolean
kx_demo_generate (KxStore              *store,
                  const KxDemoOptions  *options,
                  GCancellable         *cancellable,
                  KxDemoProgress        progress,
                  gpointer              user_data,
                  GError              **error)
{
  g_autoptr(Demo) self = NULL;
  KxDemoOptions defaults;
  BulkMode mode = { NULL, 0, FALSE };
  gboolean ok;

  g_return_val_if_fail (KX_IS_STORE (store), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      kx_demo_options_init (&defaults);
      options = &defaults;
    }
  /* Emptiness is checked again inside the transaction; checking it here
   * spares a refused call the switch of journal mode. */
  if (!check_options (options, error) || !check_empty (store, error))
    return FALSE;

  self = demo_new (store, options);
  self->cancellable = cancellable;
  self->progress = progress;
  self->user_data = user_data;
  bulk_mode_enter (&mode, store);
  ok = kx_store_begin (store, error);
  if (ok && (!generate (self, error) || !kx_store_commit (store, error)))
    {
      kx_store_rollback (store);
      ok = FALSE;
    }
  bulk_mode_leave (&mode);
  return ok;
}

static KxDemoCallSummary *
summary_for_year (GArray *calls,
                  int     year,
                  gint64  budget_fen)
{
  KxDemoCallSummary *last = calls->len > 0
                            ? &g_array_index (calls, KxDemoCallSummary, calls->len - 1) : NULL;
  KxDemoCallSummary fresh = { 0 };

  if (last != NULL && last->year == year)
    return last;
  fresh.year = year;
  fresh.budget_fen = budget_fen;
  g_array_append_val (calls, fresh);
  return &g_array_index (calls, KxDemoCallSummary, calls->len - 1);
}

static gboolean
count_rows (KxStore  *store,
            guint    *out_organizations,
            guint    *out_experts,
            GError  **error)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM organization), (SELECT count(*) FROM expert)";
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, error);

  if (stmt == NULL || _kx_store_step_row (store, stmt, error) != 1)
    return FALSE;
  if (out_organizations != NULL)
    *out_organizations = sqlite3_column_int (stmt, 0);
  if (out_experts != NULL)
    *out_experts = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/**
 * kx_demo_summarize:
 * @store: a store
 * @out_organizations: (out) (optional): how many organizations there are
 * @out_experts: (out) (optional): how many experts there are
 *
 * Counts what a database holds, call by call: what `kexie-cli demo`
 * prints after generating.
 *
 * Returns: (transfer full) (element-type KxDemoCallSummary): oldest call
 *   first, or %NULL with @error set
 */
GArray *
kx_demo_summarize (KxStore  *store,
                   guint    *out_organizations,
                   guint    *out_experts,
                   GError  **error)
{
  static const char sql[] =
    "SELECT c.year, c.budget_fen, p.stage, count(p.id), coalesce(sum(p.requested_fen), 0), "
    "       coalesce(sum(p.approved_fen), 0) "
    "FROM call c LEFT JOIN project p ON p.call_id = c.id "
    "GROUP BY c.id, p.stage ORDER BY c.year";
  g_autoptr(GArray) calls = g_array_new (FALSE, TRUE, sizeof (KxDemoCallSummary));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!count_rows (store, out_organizations, out_experts, error) ||
      (stmt = _kx_store_prepare (store, sql, error)) == NULL)
    return NULL;
  while ((rc = _kx_store_step_row (store, stmt, error)) == 1)
    {
      KxDemoCallSummary *call = summary_for_year (calls, sqlite3_column_int (stmt, 0),
                                                  sqlite3_column_int64 (stmt, 1));
      guint n = sqlite3_column_int (stmt, 3);

      if (n == 0)
        continue;
      call->stages[_kx_project_stage_from_db (_kx_column_text (stmt, 2))] += n;
      call->projects += n;
      call->requested_fen += sqlite3_column_int64 (stmt, 4);
      call->approved_fen += sqlite3_column_int64 (stmt, 5);
    }
  return rc == 0 ? g_steal_pointer (&calls) : NULL;
}
