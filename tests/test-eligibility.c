/* test-eligibility.c: every rule of 四, 五.1, 六 and 七(二), and submission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kx-call.h"
#include "kx-eligibility.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-review.h"
#include "kx-test-world.h"
#include "kx-validate.h"
#include "kx-workflow-private.h"

/* The 2026 call opens on 2026-03-01 and closes on 2026-04-30; the rules
 * are evaluated on 2026-03-15 unless a test says otherwise. */
#define ON "2026-03-15"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_open (f, "eligibility");
  f->call = kx_test_add_call (f, 2026, KX_TEST_BUDGET_FEN, NULL);
}

static KxEligibility *
evaluate_call (Fixture       *f,
               gint64         org,
               gint64         call,
               KxProjectType  type,
               const char    *on)
{
  g_autoptr(GError) error = NULL;
  KxEligibility *verdict = kx_eligibility_evaluate (f->store, org, call, type, on, &error);

  g_assert_no_error (error);
  g_assert_nonnull (verdict);
  return verdict;
}

static KxEligibility *
evaluate (Fixture       *f,
          gint64         org,
          KxProjectType  type,
          const char    *on)
{
  return evaluate_call (f, org, f->call, type, on);
}

/* The rule's line starts with "CLAUSE RESULT: " and its reason contains
 * @needle; the assertion shows the clause. */
static void
assert_rule (const KxEligibility *verdict,
             const char          *clause,
             const char          *result,
             const char          *needle)
{
  const KxEligibilityRule *rule = kx_eligibility_find (verdict, clause);
  g_autofree char *line = NULL;
  g_autofree char *expected = g_strdup_printf ("%s %s: ", clause, result);
  g_autofree char *head = NULL;

  if (rule == NULL)
    g_assert_cmpstr (clause, ==, "(a rule of the verdict)");
  line = kx_eligibility_rule_format (rule);
  head = g_strndup (line, strlen (expected));
  g_assert_cmpstr (head, ==, expected);
  if (strstr (rule->reason, needle) == NULL)
    g_assert_cmpstr (line, ==, needle);
}

static void
assert_clauses (const KxEligibility *verdict,
                const char * const  *clauses)
{
  g_assert_cmpuint (verdict->rules->len, ==, g_strv_length ((char **) clauses));
  for (guint i = 0; clauses[i] != NULL; i++)
    g_assert_cmpstr (g_array_index (verdict->rules, KxEligibilityRule, i).clause, ==,
                     clauses[i]);
}

/* Type 1: 六(一) */

static void
test_type1_all_pass (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const clauses[] = {
    "四.1", "五.1", "六(一)1", "六(一)2", "六(一)3", "六(一)4", "六(一)5", "六(一)6",
    "六(三)1", "六(三)2", "六(三)3", "七(二)", NULL
  };
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  g_autoptr(KxEligibility) v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  g_autofree char *text = kx_eligibility_format (v, FALSE);
  g_autofree char *blocking = kx_eligibility_format (v, TRUE);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  assert_clauses (v, clauses);
  g_assert_true (v->eligible);
  g_assert_cmpint (v->call_year, ==, 2026);
  assert_rule (v, "四.1", "pass",
               "City society may apply for “Comprehensive demonstration society”");
  assert_rule (v, "五.1", "pass", "2026-03-15 is within the acceptance window, 2026-03-01 to "
                                  "2026-04-30");
  assert_rule (v, "六(一)1", "pass", "2024, 2025 annual inspections passed");
  assert_rule (v, "六(一)2", "pass", "Management normal (2025-12-01)");
  assert_rule (v, "六(一)3", "pass", "Capable secretary-general (2025-12-01)");
  assert_rule (v, "六(一)4", "pass", "city-level commendation on 2024-05-20 (郴科协字〔2024〕12号)");
  assert_rule (v, "六(一)5", "pass", "Sound finance system (2025-12-01); Independent bank "
                                     "account (2025-12-01); Dedicated finance staff");
  assert_rule (v, "六(一)6", "pass", "Party branch active (2025-12-01)");
  assert_rule (v, "六(三)1", "pass", "no record");
  assert_rule (v, "六(三)2", "pass", "no record");
  assert_rule (v, "六(三)3", "pass", "no record");
  assert_rule (v, "七(二)", "pass", "no penalty");
  g_assert_true (g_str_has_prefix (text, "四.1 pass: "));
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_cmpstr (blocking, ==, "");
}

