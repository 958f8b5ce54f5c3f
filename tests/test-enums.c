/* test-enums.c: identifiers round-trip; Chinese names are accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-enums.h"

static void
test_org_kinds (void)
{
  KxOrgKind kind;

  for (int i = 0; i < KX_N_ORG_KINDS; i++)
    {
      g_assert_true (kx_org_kind_from_string (kx_org_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (kx_org_kind_label (i));
    }
  g_assert_true (kx_org_kind_from_string ("高校科协", &kind));
  g_assert_cmpint (kind, ==, KX_ORG_KIND_UNIVERSITY_STA);
  g_assert_true (kx_org_kind_from_string (" 县市区科协 ", &kind));
  g_assert_cmpint (kind, ==, KX_ORG_KIND_COUNTY_STA);
  g_assert_false (kx_org_kind_from_string ("省级学会", &kind));
  g_assert_false (kx_org_kind_from_string (NULL, &kind));
}

static void
test_stages (void)
{
  KxStage stage;

  for (int i = 0; i < KX_N_STAGES; i++)
    {
      g_assert_true (kx_stage_from_string (kx_stage_to_string (i), &stage));
      g_assert_cmpint (stage, ==, i);
    }
  g_assert_true (kx_stage_from_string ("公示中", &stage));
  g_assert_cmpint (stage, ==, KX_STAGE_IN_NOTICE);
  g_assert_cmpstr (kx_stage_to_string (KX_STAGE_FAILED_ACCEPTANCE), ==, "failed_acceptance");
  g_assert_false (kx_stage_from_string ("finished", &stage));
}

static void
test_project_types (void)
{
  KxProjectType type;

  g_assert_true (kx_project_type_from_string ("4", &type));
  g_assert_cmpint (type, ==, KX_PROJECT_TYPE_CONSULTING);
  g_assert_true (kx_project_type_from_string ("综合示范学会", &type));
  g_assert_cmpint (type, ==, KX_PROJECT_TYPE_DEMO_SOCIETY);
  g_assert_true (kx_project_type_from_string ("县级引领", &type));
  g_assert_cmpint (type, ==, KX_PROJECT_TYPE_COUNTY);
  g_assert_false (kx_project_type_from_string ("6", &type));
  g_assert_false (kx_project_type_is_valid (0));
  g_assert_true (kx_project_type_is_valid (5));
}

static void
test_facts_and_results (void)
{
  KxFactKind fact;
  KxResult result;

  for (int i = 0; i < KX_N_FACTS; i++)
    {
      g_assert_true (kx_fact_kind_from_string (kx_fact_kind_to_string (i), &fact));
      g_assert_cmpint (fact, ==, i);
    }
  g_assert_true (kx_fact_kind_from_string ("市级先进表彰", &fact));
  g_assert_cmpint (fact, ==, KX_FACT_COMMENDATION);

  g_assert_true (kx_result_from_string ("合格", &result));
  g_assert_cmpint (result, ==, KX_RESULT_PASS);
  g_assert_true (kx_result_from_string ("FAIL", &result));
  g_assert_cmpint (result, ==, KX_RESULT_FAIL);
  g_assert_true (kx_result_from_string ("", &result));
  g_assert_cmpint (result, ==, KX_RESULT_UNKNOWN);
  g_assert_false (kx_result_from_string ("maybe", &result));
  g_assert_null (kx_result_to_string (KX_RESULT_UNKNOWN));
  g_assert_cmpstr (kx_result_to_string (KX_RESULT_PASS), ==, "pass");

  g_assert_cmpstr (kx_milestone_status_label ("done"), ==, "Done");
  g_assert_cmpstr (kx_milestone_status_label ("odd"), ==, "odd");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/org-kinds", test_org_kinds);
  g_test_add_func ("/enums/stages", test_stages);
  g_test_add_func ("/enums/project-types", test_project_types);
  g_test_add_func ("/enums/facts-and-results", test_facts_and_results);

  return g_test_run ();
}
