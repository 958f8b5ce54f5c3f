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
 * agreement, money, progress, checks, penalties), dated in its call year:
 * that life is kx-demo-life.c. Nothing sets a stage any other way, so
 * every refusal of the workflow would stop the demo. A call is planned
 * once the one before it has been lived, so that the bans from its
 * penalties keep organizations out.
 */

#define G_LOG_DOMAIN "kx-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-demo.h"
#include "kx-demo-private.h"
#include "kx-call.h"
#include "kx-eligibility.h"
#include "kx-project-private.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define N_CALLS           DEMO_N_CALLS
#define WAN(n)            ((gint64) (n) * 1000000)
#define PROGRESS_EVERY    1000
#define CANCEL_EVERY      100

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

guint
_kx_demo_draw_weighted (Demo        *self,
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

gint64
_kx_demo_round_down (gint64 value,
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


static gboolean
is_approved (KxStage stage)
{
  return _kx_demo_goes_through (stage, KX_STAGE_APPROVED);
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
  members = self->by_kind[_kx_demo_draw_weighted (self, weights, KX_N_ORG_KINDS)];
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
  type = _kx_demo_draw_weighted (self, weights, KX_N_PROJECT_TYPES);
  if (type < KX_N_PROJECT_TYPES)
    return type + 1;
  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    weights[t] = (policy->allowed_kinds[t] & KX_ORG_KIND_BIT (kind)) ? 1 : 0;
  type = _kx_demo_draw_weighted (self, weights, KX_N_PROJECT_TYPES);
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
  return _kx_demo_goes_through (stage, KX_STAGE_UNDER_EXPERT_REVIEW);
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

  return _KX_DEMO_YUAN ((gint64) (range[0] + MIN (a, b)) * 1000);
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
        p->approved_fen = MAX (_kx_demo_round_down (p->approved_fen * per_mille / 1000,
                                                    _KX_DEMO_YUAN (1000)),
                               _kx_demo_round_down (p->requested_fen / 2, _KX_DEMO_YUAN (1000)));
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
        plan[i].approved_fen = MAX (_kx_demo_round_down (plan[i].requested_fen * percent / 100,
                                                         _KX_DEMO_YUAN (1000)),
                                    _KX_DEMO_YUAN (1000));
    }
  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    if (self->policy[c].type_cap_fen[t] >= 0)
      fit_approvals (plan, n, t + 1, self->policy[c].type_cap_fen[t]);
  fit_approvals (plan, n, 0, self->budget_fen[c]);

  self->n_signing = 0;
  self->n_signed = 0;
  self->n_paid = 0;
  for (guint i = 0; i < n; i++)
    if (_kx_demo_goes_through (plan[i].stage, KX_STAGE_AGREEMENT_SIGNED))
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
      p.stage = p.must ? spec->must[j] : _kx_demo_draw_weighted (self, weights, KX_N_STAGES);
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
      if (!_kx_demo_live (self, &g_array_index (self->plan, DemoPlan, i), error))
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
