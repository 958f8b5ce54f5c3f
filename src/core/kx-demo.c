/* kx-demo.c: a deterministic, realistic demo database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value comes from one GRand seeded with options->seed and from the
 * tables of kx-demo-data.h; nothing reads the clock, so one seed always
 * gives the same rows (only the created_at/updated_at stamps and the audit
 * log times differ). The projects are planned in memory first, so the
 * budgets of the calls can be set to cover what the plan approves, then
 * written through the domain API in call order. The organizations and
 * experts are made by kx-demo-orgs.c.
 */

#define G_LOG_DOMAIN "kx-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-demo.h"
#include "kx-demo-private.h"
#include "kx-call.h"
#include "kx-project-private.h"
#include "kx-store-private.h"
#include "kx-validate.h"

#define N_CALLS           DEMO_N_CALLS
#define YUAN(n)           ((gint64) (n) * 100)
#define WAN(n)            ((gint64) (n) * 1000000)
#define PROGRESS_EVERY    1000
#define CANCEL_EVERY      500

typedef struct
{
  guint32  org;            /* index into Demo.orgs */
  guint8   call;
  guint8   type;
  guint8   stage;
  gint64   requested_fen;
  gint64   approved_fen;   /* -1 = none */
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
  g_clear_pointer (&self->plan, g_array_unref);
  for (guint i = 0; i < N_CALLS; i++)
    g_clear_pointer (&self->window_days[i], g_ptr_array_unref);
  g_string_free (self->title, TRUE);
  g_string_free (self->content, TRUE);
  g_string_free (self->indicators, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->justification); i++)
    g_string_free (self->justification[i], TRUE);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Demo, demo_free)

static GPtrArray *
list_days (const char *start,
           const char *end)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *day = g_strdup (start);

  while (kx_date_compare (day, end) <= 0)
    {
      char *next = kx_date_add_days (day, 1);

      g_ptr_array_add (days, g_steal_pointer (&day));
      day = next;
    }
  return days;
}

