/* test-expert-load.c: the reviews each expert carries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "kx-expert-load.h"
#include "kx-review.h"
#include "kx-test-world.h"

static const KxExpertLoad *
find_load (GArray *loads,
           gint64  expert_id)
{
  for (guint i = 0; i < loads->len; i++)
    if (g_array_index (loads, KxExpertLoad, i).expert_id == expert_id)
      return &g_array_index (loads, KxExpertLoad, i);
  return NULL;
}

static void
test_counts_per_call (void)
{
  KxTestWorld w = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) loads = NULL;
  g_autoptr(GArray) empty = NULL;
  g_autoptr(GArray) other = NULL;
  gint64 other_call, project, second, expert;
  const KxExpertLoad *load;

  kx_test_world_set_up (&w, "expert-load", KX_TEST_BUDGET_FEN, -1);
  empty = kx_expert_load_list (w.store, w.call, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);

  project = kx_test_project_at (&w, KX_STAGE_FORMAL_PASSED, KX_TEST_YUAN (20000), 0);
  second = kx_test_project_at (&w, KX_STAGE_FORMAL_PASSED, KX_TEST_YUAN (20000), 0);
  other_call = kx_test_add_call (&w, 2025, KX_TEST_BUDGET_FEN, NULL);
  expert = kx_test_add_expert (&w, "负荷专家");
  g_assert_true (kx_review_assign (w.store, project, expert, "2026-03-20", &error));
  g_assert_true (kx_review_assign (w.store, second, expert, "2026-03-20", &error));
  g_assert_no_error (error);

  other = kx_expert_load_list (w.store, other_call, &error);
  g_assert_no_error (error);
  load = find_load (other, expert);
  g_assert_true (load != NULL && load->in_call == 0 && load->total == 2);

  loads = kx_expert_load_list (w.store, w.call, &error);
  g_assert_no_error (error);
  load = find_load (loads, expert);
  g_assert_true (load != NULL && load->in_call == 2 && load->total == 2);
  for (guint i = 1; i < loads->len; i++)
    g_assert_cmpint (g_array_index (loads, KxExpertLoad, i - 1).expert_id, <,
                     g_array_index (loads, KxExpertLoad, i).expert_id);
  kx_test_world_tear_down (&w, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/expert-load/counts-per-call", test_counts_per_call);
  return g_test_run ();
}
