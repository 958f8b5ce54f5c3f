/* kx-demo-orgs.c: the demo's organizations (with their yearly records and
 * eligibility facts) and experts (with their conflicts of interest)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the demo generator (kx-demo.c): every value is drawn from the
 * generator's GRand, so one seed always gives the same rows. The facts are
 * dated before the first call opens (the exclusions of 六(三) and the
 * yearly records excepted), so that what an organization may apply for
 * does not change inside an acceptance window.
 */

#define G_LOG_DOMAIN "kx-demo"

#include "config.h"

#include <string.h>

#include "kx-demo-private.h"
#include "kx-expert.h"
#include "kx-organization.h"
#include "kx-validate.h"

#define FIRST_RECORD_YEAR 2020
#define LAST_RECORD_YEAR  2026

typedef struct
{
  char    *name;
  guint16  discipline;
  gint8    county;
} Candidate;

static const char credit_charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Random helpers */

static gboolean
chance (Demo *self,
        int   percent)
{
  return _kx_demo_chance (self, percent);
}

static void
append_digits (Demo    *self,
               GString *s,
               guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_c (s, '0' + g_rand_int_range (self->rand, i == 0 ? 1 : 0, 10));
}

static char *
person_name (Demo *self)
{
  const char *surname = _KX_DEMO_PICK (self, demo_surnames);
  const char *first = chance (self, 20) ? "" : _KX_DEMO_PICK (self, demo_given1);
  const char *second = _KX_DEMO_PICK (self, demo_given2);

  /* Each draw is its own statement: the order in which a compiler
   * evaluates arguments is unspecified, and the demo must not depend on it. */
  return g_strconcat (surname, first, second, NULL);
}

static char *
phone_number (Demo *self)
{
  GString *s = g_string_new (NULL);

  if (chance (self, 50))
    {
      g_string_append (s, "0735-2");
      append_digits (self, s, 6);
    }
  else
    {
      g_string_append (s, chance (self, 50) ? "13" : "18");
      append_digits (self, s, 9);
    }
  return g_string_free (s, FALSE);
}