static void
test_type1_inspection (Fixture       *f,
                       gconstpointer  data)
{
  gint64 org = kx_test_add_society (f, "郴州市医学会");

  /* 2023 is not one of the two years before the 2026 call. */
  kx_test_set_year (f, org, 2023, KX_RESULT_FAIL, KX_RESULT_FAIL);
  {
    g_autoptr(KxEligibility) v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);

    assert_rule (v, "六(一)1", "pass", "2024, 2025 annual inspections passed");
  }

  kx_test_set_year (f, org, 2025, KX_RESULT_FAIL, KX_RESULT_PASS);
  {
    g_autoptr(KxEligibility) v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);

    assert_rule (v, "六(一)1", "fail", "2025 annual inspection failed");
    g_assert_false (v->eligible);
  }

  /* Fail outweighs unknown; both are said. */
  kx_test_set_year (f, org, 2024, KX_RESULT_UNKNOWN, KX_RESULT_PASS);
  {
    g_autoptr(KxEligibility) v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);

    assert_rule (v, "六(一)1", "fail", "2025 annual inspection failed; 2024 annual inspection "
                                      "not recorded: enter the society's annual inspection");
  }

  kx_test_set_year (f, org, 2025, KX_RESULT_PASS, KX_RESULT_PASS);
  {
    g_autoptr(KxEligibility) v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);

    assert_rule (v, "六(一)1", "unknown", "2024 annual inspection not recorded");
    g_assert_false (v->eligible);
  }
}

/* 六(一)2, 3 and 6: one fact each; the latest on or before the date decides. */
static void
test_type1_single_facts (Fixture       *f,
                         gconstpointer  data)
{
  static const struct
  {
    const char *clause;
    KxFactKind  kind;
    const char *label;
  } cases[] = {
    { "六(一)2", KX_FACT_MANAGEMENT_NORMAL, "Management normal" },
    { "六(一)3", KX_FACT_CAPABLE_SECRETARY, "Capable secretary-general" },
    { "六(一)6", KX_FACT_PARTY_BRANCH_ACTIVE, "Party branch active" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("学会%u", i);
      g_autofree char *missing = g_strdup_printf ("%s not recorded: enter this fact",
                                                  cases[i].label);
      g_autofree char *fails = g_strdup_printf ("%s: does not hold (checked on 2026-01-10)",
                                                cases[i].label);
      g_autofree char *passes = g_strdup_printf ("%s (2026-02-01, 2026 年检报告)", cases[i].label);
      gint64 org = kx_test_add_org (f, name, KX_ORG_KIND_CITY_SOCIETY);
      KxEligibility *v;

      kx_test_make_eligible (f, org, 1u << cases[i].kind);
      v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
      assert_rule (v, cases[i].clause, "unknown", missing);
      g_assert_false (v->eligible);
      kx_eligibility_free (v);

      kx_test_add_fact (f, org, cases[i].kind, FALSE, "2026-01-10", NULL);
      v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
      assert_rule (v, cases[i].clause, "fail", fails);
      kx_eligibility_free (v);

      kx_test_add_fact (f, org, cases[i].kind, TRUE, "2026-02-01", "2026 年检报告");
      v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
      assert_rule (v, cases[i].clause, "pass", passes);
      g_assert_true (v->eligible);
      kx_eligibility_free (v);

      /* A fact dated after the evaluation date does not count yet. */
      kx_test_add_fact (f, org, cases[i].kind, FALSE, "2026-03-20", NULL);
      v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
      assert_rule (v, cases[i].clause, "pass", passes);
      kx_eligibility_free (v);
      v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-03-20");
      assert_rule (v, cases[i].clause, "fail", "does not hold (checked on 2026-03-20)");
      kx_eligibility_free (v);
    }
}

/* 六(一)4: distinctive work and a commendation in the last 5 years, from
 * 2021-03-15 to 2026-03-15 inclusive. */
static void
test_type1_commendation (Fixture       *f,
                         gconstpointer  data)
{
  gint64 org = kx_test_add_org (f, "郴州市农学会", KX_ORG_KIND_CITY_SOCIETY);
  KxEligibility *v;

  kx_test_make_eligible (f, org, 1u << KX_FACT_COMMENDATION);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)4", "unknown", "city-level commendations not recorded");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_COMMENDATION, TRUE, "2021-03-14", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)4", "fail", "no city-level commendation in the last 5 years (the last "
                                    "was on 2021-03-14)");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_COMMENDATION, TRUE, "2021-03-15", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)4", "pass", "Distinctive work (2025-12-01); city-level commendation "
                                    "on 2021-03-15");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);

  /* The next day the same commendation is too old. */
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-03-16");
  assert_rule (v, "六(一)4", "fail", "no city-level commendation in the last 5 years");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_DISTINCTIVE_WORK, FALSE, "2026-01-05", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)4", "fail", "Distinctive work: does not hold (checked on 2026-01-05)");
  kx_eligibility_free (v);
}

