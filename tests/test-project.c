/* test-project.c: projects with milestones and budget lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-eligibility.h"
#include "kx-organization.h"
#include "kx-project.h"
#include "kx-project-private.h"
#include "kx-review.h"
#include "kx-store.h"
#include "kx-store-private.h"
#include "kx-workflow.h"

typedef struct
{
  char    *dir;
  KxStore *store;
  gint64   call_2026;
  gint64   call_2025;
  gint64   society;
  gint64   county;
} Fixture;

static const KxBudgetLineFields lines[] = {
  { 0, "会议费", 1200000, "两次学术年会" },
  { 0, "专家咨询费", 800000, NULL },
  { 0, "印刷费", 345667, "论文集" },
};

static const KxMilestoneFields milestones[] = {
  { 0, "2026-06-30", "完成调研" },
  { 0, "2026-11-30", "召开年会" },
};

static gint64
add_call (KxStore *store,
          int      year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = g_strdup_printf ("%d-03-01", year);
  g_autofree char *end = g_strdup_printf ("%d-04-30", year);
  KxCallFields f = { year, "年度学会服务能力提升计划", 300000000, start, end, NULL };
  gint64 id = 0;

  kx_policy_init_defaults (&f.policy);
  g_assert_true (kx_call_insert (store, &f, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_org (KxStore    *store,
         const char *name,
         const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO organization (name, kind, created_at, "
                                          "updated_at) VALUES ('%s', '%s', 'x', 'x')",
                                          name, kind);

  g_assert_true (_kx_store_exec (store, sql, &error));
  g_assert_no_error (error);
  return sqlite3_last_insert_rowid (_kx_store_get_db (store));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("kexie-project-XXXXXX", NULL);
  path = g_build_filename (f->dir, "kexie.db", NULL);
  f->store = kx_store_open (path, &error);
  g_assert_no_error (error);
  f->call_2026 = add_call (f->store, 2026);
  f->call_2025 = add_call (f->store, 2025);
  f->society = add_org (f->store, "郴州市医学会", "city_society");
  f->county = add_org (f->store, "桂阳县科协", "county_sta");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
query_int (KxStore    *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (_kx_store_step_row (store, stmt, &error), ==, 1);
  return sqlite3_column_int64 (stmt, 0);
}

static KxProjectFields
make_fields (Fixture *f)
{
  KxProjectFields p = {
    .call_id = f->call_2026,
    .organization_id = f->society,
    .type = KX_PROJECT_TYPE_ACADEMIC,
    .title = "湘南医学学术年会",
    .content = "举办两次学术年会",
    .indicators = "参会 300 人次",
    .milestones = milestones,
    .n_milestones = G_N_ELEMENTS (milestones),
    .budget_lines = lines,
    .n_budget_lines = G_N_ELEMENTS (lines),
  };

  return p;
}

static gint64
insert (Fixture               *f,
        const KxProjectFields *fields)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kx_project_insert (f->store, fields, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
test_insert (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) p = NULL;
  g_autoptr(GArray) m = NULL;
  g_autoptr(GArray) b = NULL;
  g_autofree char *stage_label = NULL;
  KxProjectFields fields = make_fields (f);
  gint64 approved = 0;
  gint64 id = insert (f, &fields);

  p = kx_project_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_project_get_id (p), ==, id);
  g_assert_cmpstr (kx_project_get_number (p), ==, "2026-0001");
  g_assert_cmpint (kx_project_get_call_id (p), ==, f->call_2026);
  g_assert_cmpint (kx_project_get_call_year (p), ==, 2026);
  g_assert_cmpint (kx_project_get_organization_id (p), ==, f->society);
  g_assert_cmpstr (kx_project_get_organization_name (p), ==, "郴州市医学会");
  g_assert_cmpint (kx_project_get_project_type (p), ==, KX_PROJECT_TYPE_ACADEMIC);
  g_assert_cmpstr (kx_project_get_title (p), ==, "湘南医学学术年会");
  g_assert_cmpstr (kx_project_get_content (p), ==, "举办两次学术年会");
  g_assert_cmpstr (kx_project_get_indicators (p), ==, "参会 300 人次");
  g_assert_cmpint (kx_project_get_stage (p), ==, KX_STAGE_DRAFT);
  g_assert_cmpint (kx_project_get_requested_fen (p), ==, 1200000 + 800000 + 345667);
  g_assert_cmpint (kx_project_get_approved_fen (p), ==, -1);
  g_assert_null (kx_project_get_submitted_on (p));

  g_object_get (p, "stage-label", &stage_label, "approved-fen", &approved, NULL);
  g_assert_cmpstr (stage_label, ==, kx_stage_label (KX_STAGE_DRAFT));
  g_assert_cmpint (approved, ==, -1);

  m = kx_project_list_milestones (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (m->len, ==, 2);
  g_assert_cmpint (g_array_index (m, KxMilestone, 1).seq, ==, 2);
  g_assert_cmpstr (g_array_index (m, KxMilestone, 1).due_on, ==, "2026-11-30");
  g_assert_cmpstr (g_array_index (m, KxMilestone, 1).target, ==, "召开年会");
  g_assert_cmpstr (g_array_index (m, KxMilestone, 1).status, ==, "planned");

  b = kx_project_list_budget_lines (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->len, ==, 3);
  g_assert_cmpstr (g_array_index (b, KxBudgetLine, 0).item, ==, "会议费");
  g_assert_cmpint (g_array_index (b, KxBudgetLine, 2).amount_fen, ==, 345667);
  g_assert_cmpstr (g_array_index (b, KxBudgetLine, 2).justification, ==, "论文集");
  g_assert_cmpstr (g_array_index (b, KxBudgetLine, 1).justification, ==, "");
  g_assert_cmpint (g_array_index (b, KxBudgetLine, 2).seq, ==, 3);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log "
                                        "WHERE entity = 'project' AND action = 'insert'"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT json_array_length(after_json, '$.budget_lines') "
                                        "FROM audit_log WHERE entity = 'project'"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.requested_fen' "
                                        "FROM audit_log WHERE entity = 'project'"), ==, 2345667);
}

static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  KxProjectFields fields = make_fields (f);
  const char *expected[] = { "2026-0001", "2026-0002", "2025-0001", "2026-0003", "2025-0002" };
  gint64 calls[] = { f->call_2026, f->call_2026, f->call_2025, f->call_2026, f->call_2025 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KxProject) p = NULL;
      gint64 id;

      fields.call_id = calls[i];
      id = insert (f, &fields);
      p = kx_project_get_by_number (f->store, expected[i], &error);
      g_assert_no_error (error);
      g_assert_cmpint (kx_project_get_id (p), ==, id);
      g_assert_cmpint (kx_project_get_call_id (p), ==, calls[i]);
    }
}

/* Past 9999 the number grows a digit instead of wrapping. */
static void
test_numbering_wide (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) p = NULL;
  KxProjectFields fields = make_fields (f);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO project (call_id, organization_id, number, type, title, "
                         "created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", %"
                         G_GINT64_FORMAT ", '2026-9999', 1, 't', 'x', 'x')",
                         f->call_2026, f->society);
  g_assert_true (_kx_store_exec (f->store, sql, &error));
  p = kx_project_get (f->store, insert (f, &fields), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kx_project_get_number (p), ==, "2026-10000");
}

