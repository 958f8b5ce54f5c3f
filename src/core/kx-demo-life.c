/* kx-demo-life.c: the life of each planned project of the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project planned by kx-demo.c is written as a draft, with its texts,
 * milestones and budget lines, and walked to the stage planned for it
 * through the functions a clerk uses (submission, formal and expert
 * review, decision, notice, agreement, money, progress, checks,
 * penalties), dated in its call year and never after the demo's today.
 * Every value is drawn from the generator's one GRand, in a fixed order.
 */

#define G_LOG_DOMAIN "kx-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-demo-private.h"
#include "kx-decision.h"
#include "kx-eligibility.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-project-private.h"
#include "kx-review.h"

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

gboolean
_kx_demo_goes_through (KxStage stage,
                       KxStage main)
{
  return main_rank[main] <= main_rank[main_stage (stage)];
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
  guint n = 2 + _kx_demo_draw_weighted (self, weights, G_N_ELEMENTS (weights));

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
            : 2 + _kx_demo_draw_weighted (self, counts, G_N_ELEMENTS (counts));
  gint64 total = p->requested_fen / 100;
  gint64 left = total;
  guint items[5], weights[5], sum = 0;

  choose_items (self, items, n);
  for (guint i = 0; i < n; i++)
    sum += weights[i] = _kx_demo_between (self, 1, 10);
  for (guint i = 0; i < n; i++)
    {
      const DemoBudgetItem *item = &demo_budget_items[items[i]];
      gint64 yuan = i + 1 < n ? _kx_demo_round_down (total * weights[i] / sum, 100) : left;
      GString *text = self->justification[i];

      left -= yuan;
      g_string_assign (text, item->before);
      g_string_append_printf (text, "%" G_GINT64_FORMAT, MAX (1, yuan / item->unit_yuan));
      g_string_append (text, item->after);
      lines[i].seq = i + 1;
      lines[i].item = item->item;
      lines[i].amount_fen = _KX_DEMO_YUAN (yuan);
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
    return from[_kx_demo_draw_weighted (l->self, weights[2], G_N_ELEMENTS (from))];
  return from[_kx_demo_draw_weighted (l->self, weights[l->year == demo_calls[0].year ? 0 : 1],
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
  return _kx_demo_draw_weighted (l->self, undecided, G_N_ELEMENTS (undecided));
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
      gint64 amount = _kx_demo_round_down (share * _kx_demo_between (self, 40, 90) / 100,
                                           _KX_DEMO_YUAN (1));
      g_autofree char *what = g_strconcat (line->item, "支出", NULL);
      g_autofree char *voucher = g_strdup_printf ("记-%04d", _kx_demo_between (self, 1, 9999));

      if (_kx_demo_chance (self, 3))
        amount = _kx_demo_round_down (line->amount_fen * 115 / 100, _KX_DEMO_YUAN (1));
      if (amount > 0 &&
          !kx_money_spend (self->store, l->id, line->id, on (l, draw (l, from, to)), amount, what,
                           voucher, NULL, error))
        return FALSE;
    }
  if (n > 0 && _kx_demo_chance (self, 5))
    {
      g_autofree char *voucher = g_strdup_printf ("记-%04d", _kx_demo_between (self, 1, 9999));
      gint64 amount = _KX_DEMO_YUAN (_kx_demo_between (self, 20, 80) * 100);
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

gboolean
_kx_demo_live (Demo            *self,
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
  l.today = day_parse (0, demo_calls[DEMO_N_CALLS - 1].today);
  l.last = main_stage (p->stage);
  if (p->stage == KX_STAGE_REVOKED)
    l.last = draw_revoked_from (&l);
  l.late = l.current && spec->late_meeting != NULL &&
           (p->stage == KX_STAGE_APPROVED || p->stage == KX_STAGE_IN_NOTICE ||
            (p->stage == KX_STAGE_NOT_APPROVED && _kx_demo_chance (self, 30)));
  return live_to_stage (&l, error);
}