static void
test_type1_commendation_none (Fixture       *f,
                              gconstpointer  data)
{
  gint64 org = kx_test_add_org (f, "郴州市林学会", KX_ORG_KIND_CITY_SOCIETY);
  g_autoptr(KxEligibility) v = NULL;

  kx_test_make_eligible (f, org, 1u << KX_FACT_COMMENDATION);
  kx_test_add_fact (f, org, KX_FACT_COMMENDATION, FALSE, "2026-01-05", "表彰名单核查");
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)4", "fail", "no city-level commendation in the last 5 years");
}

/* 六(一)5: finance system, bank account and finance staff. */
static void
test_type1_finance (Fixture       *f,
                    gconstpointer  data)
{
  gint64 org = kx_test_add_org (f, "郴州市会计学会", KX_ORG_KIND_CITY_SOCIETY);
  KxEligibility *v;

  kx_test_make_eligible (f, org, 1u << KX_FACT_BANK_ACCOUNT);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)5", "unknown", "Independent bank account not recorded");
  g_assert_null (strstr (kx_eligibility_find (v, "六(一)5")->reason, "Sound finance system"));
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_FINANCE_STAFF, FALSE, "2026-02-01", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)5", "fail", "Independent bank account not recorded: enter this fact "
                                    "of the organization with its evidence; Dedicated finance "
                                    "staff: does not hold (checked on 2026-02-01)");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_BANK_ACCOUNT, TRUE, "2026-02-02", "开户许可证");
  kx_test_add_fact (f, org, KX_FACT_FINANCE_STAFF, TRUE, "2026-02-03", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(一)5", "pass", "Independent bank account (2026-02-02, 开户许可证)");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);
}

/* 四: who may apply */

static void
test_kind (Fixture       *f,
           gconstpointer  data)
{
  gint64 county = kx_test_add_org (f, "桂阳县科协", KX_ORG_KIND_COUNTY_STA);
  gint64 researcher = kx_test_add_org (f, "李明", KX_ORG_KIND_RESEARCHER);
  KxEligibility *v;

  v = evaluate (f, county, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "四.1", "fail", "County STA may not apply for “Comprehensive demonstration "
                                 "society”; it is open to: City society");
  g_assert_false (v->eligible);
  kx_eligibility_free (v);

  v = evaluate (f, county, KX_PROJECT_TYPE_COUNTY, ON);
  assert_rule (v, "四.5", "pass", "County STA may apply for “Leading county society "
                                 "capacity”");
  kx_eligibility_free (v);

  v = evaluate (f, researcher, KX_PROJECT_TYPE_ACADEMIC, ON);
  assert_rule (v, "四.2", "fail", "it is open to: City society, University STA");
  kx_eligibility_free (v);
}