/* Breaks one field; returns the error code, *needle the text the
 * message must contain. */
static int
break_field (Fixture            *f,
             KxProjectFields    *p,
             KxBudgetLineFields *bad_lines,
             KxMilestoneFields  *bad_milestones,
             int                 which,
             const char        **needle)
{
  memcpy (bad_lines, lines, sizeof lines);
  memcpy (bad_milestones, milestones, sizeof milestones);
  p->budget_lines = bad_lines;
  p->milestones = bad_milestones;

  switch (which)
    {
    case 0: p->call_id = 999; *needle = "Call"; return KX_ERROR_NOT_FOUND;
    case 1: p->organization_id = 999; *needle = "Organization"; return KX_ERROR_NOT_FOUND;
    case 2: p->type = 0; *needle = "Type"; break;
    case 3: p->type = 6; *needle = "Type"; break;
    case 4: p->title = NULL; *needle = "Title"; break;
    case 5: p->title = " \t　"; *needle = "Title"; break;
    case 6:
      p->title = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                 "超";
      *needle = "200";
      break;
    case 7: p->n_budget_lines = 0; *needle = "Budget"; break;
    case 8: bad_lines[1].item = ""; *needle = "Budget line 2"; break;
    case 9: bad_lines[2].amount_fen = 0; *needle = "Budget line 3"; break;
    case 10: bad_lines[0].amount_fen = -100; *needle = "Budget line 1"; break;
    case 11: bad_milestones[0].due_on = "2026-13-01"; *needle = "Milestone 1"; break;
    case 12: bad_milestones[1].due_on = NULL; *needle = "Milestone 2"; break;
    case 13: bad_milestones[1].target = "  "; *needle = "Milestone 2"; break;
    default: return -1;
    }
  return KX_ERROR_INVALID;
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  KxBudgetLineFields bad_lines[G_N_ELEMENTS (lines)];
  KxMilestoneFields bad_milestones[G_N_ELEMENTS (milestones)];
  int i;

  for (i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;
      KxProjectFields fields = make_fields (f);
      const char *needle = NULL;
      int code = break_field (f, &fields, bad_lines, bad_milestones, i, &needle);

      if (code < 0)
        break;
      g_assert_false (kx_project_insert (f->store, &fields, NULL, &error));
      g_assert_error (error, KX_PROJECT_ERROR, code);
      if (strstr (error->message, needle) == NULL)
        g_error ("case %d: “%s” does not name “%s”", i, error->message, needle);
    }
  g_assert_cmpint (i, ==, 14);
  g_assert_false (kx_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM project"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM budget_line"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log "
                                        "WHERE entity = 'project'"), ==, 0);
}

