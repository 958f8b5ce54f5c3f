/* test-expert-load.c: each expert's projects in a call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-expert-load.h"
#include "kx-test-world.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "expert-load", KX_TEST_BUDGET_FEN, -1);
  kx_test_add_expert (f, "专家4");
}

/* The assignments of @expert in @call, counted from the rows themselves. */
static gint64
count_assigned (Fixture *f,
                gint64   expert,
                gint64   call)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assignment a "
                                          "JOIN project p ON p.id = a.project_id "
                                          "WHERE a.expert_id = %lld AND p.call_id = %lld",
                                          (long long) expert, (long long) call);

  return kx_test_query_int (f, sql);
}

static void
assert_load_matches (Fixture *f,
                     gint64   call)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) load = kx_expert_list_load (f->store, call, &error);
  gint64 listed = 0;

  g_assert_no_error (error);
  g_assert_nonnull (load);
  for (guint i = 0; i < load->len; i++)
    {
      const KxExpertLoad *l = &g_array_index (load, KxExpertLoad, i);

      g_assert_cmpint (l->n, >, 0);
      g_assert_cmpint (l->n, ==, count_assigned (f, l->expert_id, call));
      if (i > 0)
        g_assert_cmpint (l->expert_id, >, g_array_index (load, KxExpertLoad, i - 1).expert_id);
      listed += l->n;
    }
  /* Nobody left out: the listed counts add up to every assignment of the call. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assignment a "
                                            "JOIN project p ON p.id = a.project_id "
                                            "WHERE p.call_id = %lld", (long long) call);

    g_assert_cmpint (listed, ==, kx_test_query_int (f, sql));
  }
}

static void
test_load_per_call (Fixture       *f,
                    gconstpointer  data)
{
  gint64 old_call = kx_test_add_call (f, 2025, KX_TEST_BUDGET_FEN, NULL);
  KxTestProject old = { .call = old_call, .research_fen = KX_TEST_YUAN (10000) };
  g_autoptr(GArray) none = NULL;
  g_autoptr(GError) error = NULL;

  kx_test_project_at (f, KX_STAGE_REVIEWED, 0, KX_TEST_YUAN (20000));
  kx_test_project_at (f, KX_STAGE_UNDER_EXPERT_REVIEW, 0, KX_TEST_YUAN (30000));
  kx_test_walk (f, kx_test_add_project (f, &old), KX_STAGE_REVIEWED);

  assert_load_matches (f, f->call);
  assert_load_matches (f, old_call);
  /* Six assignments in 2026 over four experts: the least loaded first. */
  g_assert_cmpint (count_assigned (f, 4, f->call), ==, 1);
  g_assert_cmpint (count_assigned (f, 1, f->call), ==, 2);

  none = kx_expert_list_load (f->store, 9999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_assignments (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GArray) list = NULL;
  g_autoptr(GArray) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 reviewed = kx_test_project_at (f, KX_STAGE_REVIEWED, 0, KX_TEST_YUAN (20000));
  gint64 pending = kx_test_project_at (f, KX_STAGE_UNDER_EXPERT_REVIEW, 0, KX_TEST_YUAN (30000));
  const KxExpertAssignment *a;

  list = kx_expert_list_assignments (f->store, 1, f->call, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);

  a = &g_array_index (list, KxExpertAssignment, 0);
  g_assert_cmpint (a->project_id, ==, reviewed);
  g_assert_cmpstr (a->number, ==, "2026-0001");
  g_assert_cmpint (a->stage, ==, KX_STAGE_REVIEWED);
  g_assert_cmpstr (a->assigned_on, ==, "2026-03-20");
  g_assert_true (a->scored);
  g_assert_cmpint (a->total, ==, 16 * 5);
  g_assert_nonnull (a->organization_name);
  g_assert_cmpstr (a->title, !=, "");

  a = &g_array_index (list, KxExpertAssignment, 1);
  g_assert_cmpint (a->project_id, ==, pending);
  g_assert_cmpint (a->stage, ==, KX_STAGE_UNDER_EXPERT_REVIEW);
  g_assert_false (a->scored);

  /* Another call holds none of them. */
  other = kx_expert_list_assignments (f->store, 1, f->call + 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/expert-load/per-call", Fixture, NULL, fixture_set_up, test_load_per_call,
              kx_test_world_tear_down);
  g_test_add ("/expert-load/assignments", Fixture, NULL, fixture_set_up, test_assignments,
              kx_test_world_tear_down);

  return g_test_run ();
}