/* 四.4: an individual researcher is not an organization. */
static void
test_researcher (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const clauses[] = {
    "四.4", "五.1", "六(二)1", "六(二)2", "六(二)3", "六(三)1", "六(三)2", "六(三)3", "七(二)",
    NULL
  };
  gint64 researcher = kx_test_add_org (f, "李明", KX_ORG_KIND_RESEARCHER);
  g_autoptr(KxEligibility) v = evaluate (f, researcher, KX_PROJECT_TYPE_CONSULTING, ON);

  assert_clauses (v, clauses);
  assert_rule (v, "四.4", "pass", "Researcher may apply for “Decision consulting and "
                                 "research”");
  assert_rule (v, "六(二)1", "pass", "not applicable: individual applicant");
  assert_rule (v, "六(二)2", "pass", "not applicable: individual applicant");
  assert_rule (v, "六(二)3", "pass", "not applicable: individual applicant");
  g_assert_true (v->eligible);
}

/* 五.1: the window's first and last day pass, the days around them fail. */
static void
test_window (Fixture       *f,
             gconstpointer  data)
{
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  KxEligibility *v;

  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-02-28");
  assert_rule (v, "五.1", "fail", "2026-02-28 is before the acceptance window, which runs from "
                                 "2026-03-01 to 2026-04-30");
  g_assert_false (v->eligible);
  kx_eligibility_free (v);

  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-03-01");
  assert_rule (v, "五.1", "pass", "2026-03-01 is within the acceptance window");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);

  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-04-30");
  assert_rule (v, "五.1", "pass", "2026-04-30 is within the acceptance window");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);

  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, "2026-05-01");
  assert_rule (v, "五.1", "fail", "2026-05-01 is after the acceptance window, which ran from "
                                 "2026-03-01 to 2026-04-30");
  g_assert_false (v->eligible);
  kx_eligibility_free (v);
}

/* 六(二): the other types */

static void
test_other_city_society (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const clauses[] = {
    "四.2", "五.1", "六(二)1", "六(二)2", "六(二)3", "六(二)市级学会1", "六(二)市级学会2",
    "六(三)1", "六(三)2", "六(三)3", "七(二)", NULL
  };
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  KxEligibility *v;

  v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
  assert_clauses (v, clauses);
  assert_rule (v, "六(二)1", "pass", "Management normal (2025-12-01)");
  assert_rule (v, "六(二)2", "pass", "Capable secretary-general (2025-12-01)");
  assert_rule (v, "六(二)3", "pass", "Sound finance system (2025-12-01)");
  assert_rule (v, "六(二)市级学会1", "pass",
               "2024, 2025 annual inspections and performance assessments passed");
  assert_rule (v, "六(二)市级学会2", "pass", "Independent bank account (2025-12-01); Dedicated "
                                           "finance staff (2025-12-01)");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);

  kx_test_set_year (f, org, 2025, KX_RESULT_PASS, KX_RESULT_FAIL);
  v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
  assert_rule (v, "六(二)市级学会1", "fail", "2025 performance assessment failed");
  kx_eligibility_free (v);

  kx_test_set_year (f, org, 2025, KX_RESULT_PASS, KX_RESULT_PASS);
  kx_test_set_year (f, org, 2024, KX_RESULT_PASS, KX_RESULT_UNKNOWN);
  v = evaluate (f, org, KX_PROJECT_TYPE_SOCIAL_SERVICE, ON);
  assert_rule (v, "六(二)市级学会1", "unknown", "2024 performance assessment not recorded: "
                                             "enter the society's annual performance "
                                             "assessment");
  kx_eligibility_free (v);

  kx_test_set_year (f, org, 2024, KX_RESULT_FAIL, KX_RESULT_PASS);
  v = evaluate (f, org, KX_PROJECT_TYPE_SOCIAL_SERVICE, ON);
  assert_rule (v, "六(二)市级学会1", "fail", "2024 annual inspection failed");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_BANK_ACCOUNT, FALSE, "2026-01-20", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_CONSULTING, ON);
  assert_rule (v, "六(二)市级学会2", "fail", "Independent bank account: does not hold (checked "
                                          "on 2026-01-20)");
  kx_eligibility_free (v);
}