static char *
date_in_year (Demo *self,
              int   year,
              int   first_month,
              int   last_month)
{
  int month = _kx_demo_between (self, first_month, last_month);
  int day = _kx_demo_between (self, 1, 28);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Names of organizations */

static void
clear_candidate (gpointer data)
{
  g_free (((Candidate *) data)->name);
}

static void
add_candidate (GArray     *pool,
               char       *name,
               guint16     discipline,
               gint8       county)
{
  Candidate c = { name, discipline, county };

  g_array_append_val (pool, c);
}

/* The twelve societies of the brief first, then the other usual names,
 * then variants (研究会, 协会) of the same disciplines. */
static GArray *
city_society_pool (Demo *self)
{
  GArray *pool = g_array_new (FALSE, FALSE, sizeof (Candidate));
  static const char * const variants[] = { "研究会", "协会" };
  guint n_first;

  g_array_set_clear_func (pool, clear_candidate);
  for (guint i = 0; i < G_N_ELEMENTS (demo_disciplines); i++)
    add_candidate (pool, g_strconcat ("郴州市", demo_disciplines[i].stem,
                                      demo_disciplines[i].suffix, NULL), i, -1);
  _kx_demo_shuffle (self, &g_array_index (pool, Candidate, DEMO_N_FIXED_SOCIETIES),
                    pool->len - DEMO_N_FIXED_SOCIETIES, sizeof (Candidate));
  n_first = pool->len;
  for (guint i = 0; i < G_N_ELEMENTS (demo_disciplines); i++)
    for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
      {
        const DemoDiscipline *d = &demo_disciplines[i];

        if (g_str_has_suffix (d->suffix, variants[v]) || g_str_has_suffix (d->stem, "学"))
          continue;
        add_candidate (pool, g_strconcat ("郴州市", d->stem, variants[v], NULL), i, -1);
      }
  _kx_demo_shuffle (self, &g_array_index (pool, Candidate, n_first), pool->len - n_first,
                    sizeof (Candidate));
  return pool;
}

static guint16
guess_discipline (Demo       *self,
                  const char *name)
{
  static const struct { const char *word; guint16 discipline; } hints[] = {
    { "医院", 0 }, { "疾病", 0 }, { "农业", 1 }, { "林业", 3 }, { "水文", 4 }, { "气象", 10 },
    { "铋", 8 }, { "钨", 8 }, { "冶炼", 8 }, { "稀贵", 8 }, { "矿业", 9 }, { "电子", 2 },
    { "数据", 2 }, { "医药", 5 }, { "机械", 7 }, { "精密", 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
    if (strstr (name, hints[i].word) != NULL)
      return hints[i].discipline;
  return g_rand_int_range (self->rand, 0, G_N_ELEMENTS (demo_disciplines));
}

/* Township and institution STAs first, then enterprise STAs. */
static GArray *
grassroots_pool (Demo *self)
{
  GArray *pool = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_first;

  g_array_set_clear_func (pool, clear_candidate);
  for (guint c = 0; c < G_N_ELEMENTS (demo_counties); c++)
    {
      g_auto(GStrv) towns = g_strsplit (demo_counties[c].towns, " ", -1);

      for (guint t = 0; towns[t] != NULL; t++)
        add_candidate (pool, g_strconcat (demo_counties[c].name, towns[t], "科协", NULL),
                       0, c);
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_institutions); i++)
    add_candidate (pool, g_strconcat (demo_institutions[i], "科协", NULL), 0, -1);
  _kx_demo_shuffle (self, pool->data, pool->len, sizeof (Candidate));
  n_first = pool->len;
  for (guint b = 0; b < G_N_ELEMENTS (demo_brands); b++)
    for (guint i = 0; i < G_N_ELEMENTS (demo_industries); i++)
      add_candidate (pool, g_strconcat ("郴州", demo_brands[b], demo_industries[i], "有限公司科协",
                                        NULL), 0, g_rand_int_range (self->rand, -1, 3));
  _kx_demo_shuffle (self, &g_array_index (pool, Candidate, n_first), pool->len - n_first,
                    sizeof (Candidate));
  for (guint i = 0; i < pool->len; i++)
    {
      Candidate *c = &g_array_index (pool, Candidate, i);

      c->discipline = guess_discipline (self, c->name);
    }
  return pool;
}

/* Organizations */

static char *
credit_code (Demo *self,
             gint8 county)
{
  char code[19];

  do
    {
      code[0] = '5';
      code[1] = chance (self, 85) ? '1' : '3';
      memcpy (code + 2, county < 0 ? DEMO_CITY_CODE : demo_counties[county].code, 6);
      for (guint i = 8; i < 17; i++)
        code[i] = credit_charset[g_rand_int_range (self->rand, 0, sizeof credit_charset - 1)];
      code[17] = kx_credit_code_check_char (code);
      code[18] = '\0';
    }
  while (g_hash_table_contains (self->codes, code));

  g_hash_table_add (self->codes, g_strdup (code));
  return g_strdup (code);
}

static char *
address_for (Demo          *self,
             const DemoOrg *org)
{
  const char *district;
  const char *road;

  if (org->kind == KX_ORG_KIND_COUNTY_STA)
    return g_strconcat ("郴州市", demo_counties[org->county].name, "人民政府大院", NULL);
  if (org->kind == KX_ORG_KIND_GRASSROOTS_STA && org->county >= 0 &&
      g_str_has_prefix (org->name, demo_counties[org->county].name))
    {
      g_autofree char *town = g_strndup (org->name, strlen (org->name) - strlen ("科协"));

      return g_strconcat ("郴州市", town, "人民政府院内", NULL);
    }
  district = chance (self, 60) ? "北湖区" : "苏仙区";
  road = _KX_DEMO_PICK (self, demo_roads);
  return g_strdup_printf ("郴州市%s%s%d号", district, road, _kx_demo_between (self, 1, 399));
}

typedef struct
{
  char *secretary;
  char *finance;
  char *account;
  char *branch;
} Staff;

static void
staff_clear (Staff *staff)
{
  g_free (staff->secretary);
  g_free (staff->finance);
  g_free (staff->account);
  g_free (staff->branch);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Staff, staff_clear)

static void
draw_staff (Demo          *self,
            const DemoOrg *org,
            Staff         *staff)
{
  GString *account;

  if (org->kind == KX_ORG_KIND_RESEARCHER)
    return;
  staff->secretary = person_name (self);
  if (chance (self, 90))
    staff->finance = person_name (self);
  if (chance (self, 92))
    {
      account = g_string_new (NULL);
      append_digits (self, account, 19);
      staff->account = g_string_free (account, FALSE);
    }
  if (chance (self, org->kind == KX_ORG_KIND_CITY_SOCIETY ? 80 : 70))
    staff->branch = g_strconcat ("中共", org->name,
                                 org->kind == KX_ORG_KIND_CITY_SOCIETY ? "支部委员会"
                                                                       : "机关支部委员会",
                                 NULL);
}

static gboolean
insert_organization (Demo     *self,
                     DemoOrg  *org,
                     Staff    *staff,
                     GError  **error)
{
  g_autofree char *code = NULL;
  g_autofree char *contact = person_name (self);
  g_autofree char *phone = phone_number (self);
  g_autofree char *address = NULL;
  g_autofree char *note = NULL;
  KxOrganizationFields f = { 0 };

  if (org->kind == KX_ORG_KIND_RESEARCHER)
    {
      const DemoAffiliation *a = &_KX_DEMO_PICK (self, demo_affiliations);

      note = g_strconcat (a->name, " ", demo_titles[a->titles][_kx_demo_between (self, 0, 2)],
                          NULL);
      address = g_strdup (a->name);
    }
  else
    {
      code = credit_code (self, org->county);
      address = address_for (self, org);
    }
  f.name = org->name;
  f.kind = org->kind;
  f.credit_code = code;
  f.secretary_general = staff->secretary;
  f.finance_staff = staff->finance;
  f.bank_name = staff->account != NULL ? _KX_DEMO_PICK (self, demo_banks) : NULL;
  f.bank_account = staff->account;
  f.party_branch = staff->branch;
  f.contact_person = org->kind == KX_ORG_KIND_RESEARCHER ? org->name : contact;
  f.contact_phone = phone;
  f.address = address;
  f.note = note;
  return kx_organization_insert (self->store, &f, &org->id, error);
}

static KxResult
draw_result (Demo    *self,
             int      year,
             gboolean weak)
{
  int r = g_rand_int_range (self->rand, 0, 100);

  if (year == LAST_RECORD_YEAR)
    return r < 80 ? KX_RESULT_UNKNOWN : KX_RESULT_PASS;
  if (r < (weak ? 25 : 4))
    return KX_RESULT_FAIL;
  return r < 96 ? KX_RESULT_PASS : KX_RESULT_UNKNOWN;
}

/* 社团年检 and 年度绩效考核 of a city society, 2020–2026. */
static gboolean
add_year_records (Demo          *self,
                  const DemoOrg *org,
                  GError       **error)
{
  gboolean weak = chance (self, 10);

  for (int year = FIRST_RECORD_YEAR; year <= LAST_RECORD_YEAR; year++)
    {
      KxResult inspection = draw_result (self, year, weak);
      KxResult assessment = draw_result (self, year, weak);
      const char *note = inspection == KX_RESULT_FAIL ? "年检材料逾期未报" : NULL;

      if (!kx_organization_set_year_record (self->store, org->id, year, inspection, assessment,
                                            note, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_fact (Demo          *self,
          const DemoOrg *org,
          KxFactKind     kind,
          gboolean       holds,
          const char    *date,
          const char    *evidence,
          GError       **error)
{
  return kx_organization_add_fact (self->store, org->id, kind, holds, date, evidence, NULL,
                                   NULL, error);
}

/* The standing facts (六(一), 六(二)), checked in the autumn of 2023 so
 * that they count for every call from 2024 on (a fact counts from its
 * date). */
static gboolean
add_standing_facts (Demo          *self,
                    const DemoOrg *org,
                    const Staff   *staff,
                    GError       **error)
{
  gboolean holds[KX_FACT_DISTINCTIVE_WORK + 1];

  holds[KX_FACT_MANAGEMENT_NORMAL] = chance (self, 96);
  holds[KX_FACT_CAPABLE_SECRETARY] = chance (self, 94);
  holds[KX_FACT_FINANCE_SYSTEM] = chance (self, 95);
  holds[KX_FACT_BANK_ACCOUNT] = staff->account != NULL;
  holds[KX_FACT_FINANCE_STAFF] = staff->finance != NULL;
  holds[KX_FACT_PARTY_BRANCH_ACTIVE] = staff->branch != NULL;
  holds[KX_FACT_DISTINCTIVE_WORK] = org->kind == KX_ORG_KIND_CITY_SOCIETY && chance (self, 50);

  for (guint kind = 0; kind < G_N_ELEMENTS (holds); kind++)
    {
      g_autofree char *date = date_in_year (self, 2023, 9, 12);

      if (kind == KX_FACT_DISTINCTIVE_WORK && !holds[kind])
        continue;
      if (!add_fact (self, org, kind, holds[kind], date,
                     holds[kind] ? demo_fact_evidence[kind] : "核查未通过", error))
        return FALSE;
    }
  return TRUE;
}

/* 先进表彰 of the years 2019–2025, each announced early the next year. */
static gboolean
add_commendations (Demo          *self,
                   const DemoOrg *org,
                   GError       **error)
{
  for (int year = 2019; year <= 2025; year++)
    {
      g_autofree char *date = NULL;
      g_autofree char *evidence = NULL;

      if (!chance (self, 16))
        continue;
      date = date_in_year (self, year + 1, 1, 2);
      evidence = g_strdup_printf ("郴科协发〔%d〕%d号 关于表彰%d年度先进学会的决定", year + 1,
                                  _kx_demo_between (self, 2, 30), year);
      if (!add_fact (self, org, KX_FACT_COMMENDATION, TRUE, date, evidence, error))
        return FALSE;
    }
  return TRUE;
}

/* A few violations, notified penalties and uncompleted tasks (六(三)). */
static gboolean
add_exclusions (Demo           *self,
                const DemoOrg  *org,
                GError        **error)
{
  static const struct { KxFactKind kind; int percent; const char *what; } cases[] = {
    { KX_FACT_VIOLATION, 2, "年度专项审计发现违规使用财政资金" },
    { KX_FACT_NOTIFIED_PENALTY, 2, "社会组织抽查中受到市民政局通报批评" },
    { KX_FACT_UNCOMPLETED_TASK, 3, "未按期完成市科协委托的调研课题" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int year = _kx_demo_between (self, 2023, 2025);
      g_autofree char *date = NULL;
      g_autofree char *evidence = NULL;

      if (!chance (self, cases[i].percent))
        continue;
      date = date_in_year (self, year, 9, 12);
      evidence = g_strdup_printf ("%d年%s", year, cases[i].what);
      if (!add_fact (self, org, cases[i].kind, TRUE, date, evidence, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_organization (Demo        *self,
                  char        *name,
                  KxOrgKind    kind,
                  guint16      discipline,
                  gint8        county,
                  GError     **error)
{
  g_auto(Staff) staff = { NULL };
  DemoOrg org = { name, 0, kind, discipline, county, 0, 0 };
  guint index = self->orgs->len;

  g_hash_table_insert (self->names, name, GUINT_TO_POINTER (index + 1));
  draw_staff (self, &org, &staff);
  if (!insert_organization (self, &org, &staff, error))
    return FALSE;
  if (kind == KX_ORG_KIND_CITY_SOCIETY && !add_year_records (self, &org, error))
    return FALSE;
  if (kind != KX_ORG_KIND_RESEARCHER &&
      (!add_standing_facts (self, &org, &staff, error) || !add_exclusions (self, &org, error)))
    return FALSE;
  if (kind == KX_ORG_KIND_CITY_SOCIETY && !add_commendations (self, &org, error))
    return FALSE;
  g_array_append_val (self->orgs, org);
  g_array_append_val (self->by_kind[kind], index);
  return TRUE;
}

static char *
researcher_name (Demo *self)
{
  char *name = NULL;

  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_free (name);
      name = person_name (self);
      if (!g_hash_table_contains (self->names, name))
        return name;
    }
  /* Only reached with tens of thousands of researchers. */
  for (guint n = 2;; n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s（%u）", name, n);

      if (!g_hash_table_contains (self->names, numbered))
        {
          g_free (name);
          return g_steal_pointer (&numbered);
        }
    }
}

static gboolean
add_researcher (Demo    *self,
                GError **error)
{
  char *name = researcher_name (self);

  return add_organization (self, name, KX_ORG_KIND_RESEARCHER,
                           g_rand_int_range (self->rand, 0, G_N_ELEMENTS (demo_disciplines)), -1,
                           error);
}

/* Takes the next unused name of @pool; an exhausted pool gives researchers. */
static gboolean
add_from_pool (Demo      *self,
               GArray    *pool,
               guint     *next,
               KxOrgKind  kind,
               GError   **error)
{
  while (*next < pool->len)
    {
      Candidate *c = &g_array_index (pool, Candidate, (*next)++);

      if (g_hash_table_contains (self->names, c->name))
        continue;
      return add_organization (self, g_steal_pointer (&c->name), kind, c->discipline, c->county,
                               error);
    }
  return add_researcher (self, error);
}

static gboolean
add_fixed_organization (Demo      *self,
                        KxOrgKind  kind,
                        guint      i,
                        GError   **error)
{
  guint16 discipline = g_rand_int_range (self->rand, 0, G_N_ELEMENTS (demo_disciplines));

  if (kind == KX_ORG_KIND_COUNTY_STA)
    return add_organization (self, g_strconcat (demo_counties[i].name, "科协", NULL), kind,
                             discipline, i, error);
  return add_organization (self, g_strconcat (demo_universities[i], "科协", NULL), kind,
                           discipline, -1, error);
}

gboolean
_kx_demo_add_organizations (Demo    *self,
                            GError **error)
{
  guint total = self->options.organizations;
  guint n_county = MIN (G_N_ELEMENTS (demo_counties), total * 14 / 100);
  guint n_university = MIN (G_N_ELEMENTS (demo_universities), total * 5 / 100);
  guint n_researcher = total * 5 / 100;
  guint rest = total - n_county - n_university - n_researcher;
  guint n_city = rest * 60 / 100;
  g_autoptr(GArray) city = city_society_pool (self);
  g_autoptr(GArray) grassroots = grassroots_pool (self);
  guint next_city = 0;
  guint next_grassroots = 0;

  for (guint i = 0; i < n_county; i++)
    if (!add_fixed_organization (self, KX_ORG_KIND_COUNTY_STA, i, error))
      return FALSE;
  for (guint i = 0; i < n_university; i++)
    if (!add_fixed_organization (self, KX_ORG_KIND_UNIVERSITY_STA, i, error))
      return FALSE;
  for (guint i = 0; i < rest; i++)
    {
      gboolean want_city = i < n_city && next_city < city->len;

      if (want_city && !add_from_pool (self, city, &next_city, KX_ORG_KIND_CITY_SOCIETY, error))
        return FALSE;
      if (!want_city &&
          !add_from_pool (self, grassroots, &next_grassroots, KX_ORG_KIND_GRASSROOTS_STA, error))
        return FALSE;
    }
  for (guint i = 0; i < n_researcher; i++)
    if (!add_researcher (self, error))
      return FALSE;
  return TRUE;
}

/* Experts */

/* An expert is tied to the STA of his or her own employer, and now and
 * then to a society he or she helps run. */
static gboolean
add_expert_conflicts (Demo                  *self,
                      DemoExpert            *expert,
                      const DemoAffiliation *affiliation,
                      GError               **error)
{
  g_autofree char *own_name = g_strconcat (affiliation->name, "科协", NULL);
  guint own = GPOINTER_TO_UINT (g_hash_table_lookup (self->names, own_name));
  guint other;

  if (own > 0)
    {
      if (!kx_expert_add_conflict (self->store, expert->id,
                                   g_array_index (self->orgs, DemoOrg, own - 1).id,
                                   "本单位科协", error))
        return FALSE;
      expert->conflicts[expert->n_conflicts++] = own - 1;
    }
  if (!chance (self, 15) || self->orgs->len == 0)
    return TRUE;
  other = g_rand_int_range (self->rand, 0, self->orgs->len);
  if (other + 1 == own)
    return TRUE;
  if (!kx_expert_add_conflict (self->store, expert->id,
                               g_array_index (self->orgs, DemoOrg, other).id,
                               _KX_DEMO_PICK (self, demo_conflict_reasons), error))
    return FALSE;
  expert->conflicts[expert->n_conflicts++] = other;
  return TRUE;
}

/* How many active experts may review each organization's projects: the
 * plan sends to expert review only projects that can get their experts. */
static void
count_reviewers (Demo *self)
{
  g_autofree guint *tied = g_new0 (guint, self->orgs->len);
  guint active = 0;

  for (guint i = 0; i < self->experts->len; i++)
    {
      const DemoExpert *e = &g_array_index (self->experts, DemoExpert, i);

      if (!e->active)
        continue;
      active++;
      for (guint j = 0; j < e->n_conflicts; j++)
        tied[e->conflicts[j]]++;
    }
  for (guint i = 0; i < self->orgs->len; i++)
    g_array_index (self->orgs, DemoOrg, i).reviewers = MIN (active - tied[i], 255);
}

gboolean
_kx_demo_add_experts (Demo    *self,
                      GError **error)
{
  for (guint i = 0; i < self->options.experts; i++)
    {
      const DemoAffiliation *affiliation = &_KX_DEMO_PICK (self, demo_affiliations);
      g_autofree char *name = person_name (self);
      g_autofree char *phone = phone_number (self);
      KxExpertFields f = { 0 };
      DemoExpert expert = { 0 };

      f.name = name;
      f.affiliation = affiliation->name;
      f.title = demo_titles[affiliation->titles][_kx_demo_between (self, 0, 2)];
      f.field = _KX_DEMO_PICK (self, demo_fields[affiliation->titles]);
      f.phone = phone;
      f.inactive = !chance (self, 95);
      expert.active = !f.inactive;
      if (!kx_expert_insert (self->store, &f, &expert.id, error) ||
          !add_expert_conflicts (self, &expert, affiliation, error))
        return FALSE;
      g_array_append_val (self->experts, expert);
    }
  count_reviewers (self);
  return TRUE;
}