static Demo *
demo_new (KxStore             *store,
          const KxDemoOptions *options)
{
  Demo *self = g_new0 (Demo, 1);

  self->store = store;
  self->options = *options;
  self->rand = g_rand_new_with_seed (options->seed);
  self->orgs = g_array_new (FALSE, TRUE, sizeof (DemoOrg));
  for (guint i = 0; i < KX_N_ORG_KINDS; i++)
    self->by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->plan = g_array_sized_new (FALSE, TRUE, sizeof (DemoPlan), options->projects);
  for (guint i = 0; i < N_CALLS; i++)
    {
      kx_policy_init_defaults (&self->policy[i]);
      self->window_days[i] = list_days (demo_calls[i].window_start, demo_calls[i].window_end);
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

/* The plan */

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

/* An organization excluded by 六(三) does not get past formal review;
 * when only such organizations turn up, the project is rejected. */
static gboolean
pick_applicant (Demo     *self,
                DemoPlan *p)
{
  int year = demo_calls[p->call].year;

  for (guint attempt = 0; attempt < 50; attempt++)
    {
      guint index = draw_organization (self);
      const DemoOrg *org = &g_array_index (self->orgs, DemoOrg, index);
      guint type = draw_type (self, &self->policy[p->call], org->kind);

      if (type == 0)
        continue;
      if (p->stage >= KX_STAGE_FORMAL_PASSED && org->excluded != 0 && org->excluded < year)
        {
          if (attempt < 20)
            continue;
          p->stage = KX_STAGE_REJECTED;
        }
      p->org = index;
      p->type = type;
      return TRUE;
    }
  return FALSE;
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

static void
plan_call (Demo  *self,
           guint  c,
           guint  n)
{
  const DemoCall *spec = &demo_calls[c];
  guint weights[KX_N_STAGES];
  guint n_must = 0;
  guint first = self->plan->len;

  for (guint s = 0; s < KX_N_STAGES; s++)
    weights[s] = spec->weights[s];
  while (n_must < G_N_ELEMENTS (spec->must) && spec->must[n_must] != KX_N_STAGES)
    n_must++;

  for (guint j = 0; j < n; j++)
    {
      DemoPlan p = { 0 };

      p.call = c;
      p.stage = j < n_must ? spec->must[j] : draw_weighted (self, weights, KX_N_STAGES);
      p.approved_fen = -1;
      if (!pick_applicant (self, &p))
        continue;
      p.requested_fen = draw_request (self, p.type);
      g_array_append_val (self->plan, p);
    }
  /* The stages every call shows were planned first; spread them out. */
  _kx_demo_shuffle (self, &g_array_index (self->plan, DemoPlan, first), self->plan->len - first,
                    sizeof (DemoPlan));
}

static gboolean
is_approved (KxStage stage)
{
  return stage >= KX_STAGE_APPROVED && stage != KX_STAGE_NOT_APPROVED;
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

/* Cuts every approved amount in the same proportion, but never below half
 * of the request; returns the new total. */
static gint64
shrink_approved (DemoPlan *plan,
                 guint     n,
                 gint64    target,
                 gint64    sum)
{
  gint64 per_mille = target * 1000 / sum;
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      DemoPlan *p = &plan[i];

      if (p->approved_fen < 0)
        continue;
      p->approved_fen = MAX (round_down (p->approved_fen * per_mille / 1000, YUAN (1000)),
                             round_down (p->requested_fen / 2, YUAN (1000)));
      total += p->approved_fen;
    }
  return total;
}

/* Budgets and caps grow with the number of projects beyond the default
 * size, and always cover what the plan approves. */
static gint64
scaled (gint64             fen,
        const DemoCall *spec,
        guint               n)
{
  return round_up (fen * MAX (n, spec->base) / spec->base, WAN (10));
}

static void
set_caps (Demo           *self,
          guint           c,
          const DemoPlan *plan,
          guint           n)
{
  const DemoCall *spec = &demo_calls[c];
  gint64 used[KX_N_PROJECT_TYPES] = { 0 };

  for (guint i = 0; i < n; i++)
    if (plan[i].approved_fen > 0)
      used[plan[i].type - 1] += plan[i].approved_fen;
  for (guint t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      gint64 cap;

      if (spec->cap_wan[t] == 0)
        continue;
      cap = MAX (scaled (WAN (spec->cap_wan[t]), spec, n), round_up (used[t], WAN (10)));
      self->policy[c].type_cap_fen[t] = MIN (cap, self->budget_fen[c]);
    }
}

/* Approved amounts are 60–100 % of the request in whole thousands of yuan,
 * cut when they would take more than 95 % of the budget. */
static void
allocate_call (Demo  *self,
               guint  c)
{
  const DemoCall *spec = &demo_calls[c];
  DemoPlan *plan = &g_array_index (self->plan, DemoPlan, self->call_first[c]);
  guint n = self->call_first[c + 1] - self->call_first[c];
  gint64 budget = scaled (WAN (spec->budget_wan), spec, n);
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    if (is_approved (plan[i].stage))
      {
        int percent = _kx_demo_between (self, 60, 100);

        plan[i].approved_fen = round_down (plan[i].requested_fen * percent / 100, YUAN (1000));
        sum += plan[i].approved_fen;
      }
  if (sum > budget / 100 * 95)
    sum = shrink_approved (plan, n, budget / 100 * 95, sum);
  self->budget_fen[c] = MAX (budget, round_up (sum * 100 / 95, WAN (10)));
  set_caps (self, c, plan, n);
}

static void
plan_projects (Demo *self)
{
  guint total = self->options.projects;
  guint planned = 0;

  for (guint c = 0; c < N_CALLS; c++)
    {
      guint n = c + 1 < N_CALLS ? total * demo_calls[c].share / 100 : total - planned;

      planned += n;
      self->call_first[c] = self->plan->len;
      if (self->orgs->len > 0)
        plan_call (self, c, n);
    }
  self->call_first[N_CALLS] = self->plan->len;
  for (guint c = 0; c < N_CALLS; c++)
    allocate_call (self, c);
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

/* Projects */

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
write_project (Demo            *self,
               const DemoPlan  *p,
               GError         **error)
{
  const DemoOrg *org = &g_array_index (self->orgs, DemoOrg, p->org);
  KxMilestoneFields milestones[4];
  KxBudgetLineFields lines[5];
  char dates[4][11];
  KxProjectFields f = { 0 };
  GPtrArray *days = self->window_days[p->call];
  const char *submitted;
  gint64 id = 0;

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
  if (!kx_project_insert (self->store, &f, &id, error))
    return FALSE;
  if (p->stage == KX_STAGE_DRAFT)
    return TRUE;
  submitted = g_ptr_array_index (days, g_rand_int_range (self->rand, 0, days->len));
  return _kx_project_set_stage_for_demo (self->store, id, p->stage, submitted, p->approved_fen,
                                         error);
}

static gboolean
write_projects (Demo    *self,
                GError **error)
{
  guint total = self->plan->len;

  for (guint i = 0; i < total; i++)
    {
      if (i % CANCEL_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      if (!write_project (self, &g_array_index (self->plan, DemoPlan, i), error))
        return FALSE;
      if (self->progress != NULL && ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == total))
        self->progress (i + 1, total, self->user_data);
    }
  return TRUE;
}

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
      !_kx_demo_add_experts (self, error))
    return FALSE;
  plan_projects (self);
  return add_calls (self, error) && write_projects (self, error);
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
 * @cancellable: (nullable): checked every 500 projects
 * @progress: (nullable) (scope call): called every 1 000 projects and at the end
 * @user_data: data for @progress
 *
 * Fills @store with organizations (with yearly records and eligibility
 * facts), experts (with conflicts), the calls 2024–2026 and their
 * projects in every stage, through the audited domain API and in one
 * transaction: on error or cancellation (G_IO_ERROR_CANCELLED) nothing is
 * left. A store holding organizations, calls or projects is refused with
 * KX_ERROR_BLOCKED.
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