static void
test_other_university (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const clauses[] = {
    "四.3", "五.1", "六(二)1", "六(二)2", "六(二)3", "六(三)1", "六(三)2", "六(三)3", "七(二)",
    NULL
  };
  gint64 org = kx_test_add_org (f, "湘南学院科协", KX_ORG_KIND_UNIVERSITY_STA);
  KxEligibility *v;

  v = evaluate (f, org, KX_PROJECT_TYPE_SOCIAL_SERVICE, ON);
  assert_clauses (v, clauses);
  assert_rule (v, "六(二)1", "unknown", "Management normal not recorded");
  assert_rule (v, "六(二)2", "unknown", "Capable secretary-general not recorded");
  assert_rule (v, "六(二)3", "unknown", "Sound finance system not recorded");
  g_assert_false (v->eligible);
  kx_eligibility_free (v);

  /* No inspection records are needed outside city societies. */
  kx_test_add_fact (f, org, KX_FACT_MANAGEMENT_NORMAL, TRUE, "2026-01-01", NULL);
  kx_test_add_fact (f, org, KX_FACT_CAPABLE_SECRETARY, TRUE, "2026-01-01", NULL);
  kx_test_add_fact (f, org, KX_FACT_FINANCE_SYSTEM, FALSE, "2026-01-01", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_SOCIAL_SERVICE, ON);
  assert_rule (v, "六(二)1", "pass", "Management normal (2026-01-01)");
  assert_rule (v, "六(二)3", "fail", "Sound finance system: does not hold");
  kx_eligibility_free (v);

  kx_test_add_fact (f, org, KX_FACT_FINANCE_SYSTEM, TRUE, "2026-02-01", NULL);
  v = evaluate (f, org, KX_PROJECT_TYPE_SOCIAL_SERVICE, ON);
  g_assert_true (v->eligible);
  kx_eligibility_free (v);
}

/* 六(三): exclusions */

static void
test_exclusions (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    const char *clause;
    KxFactKind  kind;
    const char *label;
  } cases[] = {
    { "六(三)1", KX_FACT_VIOLATION, "Violation of discipline or law" },
    { "六(三)2", KX_FACT_NOTIFIED_PENALTY, "Notified criticism or penalty" },
    { "六(三)3", KX_FACT_UNCOMPLETED_TASK, "Uncompleted assigned task" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("学会%u", i);
      g_autofree char *holds = g_strdup_printf ("%s on 2025-06-01: 市纪委通报", cases[i].label);
      gint64 org = kx_test_add_society (f, name);
      KxEligibility *v;

      v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
      assert_rule (v, cases[i].clause, "pass", "no record");
      kx_eligibility_free (v);

      kx_test_add_fact (f, org, cases[i].kind, TRUE, "2025-06-01", "市纪委通报");
      v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
      assert_rule (v, cases[i].clause, "fail", holds);
      g_assert_false (v->eligible);
      kx_eligibility_free (v);

      /* Cleared after the evaluation date: still excluded on that date. */
      kx_test_add_fact (f, org, cases[i].kind, FALSE, "2026-03-16", "整改验收");
      v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
      assert_rule (v, cases[i].clause, "fail", holds);
      kx_eligibility_free (v);

      v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, "2026-03-16");
      assert_rule (v, cases[i].clause, "pass", "cleared on 2026-03-16");
      g_assert_true (v->eligible);
      kx_eligibility_free (v);
    }
}

static void
test_exclusion_checked (Fixture       *f,
                        gconstpointer  data)
{
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  g_autoptr(KxEligibility) v = NULL;

  kx_test_add_fact (f, org, KX_FACT_VIOLATION, FALSE, "2026-01-10", "信用中国查询");
  v = evaluate (f, org, KX_PROJECT_TYPE_DEMO_SOCIETY, ON);
  assert_rule (v, "六(三)1", "pass", "checked on 2026-01-10: none");
}