/* Exactly 200 characters is still fine. */
static void
test_title_limit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) title = g_string_new (NULL);
  KxProjectFields fields = make_fields (f);

  for (int i = 0; i < 200; i++)
    g_string_append (title, "学");
  fields.title = title->str;
  insert (f, &fields);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) p = NULL;
  g_autoptr(GArray) m = NULL;
  KxProjectFields fields = make_fields (f);
  KxBudgetLineFields new_lines[] = { { 0, "调研差旅费", 500000, "" } };
  gint64 id = insert (f, &fields);

  fields.title = "湘南医学学术年会（修订）";
  fields.type = KX_PROJECT_TYPE_SOCIAL_SERVICE;
  fields.budget_lines = new_lines;
  fields.n_budget_lines = 1;
  fields.n_milestones = 1;
  fields.call_id = f->call_2025;   /* ignored */
  g_assert_true (kx_project_update (f->store, id, &fields, &error));
  g_assert_no_error (error);

  p = kx_project_get (f->store, id, &error);
  g_assert_cmpstr (kx_project_get_title (p), ==, "湘南医学学术年会（修订）");
  g_assert_cmpint (kx_project_get_project_type (p), ==, KX_PROJECT_TYPE_SOCIAL_SERVICE);
  g_assert_cmpint (kx_project_get_requested_fen (p), ==, 500000);
  g_assert_cmpint (kx_project_get_call_id (p), ==, f->call_2026);
  g_assert_cmpstr (kx_project_get_number (p), ==, "2026-0001");
  m = kx_project_list_milestones (f->store, id, &error);
  g_assert_cmpuint (m->len, ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM budget_line"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT before_json ->> '$.requested_fen' FROM audit_log "
                                        "WHERE entity = 'project' AND action = 'update'"),
                   ==, 2345667);
  g_assert_cmpint (query_int (f->store, "SELECT after_json ->> '$.requested_fen' FROM audit_log "
                                        "WHERE entity = 'project' AND action = 'update'"),
                   ==, 500000);

  g_assert_false (kx_project_update (f->store, id + 1, &fields, &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND);
}

static void
make_eligible (Fixture *f,
               gint64   org)
{
  kx_test_make_eligible_for (&(KxTestWorld) { .store = f->store }, org, 2026, 0);
}

static void
submit (Fixture    *f,
        gint64      id,
        const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_project_submit (f->store, id, date, &error));
  g_assert_no_error (error);
}

static void
formal_review (Fixture        *f,
               gint64          id,
               KxFormalResult  result,
               const char     *date)
{
  g_autoptr(GError) error = NULL;
  KxFormalReviewFields review = { .reviewed_on = date, .reviewer = "张敏", .result = result };

  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    review.ok[i] = TRUE;
  if (result != KX_FORMAL_RESULT_PASS)
    {
      review.ok[KX_FORMAL_CHECK_FORM] = FALSE;
      review.notes[KX_FORMAL_CHECK_FORM] = "申报书未盖章";
    }
  g_assert_true (kx_formal_review_record (f->store, id, &review, &error));
  g_assert_no_error (error);
}

/* Only a draft or an application returned for correction can be edited;
 * the stages come from the workflow, as in the office. */