/* 七(二): bans */

static gint64
add_project (Fixture       *f,
             gint64         call,
             gint64         org,
             KxProjectType  type)
{
  KxTestProject project = {
    .call = call, .org = org, .type = type, .title = "学会能力提升", .meeting_fen = 5000000,
  };

  return kx_test_add_project (f, &project);
}

/* The penalty as the final acceptance or the fraud action record it. */
static void
record_penalty (Fixture    *f,
                gint64      project,
                const char *kind,
                const char *decided_on)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectState) state = { 0 };

  g_assert_true (kx_store_begin (f->store, &error));
  g_assert_true (_kx_workflow_load (f->store, project, &state, &error));
  g_assert_true (_kx_penalty_record (f->store, &state, kind, decided_on, "虚报业绩", NULL,
                                     &error));
  g_assert_no_error (error);
  g_assert_true (kx_store_commit (f->store, &error));
}

/* Fraud decided 2025-06-10 bans calls opening from 2025-06-10 to
 * 2028-06-09; calls are made with windows opening on each boundary. */
static void
test_ban_boundaries (Fixture       *f,
                     gconstpointer  data)
{
  static const struct
  {
    int         year;
    const char *opens;
    const char *on;
    const char *result;
    const char *reason;
  } cases[] = {
    { 2030, "2025-06-09", "2025-06-20", "pass",
      "the penalty of 2025-06-10 came after this call opened on 2025-06-09" },
    { 2031, "2025-06-10", "2025-06-20", "fail",
      "penalized for fraud on 2025-06-10; may not apply before 2028-06-10" },
    { 2032, "2028-06-09", "2028-06-20", "fail",
      "penalized for fraud on 2025-06-10; may not apply before 2028-06-10" },
    { 2033, "2028-06-10", "2028-06-20", "pass",
      "the ban from the penalty of 2025-06-10 ended on 2028-06-09" },
  };
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  gint64 old_call = kx_test_add_call_window (f, 2025, "2025-03-01", "2025-04-30");

  record_penalty (f, add_project (f, old_call, org, KX_PROJECT_TYPE_ACADEMIC),
                  KX_PENALTY_FRAUD, "2025-06-10");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 call = kx_test_add_call_window (f, cases[i].year, cases[i].opens, "2028-12-31");
      g_autoptr(KxEligibility) v = evaluate_call (f, org, call, KX_PROJECT_TYPE_ACADEMIC,
                                                  cases[i].on);

      assert_rule (v, "七(二)", cases[i].result, cases[i].reason);
    }
}

/* Failed acceptance bans for 2 years. */
static void
test_ban_failed_acceptance (Fixture       *f,
                            gconstpointer  data)
{
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  gint64 old_call = kx_test_add_call_window (f, 2024, "2024-03-01", "2024-04-30");
  KxEligibility *v;

  record_penalty (f, add_project (f, old_call, org, KX_PROJECT_TYPE_ACADEMIC),
                  KX_PENALTY_FAILED_ACCEPTANCE, "2024-03-01");
  v = evaluate_call (f, org, kx_test_add_call_window (f, 2025, "2026-02-28", "2026-04-30"),
                     KX_PROJECT_TYPE_ACADEMIC, ON);
  assert_rule (v, "七(二)", "fail",
               "failed final acceptance on 2024-03-01; may not apply before 2026-03-01");
  kx_eligibility_free (v);

  v = evaluate (f, org, KX_PROJECT_TYPE_ACADEMIC, ON);
  assert_rule (v, "七(二)", "pass", "the ban from the penalty of 2024-03-01 ended on 2026-02-28");
  g_assert_true (v->eligible);
  kx_eligibility_free (v);
}

/* Invalid arguments */

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 org = kx_test_add_society (f, "郴州市医学会");

  g_assert_null (kx_eligibility_evaluate (f->store, org, f->call, 6, ON, &error));
  g_assert_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kx_eligibility_evaluate (f->store, org, f->call, 1, "2026-02-30", &error));
  g_assert_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Date"));
  g_clear_error (&error);
  g_assert_null (kx_eligibility_evaluate (f->store, org + 100, f->call, 1, ON, &error));
  g_assert_error (error, KX_ORGANIZATION_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kx_eligibility_evaluate (f->store, org, f->call + 100, 1, ON, &error));
  g_assert_error (error, KX_CALL_ERROR, KX_ERROR_NOT_FOUND);
}

/* Submission */

static char *
project_text (Fixture    *f,
              gint64      project,
              const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM project WHERE id = %lld", column,
                                          (long long) project);

  return kx_test_query_text (f, sql);
}

static void
test_submit_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *submitted = NULL;
  gint64 org = kx_test_add_org (f, "郴州市医学会", KX_ORG_KIND_CITY_SOCIETY);
  gint64 project;
  gint64 audit_rows;

  kx_test_make_eligible (f, org, 1u << KX_FACT_PARTY_BRANCH_ACTIVE);
  kx_test_set_year (f, org, 2025, KX_RESULT_FAIL, KX_RESULT_PASS);
  project = add_project (f, f->call, org, KX_PROJECT_TYPE_DEMO_SOCIETY);
  audit_rows = kx_test_count (f, "audit_log");

  g_assert_false (kx_project_submit (f->store, project, ON, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "2026-0001 cannot be submitted on 2026-03-15"));
  g_assert_nonnull (strstr (error->message, "\n六(一)1 fail: 2025 annual inspection failed"));
  g_assert_nonnull (strstr (error->message, "\n六(一)6 unknown: Party branch active not "
                                            "recorded"));
  g_assert_null (strstr (error->message, "六(一)2"));
  g_assert_null (strstr (error->message, "五.1"));

  /* Nothing written. */
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows);
  stage = project_text (f, project, "stage");
  submitted = project_text (f, project, "submitted_on");
  g_assert_cmpstr (stage, ==, "draft");
  g_assert_null (submitted);
}