static void
test_update_blocked (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) p = NULL;
  KxProjectFields fields = make_fields (f);
  gint64 id = insert (f, &fields);
  gint64 audits;

  make_eligible (f, f->society);
  submit (f, id, "2026-03-15");
  audits = query_int (f->store, "SELECT count(*) FROM audit_log");

  fields.title = "改了";
  g_assert_false (kx_project_update (f->store, id, &fields, &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, kx_stage_label (KX_STAGE_SUBMITTED)));
  g_assert_nonnull (strstr (error->message, "2026-0001"));
  g_clear_error (&error);
  g_assert_false (kx_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audits);

  formal_review (f, id, KX_FORMAL_RESULT_RETURN, "2026-03-20");
  g_assert_true (kx_project_update (f->store, id, &fields, &error));
  g_assert_no_error (error);

  submit (f, id, "2026-03-25");
  formal_review (f, id, KX_FORMAL_RESULT_PASS, "2026-05-06");
  g_assert_false (kx_project_update (f->store, id, &fields, &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, kx_stage_label (KX_STAGE_FORMAL_PASSED)));
  p = kx_project_get (f->store, id, NULL);
  g_assert_cmpstr (kx_project_get_title (p), ==, "改了");
  g_assert_cmpstr (kx_project_get_submitted_on (p), ==, "2026-03-25");
}

/* A project leaves its draft only by being submitted, which the
 * eligibility engine may refuse. */
static void
test_submitted (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) p = NULL;
  g_autoptr(KxProject) refused = NULL;
  KxProjectFields fields = make_fields (f);
  gint64 id = insert (f, &fields);
  gint64 other;

  make_eligible (f, f->society);
  submit (f, id, "2026-03-20");
  p = kx_project_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kx_project_get_stage (p), ==, KX_STAGE_SUBMITTED);
  g_assert_cmpstr (kx_project_get_submitted_on (p), ==, "2026-03-20");
  g_assert_cmpint (kx_project_get_approved_fen (p), ==, -1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log "
                                        "WHERE action = 'submit' AND entity_id = 1 "
                                        "AND after_json ->> '$.stage' = 'submitted' "
                                        "AND before_json ->> '$.stage' = 'draft'"), ==, 1);

  /* The county association has recorded none of the facts 六(二) needs. */
  fields.organization_id = f->county;
  fields.type = KX_PROJECT_TYPE_CONSULTING;
  other = insert (f, &fields);
  g_assert_false (kx_project_submit (f->store, other, "2026-03-20", &error));
  g_assert_error (error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED);
  g_assert_nonnull (strstr (error->message, "六(二)1"));
  g_assert_false (kx_store_in_transaction (f->store));
  refused = kx_project_get (f->store, other, NULL);
  g_assert_cmpint (kx_project_get_stage (refused), ==, KX_STAGE_DRAFT);
  g_assert_null (kx_project_get_submitted_on (refused));
}

/* A budget line the database refuses half-way through leaves no project,
 * no milestone, no line and no audit row. */
static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KxProjectFields fields = make_fields (f);

  insert (f, &fields);
  g_assert_true (_kx_store_exec (f->store,
                                 "CREATE TEMP TRIGGER boom BEFORE INSERT ON budget_line "
                                 "WHEN NEW.item = '印刷费' BEGIN SELECT RAISE (ABORT, 'boom'); END",
                                 &error));
  g_assert_false (kx_project_insert (f->store, &fields, NULL, &error));
  g_assert_error (error, KX_STORE_ERROR, KX_ERROR_CONSTRAINT);
  g_assert_false (kx_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM project"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM milestone"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM budget_line"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log "
                                        "WHERE entity = 'project'"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT requested_fen FROM project"), ==, 2345667);
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines_found = NULL;

  g_assert_null (kx_project_get (f->store, 7, &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kx_project_get_by_number (f->store, "2026-0404", &error));
  g_assert_error (error, KX_PROJECT_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2026-0404"));
  g_clear_error (&error);
  lines_found = kx_project_list_budget_lines (f->store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines_found->len, ==, 0);
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/project/insert", test_insert);
  add ("/project/numbering", test_numbering);
  add ("/project/numbering-wide", test_numbering_wide);
  add ("/project/validate", test_validate);
  add ("/project/title-limit", test_title_limit);
  add ("/project/update", test_update);
  add ("/project/update-blocked", test_update_blocked);
  add ("/project/submitted", test_submitted);
  add ("/project/rollback", test_rollback);
  add ("/project/not-found", test_not_found);

  return g_test_run ();
}