static void
test_submit_window (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  gint64 project = add_project (f, f->call, org, KX_PROJECT_TYPE_DEMO_SOCIETY);
  gint64 audit_rows = kx_test_count (f, "audit_log");
  g_autofree char *stage = NULL;
  g_autofree char *submitted = NULL;

  g_assert_false (kx_project_submit (f->store, project, "2026-05-01", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "五.1 fail: 2026-05-01 is after the acceptance "
                                            "window, which ran from 2026-03-01 to 2026-04-30"));
  g_clear_error (&error);
  g_assert_false (kx_project_submit (f->store, project, "2026-02-28", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "五.1 fail: 2026-02-28 is before"));
  g_clear_error (&error);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows);

  g_assert_true (kx_project_submit (f->store, project, "2026-04-30", &error));
  g_assert_no_error (error);
  stage = project_text (f, project, "stage");
  submitted = project_text (f, project, "submitted_on");
  g_assert_cmpstr (stage, ==, "submitted");
  g_assert_cmpstr (submitted, ==, "2026-04-30");
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audit_rows + 2);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'project' AND action = 'set-submitted-on' AND "
                                         "json_extract(after_json, '$.submitted_on') = "
                                         "'2026-04-30' AND "
                                         "json_extract(before_json, '$.submitted_on') IS NULL"),
                   ==, 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log WHERE "
                                         "entity = 'project' AND action = 'submit' AND "
                                         "json_extract(before_json, '$.stage') = 'draft' AND "
                                         "json_extract(after_json, '$.stage') = 'submitted'"),
                   ==, 1);

  /* A submitted application is not submitted again. */
  g_assert_false (kx_project_submit (f->store, project, "2026-04-30", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_clear_error (&error);

  g_assert_false (kx_project_submit (f->store, project, "2026-04-31", &error));
  g_assert_error (error, KX_ELIGIBILITY_ERROR, KX_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Submission date"));
}

/* The list of next actions gives the same refusal as the action. */
static void
test_submit_next_actions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 org = kx_test_add_org (f, "郴州市医学会", KX_ORG_KIND_CITY_SOCIETY);
  gint64 project = add_project (f, f->call, org, KX_PROJECT_TYPE_ACADEMIC);
  const KxActionState *submit = NULL;

  kx_test_make_eligible (f, org, 1u << KX_FACT_FINANCE_SYSTEM);
  actions = kx_workflow_next_actions (f->store, project, ON, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    if (g_array_index (actions, KxActionState, i).action == KX_ACTION_SUBMIT)
      submit = &g_array_index (actions, KxActionState, i);
  g_assert_nonnull (submit);
  g_assert_false (submit->allowed);
  g_assert_nonnull (strstr (submit->reason, "六(二)3 unknown: Sound finance system not "
                                            "recorded"));
  g_assert_false (kx_workflow_check (f->store, project, KX_ACTION_SUBMIT, ON, &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_cmpstr (error->message, ==, submit->reason);
  g_clear_error (&error);

  kx_test_add_fact (f, org, KX_FACT_FINANCE_SYSTEM, TRUE, "2026-03-01", NULL);
  g_assert_true (kx_workflow_check (f->store, project, KX_ACTION_SUBMIT, ON, &error));
  g_assert_no_error (error);
}

/* An application returned for correction is submitted again. */
static void
test_submit_returned (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *submitted = NULL;
  gint64 org = kx_test_add_society (f, "郴州市医学会");
  gint64 project = add_project (f, f->call, org, KX_PROJECT_TYPE_ACADEMIC);
  KxFormalReviewFields review = {
    .reviewed_on = "2026-03-20", .ok = { TRUE, TRUE, TRUE, FALSE, TRUE },
    .notes = { NULL, NULL, NULL, "缺少预算说明", NULL }, .result = KX_FORMAL_RESULT_RETURN,
  };

  g_assert_true (kx_project_submit (f->store, project, "2026-03-15", &error));
  g_assert_true (kx_formal_review_record (f->store, project, &review, &error));
  g_assert_no_error (error);
  stage = project_text (f, project, "stage");
  g_assert_cmpstr (stage, ==, "returned");

  g_assert_true (kx_project_submit (f->store, project, "2026-03-25", &error));
  g_assert_no_error (error);
  g_clear_pointer (&stage, g_free);
  stage = project_text (f, project, "stage");
  submitted = project_text (f, project, "submitted_on");
  g_assert_cmpstr (stage, ==, "submitted");
  g_assert_cmpstr (submitted, ==, "2026-03-25");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kx_test_world_tear_down)

  ADD ("/eligibility/type1/all-pass", test_type1_all_pass);
  ADD ("/eligibility/type1/inspection", test_type1_inspection);
  ADD ("/eligibility/type1/single-facts", test_type1_single_facts);
  ADD ("/eligibility/type1/commendation", test_type1_commendation);
  ADD ("/eligibility/type1/commendation-none", test_type1_commendation_none);
  ADD ("/eligibility/type1/finance", test_type1_finance);
  ADD ("/eligibility/kind", test_kind);
  ADD ("/eligibility/kind/researcher", test_researcher);
  ADD ("/eligibility/window", test_window);
  ADD ("/eligibility/other/city-society", test_other_city_society);
  ADD ("/eligibility/other/university", test_other_university);
  ADD ("/eligibility/exclusions", test_exclusions);
  ADD ("/eligibility/exclusions/checked", test_exclusion_checked);
  ADD ("/eligibility/ban/boundaries", test_ban_boundaries);
  ADD ("/eligibility/ban/failed-acceptance", test_ban_failed_acceptance);
  ADD ("/eligibility/invalid", test_invalid);
  ADD ("/eligibility/submit/refused", test_submit_refused);
  ADD ("/eligibility/submit/window", test_submit_window);
  ADD ("/eligibility/submit/next-actions", test_submit_next_actions);
  ADD ("/eligibility/submit/returned", test_submit_returned);

#undef ADD

  return g_test_run ();
}
